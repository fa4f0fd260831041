"""`multiple`: several correct options, with partial credit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from callcoach.fields import Reader
from callcoach.types.base import UNANSWERED, Common, Context, QuestionType, Verdict, invalid, register, resolve
from callcoach.types.options import Option, public_options, read_options


@register
@dataclass(frozen=True, slots=True)
class Multiple(QuestionType):
    """Tick every right option; each right tick earns, each wrong tick costs."""

    kind = "multiple"
    fields_required = {"options"}

    common: Common
    options: tuple[Option, ...]

    @classmethod
    def build(cls, reader: Reader, common: Common, context: Context) -> Multiple:
        options = read_options(reader)
        if options and sum(o.correct for o in options) < 1:
            reader.error("no correct answer: mark at least one option 'correct: true'")
        return cls(common, options)

    def grade(self, response: Any) -> Verdict:
        if response is None or response == []:
            return UNANSWERED
        if not isinstance(response, list):
            return invalid("Expected a list of chosen options.")
        tokens = self.tokens([o.text for o in self.options])
        chosen = {resolve(r, tokens) for r in response}
        if None in chosen:
            return invalid("One of the chosen answers is not an option.")
        right = {i for i, o in enumerate(self.options) if o.correct}
        # Right ticks earn a share of the marks; wrong ticks take the same share away, so ticking
        # everything never pays.
        hits, misses = len(chosen & right), len(chosen - right)
        score = (hits - misses) / len(right)
        return Verdict.of(score, [self.options[i].feedback for i in sorted(chosen)])

    def public(self) -> dict[str, Any]:
        return {"options": public_options(self.options, self.tokens([o.text for o in self.options]))}

    def fields(self) -> dict[str, Any]:
        return {"options": [o.to_json() for o in self.options]}

    def examples(self) -> tuple[Any, Any]:
        right = [i for i, o in enumerate(self.options) if o.correct]
        wrong = [i for i, o in enumerate(self.options) if not o.correct] or right[:1]
        return right, wrong

    def solution(self) -> str:
        return "; ".join(o.text for o in self.options if o.correct)
