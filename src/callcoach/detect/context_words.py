"""Context rules for apostrophe-less words that are also real words ("ill", "id", "were")."""

from __future__ import annotations

__all__ = ["decide_ambiguous"]

# "feel ill", "is ill", "very ill": the adjective, not "I'll".
_ILL_BEFORE = frozenset("""feel feeling felt feels be been being is was am are were very so too
quite really seriously critically terminally mentally gravely fell fall falls fallen falling get
got gets getting become became look looks looked seem seems seemed sound sounds who i'm he's she's
you're they're we're it's she he they someone somebody been family""".split())
_ILL_AFTER = frozenset("""health will effects effect feeling feelings treatment treated advised
equipped prepared repute fated gotten at with and or people patients person child relative mother
father wife husband family member members from since for in lately recently""".split())
# "your id", "photo id", "id number": the identity document, not "I'd".
_ID_BEFORE = frozenset("""your my the an a photo customer user account order reference ref his her
their our this that valid any some no with of card staff caller login member employee email""".split())
_ID_AFTER = frozenset("""number card please is was document check badge for so here there
verification details""".split())
# A clause-initial "were"/"well" followed by one of these is "we're"/"we'll".
_NOT_WE = frozenset("""you they there the these those we it he she any all your his her their
my our this that i""".split())
_WELL_VERBS = frozenset("""send call get sort arrange refund process look be have make need issue
credit email ring contact replace book escalate pass check do try see keep update fix give cover pay
reimburse organise investigate deal take put let text post ship also definitely certainly
absolutely happily gladly probably just then need want raise log cancel waive apply review chase
follow""".split())
_HE_VERBS = frozenset("""call be get sort arrange look have make need contact ring email check do
come arrive fix help bring give text""".split())


def decide_ambiguous(word: str, prev: str | None, nxt: str | None) -> str:
    """The reading of an ambiguous casual word, given its neighbours (None at a clause edge)."""
    if word == "ill":
        if prev in _ILL_BEFORE or nxt in _ILL_AFTER or nxt is None:
            return "ill"
        return "i'll"
    if word == "id":
        if prev in _ID_BEFORE or nxt in _ID_AFTER or nxt is None:
            return "id"
        return "i'd"
    if word == "ur":
        if nxt is not None and (nxt.endswith(("ing", "ed")) or nxt in _YOU_ARE_NEXT):
            return "you're"
        return "your"
    if word == "were":
        return "we're" if prev is None and nxt is not None and nxt not in _NOT_WE else "were"
    if word == "well":
        return "we'll" if prev is None and nxt in _WELL_VERBS else "well"
    if word == "wed":
        return "we'd" if nxt in {"need", "like", "be", "have", "love", "prefer", "rather"} else "wed"
    if word in ("hell", "shell"):
        return word[:-2] + "'ll" if nxt in _HE_VERBS else word
    return word


_YOU_ARE_NEXT = frozenset("""a an not right welcome so very really being going upset angry
frustrated annoyed correct wrong entitled eligible able unable sure still already just clearly
obviously probably one mistaken lucky supposed meant absolutely quite completely totally the
only asking""".split())
