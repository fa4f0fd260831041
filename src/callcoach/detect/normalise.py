"""Text normalisation that keeps a map from every normalised character back to the original."""

from __future__ import annotations

import re
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


@dataclass(frozen=True, slots=True)
class Normalised:
    """Lower-case canonical text plus, per character, the original span it came from."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) covering normalised [start, end)."""
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else len(self.original)
            return (at, at)
        return (self.starts[start], self.ends[end - 1])


@cache
def _tokens() -> re.Pattern[str]:
    return re.compile(r"[^\W_]+(?:['\u2019\u2018`][^\W_]+)*|\s+|.", re.S)


@cache
def _word(token: str) -> str:
    """Context-free rewrite of one word token (cached: replies repeat their words)."""
    word = token.lower()
    for curly in ("\u2019", "\u2018", "`"):
        word = word.replace(curly, "'")
    if word in _VE_SPLIT:
        return _VE_SPLIT[word]
    if re.search(r"(.)\1\1", word):  # "sooooo sorryyy": stretched letters
        word = _destretch(word)
        if word in CASUAL or word in _AMBIGUOUS:
            return CASUAL.get(word, word)
    if word in CASUAL:
        return CASUAL[word]
    if word in _AMBIGUOUS:
        return word
    word = uk_spelling(word)
    return correct(word)


def _destretch(word: str) -> str:
    """Shrink runs of three or more letters to two when that spells a known word, else to one."""
    doubled = re.sub(r"(.)\1{2,}", r"\1\1", word)
    if doubled in CASUAL or correct(doubled) != doubled or doubled in KEYWORDS:
        return doubled
    return re.sub(r"(.)\1{2,}", r"\1", word)


def normalise(text: str) -> Normalised:
    """Lower-case, expand casual typing, repair typos and fold spelling, keeping offsets."""
    items: list[list] = []  # [norm, orig_start, orig_end, kind]  kind: w(ord) s(pace) p(unct)
    for m in _tokens().finditer(text):
        tok = m.group()
        if tok[0].isspace():
            items.append(["\n" if "\n" in tok else " ", m.start(), m.end(), "s"])
        elif tok[0].isalnum():
            items.append([_word(tok), m.start(), m.end(), "w"])
        else:
            items.append([_PUNCT.get(tok, tok), m.start(), m.end(), "p"])
    items = _in_context(items)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for norm, o_start, o_end, _ in items:
        out.append(norm)
        if len(norm) == o_end - o_start:
            starts.extend(range(o_start, o_end))
            ends.extend(range(o_start + 1, o_end + 1))
        else:
            starts.extend([o_start] * len(norm))
            ends.extend([o_end] * len(norm))
    return Normalised(text, "".join(out), tuple(starts), tuple(ends))


def _in_context(items: list[list]) -> list[list]:
    """Decide ambiguous words from their neighbours and fold two-word contractions."""
    words = [i for i, item in enumerate(items) if item[3] == "w"]
    for n, i in enumerate(words):
        if items[i][0] in _AMBIGUOUS:
            prev = _neighbour(items, words, n, -1)
            nxt = _neighbour(items, words, n, 1)
            items[i][0] = decide_ambiguous(items[i][0], prev, nxt)
    merged: list[list] = []
    k = 0
    while k < len(items):
        item = items[k]
        # Fold "it is" only mid-clause: "the way it is." cannot become "the way it's."
        if (item[3] == "w" and k + 4 < len(items) and items[k + 1][0] == " " and items[k + 2][3] == "w"
                and items[k + 3][0] == " " and items[k + 4][3] == "w"):
            first = item[0].rsplit(" ", 1)[-1]
            second = items[k + 2][0]
            pair = MERGES.get((first, second.split(" ", 1)[0]))
            if first in MODAL_HAVE and second == "of":
                pair, second = first + " have", ""
            if pair is not None:
                head = item[0][: len(item[0]) - len(first)]
                tail = second[len(second.split(" ", 1)[0]):]
                merged.append([head + pair + tail, item[1], items[k + 2][2], "w"])
                k += 3
                continue
        merged.append(item)
        k += 1
    return merged


def _neighbour(items: list[list], words: list[int], n: int, step: int) -> str | None:
    """The adjacent word if only spaces separate it from word n (None across punctuation)."""
    j = n + step
    if j < 0 or j >= len(words):
        return None
    lo, hi = sorted((words[n], words[j]))
    if any(items[x][3] == "p" or items[x][0] == "\n" for x in range(lo + 1, hi)):
        return None
    word = items[words[j]][0]
    return word.split(" ")[0] if step > 0 else word.split(" ")[-1]
