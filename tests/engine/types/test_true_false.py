"""`true_false`: booleans, and the strings a form may send."""

from tests.engine.helpers import question


def test_booleans_and_strings() -> None:
    q = question(type="true_false", answer=True, feedback_false="It is true.")
    assert q.grade(True).score == 1.0
    assert q.grade("true").score == 1.0
    wrong = q.grade(False)
    assert wrong.score == 0.0 and wrong.feedback == ("It is true.",)
    assert q.grade("maybe").status == "invalid"
