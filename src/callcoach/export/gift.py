"""Moodle GIFT: one `$CATEGORY` per quiz, question ids as titles, explanations as general feedback."""

from __future__ import annotations

from collections.abc import Iterable

from callcoach.export import Skipped
from callcoach.quiz import Quiz
from callcoach.types import QuestionType

__all__ = ["to_gift", "escape", "question_gift", "weight"]

HEADER = "// Handling Tricky Customer Calls: question bank in Moodle GIFT format, from `python -m callcoach export`."
# GIFT's reserved characters, as Moodle's own exporter escapes them (backslash first, newlines as \n).
_ESCAPES = str.maketrans({"\\": "\\\\", "~": "\\~", "=": "\\=", "#": "\\#", "{": "\\{", "}": "\\}", ":": "\\:", "\n": "\\n", "\r": ""})
MIN_PAIRS = 3  # Moodle's matching form wants at least three pairs


class Unsupported(Exception):
    """Raised with the reason a question cannot be written in GIFT."""


def escape(text: str) -> str:
    """Text safe anywhere in a GIFT question: reserved characters backslash-escaped."""
    return text.translate(_ESCAPES)


def weight(percent: float) -> str:
    """A GIFT answer weight: whole numbers as they are, others to Moodle's five decimals (33.33333)."""
    value = round(percent, 5)
    return str(int(value)) if value == int(value) else f"{value:.5f}".rstrip("0")


def _answer(marker: str, text: str, feedback: str = "") -> str:
    """One answer line; after a bare ~, a text starting with % gets an explicit 0% so it is not read as a weight."""
    body = escape(text)
    if marker == "~" and body.startswith("%"):
        marker = "~%0%"
    return f"\t{marker}{body}" + (f"#{escape(feedback)}" if feedback else "")


def _choices(q: QuestionType) -> list[str]:
    """Answer lines for `single` (=right ~wrong) and `multiple` (weights: right share the 100, wrong ones cost the same share)."""
    if q.kind == "single":
        return [_answer("=" if o.correct else "~", o.text, o.feedback) for o in q.options]  # type: ignore[attr-defined]
    share = 100 / sum(o.correct for o in q.options)  # type: ignore[attr-defined]
    # The engine scores (right ticks - wrong ticks) / right options, floored at 0, as Moodle does with these weights.
    return [_answer(f"~%{weight(share if o.correct else -share)}%", o.text, o.feedback) for o in q.options]  # type: ignore[attr-defined]


def _true_false(q: QuestionType) -> str:
    """{T#feedback on a wrong answer#feedback on a right answer}, Moodle's order."""
    right, wrong = (q.feedback_true, q.feedback_false) if q.answer else (q.feedback_false, q.feedback_true)  # type: ignore[attr-defined]
    out = "T" if q.answer else "F"  # type: ignore[attr-defined]
    if wrong or right:
        out += f"#{escape(wrong)}"
    if right:
        out += f"#{escape(right)}"
    return out


def _pairs(q: QuestionType) -> list[str]:
    """=left -> right lines (a "who said it?" question's pairs are already quote -> expert)."""
    pairs = q.pairs  # type: ignore[attr-defined]
    if len(pairs) < MIN_PAIRS:
        raise Unsupported(f"GIFT matching needs at least {MIN_PAIRS} pairs, this has {len(pairs)}")
    if any("->" in left for left, _ in pairs):
        raise Unsupported("a left-hand item contains '->', which GIFT cannot escape")
    return [f"\t={escape(left)} -> {escape(right)}" for left, right in pairs]


def _short(q: QuestionType) -> list[str]:
    """=answer lines; '*' is a wildcard in Moodle's short answers, so it is written as a literal \\*."""
    if any("->" in a for a in q.accept):  # type: ignore[attr-defined]
        raise Unsupported("an accepted answer contains '->', which would make it a matching question")
    # A bare = answer starting with % would be read as a weight, so those get an explicit 100%.
    return [_answer("=%100%" if a.startswith("%") else "=", a).replace("*", "\\*") for a in q.accept]  # type: ignore[attr-defined]


def question_gift(q: QuestionType) -> str:
    """One question as GIFT, or Unsupported with the reason."""
    head = f"// {q.common.id} ({q.kind})".replace("\n", " ") + f"\n::{escape(q.common.id)}::{escape(q.common.prompt)}"
    general = f"####{escape(q.common.explanation)}" if q.common.explanation else ""
    if q.kind == "true_false":
        return f"{head}{{{_true_false(q)}{general}}}"
    if q.kind in ("single", "multiple"):
        lines = _choices(q)
    elif q.kind == "matching":
        lines = _pairs(q)
    elif q.kind == "short_text":
        lines = _short(q)
    elif q.kind == "ordering":
        raise Unsupported("GIFT has no ordering question")
    else:
        raise Unsupported(f"GIFT export does not know the '{q.kind}' type")
    return "\n".join([f"{head}{{", *lines, *([f"\t{general}"] if general else []), "}"])


def to_gift(quizzes: Iterable[Quiz]) -> tuple[str, int, list[Skipped]]:
    """The whole bank as GIFT text, the number of questions written and the ones skipped."""
    blocks, count, skipped = [HEADER], 0, []
    for quiz in quizzes:
        category = " ".join(f"callcoach/{quiz.id}".split())
        blocks.append(f"// {' '.join(quiz.title.split())}\n$CATEGORY: {category}")
        for q in quiz.questions:
            try:
                blocks.append(question_gift(q))
            except Unsupported as reason:
                skipped.append(Skipped(q.common.id, q.kind, str(reason)))
            else:
                count += 1
    return "\n\n".join(blocks) + "\n", count, skipped
