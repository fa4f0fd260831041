"""What the detector's model reads: each sentence's words and word pairs, and what the rules saw there."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from callcoach.detect import (cues_care, cues_general, cues_harm, cues_moves, cues_options, cues_rules, cues_talkdown,
                              cues_terms)
from callcoach.detect.context import Doc
from callcoach.detect.registry import SCANNED
from callcoach.detect.signals import Signals

__all__ = ["WINDOW", "context", "features", "windows", "words"]

Span = tuple[int, int]
# The longest training reply has six sentences: the model reads a reply in runs of at most that many,
# so a long pasted reply is judged piece by piece, like the replies it learned from.
WINDOW = 6
_START = "<s>"  # marks a sentence's first word: "calm down" opening a reply reads differently


@cache
def _tokens() -> re.Pattern[str]:
    # Words (with apostrophes and money) plus "?" and "!", which carry much of a jab's tone.
    return re.compile(r"[a-z0-9£$&']+|[?!]")


# Words of degree: "not entirely sure" and "really sorry" also give the pair around them ("not sure",
# "i'm sorry"), so a pair the model learnt still counts when a writer adds emphasis.
DEGREE = frozenset({"really", "entirely", "totally", "completely", "quite", "very", "truly", "genuinely",
                    "absolutely", "terribly", "awfully", "100"})


def features(text: str, start: int = 0, end: int | None = None) -> dict[str, Span]:
    """Each word and adjacent word pair in text[start:end] (and each pair around a word of degree), with
    the span where it first occurs."""
    found: dict[str, Span] = {}
    previous, prev_start = _START, start
    before, before_start = "", start  # the word ahead of a word of degree
    for m in _tokens().finditer(text, start, len(text) if end is None else end):
        word = m.group()
        found.setdefault(word, m.span())
        found.setdefault(previous + " " + word, (prev_start, m.end()))
        if previous in DEGREE and before:
            found.setdefault(before + " " + word, (before_start, m.end()))
        before, before_start = previous, prev_start
        previous, prev_start = word, m.start()
    return found


def words(text: str, start: int = 0, end: int | None = None) -> set[str]:
    """The keys of features(text, start, end), found several times faster: scoring needs no spans."""
    tokens = _tokens().findall(text, start, len(text) if end is None else end)
    found = set(tokens)
    padded = [_START, *tokens]
    found.update(map(" ".join, zip(padded, tokens)))
    if not DEGREE.isdisjoint(tokens):
        found.update(padded[i - 1] + " " + padded[i + 1] for i in range(1, len(tokens))
                     if padded[i] in DEGREE)
    return found


def context(doc: Doc, by_rule: Mapping[str, list[Span]], signals: Signals,
            rejected: frozenset[int] = frozenset()) -> list[set[str]]:
    """Per sentence, what the rules found there ("rule:policy"), the signals they share ("sig:sarcastic",
    "sig:q-rhetorical"...) and the cue sets they matched ("cue:APOLOGY_FIXED"): the model learns how far
    to trust each (an admission such as "that's on me" is surer than a bare "sorry"). `rejected` holds
    the sentences where the rules judged a choice to be none ("sig:no-choice")."""
    tags: list[set[str]] = [set() for _ in doc.seg.sentences]
    for behaviour, spans in by_rule.items():
        for start, end in spans:
            if end > start:
                tags[doc.sentence(start).sentence].add("rule:" + behaviour)
    for index, tag in enumerate(tags):
        if index in signals.sarcastic:
            tag.add("sig:sarcastic")
        if index in signals.jabbing:
            tag.add("sig:jab")
        if index < len(signals.kinds) and signals.kinds[index]:
            tag.add("sig:q-" + signals.kinds[index])
        if index in rejected:
            tag.add("sig:no-choice")
    for start, _ in signals.pardons:
        tags[doc.sentence(start).sentence].add("sig:pardon")
    for cues, name in _cue_names().items():
        for hit in doc.cues(cues):
            tags[doc.sentence(hit.start()).sentence].add(name)
    return tags


@cache
def _cue_names() -> dict[tuple[str, ...], str]:
    """Every cue set the rules scan for, by its name in the cue modules ("cue:APOLOGY_FIXED")."""
    names: dict[tuple[str, ...], str] = {}
    for module in (cues_care, cues_general, cues_harm, cues_moves, cues_options, cues_rules, cues_talkdown, cues_terms):
        for name, value in sorted(vars(module).items()):
            if isinstance(value, tuple) and value in SCANNED:
                names.setdefault(value, "cue:" + name)
    return names


def windows(doc: Doc, by_rule: Mapping[str, list[Span]], signals: Signals,
            rejected: frozenset[int] = frozenset()) -> list[list[set[str]]]:
    """The reply in runs of up to WINDOW sentences, each sentence as its words, pairs and context tags."""
    size = len(doc.text)
    sentences = []
    for unit, tag in zip(doc.seg.sentences, context(doc, by_rule, signals, rejected)):
        # The sentence's closing mark belongs to it: "?" is part of what makes a question rhetorical.
        found = words(doc.text, unit.start, min(unit.end + 1, size))
        found.update(tag)
        # A question typed without its mark ("wat time did the driver come") reads as the same question
        # with it: casual writers drop the mark, and few of the replies the model learnt from did.
        if any(t.startswith("sig:q-") for t in tag):
            found.add("?")
        sentences.append(found)
    return [sentences[i : i + WINDOW] for i in range(0, len(sentences), WINDOW)]
