"""The detector's entry point: text in, behaviours and evidence spans out."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from callcoach.detect import detectors_act as act
from callcoach.detect import detectors_care as care
from callcoach.detect import detectors_harm as harm
from callcoach.detect.context import Doc, parse
from callcoach.detect.model import MODELLED, second_opinion
from callcoach.detect.signals import Signals, read_signals
from callcoach.detect.vocabulary import BEHAVIOURS

__all__ = ["Detection", "detect"]

Span = tuple[int, int]
_DETECTORS: dict[str, Callable[[Doc, Signals], list[Span]]] = {
    "acknowledge": care.acknowledge,
    "apology": care.apology,
    "clarify": care.clarify,
    "options": act.options,
    "commit": act.commit,
    "policy": act.policy,
    "escalate": act.escalate,
    "boundary": act.boundary,
    "blame": harm.blame,
    "antagonize": care.antagonize,
    "hedge": harm.hedge,
}
_CONTRAST = re.compile(r"\b(?:but|though|however|although|as long as|provided)\b")
MAX_CHARS = 20_000  # far beyond any real reply; keeps the page responsive on pasted essays


@dataclass(frozen=True, slots=True)
class Detection:
    """The behaviours a reply shows, in vocabulary order, with evidence spans into the original text."""

    behaviours: tuple[str, ...]
    evidence: dict[str, tuple[Span, ...]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """A plain JSON-able dict: {"behaviours": [...], "evidence": {id: [[start, end], ...]}}."""
        return {
            "behaviours": list(self.behaviours),
            "evidence": {b: [list(span) for span in self.evidence[b]] for b in self.behaviours},
        }


def detect(text: str) -> Detection:
    """Find which call-handling behaviours a reply shows, and where."""
    if not isinstance(text, str):
        raise TypeError("detect() needs a str")
    text = text[:MAX_CHARS]
    doc = parse(text)
    signals = read_signals(doc)
    found: dict[str, tuple[Span, ...]] = {}
    by_rule = {behaviour: _DETECTORS[behaviour](doc, signals) for behaviour in BEHAVIOURS}
    # A limit set with a jab in the same sentence is antagonising, not a calm boundary.
    if by_rule["boundary"] and by_rule["antagonize"]:
        jabbed = {doc.sentence(s).sentence for s, e in by_rule["antagonize"] if e > s}
        by_rule["boundary"] = [(s, e) for s, e in by_rule["boundary"] if doc.sentence(s).sentence not in jabbed]
    # A sentence that sets a limit ("if it goes on I'll put you on hold") promises no next step, unless the
    # promise is set against the limit ("I'll fix the bill today, but I won't be sworn at").
    if by_rule["boundary"] and by_rule["commit"]:
        limits = {doc.sentence(s).sentence for s, e in by_rule["boundary"] if e > s}
        by_rule["commit"] = [(s, e) for s, e in by_rule["commit"] if doc.sentence(s).sentence not in limits
                             or _CONTRAST.search(doc.text, e, doc.sentence(s).end)]
    # The rules know only the wordings they list; the model, which has read every labelled reply, gets a
    # say on the few behaviours whose wording varies most, and only where the rules found nothing.
    missed = tuple(b for b in MODELLED if not by_rule[b])
    if missed:
        by_rule.update(second_opinion(doc, missed, by_rule))
    for behaviour in BEHAVIOURS:
        spans = by_rule[behaviour]
        original = sorted({doc.norm.span(s, e) for s, e in spans if e > s})
        if original:
            found[behaviour] = tuple(_merge(original))
    return Detection(tuple(b for b in BEHAVIOURS if b in found), found)


def _merge(spans: list[Span]) -> list[Span]:
    """Sorted spans with nested or overlapping ones folded together."""
    merged: list[Span] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
