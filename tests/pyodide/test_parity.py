"""One engine, two hosts: the same requests give identical responses in CPython and in Pyodide under Node,
whether Pyodide starts fresh or restores the build's start-up snapshot."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from callcoach.bridge import Session, handle
from tests.cases import as_lines, grading_requests, reply_requests

HERE = Path(__file__).resolve().parent


def run_in_pyodide(site: Path, lines: str, boot: str = "fresh") -> list[dict]:
    """Feed JSON lines to callcoach.bridge inside the real Pyodide runtime (offline, under Node)."""
    node = shutil.which("node")
    assert node, "Node.js 20+ is required to run the engine under Pyodide"
    result = subprocess.run([node, str(HERE / "bridge.mjs"), str(site), boot], input=lines, capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def in_cpython(site: Path, requests: list[dict]) -> list[dict]:
    """The same requests answered by the engine in this interpreter, with the built course loaded."""
    session = Session()
    course = json.loads((site / "assets/callcoach/course.json").read_text(encoding="utf-8"))
    assert json.loads(handle(json.dumps({"type": "load", "course": course}), session))["ok"]
    return [json.loads(handle(json.dumps(r), session)) for r in requests]


@pytest.mark.parametrize("boot", ["fresh", "snapshot"])
def test_grading_is_identical_in_cpython_and_pyodide(site: Path, boot: str) -> None:
    requests = grading_requests()
    expected = in_cpython(site, requests)
    actual = run_in_pyodide(site, as_lines(requests), boot)
    assert len(actual) == len(requests)
    for want, got in zip(expected, actual):
        assert got == want
    # The cases really exercise the range of outcomes, not one path.
    statuses = {q["status"] for r in expected if r["ok"] for q in r["result"]["questions"]}
    assert {"correct", "wrong", "invalid"} <= statuses
    assert any(r["ok"] and r["result"]["passed"] for r in expected)
    assert any(not r["ok"] for r in expected)


@pytest.mark.parametrize("boot", ["fresh", "snapshot"])
def test_replies_are_judged_identically_in_cpython_and_pyodide(site: Path, boot: str) -> None:
    requests = reply_requests()
    expected = in_cpython(site, requests)
    actual = run_in_pyodide(site, as_lines(requests), boot)
    assert actual == expected
    assert all(r["ok"] for r in expected)
    checks = [r for r, q in zip(expected, requests) if q["type"] == "check"]
    assert any(r["passed"] for r in checks) and any(not r["passed"] for r in checks)
    assert sum(bool(r["behaviours"]) for r, q in zip(expected, requests) if q["type"] == "detect") > 50


def test_the_snapshot_holds_the_detector_ready(site: Path) -> None:
    # Building the detector's pattern index takes seconds in a browser: made before the snapshot, it is
    # restored with it, so the first check after a restore does not wait for it.
    [state] = run_in_pyodide(site, "", "snapshot-state")
    assert state["detector_indexes"] >= 1
    assert state["weights_loaded"] == 1
    assert "callcoach.bridge" in state["modules"] and "callcoach.cli" not in state["modules"]
