"""`python -m callcoach list` and `grade`: the figures the browser would show, and plain errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from callcoach.quiz import grade_quiz
from tests.cases import course

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "callcoach", *args], cwd=ROOT, input=stdin, capture_output=True, text=True, check=False)


def test_list_names_everything_with_module_and_title() -> None:
    listing = json.loads(run("list", "--json").stdout)
    assert [q["id"] for q in listing["quizzes"]] == [f"m{n}-quiz" for n in range(1, 9)]
    assert len(listing["scenarios"]) == 8 and len(listing["simulations"]) >= 3
    assert all({"id", "module", "title"} <= set(e) for kind in listing.values() for e in kind)


def test_grade_matches_the_engine(tmp_path: Path) -> None:
    quiz = course().quizzes["m3-quiz"]
    answers = {q.common.id: q.examples()[i % 2] for i, q in enumerate(quiz.questions)}
    file = tmp_path / "answers.json"
    file.write_text(json.dumps(answers))
    result = run("grade", "m3-quiz", "--answers", str(file), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == grade_quiz(quiz, answers)


def test_grade_reports_bad_input_plainly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = run("grade", "m3-quiz", "--answers", str(bad))
    assert result.returncode == 2 and "not valid JSON" in result.stderr and "Traceback" not in result.stderr
    result = run("grade", "m9-quiz", "--answers", "-", stdin="{}")
    assert result.returncode == 2 and "no quiz 'm9-quiz'" in result.stderr
