"""How a service works, stated as fact: hours, cycles, prices and limits are policy (cues_terms)."""

from __future__ import annotations

import pytest

from callcoach.detect import detect
from callcoach.detect.context import parse
from callcoach.detect.cues_terms import SERVICE_CYCLE, SERVICE_FEE, SERVICE_HOURS, SERVICE_LIMITS
from callcoach.detect.detectors_act import policy
from callcoach.detect.signals import read_signals


def rule_says_policy(text: str) -> bool:
    """Whether the hand-written policy rules (without the model) find a policy in the reply."""
    doc = parse(text)
    return bool(policy(doc, read_signals(doc)))


@pytest.mark.parametrize(("cues", "text"), [
    (SERVICE_HOURS, "Our advisers work 8 to 8, Monday to Friday."),
    (SERVICE_HOURS, "The helpline's open until 10pm."),
    (SERVICE_HOURS, "Collections go out on Thursdays."),
    (SERVICE_HOURS, "The library is open seven days a week."),
    (SERVICE_CYCLE, "Statements are issued every three months."),
    (SERVICE_CYCLE, "Direct debits are taken on the day of each month you chose."),
    (SERVICE_FEE, "Extra bags are £25 per bag."),
    (SERVICE_FEE, "Parking's free after 6pm."),
    (SERVICE_FEE, "A replacement card costs £5."),
    (SERVICE_LIMITS, "Pharmacists can't prescribe antibiotics."),
    (SERVICE_LIMITS, "The repair is chargeable under clause 4 of the lease."),
])
def test_service_terms_are_policy(cues: tuple[str, ...], text: str) -> None:
    assert any(True for _ in parse(text).cues(cues)), text
    assert rule_says_policy(text), text
    assert "policy" in detect(text).behaviours, text


@pytest.mark.parametrize("text", [
    "I'll ring you back at 3 with an update.",   # a promise, not how the service works
    "You can pay £20 now if you like.",          # an offer
    "The road was closed on Monday for resurfacing.",  # one past event
    "We sent the letter on the 2nd.",
    "I'm going to open the claim at 9 tomorrow.",
])
def test_promises_and_past_events_are_not_service_terms(text: str) -> None:
    doc = parse(text)
    assert not any(True for cues in (SERVICE_HOURS, SERVICE_CYCLE, SERVICE_FEE) for _ in doc.cues(cues)), text


@pytest.mark.parametrize("text", [
    "Your next payment is due on the 3rd.",           # this caller's account, not a rule for everyone
    "We're open until 9 tonight.",                    # one day's hours
    "Is parking free after 6pm?",                     # a question
    "I think the helpline might be open until 8, maybe?",  # a guess is hedge
])
def test_one_callers_facts_questions_and_guesses_are_not_policy_rules(text: str) -> None:
    assert not rule_says_policy(text), text
