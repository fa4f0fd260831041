"""Question types, one small class each, registered by their `type:` name."""

from __future__ import annotations

from callcoach.types import matching, multiple, ordering, short_text, single, true_false  # noqa: F401  (registers)
from callcoach.types.base import REGISTRY, Common, Context, QuestionType, Verdict, token

__all__ = ["REGISTRY", "Common", "Context", "QuestionType", "Verdict", "token"]
