"""HTML for the custom fences: expert quotes, quiz widgets and module cards (no answer keys)."""

from __future__ import annotations

import re
from html import escape
from typing import Any

from callcoach.course import Course, Expert
from callcoach.quiz import Quiz

__all__ = ["quote_html", "quiz_html", "cards_html", "attribution", "progress_html", "with_progress"]


def attribution(expert: Expert) -> str:
    """Name, role and organisation as the article gives them."""
    return ", ".join(part for part in (expert.expert, expert.role, expert.organisation) if part)


def quote_html(expert: Expert) -> str:
    """A verbatim quote as a figure with its attribution."""
    lines = "<br>\n".join(escape(line) for line in expert.quote.splitlines())
    details = ", ".join(escape(p) for p in (expert.role, expert.organisation) if p)
    return (
        f'<figure class="cc-quote" data-cc-expert="{escape(expert.id)}">\n'
        f"<blockquote><p>{lines}</p></blockquote>\n"
        f'<figcaption>— <cite>{escape(expert.expert)}</cite>{", " + details if details else ""}</figcaption>\n'
        "</figure>"
    )


def quiz_html(quiz: Quiz) -> str:
    """The quiz as a form that works with the keyboard and a screen reader before any script runs."""
    data = quiz.public()
    qid = escape(quiz.id)
    parts = [
        f'<section class="cc-quiz" data-cc-quiz="{qid}" data-cc-module="{quiz.module}" aria-labelledby="{qid}-title">',
        f'<h3 class="cc-quiz__title" id="{qid}-title">Quiz: {escape(quiz.title)}</h3>',
        f'<p class="cc-quiz__meta">{len(quiz.questions)} questions · pass mark {quiz.pass_mark}% · '
        "answers are checked in your browser and never sent anywhere.</p>",
        '<p class="cc-status" data-cc-status role="status">Interactive checks need JavaScript. '
        "If this message stays, serve the course over http (see the README) and reload.</p>",
        f'<form class="cc-form" data-cc-form novalidate aria-describedby="{qid}-title">',
    ]
    for number, question in enumerate(data["questions"], 1):
        parts.append(_question_html(number, question))
    parts += [
        '<div class="cc-actions">',
        '<button type="submit" class="md-button md-button--primary" data-cc-submit>Check my answers</button>',
        '<button type="button" class="md-button" data-cc-retry hidden>Try again</button>',
        "</div>",
        '<div class="cc-result" data-cc-result aria-live="polite" tabindex="-1"></div>',
        "</form>",
        "</section>",
    ]
    return "\n".join(parts)


def _question_html(number: int, q: dict[str, Any]) -> str:
    qid = escape(q["id"])
    out = [
        f'<fieldset class="cc-q" data-cc-question="{qid}" data-cc-type="{q["type"]}" id="q-{qid}">',
        f'<legend><span class="cc-q__number">Question {number}.</span> {escape(q["prompt"])}</legend>',
    ]
    if q.get("hint"):
        out.append(f'<details class="cc-hint"><summary>Hint</summary><p>{escape(q["hint"])}</p></details>')
    out.append(_BODY[q["type"]](qid, q))
    out.append(f'<div class="cc-feedback" data-cc-feedback id="fb-{qid}" hidden></div>')
    out.append("</fieldset>")
    return "\n".join(out)


def _choices(qid: str, kind: str, options: list[dict[str, str]]) -> str:
    rows = [
        f'<label class="cc-choice"><input type="{kind}" name="{qid}" value="{escape(o["token"])}"> '
        f"<span>{escape(o['text'])}</span></label>"
        for o in options
    ]
    return '<div class="cc-choices">' + "\n".join(rows) + "</div>"


def _true_false(qid: str, q: dict[str, Any]) -> str:
    return _choices(qid, "radio", [{"token": "true", "text": "True"}, {"token": "false", "text": "False"}])


def _ordering(qid: str, q: dict[str, Any]) -> str:
    n = len(q["items"])
    positions = '<option value="">Choose…</option>' + "".join(f'<option value="{i}">{i}</option>' for i in range(1, n + 1))
    rows = [
        f'<li class="cc-order__item"><span class="cc-order__text" id="{qid}-i{i}">{escape(item["text"])}</span> '
        f'<label class="cc-select">Position <select data-cc-token="{escape(item["token"])}" '
        f'aria-describedby="{qid}-i{i}">{positions}</select></label></li>'
        for i, item in enumerate(q["items"])
    ]
    return f'<p class="cc-help">Give each step a position from 1 (first) to {n} (last).</p><ul class="cc-order">' + "".join(rows) + "</ul>"


def _matching(qid: str, q: dict[str, Any]) -> str:
    choices = '<option value="">Choose…</option>' + "".join(
        f'<option value="{escape(r["token"])}">{escape(r["text"])}</option>' for r in q["rights"]
    )
    rows = []
    for i, left in enumerate(q["lefts"]):
        text = f'<blockquote class="cc-match__quote">{escape(left["text"])}</blockquote>' if q["quotes"] else escape(left["text"])
        rows.append(
            f'<li class="cc-match__item"><div class="cc-match__left" id="{qid}-l{i}">{text}</div>'
            f'<label class="cc-select">{"Who said it?" if q["quotes"] else "Matches"} <select data-cc-token="{escape(left["token"])}" '
            f'aria-describedby="{qid}-l{i}">{choices}</select></label></li>'
        )
    return '<ul class="cc-match">' + "".join(rows) + "</ul>"


def _short_text(qid: str, q: dict[str, Any]) -> str:
    return (
        f'<label class="cc-text">Your answer <input type="text" name="{qid}" maxlength="{q["maxlength"]}" '
        'autocomplete="off" spellcheck="false"></label>'
    )


_BODY = {
    "single": lambda qid, q: _choices(qid, "radio", q["options"]),
    "multiple": lambda qid, q: '<p class="cc-help">Choose all that apply.</p>' + _choices(qid, "checkbox", q["options"]),
    "true_false": _true_false,
    "ordering": _ordering,
    "matching": _matching,
    "short_text": _short_text,
}


def cards_html(course: Course, page_url: str, *, directory_urls: bool = True) -> str:
    """The modules as numbered cards, in order (Material's grid cards)."""
    items = []
    for m in course.modules:
        href = escape(_relative(m.page, page_url) if directory_urls else _relative_file(m.page, page_url))
        items.append(
            f'<li class="cc-card" data-cc-module="{m.number}"><p class="cc-card__title"><a href="{href}">'
            f'<span class="cc-card__number">Module {m.number}</span> {escape(m.title)}</a></p>'
            f'<p>{escape(m.summary)}</p><p class="cc-card__time">About {m.minutes} minutes</p>'
            f"{progress_html(course, m.number)}</li>"
        )
    return '<ol class="cc-cards">' + "".join(items) + "</ol>"


def progress_html(course: Course, number: int) -> str:
    """A module's progress bar as a new learner sees it. The build draws it so the page does not shift
    when the script fills in the learner's own progress; progress.js draws the same bar (a test checks)."""
    labels = ["Lesson read"]
    labels += ["Quiz passed" for q in course.quizzes.values() if q.module == number][:1]
    labels += ["Scenario check passed" for s in course.scenarios.values() if s.module == number]
    labels += ["Call simulation finished" for s in course.simulations.values() if s.module == number]
    text = f"0 of {len(labels)} steps done: " + ", ".join(f"{label} –" for label in labels)
    return (
        f'<div class="cc-progress" data-cc-progress="{number}" data-cc-percent="0">'
        f'<progress max="100" value="0" aria-label="Module {number} progress" aria-valuetext="0%"></progress>'
        f'<span class="cc-progress__text">{escape(text)}</span></div>'
    )


_WIDGET = re.compile(r'<section class="cc-(?:quiz|scenario|sim)"[^>]*? data-cc-module="(\d+)"')


def with_progress(course: Course, html: str) -> str:
    """A module page (one with a module's quiz, scenario or simulation) with its bar under the title."""
    widget = _WIDGET.search(html)
    end = html.find("</h1>")
    if widget is None or end < 0:
        return html
    end += len("</h1>")
    bar = progress_html(course, int(widget.group(1)))
    return f'{html[:end]}\n<div class="cc-progress-slot"><div>{bar}</div></div>{html[end:]}'


def _relative_file(target_md: str, page_md: str) -> str:
    """A link between pages when the site is built for file:// (no directory URLs)."""
    return "../" * page_md.count("/") + target_md.removesuffix(".md") + ".html"


def _relative(target_md: str, page_md: str) -> str:
    """A link from one page to another under use_directory_urls."""
    depth = page_md.count("/") + (0 if page_md.endswith("index.md") else 1)
    target = target_md[:-3] + "/" if not target_md.endswith("index.md") else target_md[: -len("index.md")]
    return "../" * depth + target


def scenario_html(scenario: Any) -> str:
    """A scenario check: the situation, the caller's words, and a box for the learner's reply."""
    sid = escape(scenario.id)
    return "\n".join([
        f'<section class="cc-scenario" data-cc-scenario="{sid}" data-cc-module="{scenario.module}" aria-labelledby="{sid}-title">',
        f'<h3 class="cc-scenario__title" id="{sid}-title">Scenario check: {escape(scenario.title)}</h3>',
        '<p class="cc-status" data-cc-status role="status">Interactive checks need JavaScript. '
        "If this message stays, serve the course over http (see the README) and reload.</p>",
        f'<p class="cc-situation"><strong>The situation:</strong> {escape(scenario.situation)}</p>',
        f'<blockquote class="cc-caller"><p><strong>Caller:</strong> {escape(scenario.customer)}</p></blockquote>',
        f'<form class="cc-form" data-cc-form novalidate>',
        f'<label class="cc-reply" for="{sid}-reply"><strong>Your reply.</strong> {escape(scenario.task)}</label>',
        f'<textarea id="{sid}-reply" name="reply" rows="5" maxlength="5000" spellcheck="true" '
        f'aria-describedby="{sid}-help"></textarea>',
        f'<p class="cc-help" id="{sid}-help">Up to 5,000 characters. Your reply is checked on this device and never sent anywhere.</p>',
        '<div class="cc-actions"><button type="submit" class="md-button md-button--primary" data-cc-submit>Check my reply</button></div>',
        "</form>",
        '<div class="cc-result" data-cc-result aria-live="polite" tabindex="-1"></div>',
        "</section>",
    ])


def simulation_html(sim: Any) -> str:
    """A call simulation: a mood meter, the transcript so far, and the learner's turn."""
    sid = escape(sim.id)
    return "\n".join([
        f'<section class="cc-sim" data-cc-simulation="{sid}" data-cc-module="{sim.module}" aria-labelledby="{sid}-title">',
        f'<h3 class="cc-sim__title" id="{sid}-title">Call simulation: {escape(sim.title)}</h3>',
        f"<p>{escape(sim.intro)}</p>",
        '<p class="cc-status" data-cc-status role="status">Interactive checks need JavaScript. '
        "If this message stays, serve the course over http (see the README) and reload.</p>",
        f'<div class="cc-mood" data-cc-mood hidden><span id="{sid}-mood">Caller\'s mood</span> '
        f'<meter min="0" max="10" low="4" high="7" optimum="10" value="{sim.mood_start}" aria-labelledby="{sid}-mood"></meter> '
        '<span class="cc-mood__text" data-cc-mood-text></span></div>',
        f'<ol class="cc-transcript" data-cc-transcript aria-label="Call transcript"></ol>',
        '<div class="cc-turn" data-cc-turn aria-live="polite"></div>',
        '<div class="cc-actions">',
        '<button type="button" class="md-button md-button--primary" data-cc-start>Start the call</button>',
        '<button type="button" class="md-button" data-cc-print hidden>Print or save the transcript</button>',
        "</div>",
        "</section>",
    ])


def answer_keys_html(course: Course) -> str:
    """Every quiz's correct answers and every scenario's rubric, generated from quizzes/ (never typed twice)."""
    out = []
    for quiz in course.quizzes.values():
        out.append(f'<section class="cc-key" id="{escape(quiz.id)}"><h2>Module {quiz.module}: {escape(quiz.title)}</h2><ol>')
        for q in quiz.questions:
            out.append(
                f'<li data-cc-key="{escape(q.common.id)}"><p>{escape(q.common.prompt)}</p>'
                f'<p><strong>Answer:</strong> {escape(q.solution())}</p><p class="cc-key__why">{escape(q.common.explanation)}</p></li>'
            )
        out.append("</ol>")
        for s in (x for x in course.scenarios.values() if x.module == quiz.module):
            out.append(
                f'<h3>Scenario: {escape(s.title)}</h3><p><strong>Required:</strong> {escape(", ".join(s.required))}. '
                f'<strong>Avoid:</strong> {escape(", ".join(s.forbidden))}. <strong>Bonus:</strong> {escape(", ".join(s.praise) or "none")}.</p>'
                f"<p><strong>Model reply:</strong> {escape(s.model_reply)}</p>"
            )
        out.append("</section>")
    return "\n".join(out)


def worksheets_html(course: Course) -> str:
    """Each module's quiz and scenarios as a paper worksheet: one module per printed page, space to write."""
    out = []
    for quiz in course.quizzes.values():
        out.append(f'<section class="cc-sheet" id="sheet-{quiz.module}"><h2>Worksheet: module {quiz.module}</h2>'
                   '<p>Name: ______________________ Date: ____________</p><ol>')
        for q in quiz.public()["questions"]:
            items = q.get("options") or q.get("items") or q.get("lefts") or []
            choices = "".join(f"<li>☐ {escape(i['text'])}</li>" for i in items)
            if q["type"] == "true_false":
                choices = "<li>☐ True</li><li>☐ False</li>"
            if q["type"] == "matching":
                choices += "<li><em>Match with:</em> " + escape(" · ".join(r["text"] for r in q["rights"])) + "</li>"
            lines = '<p class="cc-sheet__lines">____________________________________________</p>' if q["type"] == "short_text" else ""
            out.append(f"<li><p>{escape(q['prompt'])}</p><ul class=\"cc-sheet__choices\">{choices}</ul>{lines}</li>")
        out.append("</ol>")
        for s in (x for x in course.scenarios.values() if x.module == quiz.module):
            out.append(f"<h3>Scenario: {escape(s.title)}</h3><p>{escape(s.situation)}</p><blockquote><p><strong>Caller:</strong> {escape(s.customer)}</p></blockquote>"
                       '<p>What would you say?</p><div class="cc-sheet__box"></div>')
        out.append("</section>")
    return "\n".join(out)
