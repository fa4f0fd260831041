"""Train the detector's second-opinion model and write src/callcoach/detect/model_weights.json.

Usage: .venv/bin/python scripts/train_detector.py [--out FILE]

Deterministic (fixed order, fixed shuffle seed, fixed epochs): the same labelled files always give the
same weights file. Trains only on the development sets below; the holdout sets are never read.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from callcoach.detect.context import parse  # noqa: E402
from callcoach.detect.model import MODELLED, WEIGHTS_FILE, features  # noqa: E402

# "file:first-last" would take only the ids in that range. Thresholds and rules were chosen with u151-u220
# of replies-train-4 held back as a check; once scored, the whole file joined the training set.
TRAIN = ("replies.jsonl", "replies-extra.jsonl", "replies-train-3.jsonl", "replies-train-4.jsonl")
EPOCHS, RATE, L2, MIN_COUNT, SEED = 30, 0.5, 1e-2, 2, 0
# Sentence-score thresholds, chosen by 5-fold cross-validation of the whole detector (rules + model),
# weighted towards the replies the rules were not written from (replies-train-3 from t262 on): there
# the model lifts antagonize and blame most at 0.5; on the sets the rules were tuned to, higher
# thresholds cost a few false alarms less. The model only adds a behaviour the rules missed.
# Re-checked with replies-train-4 (u001-u150) added: blame gains precision at 1.0 with no loss of recall
# on the unseen folds; acknowledge (newly modelled) recovers the most at 0.25.
THRESHOLDS = {"acknowledge": 0.25, "antagonize": 0.5, "blame": 1.0, "policy": 0.5, "escalate": 1.0}
# Weights smaller than this barely move a score; cross-validation showed no loss from dropping them up to
# 0.2, and dropping them keeps the file (shipped in the browser's wheel) small.
KEEP = 0.2


def load(names: tuple[str, ...]) -> list[dict]:
    """Labelled replies from tests/data, refusing any holdout file."""
    rows = []
    for name in names:
        if "holdout" in name:
            raise SystemExit("the holdout sets measure generalisation and must never be trained on")
        name, _, span = name.partition(":")
        first, _, last = span.partition("-")
        path = ROOT / "tests" / "data" / name
        found = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        rows.extend(r for r in found if not span or first <= r["id"] <= last)
    return rows


def reply_features(text: str) -> list[str]:
    """The model's features for a whole reply, read from the same normalised text the detector sees."""
    return sorted(features(parse(text).text))


def train(xs: list[list[str]], ys: list[int]) -> tuple[float, dict[str, float]]:
    """Logistic regression by plain SGD with L2 shrinkage on the features each step touches."""
    counts = Counter(f for x in xs for f in x)
    xs = [[f for f in x if counts[f] >= MIN_COUNT] for x in xs]
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(xs)))
    shuffle = random.Random(SEED)
    for _ in range(EPOCHS):
        shuffle.shuffle(order)
        for i in order:
            z = max(-30.0, min(30.0, bias + sum(weights.get(f, 0.0) for f in xs[i])))
            grad = 1.0 / (1.0 + math.exp(-z)) - ys[i]
            bias -= RATE * grad
            for f in xs[i]:
                w = weights.get(f, 0.0)
                weights[f] = w - RATE * (grad + L2 * w)
    return bias, {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= KEEP}


def main() -> int:
    """Train every modelled behaviour and write the weights file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    args = parser.parse_args()
    rows = load(TRAIN)
    xs = [reply_features(r["text"]) for r in rows]
    models = {}
    for behaviour in MODELLED:
        bias, weights = train(xs, [int(behaviour in r["labels"]) for r in rows])
        models[behaviour] = {"bias": round(bias, 4), "threshold": THRESHOLDS[behaviour], "weights": weights}
        print(f"{behaviour}: {len(weights)} weights", file=sys.stderr)
    payload = {"trained_on": list(TRAIN), "replies": len(rows), "models": models}
    args.out.write_text(json.dumps(payload, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e3:.0f} kB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
