"""Fast cue matching: each word start is tried only against cues that can begin with that word."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from callcoach.detect.macros import compile_cues, expand, split_top
from callcoach.detect.prefixes import COMMON, KEY_LEN, WILD, distribute, pair_key, prefixes

__all__ = ["Hit", "Index", "build_index", "scan"]

Cues = tuple[str, ...]


class Hit(NamedTuple):
    """A cue match, with the small part of re.Match's interface the detectors use.

    A NamedTuple rather than a frozen dataclass: a long reply makes hundreds of these, and tuple
    construction is several times cheaper.
    """

    begin: int
    finish: int
    text: str

    def start(self) -> int:
        """Where the cue starts."""
        return self.begin

    def end(self) -> int:
        """Where the cue ends."""
        return self.finish

    def span(self) -> tuple[int, int]:
        """(start, end)."""
        return (self.begin, self.finish)

    def group(self) -> str:
        """The matched text."""
        return self.text


@dataclass(frozen=True, slots=True)
class Index:
    """Cue sets compiled for dispatch: word key -> one regex trying every set, plus leftovers."""

    names: tuple[Cues, ...]
    # per word key: a regex whose group i captures set numbers[i]'s match at that position
    # key -> [regex source, set numbers, compiled regex once a reply has needed it]
    by_key: dict[str, list]
    wild: tuple[tuple[int, re.Pattern[str]], ...]  # cues that can start with any word: scanned whole


@cache
def _words() -> re.Pattern[str]:
    # A cue may start wherever a letter or digit follows a non-word character (as in "non-|refundable").
    return re.compile(r"(?<![\w'])[a-z0-9][a-z0-9']*")


def _compile(entry: list) -> re.Pattern[str]:
    """Compile a key's regex the first time a reply uses that key: most keys never come up."""
    entry[2] = re.compile(entry[0])
    return entry[2]


@cache
def build_index(cue_sets: tuple[Cues, ...]) -> Index:
    """Group every alternative of every cue set by the word keys it can start with."""
    grouped: dict[str, dict[int, list[str]]] = {}
    wild: dict[int, list[str]] = {}
    for number, cues in enumerate(cue_sets):
        for pattern in cues:
            for alternative in (v for a in split_top(expand(pattern)) for v in distribute(a)):
                keys = prefixes(alternative)
                if WILD in keys:
                    wild.setdefault(number, []).append(alternative)
                    continue
                for key in keys:
                    grouped.setdefault(key, {}).setdefault(number, []).append(alternative)
    by_key = {}
    for key, sets in grouped.items():
        numbers = tuple(sorted(sets))
        # Each set sits in its own optional lookahead, so one call tries them all at this position
        # and each capture group keeps that set's own (possibly overlapping) match.
        body = "".join("(?:(?=(" + "|".join(f"(?:{a})" for a in sets[n]) + r")(?![\w']))|)" for n in numbers)
        by_key[key] = [body, numbers, None]
    wild_regexes = []
    for n, alts in sorted(wild.items()):
        regex = compile_cues(tuple(alts))
        assert regex is not None
        wild_regexes.append((n, regex))
    return Index(cue_sets, by_key, tuple(wild_regexes))


def scan(text: str, cue_sets: tuple[Cues, ...]) -> dict[Cues, list[Hit]]:
    """Non-overlapping matches of every cue set in text, leftmost first (as re.finditer gives)."""
    index = build_index(cue_sets)
    found: list[list[tuple[int, int]]] = [[] for _ in cue_sets]
    get = index.by_key.get
    size = len(text)
    matches = list(_words().finditer(text))
    last = len(matches) - 1
    for n, w in enumerate(matches):
        word = w.group()
        if word in COMMON:
            # "the fee" and "the <anything>" are separate keys: the bare "the" is too common.
            end = w.end()
            if end < size and text[end] == " ":
                entries = [get(word + " " + WILD)]
                if n < last and matches[n + 1].start() == end + 1:
                    entries.append(get(pair_key(word, matches[n + 1].group())))
            else:
                entries = [get(word + "\0")]
        else:
            entry = get(word[:KEY_LEN] if len(word) >= KEY_LEN else word + "\0")
            if entry is None:
                continue
            entries = [entry]
        start = w.start()
        for entry in entries:
            if entry is None:
                continue
            regex = entry[2] or _compile(entry)
            m = regex.match(text, start)
            groups = m.groups()
            if groups.count(None) == len(groups):
                continue
            # groups() tells in one call which sets matched; spans are read only for those.
            numbers = entry[1]
            for group, captured in enumerate(groups, 1):
                if captured is not None:
                    found[numbers[group - 1]].append(m.span(group))
    for number, regex in index.wild:
        found[number].extend(m.span() for m in regex.finditer(text))
    result: dict[Cues, list[Hit]] = {}
    for number, spans in enumerate(found):
        result[cue_sets[number]] = _non_overlapping(text, spans)
    return result


def _non_overlapping(text: str, spans: Iterable[tuple[int, int]]) -> list[Hit]:
    hits: list[Hit] = []
    last = -1
    for s, e in sorted(spans, key=lambda span: (span[0], -span[1])):
        if s >= last:
            hits.append(Hit(s, e, text[s:e]))
            last = e
    return hits
