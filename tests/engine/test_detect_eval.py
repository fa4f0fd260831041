"""The detector meets its quality target on the project's labelled set (macro-F1 ≥ 0.90, every behaviour ≥ 0.80)."""

from __future__ import annotations

import json
from pathlib import Path

from callcoach.detect import BEHAVIOURS
from callcoach.detect.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[2]


def test_labelled_set_meets_the_target() -> None:
    lines = (ROOT / "tests/data/replies.jsonl").read_text(encoding="utf-8").splitlines()
    data = [json.loads(line) for line in lines if line.strip()]
    assert len(data) >= 300
    report = evaluate(data).to_json()
    assert report["macro_f1"] >= 0.90, report["macro_f1"]
    scores = {s["behaviour"]: s for s in report["scores"]}
    assert set(scores) == set(BEHAVIOURS)
    for behaviour, score in scores.items():
        assert score["f1"] >= 0.80, (behaviour, score)


def test_detect_command_prints_behaviours_and_spans() -> None:
    import subprocess
    import sys

    text = "im so sorry, ill call u back by 3pm"
    out = subprocess.run([sys.executable, "-m", "callcoach", "detect", "--json", text], cwd=ROOT, capture_output=True, text=True, check=True)
    found = json.loads(out.stdout)
    assert set(found) == {"behaviours", "evidence"}
    assert "apology" in found["behaviours"] and "commit" in found["behaviours"]
    for spans in found["evidence"].values():
        for start, end in spans:
            assert 0 <= start < end <= len(text)
