"""Normalisation and segmentation: casual typing, typos, spelling, and offsets into the original."""

from __future__ import annotations

import re

import pytest

from callcoach.detect.normalise import normalise
from callcoach.detect.segment import segment
from callcoach.detect.typos import correct, within_one, within_two


@pytest.mark.parametrize(("text", "expected"), [
    ("im sorry ill refund u today", "i'm sorry i'll refund you today"),
    ("I am sure we will call", "i'm sure we'll call"),
    ("dont worry, its fine", "don't worry, its fine"),
    ("you should of read it", "you should have read it"),
    ("you shouldve read it", "you should have read it"),
    ("thats the way it is.", "that's the way it is."),  # "it is" at the end stays unfolded
    ("idk tbh", "i don't know to be honest"),
    ("sooooo sorryyy", "so sorry"),
    ("I apologize for the behavior", "i apologise for the behaviour"),
    ("canceled and finalized", "cancelled and finalised"),
    ("Hi \u2014 I\u2019m sorry\u2026", "hi - i'm sorry..."),
])
def test_normalised_text(text: str, expected: str) -> None:
    assert normalise(text).text == expected


@pytest.mark.parametrize(("text", "word", "reading"), [
    ("ill call you tomorrow", "ill", "i'll"),
    ("I feel ill today", "ill", "ill"),
    ("he is very ill", "ill", "ill"),
    ("id like to help", "id", "i'd"),
    ("can I see your id please", "id", "id"),
    ("ur right", "ur", "you're"),
    ("ur order is late", "ur", "your"),
    ("were going to fix it", "were", "we're"),
    ("you were charged twice", "were", "were"),
])
def test_ambiguous_casual_words_read_in_context(text: str, word: str, reading: str) -> None:
    norm = normalise(text)
    pieces = [(m.group(), text[slice(*norm.span(*m.span()))]) for m in re.finditer(r"\S+", norm.text)]
    assert (reading, word) in pieces or (reading, word.capitalize()) in pieces or any(
        r == reading and o.lower() == word for r, o in pieces)


@pytest.mark.parametrize(("typo", "word"), [
    ("sory", "sorry"), ("appologise", "apologise"), ("definately", "definitely"), ("definetly", "definitely"),
    ("unfortunatly", "unfortunately"), ("supervsior", "supervisor"), ("manger", "manager"), ("polcy", "policy"),
    ("refnd", "refund"), ("replacment", "replacement"), ("tomorow", "tomorrow"), ("langauge", "language"),
])
def test_typos_are_repaired(typo: str, word: str) -> None:
    assert correct(typo) == word


@pytest.mark.parametrize("word", ["worry", "sorty", "complete", "manage", "police", "sore", "fault", "the"])
def test_real_words_are_left_alone(word: str) -> None:
    assert correct(word) in (word, "sorry") if word == "sorty" else correct(word) == word


def test_edit_distances() -> None:
    assert within_one("recieve", "receive") and within_one("sory", "sorry") and not within_one("abc", "xyz")
    assert within_two("definetly", "definitely") and not within_two("sorry", "policy")


@pytest.mark.parametrize("text", [
    "im sorry, I will refund u today. I am SOOO sorry!!",
    "Hi \u2014 I\u2019m sorry\u2026  we were late.\n\nOk?",
    "\u0130stanbul: I am here",
    "",
    "   ",
])
def test_every_normalised_character_maps_back_into_the_original(text: str) -> None:
    norm = normalise(text)
    for m in re.finditer(r"\S+", norm.text):
        start, end = norm.span(*m.span())
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip()


def test_exact_stretches_map_character_for_character() -> None:
    text = "Hello there, I will call you."
    norm = normalise(text)
    start = norm.text.index("call")
    assert norm.span(start, start + 4) == (text.index("call"), text.index("call") + 4)


def test_sentences_and_clauses() -> None:
    text = normalise("I'm sorry, I'll refund you today. Mr. Smith, would you prefer a refund? yes... or not").text
    seg = segment(text)
    sentences = [text[u.start : u.end] for u in seg.sentences]
    assert sentences[0] == "i'm sorry, i'll refund you today"
    assert sentences[1].startswith("mr. smith")  # "Mr." does not end a sentence
    clauses = [text[u.start : u.end] for u in seg.clauses]
    assert "i'm sorry" in clauses and "i'll refund you today" in clauses
    assert seg.clause_at(text.index("refund")).start == text.index("i'll refund")


def test_coordinators_open_a_clause_only_before_a_subject() -> None:
    text = normalise("so sorry and i will call you back between two and three").text
    clauses = [text[u.start : u.end] for u in segment(text).clauses]
    assert clauses == ["so sorry", "and i'll call you back between two and three"]
