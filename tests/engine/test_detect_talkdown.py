"""Talking down to a caller: reproach, condescension and curt retorts are antagonising (cues_talkdown)."""

from __future__ import annotations

import pytest

from callcoach.detect import detect
from callcoach.detect.context import parse
from callcoach.detect.cues_talkdown import TALK_DOWN


def talks_down(text: str) -> bool:
    """Whether any talking-down cue matches the reply."""
    return any(True for _ in parse(text).cues(TALK_DOWN))


@pytest.mark.parametrize("text", [
    # reproach for repeating
    "I've said this about six times now: the parcel is at the depot.",
    "We have been over this. The warranty ended in May.",
    "As per my previous message, the form goes to the council, not to us.",
    "Since you missed it the first time, the deadline is Friday.",
    "The surgery closes at six, as you well know.",
    # not having read
    "The notice period is a month. Which you agreed to.",
    "Perhaps read the booking conditions properly next time.",
    "I'm not sure how you missed the email, it went to everyone.",
    "The price went up in April, so it's hardly a surprise.",
    # simple, plain, in big letters
    "I'm not sure which part of 'closed on Sundays' is unclear.",
    "I don't know how much clearer I can be about this.",
    "It's written in capital letters on the front of the form.",
    "You'd think that was obvious from the sign.",
    "You do realise the sale ended yesterday?",
    # curt retorts
    "Okay, and?",
    "What do you want me to do about it?",
    "lol, that's not how refunds work",
    "Join the club, everyone's waiting.",
    "Happy now?",
    # sarcasm and hostile address
    "Oh no, a whole ten minutes late. However will you manage.",
    "Your complaint has been duly noted.",
    "I know this is a radical idea, but have you tried the app?",
    "Sorry the timetable doesn't revolve around you.",
    "Thanks for that life story. What's the actual problem?",
    "There's no need to get snippy with me.",
])
def test_talking_down_is_antagonising(text: str) -> None:
    assert talks_down(text), text
    assert "antagonize" in detect(text).behaviours, text


@pytest.mark.parametrize("text", [
    "I'll explain the three times we can come out: Monday, Wednesday or Friday.",
    "Let me check that for you; I'll read the notes again next time you call.",
    "It clearly matters a lot to you, and I want to get it right.",
    "What would you like me to do first, the refund or the new booking?",
    "Is there anything else, or is that everything for today?",
    "I know this is a lot to take in, so I'll email you a summary.",
    "The form is simple, and I'll stay on the line while you fill it in.",
    "Can you take a number down? It's 0300 123 4567.",
])
def test_sincere_replies_are_not_talking_down(text: str) -> None:
    assert not talks_down(text), text


@pytest.mark.parametrize("text", [
    "Which part of 'no appointments left' don't you understand?",
    "Not sure which bit of the letter is unclear?",
    "How much clearer can I be?",
])
def test_a_question_that_talks_down_asks_nothing(text: str) -> None:
    found = detect(text).behaviours
    assert "antagonize" in found and "clarify" not in found, (text, found)


@pytest.mark.parametrize("text", [
    "Which part of the bill is confusing you? I'll go through it line by line.",
    "Which bit of the form are you stuck on?",
])
def test_a_sincere_question_about_what_is_unclear_still_clarifies(text: str) -> None:
    assert not talks_down(text), text
    assert "clarify" in detect(text).behaviours, text
