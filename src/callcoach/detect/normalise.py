"""Text normalisation that keeps a map from every normalised character back to the original."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from dataclasses import dataclass
from functools import cache

from callcoach.detect.casual import CASUAL, MERGES, MODAL_HAVE, uk_spelling
from callcoach.detect.context_words import decide_ambiguous
from callcoach.detect.keywords import KEYWORDS
from callcoach.detect.typos import correct

__all__ = ["Normalised", "normalise"]

_PUNCT = {"\u2019": "'", "\u2018": "'", "`": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
          "\u2014": "-", "\u2026": "...", "\u00a0": " "}
_AMBIGUOUS = frozenset({"ill", "id", "were", "well", "ur", "wed", "hell", "shell"})
_VE_SPLIT = {"should've": "should have", "could've": "could have", "would've": "would have",
             "must've": "must have", "might've": "might have", "i'am": "i'm", "i'l": "i'll"}
_MERGE_FIRST = frozenset(a for a, _ in MERGES) | MODAL_HAVE


@dataclass(frozen=True, slots=True)
class Normalised:
    """Lower-case canonical text, made of pieces that each remember their original span."""

    original: str
    text: str
    piece_starts: tuple[int, ...]  # where each piece starts in `text`
    orig_starts: tuple[int, ...]  # ... and where it came from in `original`
    orig_ends: tuple[int, ...]
    exact: tuple[bool, ...]  # True when the piece maps character for character

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) covering normalised [start, end)."""
        if not self.piece_starts:
            return (0, 0)
        i = bisect_right(self.piece_starts, start) - 1
        lo = self.orig_starts[i] + (start - self.piece_starts[i] if self.exact[i] else 0)
        if end <= start:
            return (lo, lo)
        j = bisect_right(self.piece_starts, end - 1) - 1
        hi = self.orig_starts[j] + (end - self.piece_starts[j]) if self.exact[j] else self.orig_ends[j]
        return (lo, hi)

    def to_normalised(self, original_pos: int) -> int:
        """The first normalised position whose piece starts at or after an original position."""
        i = bisect_right(self.orig_starts, original_pos) - 1
        if i < 0:
            return 0
        offset = original_pos - self.orig_starts[i] if self.exact[i] else 0
        return min(self.piece_starts[i] + offset, max(len(self.text) - 1, 0))


@cache
def _tokens() -> re.Pattern[str]:
    return re.compile(r"[^\W_]+(?:['\u2019\u2018`][^\W_]+)*|\s+|.", re.S)


@cache
def _word(token: str) -> str:
    """Context-free rewrite of one word token (cached: replies repeat their words)."""
    word = token.lower()
    if "\u2019" in word or "\u2018" in word or "`" in word:
        word = word.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    if word in _VE_SPLIT:
        return _VE_SPLIT[word]
    if _stretched().search(word):  # "sooooo sorryyy": stretched letters
        word = _destretch(word)
        if word in CASUAL or word in _AMBIGUOUS:
            return CASUAL.get(word, word)
    if word in CASUAL:
        return CASUAL[word]
    if word in _AMBIGUOUS:
        return word
    return correct(uk_spelling(word))


@cache
def _stretched() -> re.Pattern[str]:
    return re.compile(r"(.)\1\1")


def _destretch(word: str) -> str:
    """Shrink runs of three or more letters to two when that spells a known word, else to one."""
    doubled = re.sub(r"(.)\1{2,}", r"\1\1", word)
    if doubled in CASUAL or correct(doubled) != doubled or doubled in KEYWORDS:
        return doubled
    return re.sub(r"(.)\1{2,}", r"\1", word)


@cache
def _token(tok: str) -> str:
    """The normalised form of any token: word, whitespace run or symbol."""
    c = tok[0]
    if c.isalnum():
        return _word(tok)
    if c.isspace():
        return "\n" if "\n" in tok else " "
    return _PUNCT.get(tok, tok)


def normalise(text: str) -> Normalised:
    """Lower-case, expand casual typing, repair typos and fold spelling, keeping offsets."""
    toks = _tokens().findall(text)
    norms = [_token(t) for t in toks]
    bounds = [0, *accumulate(map(len, toks))]
    # Only a few tokens need a second look: ambiguous words and the first words of contractions.
    for i in [i for i, n in enumerate(norms) if n in _AMBIGUOUS]:
        prev = nxt = None
        if i >= 2 and norms[i - 1] == " " and toks[i - 2][0].isalnum():
            prev = norms[i - 2].split(" ")[-1]
        if i + 2 < len(norms) and norms[i + 1] == " " and toks[i + 2][0].isalnum():
            nxt = norms[i + 2].split(" ")[0]
        norms[i] = decide_ambiguous(norms[i], prev, nxt)
    merges = _merges(toks, norms)
    pieces: list[tuple[str, int, int, bool]] = []  # (normalised text, original start, original end, exact)
    k = 0  # next token not yet emitted
    # Tokens whose normalised form has the same length map character for character; a run of
    # them becomes one exact piece, and only the others get pieces of their own.
    changed = [i for i, (t, n) in enumerate(zip(toks, norms)) if len(t) != len(n)]
    for i in sorted(set(changed) | set(merges)):
        if i < k:
            continue
        if i > k:
            pieces.append(("".join(norms[k:i]), bounds[k], bounds[i], True))
        stop = i + 3 if i in merges else i + 1
        pieces.append((merges.get(i, norms[i]), bounds[i], bounds[stop], False))
        k = stop
    if k < len(norms):
        pieces.append(("".join(norms[k:]), bounds[k], bounds[-1], True))
    out = [piece[0] for piece in pieces]
    starts = tuple(accumulate((len(piece) for piece in out[:-1]), initial=0)) if out else ()
    return Normalised(text, "".join(out), starts, tuple(p[1] for p in pieces), tuple(p[2] for p in pieces),
                      tuple(p[3] for p in pieces))


def norm_last(norm: str) -> str:
    """The last word of a normalised token ("going to" -> "to")."""
    return norm.rsplit(" ", 1)[-1]


def _merges(toks: list[str], norms: list[str]) -> dict[int, str]:
    """Two-word contractions to fold ("i am" -> "i'm"), by index of their first token.

    Only mid-clause: "the way it is." cannot become "the way it's."
    """
    found: dict[int, str] = {}
    n = len(norms)
    k = 0
    first_words = _MERGE_FIRST
    for k in [i for i, norm in enumerate(norms) if norm in first_words or " " in norm]:
        if norm_last(norms[k]) not in first_words:
            continue
        if k + 4 >= n or k - 1 in found or k - 2 in found:
            continue
        if not (norms[k + 1] == " " and norms[k + 3] == " " and toks[k + 2][0].isalnum() and toks[k + 4][0].isalnum()):
            continue
        norm = norms[k]
        first = norm.rsplit(" ", 1)[-1]
        second = norms[k + 2]
        head2 = second.split(" ", 1)[0]
        pair = MERGES.get((first, head2))
        if first in MODAL_HAVE and second == "of":
            pair, second, head2 = first + " have", "", ""
        if pair is not None:
            found[k] = norm[: len(norm) - len(first)] + pair + second[len(head2):]
    return found
