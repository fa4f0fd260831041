"""Every registered type grades its own right and wrong examples, and survives malformed responses."""

from __future__ import annotations

import pytest

from callcoach.types import REGISTRY
from tests.engine.helpers import question

SAMPLES = {
    "single": {"options": [{"text": "A", "correct": True}, {"text": "B"}, {"text": "C"}]},
    "multiple": {"options": [{"text": "A", "correct": True}, {"text": "B", "correct": True}, {"text": "C"}]},
    "true_false": {"answer": False},
    "ordering": {"items": ["one", "two", "three"]},
    "matching": {"pairs": [{"left": "L1", "right": "R1"}, {"left": "L2", "right": "R2"}, {"left": "L3", "right": "R3"}]},
    "short_text": {"accept": ["Purpose"]},
}
MALFORMED = [42.5, {"x": [1]}, ["nope"], "not-a-token", -1, [None], True, {"999": "zzz"}]


def test_every_registered_type_has_a_sample() -> None:
    assert set(SAMPLES) == set(REGISTRY)


@pytest.mark.parametrize("kind", sorted(REGISTRY))
def test_examples_grade_right_and_wrong(kind: str) -> None:
    q = question(type=kind, **SAMPLES[kind])
    right, wrong = q.examples()
    assert q.grade(right).score == 1.0 and q.grade(right).status == "correct"
    assert q.grade(wrong).score < 1.0


@pytest.mark.parametrize("kind", sorted(REGISTRY))
@pytest.mark.parametrize("response", MALFORMED, ids=repr)
def test_malformed_responses_score_zero_without_raising(kind: str, response: object) -> None:
    verdict = question(type=kind, **SAMPLES[kind]).grade(response)
    assert verdict.status in {"invalid", "wrong", "unanswered"}
    assert verdict.score == 0.0


@pytest.mark.parametrize("kind", sorted(REGISTRY))
def test_unanswered_is_reported_as_such(kind: str) -> None:
    assert question(type=kind, **SAMPLES[kind]).grade(None).status == "unanswered"


@pytest.mark.parametrize("kind", sorted(REGISTRY))
def test_public_data_carries_no_answer_key(kind: str) -> None:
    q = question(type=kind, **SAMPLES[kind])
    public = repr(q.public())
    assert "correct" not in public and "answer" not in public and "Because." not in public


@pytest.mark.parametrize("kind", sorted(REGISTRY))
def test_canonical_form_round_trips(kind: str) -> None:
    q = question(type=kind, **SAMPLES[kind])
    again = question(**{k: v for k, v in q.to_json().items()})
    assert again == q
