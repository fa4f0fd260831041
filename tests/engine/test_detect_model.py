"""The second-opinion model and the broader cue classes: shipped, reproducible, cheap, and well behaved."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from callcoach.detect import detect
from callcoach.detect.context import parse
from callcoach.detect.model import MODELLED, WEIGHTS_FILE, features, load_weights, second_opinion

ROOT = Path(__file__).resolve().parents[2]


def test_weights_ship_inside_the_package_for_every_modelled_behaviour() -> None:
    assert WEIGHTS_FILE.parent == ROOT / "src" / "callcoach" / "detect"
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert set(data["models"]) == set(MODELLED)
    assert not any("holdout" in name for name in data["trained_on"])
    heads, table = load_weights()
    assert set(heads) == set(MODELLED) and table


def test_training_is_deterministic(tmp_path: Path) -> None:
    out = tmp_path / "weights.json"
    subprocess.run([sys.executable, "scripts/train_detector.py", "--out", str(out)], cwd=ROOT, check=True,
                   capture_output=True)
    assert out.read_text(encoding="utf-8") == WEIGHTS_FILE.read_text(encoding="utf-8")


def test_importing_the_detector_does_not_read_the_weights() -> None:
    code = ("import callcoach.detect, callcoach.detect.model as m; "
            "print(m.load_weights.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT / "src")})
    assert out.stdout.strip() == "0"


def test_features_are_words_and_pairs_with_their_spans() -> None:
    text = "why would you do that?"
    found = features(text)
    assert {"<s> why", "why", "you do", "?", "that ?"} <= set(found)
    start, end = found["you do"]
    assert text[start:end] == "you do"


def test_second_opinion_evidence_is_a_clause_of_the_reply() -> None:
    doc = parse("Thanks for holding. Calm down, it is only a parcel.")
    spans = second_opinion(doc, ("antagonize",))["antagonize"]
    assert spans
    for start, end in spans:
        # the jab's own sentence is highlighted, never the polite one before it
        assert doc.text.index("Calm".lower()) <= start < end <= len(doc.text)


@pytest.mark.parametrize("text", [
    "I'm not going to tell you to calm down.",
    "I won't be putting you through to a manager, because I can sort it myself right now.",
])
def test_a_negated_move_is_not_revived_by_the_model(text: str) -> None:
    found = detect(text).behaviours
    assert "antagonize" not in found and "escalate" not in found


@pytest.mark.parametrize(("text", "behaviour"), [
    ("Keep shouting and see where it gets you.", "antagonize"),
    ("Let's not make a big deal out of a one-day delay.", "antagonize"),
    ("You can complain all you want, it won't change anything.", "antagonize"),
    ("I'll speak slower so you can follow.", "antagonize"),
    ("Oh, you're a gold member? How lovely for you.", "antagonize"),
    ("Housekeeping are the ones who lost it, I only work on reception.", "blame"),
    ("Our warehouse lot are useless, they've sent the wrong one again.", "blame"),
    ("You missed the last two appointments, so the slot went to someone else.", "blame"),
    ("How was I supposed to know you'd moved?", "blame"),
    ("The system holds any payment over £1,000 for a security check.", "policy"),
    ("Each licence covers one device only, it's in the T&Cs.", "policy"),
])
def test_broader_cue_classes(text: str, behaviour: str) -> None:
    assert behaviour in detect(text).behaviours


@pytest.mark.parametrize(("text", "absent"), [
    ("Thanks so much for your patience, I know the wait has been long.", "antagonize"),
    ("I'm going to pass this to our customer relations manager, as she's the one who can approve it.", "blame"),
    ("Getting my supervisor won't help, she can't change the price either.", "escalate"),
    ("The delay happened because a storm closed the depot on Monday.", "blame"),
    ("Shall I get someone more senior to have a look at it?", "clarify"),
    ("Can I ask which pharmacy you normally collect from?", "escalate"),
    ("Can I get your postcode?", "escalate"),
    ("Oh, that's a nuisance when you're at work all week. Which day was it booked for?", "antagonize"),
    ("You can ring us as much as you like, we're open all night.", "antagonize"),
    ("Large payments sometimes get flagged by the bank's fraud checks.", "antagonize"),
])
def test_broader_cue_near_misses(text: str, absent: str) -> None:
    assert absent not in detect(text).behaviours
