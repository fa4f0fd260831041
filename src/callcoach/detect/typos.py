"""Typo repair: a token one edit away from a key word is read as that key word."""

from __future__ import annotations

from functools import cache

from callcoach.detect.keywords import KEYWORDS
from callcoach.detect.protected import PROTECTED

__all__ = ["within_one", "within_two", "candidates", "correct"]

_MIN_TOKEN = 4  # "sory" -> "sorry"; shorter tokens are too often other real words
_LONG = 8  # key words this long also catch two-edit typos ("definetly" -> "definitely")


def within_one(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion, substitution or swap."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        # adjacent transposition: "recieve" / "receive"
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


def within_two(a: str, b: str) -> bool:
    """True when the optimal-string-alignment distance of a and b is at most two."""
    if abs(len(a) - len(b)) > 2:
        return False
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        if min(row) > 2:
            return False
        prev2, prev = prev, row
    return prev[-1] <= 2


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))} | {word}


def _deletes2(word: str) -> set[str]:
    return {d2 for d1 in _deletes(word) for d2 in _deletes(d1)}


@cache
def _index(depth: int) -> dict[str, tuple[str, ...]]:
    """Symmetric-delete index: each deletion variant of a key word -> key words."""
    index: dict[str, set[str]] = {}
    for key in KEYWORDS:
        if depth == 2 and len(key) < _LONG:
            continue
        for variant in _deletes(key) if depth == 1 else _deletes2(key):
            index.setdefault(variant, set()).add(key)
    return {k: tuple(sorted(v)) for k, v in index.items()}


def candidates(word: str, depth: int = 1) -> tuple[str, ...]:
    """Key words within one edit of word (two edits for long key words), in a fixed order."""
    found: set[str] = set()
    index = _index(1)
    for variant in _deletes(word):
        found.update(key for key in index.get(variant, ()) if within_one(word, key))
    if not found and depth == 2 and len(word) >= _LONG - 1:
        index = _index(2)
        for variant in _deletes2(word):
            found.update(key for key in index.get(variant, ()) if within_two(word, key))
    return tuple(sorted(found))


@cache
def correct(word: str) -> str:
    """The key word a misspelt lower-case word stands for, or the word itself."""
    if len(word) < _MIN_TOKEN or word in KEYWORDS or word in PROTECTED or not word.isalpha():
        return word
    found = candidates(word, depth=2)
    # Two equally near key words: no way to choose, so leave the word alone.
    return found[0] if len(found) == 1 else word
