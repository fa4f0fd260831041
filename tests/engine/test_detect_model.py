"""The model that weighs the rules' findings and adds what they miss, and the broader cue classes: shipped,
reproducible, cheap, and well behaved."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from callcoach.detect import detect
from callcoach.detect.context import parse
from callcoach.detect.detectors_act import rejected_choices
from callcoach.detect.engine import barred, rule_findings
from callcoach.detect.model import (MODELLED, OVERRULES, SENTENCE_VETO, WEIGHTS_FILE, features, judge, load_weights,
                                    logits, pack, windows, words)
from callcoach.detect.signals import read_signals

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from train_detector import BLIND, TRAIN, WORDS  # noqa: E402


def test_weights_ship_inside_the_package_for_every_modelled_behaviour() -> None:
    assert WEIGHTS_FILE.parent == ROOT / "src" / "callcoach" / "detect"
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert set(data["models"]) == set(MODELLED)
    assert data["trained_on"] == list(TRAIN) and len(TRAIN) == 22
    assert not any("holdout" in name for name in data["trained_on"])
    heads, table = load_weights()
    assert set(heads) == set(MODELLED) and table
    # Shipped in the browser's wheel: it must stay small.
    assert WEIGHTS_FILE.stat().st_size < 300_000


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


def test_a_word_of_degree_also_gives_the_pair_around_it() -> None:
    text = "really sorry, i'm not entirely sure it's very very late"
    found = features(text)
    assert {"<s> sorry", "not sure", "not entirely", "entirely sure", "it's very", "very late"} <= set(found)
    assert text[slice(*found["not sure"])] == "not entirely sure"
    assert "sorry i'm" in found and "sorry not" not in found  # only words of degree are skipped


def test_scoring_features_are_the_spanned_ones() -> None:
    # The model scores with words() and shows evidence with features(): they must agree on what a word is.
    text = "ok, i'll ring u back at 5pm!! why would you do that? £20 & that's it"
    for start, end in [(0, None), (4, 30), (31, len(text)), (0, 0)]:
        assert words(text, start, end) == set(features(text, start, end))
    text = "really so very very sorry, i'm truly not entirely 100 percent sure"
    for start, end in [(0, None), (7, None), (0, 12), (0, 1)]:
        assert words(text, start, end) == set(features(text, start, end))


def test_packed_weights_give_each_behaviour_its_own_sum() -> None:
    heads, table = load_weights()
    found = words("calm down, i've already told you twice, it is our policy") | {"rule:policy", "sig:jab"}
    scores = logits(found, heads, table)
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["models"]
    for behaviour, model in data.items():
        plain = model["bias"] + sum(model["weights"].get(f, 0.0) for f in found)
        assert scores[behaviour] == pytest.approx(plain, abs=1e-9)


def test_blind_models_do_not_lean_on_the_rules_own_finding() -> None:
    # A model that may only add what the rules missed learns its behaviour from the words, not from
    # "the rules found it" (which it never sees when it gets a say).
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["models"]
    for behaviour in BLIND & set(MODELLED):
        assert "rule:" + behaviour not in data[behaviour]["weights"]


def test_words_only_models_read_no_tags() -> None:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["models"]
    assert WORDS <= set(MODELLED)
    for behaviour in WORDS:
        assert not any(":" in feature for feature in data[behaviour]["weights"])
    # The others do read the rules' tags.
    assert any(":" in feature for feature in data["antagonize"]["weights"])


def _judged(text: str) -> tuple[str, dict[str, list[tuple[int, int]]], dict[str, list[tuple[int, int]]]]:
    doc = parse(text)
    signals = read_signals(doc)
    by_rule = rule_findings(doc, signals)
    rejected = rejected_choices(doc)
    return doc.text, by_rule, judge(doc, by_rule, signals, lambda b: barred(doc, b, by_rule, rejected),
                                    rejected=rejected)


def test_model_evidence_is_a_clause_of_the_reply() -> None:
    text, by_rule, judged = _judged("Thanks for holding. Calm down, it is only a parcel.")
    assert judged["antagonize"]
    for start, end in judged["antagonize"]:
        # the jab's own sentence is highlighted, never the polite one before it
        assert text.index("calm") <= start < end <= len(text)


@pytest.mark.parametrize("text", [
    "Refunds go back to the original card within five working days.",
    "I'm afraid we can't change a flight within 24 hours of departure, that's the fare rule.",
])
def test_the_rules_policy_is_kept(text: str) -> None:
    # Policy is never overruled: replies from new writers showed the rules' policy surer than the model.
    _, by_rule, judged = _judged(text)
    assert "policy" not in OVERRULES
    assert by_rule["policy"] and judged.get("policy", by_rule["policy"]) == by_rule["policy"]
    assert "policy" in detect(text).behaviours


@pytest.mark.parametrize("text", [
    "You can either wait for your next statement or make a complaint. It's up to you.",
    "You can wait for the engineer or complain, it's your choice.",
    "Either pay the fee or pay the fee, up to you.",
])
def test_a_choice_handed_back_dismissively_is_no_option(text: str) -> None:
    doc = parse(text)
    assert rejected_choices(doc)
    assert "options" not in detect(text).behaviours


@pytest.mark.parametrize("text", [
    "I can refund it today or send a replacement tomorrow. It's up to you.",
    "We could rebook you on the 6pm, or refund the ticket in full, whichever you prefer.",
])
def test_a_real_choice_handed_over_is_options(text: str) -> None:
    assert not rejected_choices(parse(text))
    assert "options" in detect(text).behaviours


@pytest.mark.parametrize(("which", "kept"), [(2.0, True), (0.5, False)])
def test_an_overruled_question_stands_where_its_own_sentence_passes(which: float, kept: bool) -> None:
    # The run "that's a nuisance. Which day...?" scores -1 + which - 3: below the cut either way. The
    # question alone scores -1 + which: it keeps the rules' finding only if that passes.
    doc = parse("Oh dear, that's a nuisance. Which day was it booked for?")
    signals = read_signals(doc)
    by_rule = rule_findings(doc, signals)
    assert by_rule["clarify"] and "clarify" in SENTENCE_VETO
    weights = pack({"clarify": {"bias": -1.0, "threshold": 0.0, "weights": {"which": which, "nuisance": -3.0}}})
    judged = judge(doc, by_rule, signals, weights=weights, overrules={"clarify"})
    assert judged["clarify"] == (by_rule["clarify"] if kept else [])


@pytest.mark.parametrize(("text", "asks"), [
    ("wat time did the driver come", True),
    ("what time did the driver come?", True),
    ("I feel ill today.", False),
])
def test_a_question_without_its_mark_reads_as_one_with_it(text: str, asks: bool) -> None:
    doc = parse(text)
    signals = read_signals(doc)
    (window,) = windows(doc, rule_findings(doc, signals), signals)
    assert ("?" in window[0]) is asks


@pytest.mark.parametrize(("text", "bar"), [
    ("Getting my supervisor won't help, she can't change the price either.", True),
    ("Transferring you to billing wouldn't make any difference.", True),
    ("My supervisor can help with that, I'll get her now.", False),
])
def test_an_escalation_ruled_out_after_its_cue_bars_the_model(text: str, bar: bool) -> None:
    doc = parse(text)
    by_rule = rule_findings(doc, read_signals(doc))
    assert (0 in barred(doc, "escalate", by_rule)) is bar


def test_a_long_reply_is_judged_piece_by_piece() -> None:
    # Pasted many times over, a reply keeps what it shows: the model reads it a few sentences at a time.
    reply = "I'm sorry the engineer didn't turn up. I'll book a new visit for Thursday morning. "
    once, many = detect(reply), detect(reply * 40)
    assert once.behaviours == many.behaviours
    assert len(many.evidence["commit"]) == 40


@pytest.mark.parametrize("text", [
    "I'm not going to tell you to calm down.",
    "I won't be putting you through to a manager, because I can sort it myself right now.",
    # negated after the cue: the rules rule the move out, so the model may not add it there either
    "Transferring you to billing wouldn't help, because I can see the refund here and I'm processing it now.",
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
