"""A small word-and-pair logistic model that weighs the rules' findings and adds what they miss."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Mapping
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Any

from callcoach.detect.context import Doc
from callcoach.detect.model_input import WINDOW, features, windows, words
from callcoach.detect.segment import Unit
from callcoach.detect.signals import Signals

__all__ = ["BY_SENTENCE", "MODELLED", "OVERRULES", "SENTENCE_VETO", "WINDOW", "Weights", "features", "judge",
           "load_weights", "logits", "pack", "windows", "words"]

Span = tuple[int, int]
Weights = tuple[dict[str, tuple[float, float]], dict[str, int]]  # heads, packed feature table
WEIGHTS_FILE = Path(__file__).with_name("model_weights.json")  # written by scripts/train_detector.py
# The behaviours the model has a say on, chosen by leave-one-file-out cross-validation (scripts/
# train_detector.py --lofo): on each, adding what the rules missed at an even chance, or overruling them
# where listed below, never lowered the mean F1 over held-out writers.
MODELLED = ("acknowledge", "apology", "clarify", "options", "commit", "policy", "escalate", "boundary", "blame",
            "antagonize", "hedge")
# The behaviours where the model may also overrule what the rules found: those where doing so gained
# clearly (hedge 0.86 -> 0.92, apology 0.93 -> 0.94 mean F1 over the folds; with eighteen files, clarify
# 0.84 -> 0.90, judged sentence by sentence) and kept the gain when the settings were chosen without the
# scored fold. Elsewhere it only adds what the rules missed: the rules' finding is evidence that new
# writers' replies could not outweigh (policy above all: overruling it cost 0.01 F1 or more, so a policy
# the rules find always stands). The folds also gain from overruling acknowledge, options and commit, but
# the model then drops plain ones in words it has not met ("your concern about the data breach is
# completely valid"), which the rules read by their shape.
OVERRULES = frozenset({"apology", "clarify", "hedge"})
# The behaviours the model may also add on one sentence's score alone, not only on its run of sentences
# ("a rule stated in one sentence of a long reply"). Cross-validated for every behaviour; at the natural
# threshold none gained more than 0.005 F1, so none does.
BY_SENTENCE: frozenset[str] = frozenset()
# Overruled behaviours the model judges sentence by sentence before it drops the rules' finding: a
# question is one sentence's act, which the words of the sentences around it only blur ("Oh, that's a
# nuisance with a busy week. Which day was Bella booked in for?" lost its question to its first sentence).
SENTENCE_VETO = frozenset({"clarify"})
_SHORT_CLAUSE = 16  # characters: shorter clauses are widened to their sentence for evidence
# Packed weights (see pack): fields of 40 bits hold sums over half a million features without spilling.
_BITS, _OFFSET = 40, 1 << 20
_MASK = (1 << _BITS) - 1


@cache
def load_weights() -> Weights:
    """The shipped model, read once on first use so that importing stays cheap."""
    return pack(json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["models"])


def pack(models: Mapping[str, Mapping[str, Any]]) -> Weights:
    """(behaviour -> (bias, threshold), feature -> its weights for every behaviour packed in one int).

    Scoring a long reply means adding up thousands of weights for each behaviour; packed, each feature's
    weights (in thousandths, as stored, so exactly) are added for all behaviours at once, in C, and the
    sum is exact whatever order a set gives its features in. Field 0 counts the features; field i + 1
    holds behaviour i's weight plus _OFFSET, which keeps every field positive.
    """
    heads = {b: (float(m["bias"]), float(m["threshold"])) for b, m in models.items()}
    # Every feature counts once in field 0 and adds the offset to every behaviour's field, weighted or not.
    blank = 1 + sum(_OFFSET << _BITS * (i + 1) for i in range(len(models)))
    table: dict[str, int] = {}
    for i, model in enumerate(models.values()):
        for feature, weight in model["weights"].items():
            table[feature] = table.get(feature, blank) + (round(weight * 1000) << _BITS * (i + 1))
    return heads, table


def logits(found: Iterable[str], heads: Mapping[str, tuple[float, float]],
           table: Mapping[str, int]) -> dict[str, float]:
    """Each modelled behaviour's logit for one set of features."""
    total = sum(map(table.get, found, repeat(0)))
    count = total & _MASK
    return {b: head[0] + (((total >> _BITS * (i + 1)) & _MASK) - count * _OFFSET) / 1000
            for i, (b, head) in enumerate(heads.items())}


def _weight(table: Mapping[str, int], feature: str, index: int) -> float:
    """One behaviour's weight for one feature, unpacked (0 for an unknown feature)."""
    packed = table.get(feature)
    return 0.0 if packed is None else (((packed >> _BITS * (index + 1)) & _MASK) - _OFFSET) / 1000


def judge(doc: Doc, by_rule: Mapping[str, list[Span]], signals: Signals,
          barred: Callable[[str], set[int]] | None = None, weights: Weights | None = None,
          rejected: frozenset[int] = frozenset(), overrules: Collection[str] = OVERRULES,
          by_sentence: Collection[str] = BY_SENTENCE) -> dict[str, list[Span]]:
    """Per modelled behaviour, its evidence once the model has had its say: the rules' spans in each run
    of sentences the model agrees shows it (or, for a behaviour it may not overrule, in every run), the
    model's own clause where it finds what the rules missed (never in a sentence `barred(behaviour)`
    holds), nothing where it overrules them (for SENTENCE_VETO, only where the rules' own sentence fails
    too). `rejected` holds the sentences where the rules judged a choice to be none, which the model
    reads as a feature."""
    heads, table = weights or load_weights()
    out: dict[str, list[Span]] = {b: [] for b in heads}
    ruled: dict[tuple[str, int], list[Span]] = {}  # (behaviour, window) -> the rules' spans there
    bars: dict[str, set[int]] = {}
    for behaviour in heads:
        for s, e in by_rule.get(behaviour, ()):
            if e > s:
                ruled.setdefault((behaviour, doc.sentence(s).sentence // WINDOW), []).append((s, e))
    for index, window in enumerate(windows(doc, by_rule, signals, rejected)):
        for behaviour, score in logits(set().union(*window), heads, table).items():
            spans = ruled.get((behaviour, index))
            if spans and (score > heads[behaviour][1] or behaviour not in overrules):
                out[behaviour].extend(spans)
            elif spans and behaviour in SENTENCE_VETO:
                out[behaviour].extend(_upheld(doc, behaviour, spans, window, index, heads, table))
            passed = score > heads[behaviour][1]
            if spans or not (passed or behaviour in by_sentence):
                continue
            if behaviour not in bars:  # asked once per behaviour: it reads every cue in the reply
                bars[behaviour] = barred(behaviour) if barred else set()
            units = doc.seg.sentences[index * WINDOW : index * WINDOW + len(window)]
            span = _evidence(doc, behaviour, window, units, bars[behaviour], heads, table, passed)
            if span is not None:
                out[behaviour].append(span)
    return out


def _upheld(doc: Doc, behaviour: str, spans: list[Span], window: list[set[str]], index: int,
            heads: Mapping[str, tuple[float, float]], table: Mapping[str, int]) -> list[Span]:
    """The rules' spans whose own sentence the model passes, though their run of sentences did not."""
    first = index * WINDOW
    return [span for span in spans
            if logits(window[doc.sentence(span[0]).sentence - first], heads, table)[behaviour] > heads[behaviour][1]]


def _evidence(doc: Doc, behaviour: str, window: list[set[str]], units: tuple[Unit, ...], barred: set[int],
              heads: Mapping[str, tuple[float, float]], table: Mapping[str, int], passed: bool = True,
              ) -> Span | None:
    """The clause holding the strongest cue of the window's most telling sentence that is not barred, or
    None when there is none, or when the window did not pass (`passed`) and that sentence does not either."""
    free = [i for i, unit in enumerate(units) if unit.sentence not in barred]
    if not free:
        return None
    scores = {i: logits(window[i], heads, table)[behaviour] for i in free}
    index = max(free, key=scores.__getitem__)
    if not passed and scores[index] <= heads[behaviour][1]:
        return None
    column = list(heads).index(behaviour)
    unit = units[index]
    found = features(doc.text, unit.start, min(unit.end + 1, len(doc.text)))
    cues = [(weight, span) for f, span in found.items() if (weight := _weight(table, f, column)) > 0]
    if not cues:
        return None
    start, end = max(cues)[1]
    # Highlight the clause the strongest cue sits in; a stub like "you know" says too little, so then
    # the whole sentence.
    clause = doc.clause(start)
    if clause.end - clause.start < _SHORT_CLAUSE:
        clause = unit
    return (min(clause.start, start), max(clause.end, end))
