"""`single`: one right option; tokens or indices; option feedback."""

from callcoach.types import token
from tests.engine.helpers import question, try_question

OPTIONS = [{"text": "Listen", "correct": True, "feedback": "Yes."}, {"text": "Interrupt", "feedback": "No."}]


def test_right_by_index_and_by_token() -> None:
    q = question(type="single", options=OPTIONS)
    assert q.grade(0).score == 1.0
    assert q.grade(token("q1", "Listen")).score == 1.0
    assert q.grade(1).feedback == ("No.",)


def test_out_of_range_is_invalid() -> None:
    assert question(type="single", options=OPTIONS).grade(5).status == "invalid"


def test_needs_exactly_one_correct() -> None:
    _, problems = try_question(type="single", options=[{"text": "A", "correct": True}, {"text": "B", "correct": True}])
    assert any("exactly one correct option, found 2" in str(p) for p in problems)
    _, problems = try_question(type="single", options=[{"text": "A"}, {"text": "B"}])
    assert any("found 0" in str(p) for p in problems)


def test_shuffle_is_stable_and_keyless() -> None:
    q = question(type="single", options=OPTIONS)
    assert q.public() == question(type="single", options=OPTIONS).public()
    assert {o["text"] for o in q.public()["options"]} == {"Listen", "Interrupt"}
