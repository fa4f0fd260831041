"""Sentence and clause splitting over normalised text, as spans into that text."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

__all__ = ["Unit", "Segments", "segment"]

_ABBREVIATIONS = frozenset("""mr mrs ms dr st no nos approx etc vs eg ie e.g i.e a.m p.m am pm ref
tel jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur fri sat sun""".split())
_TRIM_LEAD = " ,;:.-\"'(\n"
_TRIM_TAIL = " ,;:.-\"(\n"


class Unit(NamedTuple):
    """A sentence or clause: [start, end) in the normalised text, edges trimmed.

    A NamedTuple rather than a frozen dataclass: a long reply has hundreds, built on every call.
    """

    start: int
    end: int
    sentence: int  # index of the sentence the unit belongs to (itself, for a sentence)


@dataclass(frozen=True, slots=True)
class Segments:
    """The sentences and clauses of one reply, in text order."""

    sentences: tuple[Unit, ...]
    clauses: tuple[Unit, ...]
    _sentence_starts: tuple[int, ...]
    _clause_starts: tuple[int, ...]

    def sentence_at(self, pos: int) -> Unit:
        """The sentence containing (or nearest before) normalised position pos."""
        return self.sentences[max(bisect_right(self._sentence_starts, pos) - 1, 0)]

    def clause_at(self, pos: int) -> Unit:
        """The clause containing (or nearest before) normalised position pos."""
        return self.clauses[max(bisect_right(self._clause_starts, pos) - 1, 0)]


@cache
def _sentence_end() -> re.Pattern[str]:
    return re.compile(r"[.!?]+(?=[\s\"')\]]|$)|\n")


@cache
def _clause_break() -> re.Pattern[str]:
    # Coordinators open a new clause only before a subject ("and I'll...", "so we can...");
    # "so sorry" and "between X and Y" must stay whole.
    subject = r"(?:i|i'm|i'll|i've|i'd|we|we'll|we're|we've|we'd|you|you'll|you're|you've|it|it's|" \
              r"that|that's|they|they'll|there|there's|let|let's|someone|somebody|my|our)\b"
    return re.compile(
        r"[,;:()\"]|\s-+\s|\.\.+"
        r"|\s(?=(?:but|however|although|though|because|otherwise|unless|whereas|whilst|while)\b)"
        rf"|\s(?=(?:and|so|or|then|plus)\s+{subject})"
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip(_TRIM_LEAD))
    if lead == len(piece):
        return start, start
    return start + lead, end - (len(piece) - len(piece.rstrip(_TRIM_TAIL)))


def _is_abbreviation(text: str, dot: int) -> bool:
    """True for the full stop of "Mr." or "e.g.", which does not end a sentence."""
    if text[dot] != "." or dot + 1 < len(text) and text[dot + 1] in ".!?":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    return text[word_start:dot] in _ABBREVIATIONS


def segment(text: str) -> Segments:
    """Split normalised text into trimmed sentences and clauses."""
    sentences: list[Unit] = []
    clauses: list[Unit] = []
    begin = 0
    bounds = [m.end() for m in _sentence_end().finditer(text) if not _is_abbreviation(text, m.start())]
    for stop in bounds + [len(text)]:
        s, e = _trim(text, begin, stop)
        begin = stop
        if s >= e:
            continue
        index = len(sentences)
        sentences.append(Unit(s, e, index))
        c_begin = s
        for m in _clause_break().finditer(text, s, e):
            cs, ce = _trim(text, c_begin, m.start())
            if cs < ce:
                clauses.append(Unit(cs, ce, index))
            c_begin = m.end() if m.group().strip() else m.start()
        cs, ce = _trim(text, c_begin, e)
        if cs < ce:
            clauses.append(Unit(cs, ce, index))
    if not sentences:
        sentences.append(Unit(0, 0, 0))
        clauses.append(Unit(0, 0, 0))
    return Segments(
        tuple(sentences), tuple(clauses), tuple(u.start for u in sentences), tuple(u.start for u in clauses)
    )
