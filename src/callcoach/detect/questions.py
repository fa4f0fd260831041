"""Questions: which ask to understand the problem, which offer, and which only attack."""

from __future__ import annotations

import re
from functools import cache

from callcoach.detect.macros import compile_cues

__all__ = ["is_question", "question_kind", "RHETORICAL"]

# Word order of a question, for replies typed without a question mark.
_ASK = re.compile(
    r"(?:(?:can|could|would|will|do|did|does|is|are|was|were|have|has|had|may|shall|should) (?:you|it|"
    r"this|that|the|your|they|there|i|we|he|she)|(?:what|when|where|which|who|whose|how|why)\b)"
)

# Attacks dressed as questions: they want no answer.
RHETORICAL: tuple[str, ...] = (
    r"what (?:(?:else )?(?:do|did|would|are) you (?:want|expect)(?: me| us)?(?: to do)?)",
    r"what more (?:do|can) you (?:want|expect)|what part of (?:<W> ){0,6}?(?:don't|do you not|didn't|wasn't|"
    r"isn't|aren't|weren't)",
    r"(?:are|were) you (?:even |actually |really |seriously |not )?(?:listening|serious|kidding|joking|"
    r"for real|deaf|reading|paying attention|hearing me|done|finished)",
    r"(?:are|were) you (?:seriously|really|honestly|actually) (?:calling|ringing|complaining|telling|asking|"
    r"saying|upset|angry|shouting|expecting|suggesting)",
    r"do you (?:even |actually |really |honestly |seriously )?(?:think|expect|believe|know who|"
    r"realise|understand how|listen|read|hear|have any idea)",
    r"you(?:'re| are) (?:seriously |really |actually )?(?:calling|ringing|complaining|phoning|shouting)(?: up)? "
    r"(?:about|over|because of) (?:a|an|one|\d|£)",
    r"(?:did|have|had) you (?:even|actually|not even|ever bother|bother)\b|(?:did|have|had) you not "
    r"(?:read|check|look|listen|think|notice|see|realise|get)",
    r"how (?:many|often) times|how (?:am|was|are|is) (?:i|we|that|this|it) (?:supposed|meant|expected) "
    r"to|how (?:is|was|'s) (?:that|this|it) (?:my|our) (?:fault|problem)|how (?:hard|difficult) (?:is|"
    r"can) (?:it|that)|how would i know",
    r"is (?:that|it) (?:so|really so|too|that|really that) (?:hard|difficult|much to ask|complicated)",
    r"why (?:on earth|exactly|the hell) (?:didn't|don't|can't|won't|wouldn't|couldn't|haven't|hadn't|"
    r"aren't|weren't|would|did) you|why (?:can't|won't|aren't|weren't) you",
    r"why (?:are|were) you (?:so|being|getting|shouting|yelling|calling|making|always|even|still)|"
    r"why (?:should|would) (?:i|we)|why (?:do|did) you (?:even|always|never|bother|think)|"
    r"why do (?:people|customers|you people|you lot)|what did you (?:think|expect)|"
    r"what (?:else )?(?:am|was) i (?:supposed|meant|expected) to",
    r"who do you think|who (?:are|do) you think you|do i (?:look|sound) like|what's (?:your|the matter "
    r"with) (?:problem|you)|what is your problem|what's wrong with you",
    r"(?:isn't|wasn't) (?:it|that) obvious|(?:is|was) that (?:clear|understood) (?:enough|now)|"
    r"(?<![a-z'] )(?:got it|understood)\?|capiche|comprende|do you understand\?|you understand\?|"
    r"(?:then|eh),? shall i\?|, i don't know, ",
    r"(?:can't|cannot|couldn't) you (?:just )?(?:see|read|understand|hear|wait|be patient|get it)",
    r"(?:can|could|will|would) you (?:just |please just )?(?:stop|calm|relax|listen|be quiet|shut up|"
    r"let me finish|give it a rest|be patient|stop shouting|lower your voice)",
    r"(?:that's|it's|this is|so it's|i suppose that's) (?:my|our) fault(?: too| as well| now| then)?\?|"
    r"who told you that|is it (?:really )?(?:that|so) (?:hard|difficult)|"
    r"seriously\?|really\?|are you serious|you're joking|you can't be serious|what did you expect|"
    r"what do you expect|what were you expecting",
)

# Questions that offer, check in, or ask permission: not asking about the problem.
_OFFER: tuple[str, ...] = (
    r"^(?:you )?(?:want|fancy) me to|(?:would|do|did) you (?:like|want|prefer|rather|need) (?:me|us|a|an|to|"
    r"the|some|any|another|it|this|that|one|either|both|anything)",
    r"(?:shall|should|can|could) we|"
    r"(?:shall|should|can|could|may) (?:i|we) (?:go ahead|offer|put|place|arrange|book|send|help|assist|"
    r"call|transfer|pass|escalate|process|refund|get you|set|organise|do|start|try|recommend|suggest|refer|"
    # handing on is an offer too; "can I get your postcode?" and "can I ask which..." still ask
    r"hand|loop|bring|involve|(?:get|ask) (?:my|a|an|our|someone|somebody|one of)|ask the|"
    r"email|text|ring|add|apply|give|sort|leave|move|change|cancel|credit|issue|raise|log)",
    r"(?:is|would|will|does|did|could) (?:that|this|it|either|any of those|either of those|one of "
    r"those) (?:be )?(?:okay|ok|alright|all right|fine|good|work|help|suit|sound|acceptable|enough|"
    r"useful|helpful|better|easier)",
    r"how (?:does|would|about) (?:that|this)|how about|what about (?:a|an|if|i|we)|"
    r"(?:is there|anything) (?:anything|something) else|any (?:other )?questions|"
    r"would (?:that|this|it|either|any) ",
    r"which (?:would|do) you (?:prefer|like|want|rather|choose)|which (?:option|one|of these|of those|"
    r"suits|works)",
    r"(?:are you|would you be) (?:happy|okay|ok|alright|willing|comfortable|glad) (?:for me|with|to|"
    r"if)|(?:do|would) you mind|(?:how|what) (?:can|may) i (?:help|do|assist)|is there (?:anything|"
    r"something)|is now (?:a good time|okay|ok)|does that (?:make sense|sound|help|work)|"
    r"(?:would|will) you (?:be able to )?(?:hold|bear with)|(?:can|could) you (?:hold|bear with|wait)|"
    r"is that (?:okay|ok|alright|all right|fine|acceptable|good)|sound good|okay with you|"
    r"what would you like (?:me|us) to do|what would (?:you like|help|work best)",
)


# Questions that hand the customer a choice between ways forward.
_CHOICE: tuple[str, ...] = (
    r"which (?:would you|do you|one would you|one do you|option|one|of these|of those|of the two|is better|"
    r"is easier|works|suits|would work|would suit|would be)",
    r"what would you (?:prefer|like to do|rather)|would either|(?:does|do|would) either of|"
    r"(?:suit|suits|work|works) (?:you )?better|better for you|easier for you|you'd prefer|you would prefer",
)
_CHOICE_OR = re.compile(r"^(?:(?:so|okay|ok|right|and|then|or),? )?(?:(?:would|could|can|will|shall)(?: you| that|"
                        r" it| a| an| either)|do you (?:want|prefer|need|fancy|like))| or (?:would|do) you|"
                        r"\b(?:prefer|rather|suit|work|better|easier|fit)\b")
# "Why didn't you ring first?": blames without the sneer of "did you even...".
_ACCUSE = re.compile(r"(?:(?:so|well|and|but),? )?why (?:didn't|don't|wouldn't|would|haven't|couldn't|did|do) you\b")
# "..., ok?" after a statement checks agreement; it asks nothing about the problem.
_TAG = re.compile(r",? (?:ok|okay|alright|all right|right|yeah|yes|understood|fair|deal|got it|isn't it|wasn't it|"
                  r"aren't they|don't you|didn't it|doesn't it|eh|innit)\?$")
_HEDGED = re.compile(r"\b(?:i think|i believe|i guess|i suppose|maybe|perhaps|possibly|probably|might|"
                     r"not sure|don't know|no idea|could be|hopefully|i want to say|or was it|something like)\b")


@cache
def _choice() -> re.Pattern[str]:
    pattern = compile_cues(_CHOICE)
    assert pattern is not None
    return pattern


@cache
def _rhetorical() -> re.Pattern[str]:
    pattern = compile_cues(RHETORICAL)
    assert pattern is not None
    return pattern


@cache
def _offer() -> re.Pattern[str]:
    pattern = compile_cues(_OFFER)
    assert pattern is not None
    return pattern


def is_question(sentence: str, terminal: str = "") -> bool:
    """True for a sentence that asks something (by mark, or by word order when unpunctuated).

    `terminal` is the punctuation that ended the sentence, when trimming took it off.
    """
    if sentence.endswith("?") or terminal.startswith("?"):
        return True
    if sentence.endswith((".", "!")) or terminal[:1] in (".", "!"):
        return False
    head = re.sub(r"^(?:so|okay|ok|right|alright|and|but|then|also|sorry|oh|um|hi|hello|great|"
                  r"thanks|thank you|just|please)[, ]+", "", sentence)
    return _ASK.match(head) is not None


def question_kind(sentence: str) -> str:
    """'rhetorical', 'accuse', 'tag', 'choice', 'offer', 'hedged' or 'ask' for a question (normalised)."""
    if _rhetorical().search(sentence):
        return "rhetorical"
    if _ACCUSE.match(sentence):
        return "accuse"
    if _TAG.search(sentence) and not _ASK.match(sentence):
        return "tag"
    if _choice().search(sentence) or (" or " in sentence and _CHOICE_OR.search(sentence)):
        return "choice"
    if _offer().search(sentence):
        return "offer"
    # "I think it might be refundable?" is an unsure statement, not a question to the customer.
    if _HEDGED.search(sentence) and not _ASK.match(sentence):
        return "hedged"
    return "ask"
