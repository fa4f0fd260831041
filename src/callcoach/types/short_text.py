"""`short_text`: a typed answer, forgiving case, spacing, punctuation and (optionally) typos."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from callcoach.fields import Reader
from callcoach.types.base import UNANSWERED, Common, Context, QuestionType, Verdict, invalid, register

MAX_LENGTH = 200


def normalise(text: str) -> str:
    """Lower case, letters and digits only, single spaces: 'C.P.R.!' and ' c p r' both become 'c p r'."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch if ch.isalnum() else " " for ch in folded if not unicodedata.combining(ch))
    return " ".join(kept.split())


def distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, stopping early once it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


@register
@dataclass(frozen=True, slots=True)
class ShortText(QuestionType):
    """Accepted answers compared after normalising; `typos` letter edits tolerated."""

    kind = "short_text"
    fields_required = {"accept"}
    fields_optional = {"typos"}

    common: Common
    accept: tuple[str, ...]
    typos: int = 0

    @classmethod
    def build(cls, reader: Reader, common: Common, context: Context) -> ShortText:
        accept = reader.texts("accept", minimum=1)
        for i, answer in enumerate(accept):
            if not normalise(answer):
                reader.error("an accepted answer needs at least one letter or digit", path=(*reader.path, "accept", i))
        return cls(common, tuple(accept), reader.integer("typos", low=0, high=2))

    def grade(self, response: Any) -> Verdict:
        if response is None:
            return UNANSWERED
        if not isinstance(response, str):
            return invalid("Expected a typed answer.")
        if len(response) > MAX_LENGTH:
            return invalid(f"Answers are at most {MAX_LENGTH} characters.")
        given = normalise(response)
        if not given:
            return UNANSWERED
        for answer in self.accept:
            wanted = normalise(answer)
            # Compare without spaces too, so "C P R" matches "CPR"; typo tolerance only on longer words,
            # where one slip cannot turn one real answer into another.
            if given == wanted or given.replace(" ", "") == wanted.replace(" ", ""):
                return Verdict.of(1.0)
            if self.typos and len(wanted) >= 5 and distance(given, wanted, self.typos) <= self.typos:
                return Verdict.of(1.0, [f"Accepted (check the spelling: {answer})."])
        return Verdict.of(0.0)

    def public(self) -> dict[str, Any]:
        return {"maxlength": MAX_LENGTH}

    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {"accept": list(self.accept)}
        if self.typos:
            out["typos"] = self.typos
        return out

    def examples(self) -> tuple[Any, Any]:
        return f"  {self.accept[0].upper()}! ", "zzzz"

    def solution(self) -> str:
        return " / ".join(self.accept)
