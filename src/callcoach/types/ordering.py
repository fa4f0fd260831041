"""`ordering`: put steps in order, with credit for each step in its place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from callcoach.fields import Reader
from callcoach.types.base import UNANSWERED, Common, Context, QuestionType, Verdict, invalid, register, resolve


@register
@dataclass(frozen=True, slots=True)
class Ordering(QuestionType):
    """Items are authored in the right order and shown in a stable shuffle."""

    kind = "ordering"
    fields_required = {"items"}

    common: Common
    items: tuple[str, ...]

    @classmethod
    def build(cls, reader: Reader, common: Common, context: Context) -> Ordering:
        items = reader.texts("items", minimum=3)
        if len({i.lower() for i in items}) != len(items):
            reader.error("items must be different from each other", path=(*reader.path, "items"))
        return cls(common, tuple(items))

    def grade(self, response: Any) -> Verdict:
        if response is None or response == []:
            return UNANSWERED
        if not isinstance(response, list):
            return invalid("Expected the items as a list, in your order.")
        tokens = self.tokens(list(self.items))
        order = [resolve(r, tokens) for r in response]
        if None in order or sorted(order) != list(range(len(self.items))):  # type: ignore[type-var]
            return invalid(f"Place each of the {len(self.items)} items exactly once.")
        placed = sum(1 for position, index in enumerate(order) if position == index)
        feedback = [] if placed == len(order) else [f"{placed} of {len(order)} steps are in the right place."]
        return Verdict.of(placed / len(order), feedback)

    def public(self) -> dict[str, Any]:
        tokens = self.tokens(list(self.items))
        shuffled = sorted(zip(tokens, self.items))
        # A stable shuffle that happens to be the right order would give the answer away.
        if [t for t, _ in shuffled] == tokens:
            shuffled = shuffled[1:] + shuffled[:1]
        return {"items": [{"token": t, "text": text} for t, text in shuffled]}

    def fields(self) -> dict[str, Any]:
        return {"items": list(self.items)}

    def examples(self) -> tuple[Any, Any]:
        right = list(range(len(self.items)))
        return right, right[::-1]

    def solution(self) -> str:
        return " → ".join(self.items)
