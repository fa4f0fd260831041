"""Leave-one-file-out cross-validation of the whole detector, for scripts/train_detector.py --lofo.

Each labelled file was written by a different person, so holding one file out at a time measures how the
detector does on a new writer's replies. For each fold the model is trained on the other files, with and
without the rules' own finding as a feature, and every held-out reply is scored as the detector would
score it. From those scores each behaviour's setting is chosen: left to the rules, model may add, or
model may add on one sentence alone, model may also overrule; which model; and its threshold. "nested" scores each fold with the settings
the other folds choose, so no fold is scored with settings picked on it; "shipped" runs the detector
itself, set as the code now sets it (MODELLED, OVERRULES, BY_SENTENCE, BLIND, THRESHOLDS).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from callcoach.detect.engine import barred, settle
from callcoach.detect.model import BY_SENTENCE, MODELLED, OVERRULES, WINDOW, _weight, judge, logits, pack, windows
from callcoach.detect.vocabulary import BEHAVIOURS

# The rules were written from the first two files (and a little of the third): their folds say least about
# a new writer, so they count once and the others twice when settings are chosen.
FOLD_WEIGHT = {"replies.jsonl": 1.0, "replies-extra.jsonl": 1.0}
# The thresholds a procedure may choose from: "tuned" picks each behaviour's own, "fixed" keeps the
# logistic model's natural cut (an even chance); each procedure is also scored nested, which shows how
# much its choices carry over to a new writer.
PROCEDURES = {"tuned": tuple(x / 4 for x in range(-16, 13)), "fixed": (0.0,)}
# A setting must beat the simpler one by this much in fold-weighted mean F1 to be chosen: the model adds
# nothing unless it helps, and overrules the rules only on a clear gain.
MARGIN = {"add": 0.005, "add-s": 0.005, "veto": 0.01}
Setting = tuple[str, str, float]  # (model, mode, threshold)
# The models tried for each behaviour: with every tag of what the rules saw, without the rules' finding
# for the behaviour itself, and on the words alone.
VARIANTS = ("with", "blind", "words")
_MEMO: dict[tuple[str, str, Setting], float] = {}  # (fold, behaviour, setting) -> F1, for one run


def _f1(gold: list[bool], got: list[bool]) -> float:
    tp = sum(g and p for g, p in zip(gold, got))
    wrong = sum(g != p for g, p in zip(gold, got))
    return 2 * tp / (2 * tp + wrong) if tp + wrong else 0.0


def _scan(r: dict, weights: tuple) -> dict[str, tuple[float, float, float]]:
    """Per behaviour, the score above which the model alone shows it when it may only add, when it may
    also overrule, and when it may add on one sentence's score (-inf: never; the rules' own finding is
    kept apart)."""
    heads, table = weights
    doc = r["doc"]
    out: dict[str, tuple[float, float, float]] = {}
    whole = [logits(set().union(*window), heads, table) for window in r["windows"]]
    each = [[logits(sentence, heads, table) for sentence in window] for window in r["windows"]]
    for column, b in enumerate(heads):
        add = veto = alone = -math.inf
        for index, window in enumerate(r["windows"]):
            score = whole[index][b]
            if (b, index) in r["ruled"]:
                veto = max(veto, score)
                continue
            units = doc.seg.sentences[index * WINDOW : index * WINDOW + len(window)]
            free = [i for i, unit in enumerate(units) if unit.sentence not in r["bars"][b]]
            if not free:
                continue
            best = max(free, key=lambda i: each[index][i][b])
            if any(":" not in f and _weight(table, f, column) > 0 for f in window[best]):
                add, veto = max(add, score), max(veto, score)
                alone = max(alone, score, each[index][best][b])
        out[b] = (add, veto, alone)
    return out


def _said(r: dict, b: str, setting: Setting) -> bool:
    """Whether the detector, set so, shows behaviour b in reply r."""
    variant, mode, threshold = setting
    ruled = b in r["found"]
    if mode == "rules":
        return ruled
    add, veto, alone = r["scan"][variant][b]
    if mode == "veto":
        return veto > threshold
    return ruled or (add if mode == "add" else alone) > threshold


def _fold_f1(held: list[dict], b: str, setting: Setting) -> float:
    return _f1([b in r["labels"] for r in held], [_said(r, b, setting) for r in held])


def choose(by_fold: dict[str, list[dict]], folds: list[str], b: str, grid: tuple[float, ...],
           tried: list[tuple[Setting, float]] | None = None) -> tuple[Setting, float]:
    """The setting the given folds prefer for one behaviour, and its fold-weighted mean F1; every setting
    weighed (each at its best threshold) is added to `tried`."""
    total = sum(FOLD_WEIGHT.get(f, 2.0) for f in folds)

    def gain(setting: Setting) -> float:
        for f in folds:  # the nested choices ask for the same folds' scores again
            if (f, b, setting) not in _MEMO:
                _MEMO[(f, b, setting)] = _fold_f1(by_fold[f], b, setting)
        return sum(FOLD_WEIGHT.get(f, 2.0) * _MEMO[(f, b, setting)] for f in folds) / total

    best: tuple[Setting, float] = (("with", "rules", 0.0), gain(("with", "rules", 0.0)))
    for mode in ("add", "add-s", "veto"):
        options = []
        for variant in VARIANTS:
            gains = [gain((variant, mode, t)) for t in grid]
            # Averaged with the neighbouring thresholds: a plateau, not a lucky spike between two dips.
            near = [gains[max(j - 1, 0) : j + 2] for j in range(len(grid))]
            j = max(range(len(grid)), key=lambda j: sum(near[j]) / len(near[j]))
            options.append(((variant, mode, grid[j]), gains[j]))
        top = max(options, key=lambda o: o[1])
        if tried is not None:
            tried.extend(options)
        if top[1] > best[1] + MARGIN[mode]:
            best = top
    return best


def lofo(rows: list[dict], files: tuple[str, ...], fit: Callable[..., dict[str, dict]],
         blind: frozenset[str], thresholds: dict[str, float], words: frozenset[str] = frozenset()) -> None:
    """Train on all files but one, score the one, for each file; print scores and chosen settings. `fit`,
    `blind` and `thresholds` are train_detector's, the last two as shipped."""
    folds = [name.partition(":")[0] for name in files]
    by_fold = {f: [r for r in rows if r["file"] == f] for f in folds}
    _MEMO.clear()
    for r in rows:
        r["windows"] = windows(r["doc"], r["rules"], r["signals"], r["rejected"])
        r["ruled"] = {(b, r["doc"].sentence(s).sentence // WINDOW) for b in BEHAVIOURS
                      for s, e in r["rules"][b] if e > s}
        r["found"] = {b for b, _ in r["ruled"]}
        r["bars"] = {b: barred(r["doc"], b, r["rules"], r["rejected"]) for b in BEHAVIOURS}
    for fold in folds:
        rest = [r for r in rows if r["file"] != fold]
        everything, nothing = frozenset(BEHAVIOURS), frozenset()
        models = {v: fit(rest, BEHAVIOURS, everything if v == "blind" else nothing, {},
                         everything if v == "words" else nothing) for v in VARIANTS}
        shipped = pack({b: dict(models["words" if b in words else "blind" if b in blind else "with"][b],
                                threshold=thresholds.get(b, 0.0)) for b in MODELLED})
        packed = {v: pack(m) for v, m in models.items()}
        for r in by_fold[fold]:
            r["scan"] = {v: _scan(r, w) for v, w in packed.items()}
            said = judge(r["doc"], r["rules"], r["signals"], lambda b, r=r: r["bars"][b], shipped, r["rejected"],
                         OVERRULES, BY_SENTENCE)
            final = settle(r["doc"], {b: said[b] if b in said else r["rules"][b] for b in BEHAVIOURS})
            r["shipped"] = {b for b in BEHAVIOURS if any(e > s for s, e in final[b])}
    table: dict[str, dict[str, list[float]]] = {}  # column -> behaviour -> F1 per fold
    for b in BEHAVIOURS:
        table.setdefault("rules", {})[b] = [_fold_f1(by_fold[f], b, ("with", "rules", 0.0)) for f in folds]
        table.setdefault("shipped", {})[b] = [_f1([b in r["labels"] for r in by_fold[f]],
                                                  [b in r["shipped"] for r in by_fold[f]]) for f in folds]
        for name, grid in PROCEDURES.items():
            tried: list[tuple[Setting, float]] = []
            chosen, score = choose(by_fold, folds, b, grid, tried)
            print(f"{name:<6} {b:<12} chosen {chosen[1]:<5} model={chosen[0]:<5} threshold={chosen[2]:+.2f}  "
                  f"weighted F1 {score:.3f}; tried "
                  + ", ".join(f"{s[1]}/{s[0]}@{s[2]:+.2f}={g:.3f}" for s, g in tried))
            nested = [choose(by_fold, [g for g in folds if g != f], b, grid)[0] for f in folds]
            table.setdefault(name, {})[b] = [_fold_f1(by_fold[f], b, chosen) for f in folds]
            table.setdefault(name + "-n", {})[b] = [_fold_f1(by_fold[f], b, s) for f, s in zip(folds, nested)]
    _report(table, folds)


def _report(table: dict[str, dict[str, list[float]]], folds: list[str]) -> None:
    """Per-fold macro-F1, their plain and fold-weighted means, and each behaviour's F1 averaged over folds."""
    weights = [FOLD_WEIGHT.get(f, 2.0) for f in folds]
    print(f"\n{'held-out file':<24}" + "".join(f"{c:>9}" for c in table))
    macro = {c: [sum(col[b][i] for b in BEHAVIOURS) / len(BEHAVIOURS) for i in range(len(folds))]
             for c, col in table.items()}
    for i, fold in enumerate(folds):
        print(f"{fold:<24}" + "".join(f"{macro[c][i]:>9.3f}" for c in table))
    print(f"{'mean':<24}" + "".join(f"{sum(m) / len(m):>9.3f}" for m in macro.values()))
    print(f"{'weighted mean':<24}" + "".join(f"{sum(w * x for w, x in zip(weights, m)) / sum(weights):>9.3f}"
                                             for m in macro.values()))
    print(f"\n{'behaviour (mean F1)':<24}" + "".join(f"{c:>9}" for c in table))
    for b in BEHAVIOURS:
        print(f"{b:<24}" + "".join(f"{sum(col[b]) / len(folds):>9.3f}" for col in table.values()))
