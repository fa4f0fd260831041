"""Progress files: checked, migrated, merged so the better result wins, and signed with a verification code."""

from __future__ import annotations

import json

import pytest

from callcoach.progress import read
from callcoach.progress_merge import certificate_code, completed, merge

KNOWN = {"modules": ["1", "2"], "scenarios": {"1": ["m1-scenario"], "2": ["m2-scenario"]}, "simulations": {"2": ["sim-x"]}}
DONE_1 = {"lesson": "2026-11-01", "quiz": {"best": 90, "passed": True, "at": "2026-11-01"}, "scenarios": {"m1-scenario": "2026-11-01"}}


def progress(**modules: dict) -> dict:
    return {"schema": 1, "learner": "Ana", "modules": modules}


def test_reads_a_good_file_and_skips_unknown_entries_with_notes() -> None:
    data = progress(**{"1": {**DONE_1, "scenarios": {"m1-scenario": "2026-11-01", "zzz": "2026-11-01"}}, "9": {"lesson": "2026-11-01"}})
    out, notes, error = read(json.dumps(data), KNOWN)
    assert not error and out["modules"]["1"]["scenarios"] == {"m1-scenario": "2026-11-01"}
    assert "9" not in out["modules"] and len(notes) == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        (json.dumps({"schema": 7, "modules": {}}), "unknown version"),
        (json.dumps({"schema": 1}), "no 'modules' section"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ("[" * 5000 + "]" * 5000, "nested too deeply"),
        ("x" * 1_100_000, "larger than"),
    ],
)
def test_bad_files_get_a_plain_message(text: str, message: str) -> None:
    out, _, error = read(text, KNOWN)
    assert out is None and message in error


def test_wrong_types_are_dropped_not_fatal() -> None:
    out, _, error = read(json.dumps(progress(**{"1": {"lesson": 5, "quiz": {"best": "high"}, "scenarios": ["x"]}})), KNOWN)
    assert not error and out["modules"] == {}


def test_schema_0_migrates() -> None:
    out, notes, error = read(json.dumps({"scores": {"m1-quiz": 80, "m2-quiz": "bad"}}), KNOWN)
    assert not error and out["modules"]["1"]["quiz"]["best"] == 80.0 and "older version" in notes[0]


def test_merge_keeps_the_better_result_and_loses_nothing() -> None:
    mine = progress(**{"1": {"quiz": {"best": 95, "passed": True, "at": "2026-11-02"}}})
    theirs = progress(**{"1": {**DONE_1}, "2": {"simulations": {"sim-x": {"lost": "2026-11-03"}}}})
    merged, changes = merge(mine, theirs)
    assert merged["modules"]["1"]["quiz"]["best"] == 95
    assert merged["modules"]["1"]["lesson"] == "2026-11-01" and "m1-scenario" in merged["modules"]["1"]["scenarios"]
    assert merged["modules"]["2"]["simulations"]["sim-x"] == {"lost": "2026-11-03"}
    assert len(changes) == 3
    # Merging a worse, older file changes nothing.
    again, changes = merge(merged, progress(**{"1": {"quiz": {"best": 10, "passed": False, "at": ""}}}))
    assert again == merged and changes == []


def test_completion_and_code() -> None:
    p = progress(**{"1": DONE_1})
    assert completed(p, KNOWN) == {"1": True, "2": False}
    code = certificate_code(p, KNOWN, "v1")
    assert len(code) == 11 and code[5] == "-"
    assert certificate_code(p, KNOWN, "v2") != code
    assert certificate_code({**p, "learner": "Bob"}, KNOWN, "v1") != code
    assert certificate_code({**p, "learner": " ana "}, KNOWN, "v1") == code
