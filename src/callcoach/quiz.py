"""A quiz: a pass mark and a list of questions of any registered type."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from callcoach.errors import Problem
from callcoach.fields import Reader, Where, no_lines, type_name
from callcoach.types import REGISTRY, Common, Context, QuestionType
from callcoach.types.base import COMMON_OPTIONAL, COMMON_REQUIRED

__all__ = ["Quiz", "build_quiz", "grade_quiz"]

QUIZ_KEYS = {"schema", "id", "module", "title", "pass_mark", "questions"}


@dataclass(frozen=True, slots=True)
class Quiz:
    """One module's quiz."""

    id: str
    module: int
    title: str
    pass_mark: int
    questions: tuple[QuestionType, ...]

    def to_json(self) -> dict[str, Any]:
        """Canonical mapping, answer key included (for the worker and the answer keys)."""
        return {
            "schema": 1,
            "id": self.id,
            "module": self.module,
            "title": self.title,
            "pass_mark": self.pass_mark,
            "questions": [q.to_json() for q in self.questions],
        }

    def public(self) -> dict[str, Any]:
        """What the page renders: prompts, options and hints, no answer key."""
        return {
            "id": self.id,
            "title": self.title,
            "pass_mark": self.pass_mark,
            "questions": [
                {**_public_common(q), "type": q.kind, **q.public()} for q in self.questions
            ],
        }


def _public_common(q: QuestionType) -> dict[str, Any]:
    out = {"id": q.common.id, "prompt": q.common.prompt, "lesson": q.common.lesson}
    if q.common.hint:
        out["hint"] = q.common.hint
    return out


def build_quiz(
    data: Any, *, source: str, where: Where = no_lines, context: Context | None = None
) -> tuple[Quiz | None, list[Problem]]:
    """Build a quiz from an authored mapping, with every problem found (usable only if there are none)."""
    problems: list[Problem] = []
    context = context or Context()
    reader = Reader(data, source=source, where=where, problems=problems)
    if not reader.ok:
        return None, problems
    reader.check_keys(QUIZ_KEYS)
    if reader.data.get("schema", 1) != 1:
        reader.error(f"unsupported schema {reader.data.get('schema')!r}; this version reads schema 1", path=("schema",))
    questions: list[QuestionType] = []
    seen: set[str] = set()
    for i, raw in enumerate(reader.items("questions", minimum=1)):
        question = build_question(reader.at(("questions", i), raw), context)
        if question is None:
            continue
        if question.common.id in seen:
            reader.error(f"duplicate question id '{question.common.id}'", path=("questions", i, "id"))
        seen.add(question.common.id)
        questions.append(question)
    quiz = Quiz(
        id=reader.text("id"),
        module=reader.integer("module", low=1, high=99),
        title=reader.text("title"),
        pass_mark=reader.integer("pass_mark", low=0, high=100),
        questions=tuple(questions),
    )
    return quiz, problems


def build_question(reader: Reader, context: Context) -> QuestionType | None:
    """Build one question through the registry; the quiz never needs to know its type."""
    if not reader.ok:
        return None
    kind = reader.data.get("type")
    cls = REGISTRY.get(kind) if isinstance(kind, str) else None
    if cls is None:
        known = ", ".join(sorted(REGISTRY))
        if "type" not in reader.data:
            reader.error(f"missing required key 'type' (one of: {known})")
        else:
            reader.error(f"unknown question type {kind!r} ({type_name(kind)}); use one of: {known}", path=(*reader.path, "type"))
        return None
    reader.check_keys(COMMON_REQUIRED | cls.fields_required, COMMON_OPTIONAL | cls.fields_optional)
    common = Common(
        id=reader.text("id"),
        prompt=reader.text("prompt"),
        explanation=reader.text("explanation"),
        lesson=reader.text("lesson"),
        hint=reader.text("hint", required=False),
    )
    if common.lesson and not common.lesson.startswith("#") and "#" not in common.lesson:
        reader.error("must link to a lesson section, like '#how-to-do-it'", path=(*reader.path, "lesson"))
    return cls.build(reader, common, context)


def grade_quiz(quiz: Quiz, answers: Any) -> dict[str, Any]:
    """Grade every question; unknown or malformed answers score 0 with a reason, never an exception."""
    if not isinstance(answers, dict):
        answers = {}
    results = []
    for q in quiz.questions:
        verdict = q.grade(answers.get(q.common.id))
        results.append(
            {
                "id": q.common.id,
                "score": verdict.score,
                "status": verdict.status,
                "feedback": list(verdict.feedback),
                "explanation": q.common.explanation,
                "lesson": q.common.lesson,
            }
        )
    points = round(sum(r["score"] for r in results), 4)
    total = len(results)
    percent = round(100 * points / total, 1) if total else 0.0
    return {
        "quiz": quiz.id,
        "points": points,
        "max_points": total,
        "score": percent,
        "pass_mark": quiz.pass_mark,
        "passed": percent >= quiz.pass_mark,
        "questions": results,
    }
