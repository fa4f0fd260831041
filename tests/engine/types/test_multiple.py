"""`multiple`: partial credit, and ticking everything does not pay."""

from tests.engine.helpers import question, try_question

OPTIONS = [{"text": "A", "correct": True}, {"text": "B", "correct": True}, {"text": "C"}, {"text": "D"}]


def test_partial_credit() -> None:
    q = question(type="multiple", options=OPTIONS)
    assert q.grade([0, 1]).score == 1.0
    half = q.grade([0])
    assert half.score == 0.5 and half.status == "partial"
    assert q.grade([0, 2]).score == 0.0
    assert q.grade([0, 1, 2, 3]).score == 0.0


def test_not_a_list_is_invalid() -> None:
    assert question(type="multiple", options=OPTIONS).grade(0).status == "invalid"


def test_no_correct_answer_is_rejected() -> None:
    _, problems = try_question(type="multiple", options=[{"text": "A"}, {"text": "B"}])
    assert any("no correct answer" in str(p) for p in problems)
