"""What a SCORM 1.2 LMS is told about a module, and progress kept in its 4,096-character suspend data."""

from __future__ import annotations

import json

import pytest

from callcoach import bridge
from callcoach.lms import SUSPEND_LIMIT, report, restore, suspend

KNOWN = {"modules": ["1", "2"], "scenarios": {"1": ["m1-scenario"]}, "simulations": {"1": ["sim-x"]},
         "quizzes": {"1": "m1-quiz", "2": "m2-quiz"}}
WHEN = "2026-11-01T10:00:00Z"


def progress(**modules: dict) -> dict:
    return {"schema": 1, "learner": "Ana", "modules": modules}


@pytest.mark.parametrize(("entry", "status", "raw"), [
    ({}, "incomplete", None),
    ({"lesson": WHEN}, "incomplete", None),
    ({"lesson": WHEN, "quiz": {"best": 62.5, "passed": False, "at": WHEN}}, "failed", 62.5),
    ({"quiz": {"best": 62.5, "passed": True, "at": WHEN}}, "passed", 62.5),  # passed earlier, best kept
    ({"lesson": WHEN, "quiz": {"best": 100, "passed": True, "at": WHEN}}, "passed", 100),
])
def test_status_and_score_follow_the_quiz(entry: dict, status: str, raw: float | None) -> None:
    out = report(progress(**{"1": entry}), "1", KNOWN)
    assert out["status"] == status
    assert out["score"] == (None if raw is None else {"raw": raw, "min": 0, "max": 100})


def test_a_module_without_a_quiz_is_completed_when_its_lesson_and_scenarios_are_done() -> None:
    known = {"modules": ["3"], "scenarios": {"3": ["s3"]}, "simulations": {}, "quizzes": {}}
    assert report(progress(**{"3": {"lesson": WHEN}}), "3", known)["status"] == "incomplete"
    assert report(progress(**{"3": {"lesson": WHEN, "scenarios": {"s3": WHEN}}}), "3", known)["status"] == "completed"
    # A module with a quiz is never just "completed": the LMS is told passed or failed.
    assert report(progress(**{"1": {"lesson": WHEN, "scenarios": {"m1-scenario": WHEN}}}), "1", KNOWN)["status"] == "incomplete"


def test_suspend_data_round_trips_and_merges_with_what_the_browser_has() -> None:
    entry = {"lesson": WHEN, "quiz": {"best": 80.0, "passed": True, "at": WHEN}, "scenarios": {"m1-scenario": WHEN},
             "simulations": {"sim-x": {"resolved": WHEN}}}
    text = suspend("1", entry)
    assert len(text) <= SUSPEND_LIMIT
    here = progress(**{"2": {"lesson": WHEN}, "1": {"quiz": {"best": 40.0, "passed": False, "at": WHEN}}})
    merged, problem = restore(text, "1", here, KNOWN)
    assert problem == ""
    assert merged["modules"]["1"] == entry  # the LMS's better result wins
    assert merged["modules"]["2"] == {"lesson": WHEN}  # and nothing the browser had is lost
    assert merged["learner"] == "Ana"


def test_a_module_too_big_for_scorm_keeps_its_results_within_the_limit() -> None:
    many = {f"s{i:03d}": WHEN for i in range(400)}
    known = {"modules": ["1"], "scenarios": {"1": list(many)}, "simulations": {}}
    entry = {"lesson": WHEN, "quiz": {"best": 90.0, "passed": True, "at": WHEN}, "scenarios": many}
    text = suspend("1", entry)
    assert 0 < len(text) <= SUSPEND_LIMIT
    merged, problem = restore(text, "1", {}, known)
    assert problem == "" and merged["modules"]["1"]["quiz"]["passed"] is True


@pytest.mark.parametrize("text", ["not json", "[1]", '{"v": 9, "m": "1", "p": {}}', '{"v": 1, "m": "2", "p": {}}',
                                  '{"v": 1, "m": "1", "p": 5}', "[" * 100_000, "x" * 50_000])
def test_unreadable_suspend_data_is_ignored_with_a_note_and_nothing_is_lost(text: str) -> None:
    here = progress(**{"1": {"lesson": WHEN}})
    merged, problem = restore(text, "1", here, KNOWN)
    assert merged["modules"] == here["modules"]
    assert problem.startswith("The learning system sent saved data")


def test_empty_suspend_data_is_a_first_launch() -> None:
    assert restore("", "1", progress(), KNOWN) == (progress(), "")


def test_bridge_reports_and_restores() -> None:
    session = bridge.Session()
    session.known = KNOWN
    call = lambda **r: json.loads(bridge.handle(json.dumps(r), session))  # noqa: E731
    done = progress(**{"1": {"lesson": WHEN, "quiz": {"best": 75.0, "passed": True, "at": WHEN}}})
    out = call(type="lms_report", module=1, progress=done)
    assert (out["ok"], out["status"], out["score"]["raw"]) == (True, "passed", 75.0)
    back = call(type="lms_restore", module=1, current=progress(), suspend_data=out["suspend_data"])
    assert back["ok"] and back["progress"]["modules"]["1"] == done["modules"]["1"] and back["notes"] == []
    assert call(type="lms_report", module=7, progress=done)["error"]["code"] == "unknown-module"
    assert call(type="lms_restore", module=1, current=progress(), suspend_data="{")["notes"]
