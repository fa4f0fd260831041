"""Options with a correct flag and feedback, shared by `single` and `multiple`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from callcoach.fields import Reader

__all__ = ["Option", "read_options", "public_options"]


@dataclass(frozen=True, slots=True)
class Option:
    """One choice the learner can pick."""

    text: str
    correct: bool = False
    feedback: str = ""

    def to_json(self) -> dict[str, Any]:
        """Canonical mapping."""
        out: dict[str, Any] = {"text": self.text}
        if self.correct:
            out["correct"] = True
        if self.feedback:
            out["feedback"] = self.feedback
        return out


def read_options(reader: Reader) -> tuple[Option, ...]:
    """Read `options`: at least two, distinct texts."""
    options: list[Option] = []
    seen: set[str] = set()
    for i, raw in enumerate(reader.items("options", minimum=2)):
        r = reader.at(("options", i), raw)
        r.check_keys({"text"}, {"correct", "feedback"})
        text = r.text("text")
        if text.lower() in seen:
            r.error(f"duplicate option text '{text}'")
        seen.add(text.lower())
        options.append(Option(text, r.boolean("correct"), r.text("feedback", required=False)))
    return tuple(options)


def public_options(options: tuple[Option, ...], tokens: list[str]) -> list[dict[str, str]]:
    """Options in a stable shuffled order (by token), without the correct flag or feedback."""
    pairs = sorted(zip(tokens, options), key=lambda p: p[0])
    return [{"token": t, "text": o.text} for t, o in pairs]
