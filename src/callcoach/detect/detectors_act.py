"""Detectors for options, commit, policy, escalate and boundary."""

from __future__ import annotations

import re
from functools import cache

from callcoach.detect.context import Doc, negated, preceding, same_or_repeat, with_left
from callcoach.detect.cues_general import ESCALATE_MORE, POLICY_MORE
from callcoach.detect.cues_harm import HEDGE_STRONG, HEDGE_WEAK
from callcoach.detect.cues_moves import HAND_ON, REQUIREMENT, ROLE_LEFT, ROLE_MENTION
from callcoach.detect.cues_options import (COMMIT, COMMIT_PASSIVE, COMMIT_TIMED, NEEDS_TIME, NOT_COMMIT,
                                           OPTION_OFFER_OR, OPTIONS, OPTIONS_WEAK, SINGLE_OPTION, ULTIMATUM,
                                           VAGUE, VAGUE_CLAUSE)
from callcoach.detect.cues_rules import (ABUSE, BOUNDARY, END_CALLS, END_CALLS_NEGATIVE, ESCALATE, POLICY,
                                         POLICY_NEGATABLE, RULE_GENERIC, RULE_LEFT, WARNING_CONDITION)
from callcoach.detect.cues_terms import SERVICE_CYCLE, SERVICE_FEE, SERVICE_HOURS, SERVICE_LIMITS
from callcoach.detect.detectors_care import Span, evidence, hits
from callcoach.detect.macros import compile_cues
from callcoach.detect.signals import Signals

__all__ = ["options", "commit", "policy", "escalate", "boundary", "futile_escalations", "rejected_choices"]


@cache
def _regex(name: str) -> re.Pattern[str]:
    """Compiled helper patterns, built once on first use."""
    table: dict[str, tuple[str, ...]] = {
        "single": SINGLE_OPTION + ULTIMATUM,
        "vague": VAGUE,
        "vague_clause": VAGUE_CLAUSE,
        "needs_time": NEEDS_TIME,
        "not_commit": NOT_COMMIT,
        "time": ("<TIME>",),
        "hedge": HEDGE_STRONG,
        "abuse": (ABUSE,),
        "condition": (WARNING_CONDITION,),
    }
    pattern = compile_cues(table[name])
    assert pattern is not None, name
    return pattern


def _in_sentence(doc: Doc, name: str, pos: int, *, after: bool = False, follow: int = 0) -> bool:
    """True when helper pattern `name` occurs in pos's sentence (from pos on, if after=True)."""
    unit = doc.sentence(pos)
    index = unit.sentence
    end = doc.seg.sentences[min(index + follow, len(doc.seg.sentences) - 1)].end
    return _regex(name).search(doc.text, pos if after else unit.start, end) is not None


def options(doc: Doc, sig: Signals) -> list[Span]:
    """Two or more real ways forward, or a real choice (not "take it or leave it")."""
    def real(m: re.Match[str]) -> bool:
        return not (_in_sentence(doc, "single", m.start(), follow=1) or same_or_repeat(doc, m.start()))

    strong = [m for m in hits(doc, OPTIONS, negatable=True) + hits(doc, OPTION_OFFER_OR, negatable=True)
              if real(m)]
    weak = [m for m in hits(doc, OPTIONS_WEAK, negatable=True) if real(m)]
    out = [evidence(doc, *m.span()) for m in strong]
    for unit, kind in zip(doc.seg.sentences, sig.kinds):
        if kind == "choice" and not same_or_repeat(doc, unit.start):
            out.append((unit.start, unit.end))
    # A weak sign counts when another sign, or an "or" in its sentence, backs it up.
    for m in weak:
        unit = doc.sentence(m.start())
        if out or len(weak) > 1 or " or " in doc.text[unit.start : unit.end]:
            out.append(evidence(doc, *m.span()))
    return out


def rejected_choices(doc: Doc) -> frozenset[int]:
    """The sentences holding a sign of a choice that options() judges to be none: an ultimatum ("wait or
    make a complaint"), a lone option ("it's the only way") or the same thing twice ("wait, or wait")."""
    signs = doc.cues(OPTIONS) + doc.cues(OPTION_OFFER_OR) + doc.cues(OPTIONS_WEAK)
    return frozenset(doc.sentence(m.start()).sentence for m in signs
                     if _in_sentence(doc, "single", m.start(), follow=1) or same_or_repeat(doc, m.start()))


def commit(doc: Doc, sig: Signals) -> list[Span]:
    """A concrete next step the agent will take; vague promises do not count."""
    out = []
    found = hits(doc, COMMIT, negatable=True) + hits(doc, COMMIT_TIMED, negatable=True)
    for m in found + hits(doc, COMMIT_PASSIVE, negatable=True):
        start = m.start()
        index = doc.sentence(start).sentence
        if index in sig.sarcastic or sig.kinds[index] in ("rhetorical", "hedged"):
            continue
        if _regex("not_commit").match(doc.text, start) or _in_sentence(doc, "vague", start):
            continue
        clause = doc.clause(start)
        if _regex("vague_clause").search(doc.text, clause.start, clause.end):
            continue
        # An alternative inside "either ... or" is an option on offer, not yet a commitment.
        unit = doc.sentence(start)
        before, after = doc.text[unit.start : start], doc.text[start : unit.end]
        if re.search(r"\beither\b(?! way)", before) and " or " in after:
            continue
        if _regex("needs_time").match(doc.text, start) and not _in_sentence(doc, "time", start, after=True):
            continue
        out.append(evidence(doc, *m.span()))
    return out


def policy(doc: Doc, sig: Signals) -> list[Span]:
    """A company policy, rule or limit stated plainly (a hedged rule is not stated clearly)."""
    out = []
    found = hits(doc, POLICY, negatable=False) + hits(doc, POLICY_NEGATABLE, negatable=True)
    found += hits(doc, REQUIREMENT, negatable=False) + hits(doc, POLICY_MORE, negatable=True)
    routine = [m for cues in (SERVICE_HOURS, SERVICE_CYCLE, SERVICE_FEE) for m in hits(doc, cues, negatable=False)]
    found += routine + hits(doc, SERVICE_LIMITS, negatable=False)
    routine_starts = {m.start() for m in routine}
    for m in found + with_left(doc, hits(doc, RULE_GENERIC, negatable=False), RULE_LEFT):
        index = doc.sentence(m.start()).sentence
        if sig.kinds[index] in ("rhetorical", "hedged", "ask", "tag") or _in_sentence(doc, "hedge", m.start()):
            continue
        # Two softeners ("I think refunds might...") make it an unsure guess, which is hedge.
        unit = doc.seg.sentences[index]
        if sum(unit.start <= w.start() < unit.end for w in doc.cues(HEDGE_WEAK)) >= 2:
            continue
        # "see which rooms are free" reports a fact inside a question-like clause, not a rule.
        if _EMBEDDED.search(preceding(doc, m.start(), 2)):
            continue
        # "Your class starts at 6:30", "the store closes at 6 tonight", "your limit is £500": a fact about
        # this caller's booking or account, or about one day, not a rule that applies to everyone.
        if _TIMETABLE.match(doc.text, m.start()) and (
            _YOURS.search(preceding(doc, m.start(), 3)) or _ONE_DAY.match(doc.text, m.end())
        ):
            continue
        # The same for hours, cycles and prices: "your next bill is due on the 14th", "we're open till 8 tonight".
        if m.start() in routine_starts and (
            _YOURS.search(doc.text, unit.start, m.start()) or _ONE_DAY.match(doc.text, m.end())
        ):
            continue
        out.append(evidence(doc, *m.span()))
    return out


_TIMETABLE = re.compile(r"(?:[\w']+ )?(?:finish|finishes|end|ends|close|closes|open|opens|start|starts|run|runs|"
                        r"is open|are open|limit|limit's|deadline|deadline's)\b")
_YOURS = re.compile(r"\byour\b")
_ONE_DAY = re.compile(r"[^.!?;]*?\b(?:tonight|today|tomorrow|this (?:morning|afternoon|evening|week))\b")


# "see which rooms are free", "I understand the deadline's at 2": reported, not laid down.
_EMBEDDED = re.compile(r"\b(?:which|whether|what|how|if|understand|appreciate|realise)(?: the| that| your| our)?$")


@cache
def _dismissive_escalation() -> re.Pattern[str]:
    return re.compile(r"go ahead|feel free|if you want to complain")


@cache
def _futile() -> re.Pattern[str]:
    return re.compile(r"\b(?:won't|wouldn't|will not|would not|isn't going to|is not going to|can't) (?:help|change|"
                      r"make (?:any|a bit of) difference)")


def escalate(doc: Doc, sig: Signals) -> list[Span]:
    """Offering a supervisor or the right team, or passing the matter on."""
    out = []
    found = hits(doc, ESCALATE, negatable=True) + hits(doc, HAND_ON, negatable=True)
    found += hits(doc, ESCALATE_MORE, negatable=True)
    found += [m for m in with_left(doc, doc.cues(ROLE_MENTION), ROLE_LEFT) if not negated(doc, m.start())]
    for m in found:
        unit = doc.sentence(m.start())
        # "Sure, ask for the manager, that always fixes everything" hands nothing on.
        if sig.kinds[unit.sentence] == "rhetorical" or unit.sentence in sig.jabbing:
            continue
        if _dismissive_escalation().search(doc.text, unit.start, m.start()):
            continue
        if _ruled_out(doc, m):
            continue
        out.append(evidence(doc, *m.span()))
    return out


def _ruled_out(doc: Doc, m: re.Match[str]) -> bool:
    """Whether the escalation cue is named only to rule the move out ("my supervisor won't help")."""
    return _futile().search(doc.text, m.end(), doc.clause(m.start()).end) is not None


def futile_escalations(doc: Doc) -> set[int]:
    """The sentences naming a supervisor or team only to rule the move out, where none may be added."""
    return {doc.sentence(m.start()).sentence for cues in (ESCALATE, HAND_ON, ESCALATE_MORE, ROLE_MENTION)
            for m in doc.cues(cues) if _ruled_out(doc, m)}


def boundary(doc: Doc, sig: Signals) -> list[Span]:
    """A calm limit on abuse: a stated limit, or a warning that the call will end."""
    out = [evidence(doc, *m.span()) for m in hits(doc, BOUNDARY, negatable=False)]
    text = doc.text
    # Only sentences that talk about ending the call can warn that it will end.
    ending = {doc.sentence(m.start()).sentence for m in doc.cues(END_CALLS) if not negated(doc, m.start())}
    ending |= {doc.sentence(m.start()).sentence for m in doc.cues(END_CALLS_NEGATIVE)}
    for index in sorted(ending):
        unit = doc.seg.sentences[index]
        if _regex("abuse").search(text, unit.start, unit.end) or _regex("condition").search(
            text, unit.start, unit.end
        ):
            out.append((unit.start, unit.end))
    return out
