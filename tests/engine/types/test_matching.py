"""`matching`: per-pair credit, equal sides, and "who said it?" built from the experts."""

from callcoach.types import token
from tests.engine.helpers import question, try_question

PAIRS = [{"left": "L1", "right": "R1"}, {"left": "L2", "right": "R2"}, {"left": "L3", "right": "R3"}]


def test_per_pair_credit() -> None:
    q = question(type="matching", pairs=PAIRS)
    assert q.grade({"0": 0, "1": 1, "2": 2}).score == 1.0
    partial = q.grade({token("q1", "L1"): token("q1", "R1"), "1": 2, "2": None})
    assert partial.score == round(1 / 3, 4) and partial.status == "partial"


def test_who_said_it_uses_the_experts() -> None:
    q = question(type="matching", experts=["a", "b", "c"])
    assert q.to_json()["pairs"][0] == {"left": "Quote A", "right": "Expert A"}
    assert q.public()["quotes"] is True


def test_unknown_expert_and_unequal_sides_are_rejected() -> None:
    _, problems = try_question(type="matching", experts=["a", "b", "zz"])
    assert any("unknown expert 'zz'" in str(p) for p in problems)
    _, problems = try_question(type="matching", pairs=[*PAIRS[:2], {"left": "L3", "right": "R1"}])
    assert any("unequal sides" in str(p) for p in problems)


def test_foreign_keys_are_invalid() -> None:
    assert question(type="matching", pairs=PAIRS).grade({"nope": "R1"}).status == "invalid"
