"""`matching`: pair each left item with its right item; "who said it?" builds pairs from the experts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from callcoach.fields import Reader
from callcoach.types.base import UNANSWERED, Common, Context, QuestionType, Verdict, invalid, register, resolve


@register
@dataclass(frozen=True, slots=True)
class Matching(QuestionType):
    """Each pair scores on its own; rights are shown in a stable shuffle."""

    kind = "matching"
    fields_optional = {"pairs", "experts"}

    common: Common
    pairs: tuple[tuple[str, str], ...]
    experts: tuple[str, ...] = ()

    @classmethod
    def build(cls, reader: Reader, common: Common, context: Context) -> Matching:
        if ("pairs" in reader.data) == ("experts" in reader.data):
            reader.error("give either 'pairs' or 'experts' (for a \"who said it?\" question), not both or neither")
        pairs: list[tuple[str, str]] = []
        for i, raw in enumerate(reader.items("pairs", minimum=3)):
            r = reader.at(("pairs", i), raw)
            r.check_keys({"left", "right"})
            pairs.append((r.text("left"), r.text("right")))
        experts = tuple(reader.texts("experts", minimum=3)) if "experts" in reader.data else ()
        for i, key in enumerate(experts):
            found = context.experts.get(key)
            if found is None:
                reader.error(f"unknown expert '{key}' (not in experts.yml)", path=(*reader.path, "experts", i))
            else:
                pairs.append((found["quote"], found["expert"]))
        if len({left for left, _ in pairs}) != len(pairs):
            reader.error("the left-hand items must be different from each other")
        if len({right for _, right in pairs}) != len(pairs):
            reader.error("the right-hand items must be different from each other (unequal sides)")
        return cls(common, tuple(pairs), experts)

    def grade(self, response: Any) -> Verdict:
        if response is None or response == {}:
            return UNANSWERED
        if not isinstance(response, dict):
            return invalid("Expected a pairing of each item with an answer.")
        lefts = self.tokens([left for left, _ in self.pairs])
        rights = self.tokens([right for _, right in self.pairs])
        matched = 0
        for key, value in response.items():
            left, right = resolve(key, lefts), resolve(value, rights)
            if left is None or (right is None and value not in (None, "")):
                return invalid("One of the pairings does not refer to this question's items.")
            matched += left == right
        feedback = [] if matched == len(self.pairs) else [f"{matched} of {len(self.pairs)} pairs are right."]
        return Verdict.of(matched / len(self.pairs), feedback)

    def public(self) -> dict[str, Any]:
        lefts = self.tokens([left for left, _ in self.pairs])
        rights = sorted(zip(self.tokens([right for _, right in self.pairs]), [r for _, r in self.pairs]))
        return {
            "lefts": [{"token": t, "text": left} for t, (left, _) in zip(lefts, self.pairs)],
            "rights": [{"token": t, "text": right} for t, right in rights],
            "quotes": bool(self.experts),
        }

    def fields(self) -> dict[str, Any]:
        return {"pairs": [{"left": left, "right": right} for left, right in self.pairs]}

    def examples(self) -> tuple[Any, Any]:
        n = len(self.pairs)
        return {str(i): i for i in range(n)}, {str(i): (i + 1) % n for i in range(n)}

    def solution(self) -> str:
        return "; ".join(f"{left} → {right}" for left, right in self.pairs)
