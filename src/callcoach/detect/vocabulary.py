"""The eleven call-handling behaviours: ids in fixed order, kind, definition and source tips."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Behaviour", "VOCABULARY", "BEHAVIOURS", "GOOD", "HARMFUL", "behaviour"]


@dataclass(frozen=True, slots=True)
class Behaviour:
    """One behaviour of the shared vocabulary (see shared/behaviours.md)."""

    id: str
    kind: str  # "good" or "harmful"
    definition: str
    tips: tuple[int, ...]

    @property
    def harmful(self) -> bool:
        """True for the behaviours a reply should avoid."""
        return self.kind == "harmful"


# The order is part of the public contract: Detection.behaviours follows it.
VOCABULARY: tuple[Behaviour, ...] = (
    Behaviour("acknowledge", "good", "names or validates the customer's feeling or situation", (3, 4)),
    Behaviour("apology", "good", "sincerely apologises, or admits a mistake", (6,)),
    Behaviour(
        "clarify", "good", "asks a question to understand the problem, or restates it back to check", (4, 5)
    ),
    Behaviour("options", "good", "offers two or more ways to fix the situation, or a real choice", (5,)),
    Behaviour(
        "commit",
        "good",
        "commits to a concrete next action that the agent will take (what, and ideally when)",
        (5,),
    ),
    Behaviour("policy", "good", "states a company policy, rule or limit clearly and honestly", (2, 6)),
    Behaviour(
        "escalate",
        "good",
        "offers to involve a supervisor, manager or the right team, or says it will pass the matter on",
        (7,),
    ),
    Behaviour(
        "boundary",
        "good",
        "calmly sets a limit on abusive language, e.g. warns that the call will end if it goes on",
        (8,),
    ),
    Behaviour("blame", "harmful", "blames the customer or deflects responsibility", (3, 6)),
    Behaviour(
        "antagonize",
        "harmful",
        'dismissive, sarcastic or combative ("calm down", "as I already said", mock politeness)',
        (4, 8),
    ),
    Behaviour(
        "hedge",
        "harmful",
        'sounds unsure of itself where it should be clear ("I think maybe we might possibly...")',
        (6,),
    ),
)

BEHAVIOURS: tuple[str, ...] = tuple(b.id for b in VOCABULARY)
GOOD: frozenset[str] = frozenset(b.id for b in VOCABULARY if not b.harmful)
HARMFUL: frozenset[str] = frozenset(b.id for b in VOCABULARY if b.harmful)
_BY_ID = {b.id: b for b in VOCABULARY}


def behaviour(behaviour_id: str) -> Behaviour:
    """The behaviour with this id (KeyError for an unknown id)."""
    return _BY_ID[behaviour_id]
