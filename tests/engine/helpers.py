"""Build single questions from plain mappings for the engine tests."""

from __future__ import annotations

from typing import Any

from callcoach.errors import Problem
from callcoach.fields import Reader
from callcoach.quiz import build_question
from callcoach.types import Context, QuestionType

EXPERTS = {
    "a": {"quote": "Quote A", "expert": "Expert A"},
    "b": {"quote": "Quote B", "expert": "Expert B"},
    "c": {"quote": "Quote C", "expert": "Expert C"},
}


def question(**fields: Any) -> QuestionType:
    """A question of any type, failing the test on any authoring problem."""
    q, problems = try_question(**fields)
    assert not problems, [str(p) for p in problems]
    assert q is not None
    return q


def try_question(**fields: Any) -> tuple[QuestionType | None, list[Problem]]:
    """Build a question and return it with the problems found."""
    data = {"id": "q1", "prompt": "Prompt?", "explanation": "Because.", "lesson": "#how-to-do-it", **fields}
    problems: list[Problem] = []
    reader = Reader(data, source="t.yml", where=lambda p: (None, None), problems=problems, path=("questions", 0))
    q = build_question(reader, Context(EXPERTS))
    return q, problems
