"""Linguistic context shared by the detectors: the parsed reply and negation scope."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from callcoach.detect.macros import expand
from callcoach.detect.matcher import Hit, scan
from callcoach.detect.normalise import Normalised, normalise
from callcoach.detect.registry import SCANNED
from callcoach.detect.segment import Segments, Unit, segment

__all__ = ["Doc", "parse", "negated", "preceding", "same_or_repeat", "with_left"]

_WINDOW_WORDS = 6  # negation reaches this many words back, inside the clause


@dataclass(frozen=True, slots=True)
class Doc:
    """A reply ready for the detectors: normalised text and its sentences and clauses."""

    norm: Normalised
    seg: Segments
    _memo: dict[tuple[str, ...], list[Hit]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def text(self) -> str:
        """The normalised (lower-case, canonical) text."""
        return self.norm.text

    def clause(self, pos: int) -> Unit:
        """The clause holding normalised position pos."""
        return self.seg.clause_at(pos)

    def sentence(self, pos: int) -> Unit:
        """The sentence holding normalised position pos."""
        return self.seg.sentence_at(pos)

    def cues(self, patterns: tuple[str, ...]) -> list[Hit]:
        """Every non-overlapping match of a cue set (all registered sets are found in one pass)."""
        if not self._memo:
            self._memo.update(scan(self.norm.text, SCANNED))
        found = self._memo.get(patterns)
        if found is None:
            found = self._memo[patterns] = scan(self.norm.text, (patterns,))[patterns]
        return found

    def sentence_text(self, pos: int) -> str:
        """The text of the sentence holding pos."""
        unit = self.seg.sentence_at(pos)
        return self.norm.text[unit.start : unit.end]


def parse(text: str) -> Doc:
    """Normalise and segment a reply."""
    norm = normalise(text)
    return Doc(norm, segment(norm.text))


@cache
def _negator() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w'])(?:not|never|nobody|nothing|neither|nor|without|hardly|refuse|refused|refusing|"
        r"no (?:need|way|reason|point|intention|chance|plan|plans|longer)|instead of|"
        r"rather than|far from|why would|why should|unable|\w+n't)(?![\w'])"
    )


@cache
def _not_negation() -> re.Pattern[str]:
    # Fixed phrases with a negative word that do not negate what follows.
    return re.compile(
        r"don't worry|no worries|no problem|not a problem|never mind|no doubt|not only|not just|"
        r"no matter|can't tell you how|couldn't be more|can't thank you enough|don't hesitate|"
        r"wouldn't hesitate|not long|nothing else|isn't it|aren't you|didn't you|don't you|"
        r"haven't you|won't you|can't you|wasn't it|stop by|whether or not|if not"
    )


def preceding(doc: Doc, pos: int, words: int = _WINDOW_WORDS) -> str:
    """Up to `words` words before pos inside its clause (normalised text)."""
    clause = doc.clause(pos)
    start = clause.start if clause.start <= pos else doc.sentence(pos).start
    head = doc.text[start:pos]
    return " ".join(head.split()[-words:])


def negated(doc: Doc, pos: int, words: int = _WINDOW_WORDS) -> bool:
    """True when a negator governs the cue starting at pos (same clause, a few words back)."""
    window = preceding(doc, pos, words)
    if not window:
        return False
    window = _not_negation().sub(" ", window)
    return _negator().search(window) is not None


def same_or_repeat(doc: Doc, pos: int) -> bool:
    """True for "wait, or wait": the same words on both sides of "or" (a single option dressed up)."""
    unit = doc.sentence(pos)
    following = doc.seg.sentences[min(unit.sentence + 1, len(doc.seg.sentences) - 1)]
    sentence = doc.text[unit.start : max(unit.end, following.end)]  # "or... well, wait" spans an ellipsis
    if "or" not in sentence:
        return False
    for m in _or_clause().finditer(sentence):
        words = m.group(1).split()
        if len(words) == 2 and words[0] not in _FUNCTION and " ".join(words) in sentence[: m.start()]:
            return True
    return False


_FUNCTION = frozenset("it it's i we you they he she the a an to be can could would will maybe".split())


@cache
def _or_clause() -> re.Pattern[str]:
    return re.compile(r"\bor\b(?:\.\.\.|,)?\s*(?:well,?\s*|just\s*)?((?:[\w'\u00a3]+\s*){2})")


def with_left(doc: Doc, found: list[Hit], left: str, reach: int = 80) -> list[Hit]:
    """The hits whose left context matches `left` (a pattern ending in $), widened to include it."""
    regex = _left(left)
    out = []
    for hit in found:
        lo = max(0, hit.start() - reach)
        m = regex.search(doc.text, lo, hit.start())
        if m is not None:
            start = m.start()
            while start < hit.start() and not doc.text[start].isalnum():  # the clause edge itself
                start += 1
            out.append(Hit(start, hit.end(), doc.text[start : hit.end()]))
    return out


@cache
def _left(pattern: str) -> re.Pattern[str]:
    return re.compile(expand(pattern))
