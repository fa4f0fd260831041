"""Developer tool: list dictionary words that typo correction must not rewrite into a key word."""

from __future__ import annotations

import sys

from callcoach.detect.keywords import KEYWORDS
from callcoach.detect.typos import candidates

__all__ = ["near_keywords", "main"]


def near_keywords(words: set[str]) -> list[str]:
    """The real words (not key words) that typo correction would turn into a key word."""
    return sorted(w for w in words if w not in KEYWORDS and len(w) >= 4 and candidates(w, depth=2))


def main(paths: list[str]) -> int:
    """Print the protected list for the given word-list files (e.g. /usr/share/dict/*-english)."""
    words: set[str] = set()
    for path in paths:
        with open(path, encoding="utf-8", errors="ignore") as handle:
            words.update(w.strip().lower() for w in handle if w.strip().isalpha())
    print(" ".join(near_keywords(words)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
