"""`single`: exactly one correct option."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from callcoach.fields import Reader
from callcoach.types.base import UNANSWERED, Common, Context, QuestionType, Verdict, invalid, register, resolve
from callcoach.types.options import Option, public_options, read_options


@register
@dataclass(frozen=True, slots=True)
class Single(QuestionType):
    """Pick the one right option."""

    kind = "single"
    fields_required = {"options"}

    common: Common
    options: tuple[Option, ...]

    @classmethod
    def build(cls, reader: Reader, common: Common, context: Context) -> Single:
        options = read_options(reader)
        if options and sum(o.correct for o in options) != 1:
            reader.error(f"a single-answer question needs exactly one correct option, found {sum(o.correct for o in options)}")
        return cls(common, options)

    def grade(self, response: Any) -> Verdict:
        if response is None or response == "":
            return UNANSWERED
        index = resolve(response, self.tokens([o.text for o in self.options]))
        if index is None:
            return invalid("That answer is not one of the options.")
        chosen = self.options[index]
        return Verdict.of(1.0 if chosen.correct else 0.0, [chosen.feedback])

    def public(self) -> dict[str, Any]:
        return {"options": public_options(self.options, self.tokens([o.text for o in self.options]))}

    def fields(self) -> dict[str, Any]:
        return {"options": [o.to_json() for o in self.options]}

    def examples(self) -> tuple[Any, Any]:
        right = next(i for i, o in enumerate(self.options) if o.correct)
        return right, (right + 1) % len(self.options)

    def solution(self) -> str:
        return next(o.text for o in self.options if o.correct)
