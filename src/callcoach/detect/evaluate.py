"""Precision, recall and F1 of the detector against labelled replies."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from callcoach.detect.engine import detect
from callcoach.detect.vocabulary import BEHAVIOURS

__all__ = ["Score", "Report", "evaluate", "format_report"]


@dataclass(frozen=True, slots=True)
class Score:
    """How well one behaviour is found."""

    behaviour: str
    precision: float
    recall: float
    f1: float
    support: int  # replies labelled with the behaviour
    predicted: int  # replies the detector gave it to

    def to_json(self) -> dict[str, Any]:
        """A plain JSON-able dict."""
        return {"behaviour": self.behaviour, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4), "support": self.support,
                "predicted": self.predicted}


@dataclass(frozen=True, slots=True)
class Report:
    """Per-behaviour scores, macro-F1, and the replies whose labels were not matched exactly."""

    scores: tuple[Score, ...]
    macro_f1: float
    records: int
    exact: int  # replies whose whole label set was predicted exactly
    misses: tuple[dict[str, Any], ...]  # {"id", "text", "missing", "extra"} per imperfect reply

    def to_json(self) -> dict[str, Any]:
        """A plain JSON-able dict."""
        return {"records": self.records, "exact": self.exact, "macro_f1": round(self.macro_f1, 4),
                "scores": [s.to_json() for s in self.scores], "misses": [dict(m) for m in self.misses]}


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def evaluate(records: Iterable[Mapping[str, Any]]) -> Report:
    """Score detect() on records of the form {"text": ..., "labels": [...]} (an "id" is optional)."""
    tp = dict.fromkeys(BEHAVIOURS, 0)
    fp = dict.fromkeys(BEHAVIOURS, 0)
    fn = dict.fromkeys(BEHAVIOURS, 0)
    count = exact = 0
    misses: list[dict[str, Any]] = []
    for n, record in enumerate(records):
        gold = set(record.get("labels", ()))
        unknown = gold - set(BEHAVIOURS)
        if unknown:
            raise ValueError(f"record {record.get('id', n)}: unknown behaviour(s) {sorted(unknown)}")
        got = set(detect(str(record["text"])).behaviours)
        count += 1
        for b in BEHAVIOURS:
            tp[b] += b in gold and b in got
            fp[b] += b in got and b not in gold
            fn[b] += b in gold and b not in got
        if got == gold:
            exact += 1
        else:
            misses.append({"id": record.get("id", n), "text": record["text"],
                           "missing": sorted(gold - got), "extra": sorted(got - gold)})
    scores = []
    for b in BEHAVIOURS:
        p, r = _ratio(tp[b], tp[b] + fp[b]), _ratio(tp[b], tp[b] + fn[b])
        f1 = _ratio(2 * tp[b], 2 * tp[b] + fp[b] + fn[b])
        scores.append(Score(b, p, r, f1, tp[b] + fn[b], tp[b] + fp[b]))
    macro = sum(s.f1 for s in scores) / len(scores)
    return Report(tuple(scores), macro, count, exact, tuple(misses))


def format_report(report: Report) -> str:
    """A plain-text table of the scores."""
    lines = [f"{'behaviour':<12} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}"]
    for s in report.scores:
        lines.append(f"{s.behaviour:<12} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.support:>8}")
    lines.append(f"{'macro-F1':<12} {'':>9} {'':>7} {report.macro_f1:>6.3f} {report.records:>8}")
    lines.append(f"exact label sets: {report.exact}/{report.records}")
    return "\n".join(lines)
