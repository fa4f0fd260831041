"""`short_text`: case, space and punctuation do not matter; typos only where allowed and safe."""

from tests.engine.helpers import question


def test_normalisation() -> None:
    q = question(type="short_text", accept=["C.P.R."])
    for given in ("cpr", " C P R ", "C.P.R", "c.p.r!"):
        assert q.grade(given).score == 1.0, given
    assert q.grade("CPD").score == 0.0


def test_typo_tolerance() -> None:
    q = question(type="short_text", accept=["supervisor"], typos=1)
    assert q.grade("superviser").score == 1.0
    assert q.grade("supervisr").feedback  # accepted, with a spelling note
    assert q.grade("supervsr").score == 0.0  # two edits
    strict = question(type="short_text", accept=["supervisor"])
    assert strict.grade("superviser").score == 0.0


def test_short_words_never_take_typos() -> None:
    q = question(type="short_text", accept=["HR"], typos=2)
    assert q.grade("hr").score == 1.0 and q.grade("he").score == 0.0


def test_empty_and_oversized() -> None:
    q = question(type="short_text", accept=["Purpose"])
    assert q.grade("   ").status == "unanswered"
    assert q.grade("x" * 500).status == "invalid"
