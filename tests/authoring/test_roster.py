"""`python -m callcoach roster`: good, bad and mixed files; bad ones are named with the reason, the rest still count."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from callcoach.course import known_ids
from callcoach.progress_merge import certificate_code, course_version
from tests.cases import course

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "callcoach", "roster", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def learner(tmp: Path, name: str, *, sign: bool = True, tamper: bool = False) -> Path:
    data = course().to_json()
    known = known_ids(data)
    p = {"schema": 1, "learner": name, "modules": {"1": {"lesson": "2026-11-01", "quiz": {"best": 85.7, "passed": True, "at": "2026-11-01"}, "scenarios": {s: "2026-11-01" for s in known["scenarios"]["1"]}}}}
    if sign:
        p["certificate"] = {"code": certificate_code(p, known, course_version(data))}
    if tamper:
        p["modules"]["1"]["quiz"]["best"] = 100
    path = tmp / f"{name}.json"
    path.write_text(json.dumps(p))
    return path


def test_good_files_make_a_csv(tmp_path: Path) -> None:
    files = [learner(tmp_path, "ana"), learner(tmp_path, "bob", sign=False), learner(tmp_path, "cy", tamper=True)]
    result = run(*map(str, files), "--csv", str(tmp_path / "out.csv"))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader((tmp_path / "out.csv").open()))
    assert len(rows) == 3 * 8
    first = {r["learner"]: r for r in rows if r["module"] == "1"}
    assert first["ana"]["completed"] == "yes" and first["ana"]["quiz_score"] == "85.7"
    assert first["ana"]["code_checked"] == "verified"
    assert first["bob"]["code_checked"] == "no certificate"
    assert first["cy"]["code_checked"] == "DOES NOT MATCH"


def test_bad_and_mixed_files_are_reported_without_stopping(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{oops")
    (tmp_path / "latin1.json").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "future.json").write_text(json.dumps({"schema": 9, "modules": {}}))
    good = learner(tmp_path, "ana")
    result = run(str(tmp_path / "broken.json"), str(tmp_path / "latin1.json"), str(tmp_path / "future.json"), str(tmp_path / "missing.json"), str(good))
    assert result.returncode == 1
    err = result.stderr
    assert "broken.json: The file is not a progress file (it is not valid JSON)." in err
    assert "latin1.json: cannot read the file" in err and "future.json: The file is from an unknown version" in err
    assert "missing.json: cannot read the file" in err and "Traceback" not in err
    assert "ana" in result.stdout and "verified" in result.stdout
