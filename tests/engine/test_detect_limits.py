"""Calm limits in many wordings, and their near misses: rude limits, limits that are no commitments,
plain facts that are no policy, and acknowledgements the model may add."""

from __future__ import annotations

import pytest

from callcoach.detect import detect


@pytest.mark.parametrize("text", [
    "Could we keep the voices down a little? I want to get your address right.",
    "Can I ask you to lower your voice so I can hear the account number?",
    "Please leave my name out of this and we'll carry on with the claim.",
    "I'd ask you not to speak to me like that. Now, which meter is it?",
    "The remarks about my accent need to stop, but I'm still happy to help.",
    "There's no need for the swearing, I'm on your side.",
    "If I hear that word again the call ends, but I'd rather we fixed your boiler.",
    "That language isn't okay. Let's get back to your booking.",
    "I'm not comfortable being called names. Shall we start again?",
    "I'm going to place you on a brief hold so we can both take a moment.",
])
def test_calm_limits_in_other_words_are_boundaries(text: str) -> None:
    found = detect(text).behaviours
    assert "boundary" in found and "antagonize" not in found


@pytest.mark.parametrize("text", [
    "Carry on shouting and I'll hang up, your problem not mine.",
    "Swear at me again and I'm off, see if I care.",
])
def test_a_limit_set_with_a_sneer_is_antagonising_not_a_boundary(text: str) -> None:
    found = detect(text).behaviours
    assert "antagonize" in found and "boundary" not in found


@pytest.mark.parametrize(("text", "commits"), [
    ("I'm giving you a fair warning about the language.", False),
    ("I'm closing this chat now because of the threats.", False),
    ("I'll warn you once: if the swearing continues, I'll end the call.", False),
    ("I'll reissue the invoice today, but I won't be sworn at while I do it.", True),
])
def test_a_limit_is_not_a_commitment_unless_a_promise_stands_beside_it(text: str, commits: bool) -> None:
    assert ("commit" in detect(text).behaviours) is commits


@pytest.mark.parametrize("text", [
    "Your yoga class starts at 7 in the main hall.",
    "The branch closes at 4 today because of the training.",
    "Your spending limit is £250 at the moment.",
])
def test_a_fact_about_one_booking_or_one_day_is_not_policy(text: str) -> None:
    assert "policy" not in detect(text).behaviours


@pytest.mark.parametrize("text", [
    "The branch closes at 4 on Saturdays.",
    "The deposit limit is £1,000 a day for new accounts.",
])
def test_a_timetable_or_limit_for_everyone_is_still_policy(text: str) -> None:
    assert "policy" in detect(text).behaviours


@pytest.mark.parametrize("text", [
    "It makes complete sense that you'd want it fixed before the party.",
    "You must be fed up with ringing us by now.",
    "You've been more than understanding about all this.",
])
def test_acknowledgements_in_other_words(text: str) -> None:
    assert "acknowledge" in detect(text).behaviours
