"""In Chromium on the built site: answers of every type are graded in Pyodide, with the score CPython computes."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from callcoach.quiz import grade_quiz
from tests.browser.pages import QuizWidget
from tests.cases import course

pytestmark = pytest.mark.browser


def test_one_question_of_each_type_scores_as_in_cpython(page, server: str) -> None:
    quiz = course().quizzes["m2-quiz"]
    questions = {q.kind: q for q in reversed(quiz.questions)}  # the first of each type
    assert set(questions) == {"single", "multiple", "true_false", "ordering", "matching", "short_text"}
    page.goto(server + "modules/02-be-prepared/")
    widget = QuizWidget(page, "m2-quiz")
    answers: dict[str, object] = {}
    # Right answers for some types, wrong or partial for others, so the score is neither 0 nor 100.
    single = questions["single"]
    widget.choose(single.common.id, single.options[1].text)
    answers[single.common.id] = 1
    multiple = questions["multiple"]
    first_right = next(i for i, o in enumerate(multiple.options) if o.correct)
    widget.tick(multiple.common.id, [multiple.options[first_right].text])
    answers[multiple.common.id] = [first_right]
    tf = questions["true_false"]
    widget.choose(tf.common.id, "True" if tf.answer else "False")
    answers[tf.common.id] = tf.answer
    ordering = questions["ordering"]
    swapped = [ordering.items[1], ordering.items[0], *ordering.items[2:]]
    widget.order(ordering.common.id, swapped)
    answers[ordering.common.id] = [1, 0, *range(2, len(ordering.items))]
    matching = questions["matching"]
    widget.match(matching.common.id, list(matching.pairs))
    answers[matching.common.id] = {str(i): i for i in range(len(matching.pairs))}
    short = questions["short_text"]
    widget.type(short.common.id, f"  {short.accept[0].upper()}!")
    answers[short.common.id] = short.accept[0]

    shown = widget.submit()
    expected = grade_quiz(quiz, answers)
    assert shown == expected["score"]
    assert 0 < shown < 100
    for result in expected["questions"]:
        fieldset = widget.question(result["id"])
        expect(fieldset).to_have_attribute("data-cc-outcome", result["status"])
    # Feedback is announced and the learner can review and retry.
    expect(widget.root.locator("[data-cc-result]")).to_be_focused()
    widget.root.locator("[data-cc-retry]").click()
    expect(widget.root.locator(".cc-score")).to_have_count(0)


def test_no_answer_key_in_the_page(site: Path) -> None:
    for quiz in course().quizzes.values():
        module = course().module(quiz.module)
        html = (site / module.page.removesuffix(".md") / "index.html").read_text(encoding="utf-8")
        for q in quiz.questions:
            assert q.common.explanation not in html
            assert '"correct"' not in html and "data-correct" not in html


def test_quiz_opened_from_a_file_says_how_to_fix_it(page, site: Path) -> None:
    page.goto((site / "modules/05-cpr/index.html").as_uri())
    widget = QuizWidget(page, "m5-quiz")
    widget.root.scroll_into_view_if_needed()
    status = widget.root.locator("[data-cc-status]")
    expect(status).to_contain_text("cannot run from a file")
    expect(page.locator("#expert")).to_be_visible()


def test_engine_is_shared_across_instant_navigation(page, server: str) -> None:
    page.goto(server + "modules/01-look-after-yourself/")
    first = QuizWidget(page, "m1-quiz")
    first.root.scroll_into_view_if_needed()
    first.wait_ready()
    ours = lambda: [w for w in page.workers if w.url.endswith("/assets/callcoach/worker.js")]  # noqa: E731
    assert len(ours()) == 1
    page.evaluate("window.__samePage = true")  # survives only if the next page comes by instant navigation
    page.get_by_role("link", name="Next").first.click()
    page.wait_for_url("**/02-be-prepared/")
    second = QuizWidget(page, "m2-quiz")
    second.root.scroll_into_view_if_needed()
    second.wait_ready()
    assert len(ours()) == 1
    assert page.evaluate("window.__samePage === true")
    assert page.evaluate("performance.getEntriesByName('callcoach:engine-ready').length") == 1
