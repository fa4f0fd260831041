"""What every question type shares: common fields, verdicts, stable tokens and the registry."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, ClassVar

from callcoach.fields import Reader

__all__ = ["Common", "Context", "Verdict", "QuestionType", "REGISTRY", "register", "token", "resolve"]

COMMON_REQUIRED = {"id", "type", "prompt", "explanation", "lesson"}
COMMON_OPTIONAL = {"hint"}


@dataclass(frozen=True, slots=True)
class Common:
    """Fields every question carries."""

    id: str
    prompt: str
    explanation: str
    lesson: str
    hint: str = ""

    def to_json(self) -> dict[str, Any]:
        """Canonical mapping (the same keys an author writes)."""
        out = {"id": self.id, "prompt": self.prompt, "explanation": self.explanation, "lesson": self.lesson}
        if self.hint:
            out["hint"] = self.hint
        return out


@dataclass(frozen=True, slots=True)
class Context:
    """What a question may refer to outside its own file (the experts' quotes)."""

    experts: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The judgement on one response: a score from 0 to 1 and what to tell the learner."""

    score: float
    status: str  # correct | partial | wrong | unanswered | invalid
    feedback: tuple[str, ...] = ()

    @classmethod
    def of(cls, score: float, feedback: list[str] | tuple[str, ...] = ()) -> Verdict:
        """Name the status from the score."""
        status = "correct" if score >= 1 else ("wrong" if score <= 0 else "partial")
        return cls(round(max(0.0, min(1.0, score)), 4), status, tuple(f for f in feedback if f))


UNANSWERED = Verdict(0.0, "unanswered", ("Not answered.",))


def invalid(message: str) -> Verdict:
    """A response the page should never send; graded 0 with a plain reason."""
    return Verdict(0.0, "invalid", (message,))


def token(question_id: str, text: str) -> str:
    """A stable, opaque handle for an option or item, so the page's HTML reveals no answer key."""
    return hashlib.sha256(f"{question_id}\x00{text}".encode()).hexdigest()[:10]


def resolve(choice: Any, tokens: list[str]) -> int | None:
    """Turn a response entry (a token, or an index in authored order) into an index, or None."""
    if isinstance(choice, bool):
        return None
    if isinstance(choice, int):
        return choice if 0 <= choice < len(tokens) else None
    if isinstance(choice, str):
        if choice in tokens:
            return tokens.index(choice)
        if choice.isdigit() and int(choice) < len(tokens):
            return int(choice)
    return None


class QuestionType:
    """Base of the registry's classes: build, grade, render data and examples, per type."""

    kind: ClassVar[str] = ""
    fields_required: ClassVar[set[str]] = set()
    fields_optional: ClassVar[set[str]] = set()

    common: Common

    @classmethod
    def build(cls, reader: Reader, common: Common, context: Context) -> QuestionType:  # pragma: no cover - abstract
        """Read the type's own fields, recording problems in `reader`."""
        raise NotImplementedError

    def grade(self, response: Any) -> Verdict:  # pragma: no cover - abstract
        """Judge one response; never raises on malformed input."""
        raise NotImplementedError

    def public(self) -> dict[str, Any]:  # pragma: no cover - abstract
        """What the page needs to show the question, without the answer key."""
        raise NotImplementedError

    def fields(self) -> dict[str, Any]:  # pragma: no cover - abstract
        """The type's own fields in canonical form."""
        raise NotImplementedError

    def examples(self) -> tuple[Any, Any]:  # pragma: no cover - abstract
        """A right and a wrong response, for self-tests."""
        raise NotImplementedError

    def solution(self) -> str:  # pragma: no cover - abstract
        """The correct answer in words, for answer keys."""
        raise NotImplementedError

    def to_json(self) -> dict[str, Any]:
        """The full canonical mapping, answer key included (for the worker, never the page)."""
        return {**self.common.to_json(), "type": self.kind, **self.fields()}

    def tokens(self, texts: list[str]) -> list[str]:
        """Tokens for a list of texts of this question."""
        return [token(self.common.id, t) for t in texts]


REGISTRY: dict[str, type[QuestionType]] = {}


def register(cls: type[QuestionType]) -> type[QuestionType]:
    """Class decorator: make a type available under its `type:` name."""
    REGISTRY[cls.kind] = cls
    return cls
