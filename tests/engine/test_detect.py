"""Behaviour detection: the public API, each behaviour, and the tricky cases of real replies."""

from __future__ import annotations

import json

import pytest

from callcoach.detect import BEHAVIOURS, Detection, detect
from callcoach.detect.context import parse
from callcoach.detect.engine import settle
from callcoach.detect.vocabulary import VOCABULARY, behaviour


def found(text: str) -> set[str]:
    """The behaviours detected in text."""
    return set(detect(text).behaviours)


def test_vocabulary_is_the_eleven_ids_in_fixed_order() -> None:
    assert BEHAVIOURS == ("acknowledge", "apology", "clarify", "options", "commit", "policy", "escalate",
                          "boundary", "blame", "antagonize", "hedge")
    assert [b.id for b in VOCABULARY] == list(BEHAVIOURS)
    assert behaviour("blame").harmful and not behaviour("commit").harmful
    assert behaviour("options").tips == (5,)


def test_public_example_detection_and_json() -> None:
    text = "I'm sorry, I'll refund you today."
    d = detect(text)
    assert isinstance(d, Detection)
    assert d.behaviours == ("apology", "commit")
    assert d.evidence["apology"] == ((0, 9),)
    assert text[slice(*d.evidence["commit"][0])] == "I'll refund you today"
    assert d.to_json() == {"behaviours": ["apology", "commit"],
                           "evidence": {"apology": [[0, 9]], "commit": [[11, 32]]}}
    json.dumps(d.to_json())


def test_behaviours_come_in_vocabulary_order_with_evidence_for_each() -> None:
    d = detect("Calm down. I'm sorry, I can either refund you or send a new one. Which would you prefer?")
    assert list(d.behaviours) == [b for b in BEHAVIOURS if b in d.behaviours]
    assert set(d.evidence) == set(d.behaviours)
    assert all(d.evidence[b] for b in d.behaviours)


@pytest.mark.parametrize("text", ["", "   ", "Okay.", "Good morning, thanks for calling Northway Energy.",
                                  "Your account number ends in 552.", "Please hold while I look at your account."])
def test_neutral_replies_show_nothing(text: str) -> None:
    assert detect(text).behaviours == ()
    assert detect(text).to_json() == {"behaviours": [], "evidence": {}}


def test_detect_rejects_non_text() -> None:
    with pytest.raises(TypeError):
        detect(None)  # type: ignore[arg-type]


# One reply per behaviour from shared/behaviours.md, then fresh phrasings of each.
PUBLIC_EXAMPLES = [
    ("I can hear how frustrating it's been to be cut off three times.", {"acknowledge"}),
    ("I'm sorry, that was our mistake: the order went to the wrong address.", {"apology"}),
    ("So that I've got this right, the charge appeared twice on the 3rd?", {"clarify"}),
    ("I can either send a replacement today or refund you in full. Which would you prefer?", {"options"}),
    ("I'll process the refund now and email you the confirmation within the hour.", {"commit"}),
    ("Our policy is that refunds go back to the original card within five working days.", {"policy"}),
    ("If you'd like, I can ask my team leader to review this with you.", {"escalate"}),
    ("I want to help you, but if the swearing continues I will have to end the call.", {"boundary"}),
    ("You should have read the terms before you signed up.", {"blame"}),
    ("Calm down, sir, shouting won't get you anywhere.", {"antagonize"}),
    ("I think maybe it could possibly be refunded, I'm not really sure.", {"hedge"}),
]


@pytest.mark.parametrize(("text", "expected"), PUBLIC_EXAMPLES)
def test_public_examples(text: str, expected: set[str]) -> None:
    assert found(text) == expected


FRESH = {
    "acknowledge": ["That sounds incredibly frustrating, especially after you'd taken the day off.",
                    "You must be exhausted after being on hold for so long.",
                    "Being charged for something you never ordered would annoy anyone.",
                    "Your concern about the data breach is completely valid."],
    "apology": ["Apologies, that was a mistake on our side.", "We let you down with this booking, and I'm sorry.",
                "I messed up the dates on your booking, that's on me.", "Please accept our apologies for the delay."],
    "clarify": ["Could you tell me the reference number on the letter?", "When did the boiler stop working?",
                "Just to check I've understood, the card was declined but the money still left your account?",
                "Which email address did you use when you signed up?"],
    "options": ["You could collect it from the depot tomorrow, or we can redeliver on Saturday.",
                "Would you like a credit on your account or the money back to your card?",
                "One option is to pause the subscription; another is to switch to the cheaper plan.",
                "Would Tuesday morning or Wednesday afternoon work better for the engineer?"],
    "commit": ["I'll email you the cancellation confirmation within the next ten minutes.",
               "I'm booking the repair for Thursday morning.", "Let me reset your password now.",
               "I've just issued the refund to your card."],
    "policy": ["For security reasons, I can't discuss the account with anyone but the account holder.",
               "Unfortunately tickets bought on the day can't be exchanged.",
               "Late payments are charged a £12 fee.", "We only deliver to UK addresses."],
    "escalate": ["Would you like me to transfer you to our complaints department?",
                 "I'm going to hand this over to my manager.", "Let me get my team leader on the line for you.",
                 "I'll flag this with our network team so they can investigate."],
    "boundary": ["I'm happy to help, but I won't continue if you keep swearing at me.",
                 "Please don't use that language with me.", "I'm not going to accept being called names.",
                 "If you call me that again, this conversation is over."],
    "blame": ["You didn't pay the bill on time, so the service was suspended.",
              "That's the manufacturer's problem, not ours.", "You must have typed the password wrong.",
              "If you'd followed the instructions, the printer would be working."],
    "antagonize": ["As I've already explained twice, the store is closed.", "Are you even listening?",
                   "There's no need to be so dramatic about a small delay.", "Take it or leave it."],
    # Hedging piles up doubt (LABELLING.md); a lone "I'm not sure if..." is labelled both ways by the writers.
    "hedge": ["It should probably be fine, I guess.", "I'm not entirely sure if we can do that, it may depend.",
              "Hopefully someone will call you at some point.", "As far as I know it should be covered."],
}


@pytest.mark.parametrize(("name", "text"), [(b, t) for b, texts in FRESH.items() for t in texts])
def test_each_behaviour_in_fresh_words(name: str, text: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize(("text", "absent", "present"), [
    ("I'm not going to apologise for the policy.", "apology", None),
    ("I won't apologise.", "apology", None),
    ("I would never blame you for this.", "blame", None),
    ("It's not your fault at all.", "blame", None),
    ("I don't understand why you're upset.", "acknowledge", None),
    ("I'm not going to tell you to calm down.", "antagonize", None),
    ("I won't hang up on you.", "boundary", None),
    ("I'm not going to get my manager.", "escalate", None),
    ("I'm not going to refund you.", "commit", None),
    ("We don't have a policy on that.", "policy", None),
    ("It's not our fault the bank held the payment.", "apology", "blame"),
])
def test_negation(text: str, absent: str, present: str | None) -> None:
    got = found(text)
    assert absent not in got
    if present:
        assert present in got


@pytest.mark.parametrize("text", [
    "I'm SO sorry you feel that way.", "I'm sorry you feel that way.", "Well, I apologise for existing, then.",
    "Thanks SO much for shouting at me, that really helps.", "Oh, brilliant, another person who can't read.",
    "Oh, of course, I'll just magic up a doctor for you.", "Congratulations, you've found the one thing we can't do.",
])
def test_sarcasm_and_mock_politeness_antagonize_without_apology_or_commitment(text: str) -> None:
    got = found(text)
    assert "antagonize" in got
    assert not got & {"apology", "acknowledge", "commit"}


@pytest.mark.parametrize("text", ["Sorry?", "Pardon?", "Sorry, what was that?",
                                  "Sorry, I didn't catch that. Could you say the postcode again?",
                                  "Sorry, was it the Tuesday class or the Thursday one?"])
def test_sorry_as_pardon_is_a_question_not_an_apology(text: str) -> None:
    got = found(text)
    assert "clarify" in got and "apology" not in got


def test_sincere_sorry_before_a_question_is_still_an_apology() -> None:
    got = found("I'm so sorry about the delay. Could you confirm your order number?")
    assert {"apology", "clarify"} <= got


@pytest.mark.parametrize(("text", "expected"), [
    ("What do you want me to do about it?", {"antagonize"}),
    ("Are you even listening to what I'm saying?", {"antagonize"}),
    ("Did you even bother to read the terms before signing?", {"antagonize", "blame"}),
    ("Why didn't you tell us you'd moved house?", {"blame"}),
    ("What part of 'no refunds' don't you understand?", {"antagonize", "blame"}),
])
def test_rhetorical_and_combative_questions_are_not_clarifying(text: str, expected: set[str]) -> None:
    got = found(text)
    assert expected <= got and "clarify" not in got


@pytest.mark.parametrize(("text", "commits"), [
    ("I'll look into it at some point.", False),
    ("Someone will get back to you eventually.", False),
    ("I'll try to get it sorted, maybe by the weekend.", False),
    ("I'll see what I can do.", False),
    ("I'll look into it and call you back by 4pm today.", True),
    ("I'll send the replacement today.", True),
    ("Your refund has been processed and you'll receive it within five working days.", True),
])
def test_vague_promises_are_not_commitments(text: str, commits: bool) -> None:
    assert ("commit" in found(text)) is commits


@pytest.mark.parametrize("text", [
    "Your only option is to wait for the engineer.", "You can either pay the fee or... well, pay the fee.",
    "The choice is yours: wait for Thursday's engineer, or wait for Thursday's engineer.",
    "It's a replacement or nothing. Your choice.", "It's up to you.",
])
def test_a_single_option_dressed_as_a_choice_is_not_options(text: str) -> None:
    assert "options" not in found(text)


def test_the_repeated_option_reads_as_antagonizing() -> None:
    assert "antagonize" in found("You can wait for the engineer or wait for the engineer. Your pick.")


@pytest.mark.parametrize(("text", "expected"), [
    ("I apologize for the mix-up, I'm canceling the duplicate charge right now.", {"apology", "commit"}),
    ("I apologise for the mix-up, I'm cancelling the duplicate charge right now.", {"apology", "commit"}),
    ("I realize how frustrating it is to have your order canceled.", {"acknowledge"}),
    ("Our policy is to honor the price at the time of purchase.", {"policy"}),
])
def test_uk_and_us_spelling_read_the_same(text: str, expected: set[str]) -> None:
    assert expected <= found(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("im so sorry ill call u back by 3pm", {"apology", "commit"}),
    ("soz, that was my fault", {"apology"}),
    ("wat time did the driver come", {"clarify"}),
    ("u shouldve read the email we sent", {"blame"}),
    ("ill get my manager to call u back", {"escalate"}),
    ("pls dont swear at me or ill have to hang up", {"boundary"}),
    ("i think so? not 100% sure tbh", {"hedge"}),
    ("I feel ill today.", set()),
])
def test_casual_typing(text: str, expected: set[str]) -> None:
    got = found(text)
    assert expected <= got
    if not expected:
        assert "commit" not in got


@pytest.mark.parametrize(("text", "expected"), [
    ("I'm so sory, I defintely should have checked the booking first.", "apology"),
    ("I'll proccess the refund imediately.", "commit"),
    ("I'll escalte this to my supervisr.", "escalate"),
    ("I completly understand your fustration.", "acknowledge"),
    ("Our polcy doesn't cover accidental damage.", "policy"),
    ("Calm donw, its only a tenner.", "antagonize"),
])
def test_typos(text: str, expected: str) -> None:
    assert expected in found(text)


def test_worry_is_not_corrected_to_sorry() -> None:
    assert "apology" not in found("Don't worry, that's normal.")


def test_several_sentences_each_contribute() -> None:
    text = ("I understand how disappointing this is. That was our error, and I'm sorry. "
            "Could you confirm the order number? I can either refund you or send a replacement. "
            "I'll email you the confirmation within the hour.")
    assert {"acknowledge", "apology", "clarify", "options", "commit"} <= found(text)


@pytest.mark.parametrize("text", [
    "I’m sorry… we’ll refund you today — promise.",
    "Hi  there,\n\nI am SO sorry.   I will call you back at 3pm!!",
    "İstanbul office: I'm sorry, I'll refund you today.",
    "im sorry ill refund u 2day",
    "Gonna sort it out tmrw, pls dont worry",
])
def test_evidence_spans_index_the_original_text(text: str) -> None:
    d = detect(text)
    for spans in d.evidence.values():
        for start, end in spans:
            assert 0 <= start < end <= len(text)
            piece = text[start:end]
            assert piece == piece.strip() and piece
    if "apology" in d.evidence:
        assert any("sorry" in text[s:e].lower() for s, e in d.evidence["apology"])


def test_evidence_for_casual_text_points_at_the_typed_words() -> None:
    text = "im sorry ill refund u today"
    d = detect(text)
    (s, e), = d.evidence["commit"]
    assert text[s:e].startswith("ill refund u today") or "ill refund u today" in text[s:e]


def test_deterministic() -> None:
    text = "I'm sorry, I can either refund you or send a new one. Calm down."
    assert all(detect(text) == detect(text) for _ in range(3))


# General rules for what a reply does (fresh sentences, not from the labelled sets).
GENERAL_MOVES = [
    ("Are we done here now?", "antagonize"),
    ("I'll say it one more time, nice and slowly.", "antagonize"),
    ("I'm sure the queue felt endless, but it was ten minutes.", "antagonize"),
    ("Of course, I'll just invent a new train timetable for you.", "antagonize"),
    ("Watch your tone with me.", "antagonize"),
    ("You can stop tutting, it won't make the bus come any quicker.", "antagonize"),
    ("Had you registered the warranty, this would be free.", "blame"),
    ("The hold-up is down to the removal firm, not us.", "blame"),
    ("Nobody else has complained about the app, so it's something you're doing.", "blame"),
    ("Our duty manager will review the booking this afternoon.", "escalate"),
    ("I'll put your photos in front of the claims panel.", "escalate"),
    ("I can log a formal complaint for you.", "escalate"),
    ("We require two forms of ID before we can open the account.", "policy"),
    ("Each household can book a maximum of three collections.", "policy"),
    ("Parking permits can't be transferred to another car.", "policy"),
    ("Late returns carry a £3 fee per day.", "policy"),
]


@pytest.mark.parametrize(("text", "behaviour"), GENERAL_MOVES)
def test_general_moves_are_found(text: str, behaviour: str) -> None:
    assert behaviour in found(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("I know the new app is confusing; you're not the only one who's found it hard.", "antagonize"),
    ("Ugh, that sounds like a horrible morning.", "antagonize"),
    ("I think returns might take about a week, but let me check.", "policy"),
    ("You really are determined to make this hard, aren't you?", "clarify"),
    ("So the parcel came but you haven't got it?", "antagonize"),
    ("I can refund it now, or leave it as credit on your account.", "blame"),
])
def test_general_near_misses_are_left_alone(text: str, absent: str) -> None:
    assert absent not in found(text)


def test_a_jab_cancels_the_feeling_it_names() -> None:
    assert "acknowledge" not in found("I'm sure it's very upsetting for you. Anyway, the answer is no.")
    assert "options" in found("I can refund it now, or leave it as credit on your account.")


def test_a_question_in_an_antagonising_sentence_is_no_clarifying_question() -> None:
    text = "So the plan is to keep ringing until somebody says yes? Bold. What's your postcode?"
    doc = parse(text)
    jab, postcode = (0, text.index("?") + 1), (text.index("What"), len(text))
    empty = {b: [] for b in BEHAVIOURS}
    settled = settle(doc, empty | {"clarify": [jab, postcode], "antagonize": [jab]})
    assert settled["clarify"] == [postcode] and settled["antagonize"] == [jab]
    # Nothing antagonising: every question stands.
    assert settle(doc, empty | {"clarify": [jab, postcode]})["clarify"] == [jab, postcode]
