"""The word-key dispatcher finds exactly what a plain regex scan of each cue set finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from callcoach.detect.macros import compile_cues, expand
from callcoach.detect.matcher import scan
from callcoach.detect.normalise import normalise
from callcoach.detect.prefixes import WILD, distribute, prefixes
from callcoach.detect.registry import SCANNED

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = [
    "I'm so sorry about that, I'll refund you today and call you back by 3pm.",
    "The fee is £30 and it stands. Refunds take five working days; pets aren't allowed.",
    "You should have read the terms. Calm down, there's no need to shout! As I already said, no.",
    "I can either send a replacement or refund you, or if you'd rather, I'll pass this to my manager.",
    "If you keep swearing, I'll end the call. I think maybe it could possibly be fine, I guess.",
    "so you were charged twice, is that right? which card did you use? the one ending 44?",
    "That sounds awful, and I can hear how stressful it's been. It's not your fault, it's ours.",
    "non-refundable tickets can't be exchanged; the policy says so. Whatever, it's not my problem.",
]


def _texts() -> list[str]:
    data = ROOT / "tests/data/replies.jsonl"
    texts = list(SAMPLES)
    if data.exists():  # the labelled set is a rich source of real phrasing when present
        texts += [json.loads(line)["text"] for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def test_dispatch_equals_a_plain_scan_of_every_cue_set() -> None:
    for text in _texts():
        norm = normalise(text).text
        got = scan(norm, SCANNED)
        for cues in SCANNED:
            regex = compile_cues(cues)
            assert regex is not None
            assert [h.span() for h in got[cues]] == [m.span() for m in regex.finditer(norm)], (cues[0][:40], norm)


@pytest.mark.parametrize(("pattern", "keys"), [
    (r"apolog\w*", {"apo"}),
    (r"(?:i|we) can", {"i can", "we can"}),
    (r"the (?:refund|fee) is", {"the ref", "the fee"}),
    (r"the [a-z]+ is", {"the *"}),
    (r"there", {"the"}),
    (r"i", {"i\0", "i *"}),
    (r"you,", {"you\0"}),
    (r"<BOS>just to (?:confirm)", {"jus"}),
    (r"(?<!what )(?:kind|sort) of", {"kin", "sor"}),
])
def test_prefix_keys(pattern: str, keys: set[str]) -> None:
    assert prefixes(expand(pattern)) == keys


def test_a_cue_starting_with_any_word_is_wild() -> None:
    assert prefixes(expand("<W> is")) == {WILD}
    assert prefixes(", or") == {WILD}


def test_distribute_splits_only_a_plain_leading_group() -> None:
    assert distribute("(?:i|we) (?:can|could) also") == ["i (?:can|could) also", "we (?:can|could) also"]
    assert distribute("(?:the )?fee") == ["the fee", "fee"]
    assert distribute("(?:^|(?<=[.] ))x") == ["(?:^|(?<=[.] ))x"]
