"""Detectors for acknowledge, apology, clarify and antagonize."""

from __future__ import annotations

import re
from functools import cache

from callcoach.detect.context import Doc, negated, preceding, same_or_repeat, with_left
from callcoach.detect.cues_care import (ACKNOWLEDGE, ACKNOWLEDGE_FIXED, ACKNOWLEDGE_SITUATION, APOLOGY,
                                        APOLOGY_FIXED, EVALUATION, EVALUATION_LEFT, RESTATE)
from callcoach.detect.cues_general import COMBATIVE
from callcoach.detect.cues_harm import ANTAGONIZE, ANTAGONIZE_FIXED
from callcoach.detect.cues_moves import JABS
from callcoach.detect.cues_talkdown import TALK_DOWN
from callcoach.detect.matcher import Hit
from callcoach.detect.signals import Signals

__all__ = ["Span", "hits", "evidence", "acknowledge", "apology", "clarify", "antagonize"]

Span = tuple[int, int]


def hits(doc: Doc, patterns: tuple[str, ...], *, negatable: bool) -> list[Hit]:
    """Matches of a cue set, dropping negated ones when the set is negatable."""
    return [m for m in doc.cues(patterns) if not (negatable and negated(doc, m.start()))]


def evidence(doc: Doc, start: int, end: int) -> Span:
    """The clause (or run of clauses) a cue falls in: what the page highlights."""
    first = doc.clause(start)
    last = doc.clause(max(end - 1, start))
    return (min(first.start, start), max(last.end, end))


def _in(spans: tuple[Span, ...], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


@cache
def _bare_understanding() -> re.Pattern[str]:
    # "I understand, but..." / "Yes, I understand. Anyway..." brushes the feeling aside.
    return re.compile(r"(?:understand|see|get it|hear you)[.,!;:]*\s*(?:madam|sir|[a-z]+)?[.,]?\s*(?:but|anyway|"
                      r"however|though|nevertheless|still)\b")


@cache
def _checking_frame() -> re.Pattern[str]:
    # "just so I understand", "to make sure I understand": checking, not validating.
    return re.compile(r"(?:so|sure|if|to|check|confirm|that|whether|want to|need to|like to|let me)$")


@cache
def _puzzled() -> re.Pattern[str]:
    return re.compile(r"(?:n't|not|never) (?:really )?(?:understand|see|get|know) (?:why|how)\b")


def acknowledge(doc: Doc, sig: Signals) -> list[Span]:
    """Naming or validating the customer's feeling or situation."""
    out = []
    # Negation reaches only one word back: in "something you never ordered would annoy anyone" the
    # "never" belongs to the subject, not to the validation.
    found = [m for m in hits(doc, ACKNOWLEDGE, negatable=False) if not negated(doc, m.start(), 1)]
    found += hits(doc, ACKNOWLEDGE_FIXED, negatable=False)
    found += with_left(doc, hits(doc, EVALUATION, negatable=False), EVALUATION_LEFT)
    for m in found:
        index = doc.sentence(m.start()).sentence
        # "I'm sure it's very upsetting for you. Anyway..." mocks the feeling it names.
        if index in sig.sarcastic or index in sig.jabbing or sig.kinds[index] == "rhetorical":
            continue
        if _puzzled().search(preceding(doc, m.start(), 5)):  # "I don't see why you're upset"
            continue
        if "understand" in m.group() or m.group().endswith(("see", "get it", "hear you")):
            if _bare_understanding().match(doc.text, m.end() - len(m.group().split()[-1])):
                continue
            if _checking_frame().search(preceding(doc, m.start(), 2)):
                continue
        out.append(evidence(doc, *m.span()))
    for m in hits(doc, ACKNOWLEDGE_SITUATION, negatable=True):
        clause = doc.clause(m.start())
        index = doc.sentence(m.start()).sentence
        if "sorry" not in doc.text[clause.start : clause.end] and index not in sig.sarcastic and not sig.kinds[index]:
            out.append(evidence(doc, *m.span()))
    return out


@cache
def _not_apology_before() -> re.Pattern[str]:
    # "you'll be sorry" threatens; "I feel sorry for you" pities.
    return re.compile(r"(?:be|feel|felt|feeling|look|looks|sound|sounds)$")


def apology(doc: Doc, sig: Signals) -> list[Span]:
    """A sincere apology or an admitted mistake (not sarcasm, not "sorry?")."""
    out = []
    found = [m for m in doc.cues(APOLOGY) if not negated(doc, m.start(), 4)]
    for m in found + hits(doc, APOLOGY_FIXED, negatable=False):
        index = doc.sentence(m.start()).sentence
        if index in sig.sarcastic or index in sig.jabbing or _in(sig.pardons, m.start()) or \
                sig.kinds[index] == "rhetorical":
            continue
        if m.group() == "sorry" and _not_apology_before().search(preceding(doc, m.start(), 2)):
            continue
        out.append(evidence(doc, *m.span()))
    return out


def clarify(doc: Doc, sig: Signals) -> list[Span]:
    """A genuine question about the problem, a restatement to check, or a request to repeat."""
    out = [evidence(doc, *m.span()) for m in hits(doc, RESTATE, negatable=True)]
    out.extend(evidence(doc, s, e) for s, e in sig.pardons)
    attacks = _attack_sentences(doc)
    for unit, kind in zip(doc.seg.sentences, sig.kinds):
        # A question that also jabs at the caller ("..., aren't you?") wants no answer.
        if kind == "ask" and unit.sentence not in sig.sarcastic and unit.sentence not in attacks:
            out.append((unit.start, unit.end))
    return [span for span in out if sig.kinds[doc.sentence(span[0]).sentence] != "rhetorical"]


def _attack_sentences(doc: Doc) -> set[int]:
    """Indices of sentences holding a dismissive or combative cue."""
    found = doc.cues(JABS) + doc.cues(ANTAGONIZE_FIXED) + doc.cues(COMBATIVE) + doc.cues(TALK_DOWN)
    found += [m for m in doc.cues(ANTAGONIZE) if not negated(doc, m.start())]
    return {doc.sentence(m.start()).sentence for m in found}


@cache
def _shouting() -> re.Pattern[str]:
    # Three capitalised words in a row (not "I", "OK" or an acronym on its own) read as shouting.
    return re.compile(r"\b[A-Z]{2,}[!?.,]*(?:\s+[A-Z]{2,}[!?.,]*){2,}")


@cache
def _polite_request() -> re.Pattern[str]:
    # "I need you to stop shouting" sets a boundary; a bare "stop shouting" attacks.
    return re.compile(r"(?:please|need you to|ask you to|asking you to|like you to|would you|could you|"
                      r"can you|i'd ask|want you to|if you could|kindly)(?: just)?$")


def antagonize(doc: Doc, sig: Signals) -> list[Span]:
    """Dismissive, sarcastic or combative moves, including attack questions and mock politeness."""
    found = [m for m in hits(doc, ANTAGONIZE, negatable=True)
             if not (m.group().startswith(("stop", "quit")) and _polite_request().search(preceding(doc, m.start(), 4)))]
    found += hits(doc, ANTAGONIZE_FIXED, negatable=False) + hits(doc, JABS, negatable=False)
    found += hits(doc, COMBATIVE, negatable=False) + hits(doc, TALK_DOWN, negatable=False)
    out = [evidence(doc, *m.span()) for m in found]
    out.extend(evidence(doc, s, e) for s, e in sig.sarcasm)
    for unit, kind in zip(doc.seg.sentences, sig.kinds):
        if kind == "rhetorical" or same_or_repeat(doc, unit.start):
            out.append((unit.start, unit.end))
    original = doc.norm.original
    if original.upper() != original:  # a reply typed all in capitals is a keyboard habit
        for m in _shouting().finditer(original):
            out.extend(_original_to_units(doc, m.start(), m.end()))
    return out


def _original_to_units(doc: Doc, start: int, end: int) -> list[Span]:
    """The sentence of normalised text that an original span starts in."""
    unit = doc.sentence(doc.norm.to_normalised(start))
    return [(unit.start, unit.end)]
