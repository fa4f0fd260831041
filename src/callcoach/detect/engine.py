"""The detector's entry point: text in, behaviours and evidence spans out."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from callcoach.detect import cues_care as cc
from callcoach.detect import cues_general as cg
from callcoach.detect import cues_harm as ch
from callcoach.detect import cues_moves as cm
from callcoach.detect import cues_options as co
from callcoach.detect import cues_rules as cr
from callcoach.detect import detectors_act as act
from callcoach.detect import detectors_care as care
from callcoach.detect import detectors_harm as harm
from callcoach.detect.context import Doc, negated, parse
from callcoach.detect.model import WINDOW, judge
from callcoach.detect.signals import Signals, read_signals
from callcoach.detect.vocabulary import BEHAVIOURS

__all__ = ["Detection", "barred", "detect", "rule_findings"]

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
# The cue sets each detector drops when negated, with how many words back a negator reaches for them
# (see barred).
_NEGATABLE_CUES: dict[str, tuple[tuple[tuple[str, ...], int], ...]] = {
    "acknowledge": ((cc.ACKNOWLEDGE_SITUATION, 6),),
    "apology": ((cc.APOLOGY, 4),),
    "clarify": ((cc.RESTATE, 6),),
    "options": ((co.OPTIONS, 6), (co.OPTION_OFFER_OR, 6), (co.OPTIONS_WEAK, 6)),
    "commit": ((co.COMMIT, 6), (co.COMMIT_TIMED, 6), (co.COMMIT_PASSIVE, 6)),
    "policy": ((cr.POLICY_NEGATABLE, 6), (cg.POLICY_MORE, 6)),
    "escalate": ((cr.ESCALATE, 6), (cm.HAND_ON, 6), (cg.ESCALATE_MORE, 6)),
    "blame": ((ch.BLAME, 6), (cm.DEFLECTS, 6), (cg.BLAME_THIRD, 6), (cg.BLAME_CONSEQUENCE, 6),
              (cg.BLAME_THIRD_SOFT, 6)),
    "antagonize": ((ch.ANTAGONIZE, 6),),
}
# What the rules found in a sentence that rules out the model adding a behaviour there: a sentence the
# rules found sincere is no jab ("Oh, that's a nuisance when you're at work all week"), nor is a calm
# limit; a sentence they found sarcastic or combative is no acknowledgement ("I'm sure it's SO hard");
# an apology is no blame.
_CONTRADICTED_BY = {
    "antagonize": ("acknowledge", "boundary"),
    "blame": ("apology",),
    "acknowledge": ("antagonize",),
}
# The behaviours for which those findings (and, for options, a choice the rules judged to be none) bar
# the model. Cross-validation scored it both ways: no behaviour's F1 moved by more than 0.005, so the
# bars stay, as what the rules know about these sentences.
RULES_BAR = frozenset({"antagonize", "blame", "acknowledge", "options"})
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
    by_rule = rule_findings(doc, signals)
    rejected = act.rejected_choices(doc)
    # The rules know only the wordings they list, and were written from a few people's replies; the
    # model, which has read every labelled reply and sees what the rules found, confirms, overrules or
    # adds to them for the behaviours where cross-validation showed it judging better.
    by_rule.update(judge(doc, by_rule, signals, lambda behaviour: barred(doc, behaviour, by_rule, rejected),
                         rejected=rejected))
    by_rule = settle(doc, by_rule)
    found: dict[str, tuple[Span, ...]] = {}
    for behaviour in BEHAVIOURS:
        spans = by_rule[behaviour]
        original = sorted({doc.norm.span(s, e) for s, e in spans if e > s})
        if original:
            found[behaviour] = tuple(_merge(original))
    return Detection(tuple(b for b in BEHAVIOURS if b in found), found)


def settle(doc: Doc, by_behaviour: dict[str, list[Span]]) -> dict[str, list[Span]]:
    """The final findings, once the model has had its say: a question asked in a sentence found to
    antagonise ("so the plan is to keep ringing until somebody says yes?") is a jab, not a clarifying one."""
    # The rules already drop questions that hold a jab they know; this also drops those the model heard.
    if by_behaviour["clarify"] and by_behaviour["antagonize"]:
        by_behaviour = dict(by_behaviour, clarify=_outside(doc, by_behaviour["clarify"], by_behaviour["antagonize"]))
    return by_behaviour


def _sentences(doc: Doc, spans: list[Span]) -> set[int]:
    """The indices of the sentences the (non-empty) spans start in."""
    return {doc.sentence(s).sentence for s, e in spans if e > s}


def _outside(doc: Doc, spans: list[Span], other: list[Span]) -> list[Span]:
    """The spans that start in no sentence where `other` has one."""
    taken = _sentences(doc, other)
    return [(s, e) for s, e in spans if doc.sentence(s).sentence not in taken]


def rule_findings(doc: Doc, signals: Signals) -> dict[str, list[Span]]:
    """What the hand-written rules alone find, per behaviour (normalised spans): the model's input."""
    by_rule = {behaviour: _DETECTORS[behaviour](doc, signals) for behaviour in BEHAVIOURS}
    # A limit set with a jab in the same sentence is antagonising, not a calm boundary.
    if by_rule["boundary"] and by_rule["antagonize"]:
        by_rule["boundary"] = _outside(doc, by_rule["boundary"], by_rule["antagonize"])
    # A sentence that sets a limit ("if it goes on I'll put you on hold") promises no next step, unless the
    # promise is set against the limit ("I'll fix the bill today, but I won't be sworn at").
    if by_rule["boundary"] and by_rule["commit"]:
        limits = _sentences(doc, by_rule["boundary"])
        by_rule["commit"] = [(s, e) for s, e in by_rule["commit"] if doc.sentence(s).sentence not in limits
                             or _CONTRAST.search(doc.text, e, doc.sentence(s).end)]
    return by_rule


def barred(doc: Doc, behaviour: str, by_rule: Mapping[str, list[Span]],
           rejected: frozenset[int] = frozenset(), bars: frozenset[str] = RULES_BAR) -> set[int]:
    """The sentences where the model may not add the behaviour: where the rules saw its cue negated ("I'm
    not going to tell you to calm down", "it's not your fault", "my supervisor won't help"), which the
    model has read few of; and, for behaviours in `bars`, where the rules found the opposite
    (_CONTRADICTED_BY) or, for options, every run of sentences holding a choice the rules judged to be
    none (`rejected`, from rejected_choices)."""
    found = {doc.sentence(m.start()).sentence for cues, reach in _NEGATABLE_CUES.get(behaviour, ())
             for m in doc.cues(cues) if negated(doc, m.start(), reach)}
    if behaviour == "escalate":
        found |= act.futile_escalations(doc)  # a negation after the cue: "getting my supervisor won't help"
    if behaviour not in bars:
        return found
    found.update(doc.sentence(s).sentence for other in _CONTRADICTED_BY.get(behaviour, ())
                 for s, e in by_rule.get(other, ()) if e > s)
    if behaviour == "options" and rejected:
        # "You can either wait or make a complaint. It's up to you.": handing back a choice the rules
        # found no real one is a brush-off, whichever sentence the model hears the choice in.
        runs = {index // WINDOW for index in rejected}
        found.update(i for i in range(len(doc.seg.sentences)) if i // WINDOW in runs)
    return found


def _merge(spans: list[Span]) -> list[Span]:
    """Sorted spans with nested or overlapping ones folded together."""
    merged: list[Span] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
