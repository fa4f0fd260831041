"""A small word-and-pair logistic model: a second opinion for the behaviours rules miss most."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from callcoach.detect.context import Doc, negated

__all__ = ["MODELLED", "features", "load_weights", "second_opinion"]

Span = tuple[int, int]
WEIGHTS_FILE = Path(__file__).with_name("model_weights.json")  # written by scripts/train_detector.py
# The behaviours whose wording varies most between writers; the others are left to the rules alone.
# Acknowledgements joined after cross-validation showed the model recovering ones the rules do not list;
# boundary and commit did not gain, so they stay rule-only.
MODELLED = ("acknowledge", "policy", "escalate", "blame", "antagonize")
# Where a negator before the strongest cue cancels the move ("I won't tell you to calm down"). Not for
# policy, whose rules are often negative ("we can't refund..."), nor blame ("you didn't read...").
_NEGATABLE = frozenset({"antagonize", "escalate"})
# The rules cancel an acknowledgement or apology when they see sarcasm; so, the other way round,
# a sentence the rules found sincere is not one the model may call a jab ("Oh, that's a nuisance...").
# Nor is a calm limit the rules found a jab (cross-validation: fewer false jabs, no lost ones). Likewise a
# sentence the rules found sarcastic or combative is no acknowledgement ("I'm sure it's SO hard").
_CONTRADICTED_BY = {
    "antagonize": ("acknowledge", "boundary"),
    "blame": ("apology",),
    "acknowledge": ("antagonize",),
}
_SHORT_CLAUSE = 16  # characters: shorter clauses are widened to their sentence for evidence
_START = "<s>"  # marks a sentence's first word: "calm down" opening a reply reads differently


@cache
def _tokens() -> re.Pattern[str]:
    # Words (with apostrophes and money) plus "?" and "!", which carry much of a jab's tone.
    return re.compile(r"[a-z0-9£$&']+|[?!]")


def features(text: str, start: int = 0, end: int | None = None) -> dict[str, Span]:
    """Each word and adjacent word pair in text[start:end], with the span where it first occurs."""
    found: dict[str, Span] = {}
    previous, prev_start = _START, start
    for m in _tokens().finditer(text, start, len(text) if end is None else end):
        word = m.group()
        found.setdefault(word, m.span())
        found.setdefault(previous + " " + word, (prev_start, m.end()))
        previous, prev_start = word, m.start()
    return found


@cache
def load_weights() -> tuple[dict[str, tuple[float, float]], dict[str, dict[str, float]]]:
    """(behaviour -> (bias, threshold), feature -> {behaviour: weight}), read once on first use so that
    importing stays cheap. Keyed by feature so each word is looked up once for every behaviour."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    heads: dict[str, tuple[float, float]] = {}
    table: dict[str, dict[str, float]] = {}
    for behaviour, model in data["models"].items():
        heads[behaviour] = (float(model["bias"]), float(model["threshold"]))
        for feature, weight in model["weights"].items():
            table.setdefault(feature, {})[behaviour] = weight
    return heads, table


def second_opinion(doc: Doc, behaviours: tuple[str, ...],
                   by_rule: Mapping[str, list[Span]] | None = None) -> dict[str, list[Span]]:
    """Per behaviour, the sentences the model scores above its threshold, each narrowed to its strongest
    cue's clause. `by_rule` holds the rules' own findings, which can rule a sentence out."""
    heads, table = load_weights()
    by_rule = by_rule or {}
    asked = [b for b in behaviours if b in heads]
    out: dict[str, list[Span]] = {b: [] for b in asked}
    size = len(doc.text)
    for unit in doc.seg.sentences:
        # The sentence's closing mark belongs to it: "?" is part of what makes a question rhetorical.
        found = features(doc.text, unit.start, min(unit.end + 1, size))
        score = {b: heads[b][0] for b in asked}
        best: dict[str, tuple[float, Span]] = {}
        for feature, span in found.items():
            weights = table.get(feature)
            if weights is None:
                continue
            for behaviour in asked:
                weight = weights.get(behaviour)
                if weight is not None:
                    score[behaviour] += weight
                    if weight > best.get(behaviour, (0.0,))[0]:
                        best[behaviour] = (weight, span)
        for behaviour in asked:
            if score[behaviour] <= heads[behaviour][1] or behaviour not in best:
                continue
            start, end = best[behaviour][1]
            if behaviour in _NEGATABLE and negated(doc, start):
                continue
            if any(s < unit.end and unit.start < e for other in _CONTRADICTED_BY.get(behaviour, ())
                   for s, e in by_rule.get(other, ())):
                continue
            # Highlight the clause the strongest cue sits in; a stub like "you know" says too little,
            # so then the whole sentence.
            clause = doc.clause(start)
            if clause.end - clause.start < _SHORT_CLAUSE:
                clause = unit
            out[behaviour].append((min(clause.start, start), max(clause.end, end)))
    return out
