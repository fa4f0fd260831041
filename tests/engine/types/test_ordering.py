"""`ordering`: credit per step in place; every item exactly once; shuffle never shows the answer."""

from callcoach.types import token
from tests.engine.helpers import question, try_question

ITEMS = ["Comprehend", "Purpose", "React"]


def test_partial_and_full_credit() -> None:
    q = question(type="ordering", items=ITEMS)
    assert q.grade([0, 1, 2]).score == 1.0
    assert q.grade([0, 2, 1]).score == round(1 / 3, 4)
    assert q.grade([token("q1", t) for t in ITEMS]).score == 1.0


def test_duplicates_and_gaps_are_invalid() -> None:
    q = question(type="ordering", items=ITEMS)
    assert q.grade([0, 0, 1]).status == "invalid"
    assert q.grade([0, None, 2]).status == "invalid"
    assert "exactly once" in q.grade([0, 1]).feedback[0]


def test_fewer_than_three_items_is_rejected() -> None:
    _, problems = try_question(type="ordering", items=["a", "b"])
    assert [str(p) for p in problems] == ["t.yml: questions[0].items: needs at least 3 entries, got 2"]


def test_displayed_order_is_never_the_answer() -> None:
    for n in range(3, 7):
        items = [f"step {i}" for i in range(n)]
        shown = [i["text"] for i in question(type="ordering", items=items).public()["items"]]
        assert shown != items and sorted(shown) == sorted(items)
