"""Behaviour detection: which of the eleven call-handling behaviours a learner's reply shows."""

from __future__ import annotations

from callcoach.detect.engine import Detection, detect
from callcoach.detect.vocabulary import BEHAVIOURS, GOOD, HARMFUL, VOCABULARY, Behaviour

__all__ = ["detect", "Detection", "BEHAVIOURS", "VOCABULARY", "Behaviour", "GOOD", "HARMFUL"]
