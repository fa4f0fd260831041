"""Detectors for blame and hedge."""

from __future__ import annotations

import re
from functools import cache

from callcoach.detect.context import Doc, preceding
from callcoach.detect.cues_care import APOLOGY, APOLOGY_FIXED, PSEUDO_BLAME
from callcoach.detect.cues_general import BLAME_CONSEQUENCE, BLAME_THIRD, BLAME_THIRD_SOFT, COMBATIVE
from callcoach.detect.cues_harm import BLAME, BLAME_FIXED, HEDGE_STRONG, HEDGE_WEAK
from callcoach.detect.cues_moves import DEFLECT_FIXED, DEFLECTS, JABS
from callcoach.detect.detectors_care import Span, evidence, hits
from callcoach.detect.signals import Signals

__all__ = ["blame", "hedge"]


@cache
def _hypothetical() -> re.Pattern[str]:
    # "if you entered the wrong address, we can fix it" asks rather than accuses.
    return re.compile(r"(?:^|\s)(?:if|whether|unless|in case|when)(?:\s|$)")


@cache
def _blaming_question() -> re.Pattern[str]:
    return re.compile(r"why (?:didn't|don't|haven't|couldn't|wouldn't|did|do) you|(?:did|have) you (?:not|even|"
                      r"actually|just)\b|(?:that|so) (?:hard|difficult)|what part of|what did you (?:think|"
                      r"expect)|how many times do (?:i|we) (?:have|need) to tell|why do (?:people|customers)")


def blame(doc: Doc, sig: Signals) -> list[Span]:
    """Putting the fault on the customer, or pushing responsibility away."""
    out = []
    found = hits(doc, BLAME, negatable=True) + hits(doc, DEFLECTS, negatable=True)
    found += hits(doc, BLAME_THIRD, negatable=True) + hits(doc, BLAME_CONSEQUENCE, negatable=True)
    # "The engineer should have rung first. I'm so sorry": owning the failure is no deflection.
    if not (doc.cues(APOLOGY) or doc.cues(APOLOGY_FIXED)):
        found += hits(doc, BLAME_THIRD_SOFT, negatable=True)
    for m in found:
        if _hypothetical().search(preceding(doc, m.start(), 3)):
            continue
        out.append(evidence(doc, *m.span()))
    fixed = hits(doc, BLAME_FIXED, negatable=False) + hits(doc, PSEUDO_BLAME, negatable=False)
    fixed += hits(doc, DEFLECT_FIXED, negatable=False)
    out.extend(evidence(doc, *m.span()) for m in fixed)
    for unit, kind in zip(doc.seg.sentences, sig.kinds):
        if kind == "accuse" or kind == "rhetorical" and _blaming_question().search(doc.text, unit.start, unit.end):
            out.append((unit.start, unit.end))
    return out


_POLITE = frozenset({"perhaps", "possibly", "maybe"})  # "could you possibly..." is courtesy


def hedge(doc: Doc, sig: Signals) -> list[Span]:
    """Sounding unsure where the reply should be clear."""
    out = []
    # "I'm not sure what you expected" is a jab, not doubt.
    jabs = [m.span() for m in doc.cues(JABS) + doc.cues(COMBATIVE)]
    for m in hits(doc, HEDGE_STRONG, negatable=False):
        if any(s < m.end() and m.start() < e for s, e in jabs):
            continue
        index = doc.sentence(m.start()).sentence
        if sig.kinds[index] == "rhetorical" or m.group() in _POLITE and sig.kinds[index] in ("ask", "offer", "choice"):
            continue
        out.append(evidence(doc, *m.span()))
    weak_hits = doc.cues(HEDGE_WEAK)
    for unit, kind in zip(doc.seg.sentences, sig.kinds):
        if kind == "rhetorical":
            continue
        weak = [m for m in weak_hits if unit.start <= m.start() < unit.end]
        if len(weak) >= 2:
            out.append(evidence(doc, weak[0].start(), weak[-1].end()))
    return out
