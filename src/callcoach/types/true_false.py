"""`true_false`: a statement the learner judges."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from callcoach.fields import Reader
from callcoach.types.base import UNANSWERED, Common, Context, QuestionType, Verdict, invalid, register


@register
@dataclass(frozen=True, slots=True)
class TrueFalse(QuestionType):
    """True or false, with feedback for each answer."""

    kind = "true_false"
    fields_required = {"answer"}
    fields_optional = {"feedback_true", "feedback_false"}

    common: Common
    answer: bool
    feedback_true: str = ""
    feedback_false: str = ""

    @classmethod
    def build(cls, reader: Reader, common: Common, context: Context) -> TrueFalse:
        return cls(
            common,
            reader.boolean("answer"),
            reader.text("feedback_true", required=False),
            reader.text("feedback_false", required=False),
        )

    def grade(self, response: Any) -> Verdict:
        if response is None or response == "":
            return UNANSWERED
        if isinstance(response, str) and response.lower() in {"true", "false"}:
            response = response.lower() == "true"
        if not isinstance(response, bool):
            return invalid("Expected true or false.")
        return Verdict.of(1.0 if response == self.answer else 0.0, [self.feedback_true if response else self.feedback_false])

    def public(self) -> dict[str, Any]:
        return {}

    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {"answer": self.answer}
        if self.feedback_true:
            out["feedback_true"] = self.feedback_true
        if self.feedback_false:
            out["feedback_false"] = self.feedback_false
        return out

    def examples(self) -> tuple[Any, Any]:
        return self.answer, not self.answer

    def solution(self) -> str:
        return "True" if self.answer else "False"
