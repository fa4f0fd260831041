"""`python -m callcoach validate`: every problem in every file, each as `path:line[:col]: message`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

EXPECTED = [
    "tests/data/invalid/duplicates.yml:6:1: duplicate key 'pass_mark' (first given on line 5)",
    "tests/data/invalid/duplicates.yml:14:5: questions[1].id: duplicate question id 't-dup-q1'",
    "tests/data/invalid/empty.yml:1: file is empty",
    "tests/data/invalid/latin1.yml:2: not valid UTF-8 (byte 0xe9); save the file as UTF-8",
    "tests/data/invalid/missing-and-range.yml:1:1: missing required key 'title'",
    "tests/data/invalid/missing-and-range.yml:4:1: pass_mark: must be between 0 and 100, got 140",
    "tests/data/invalid/missing-and-range.yml:8:5: questions[0].prompt: must not be empty",
    "tests/data/invalid/missing-and-range.yml:9:5: questions[0].answer: must be true or false, got text",
    "tests/data/invalid/syntax.yml:6:1: YAML syntax error: found unexpected end of stream (scanning a quoted scalar that starts on line 5)",
    "tests/data/invalid/tabs.yml:4:1: YAML syntax error: found a tab character that cannot start any token (scanning for the next token); YAML does not allow tabs for indentation, use spaces",
    "tests/data/invalid/types.yml:8:5: questions[0].type: unknown question type 'essay' (text); use one of: matching, multiple, ordering, short_text, single, true_false",
    "tests/data/invalid/types.yml:15:5: questions[1].items: needs at least 3 entries, got 2",
    "tests/data/invalid/types.yml:18:5: questions[2]: the right-hand items must be different from each other (unequal sides)",
    "tests/data/invalid/types.yml:27:5: questions[3]: a single-answer question needs exactly one correct option, found 0",
    "tests/data/invalid/types.yml:34: questions[3].lesson: no section '#no-such-section' in modules/03-dont-take-it-personally.md",
    "tests/data/invalid/unknown-key.yml:7:5: questions[0]: a single-answer question needs exactly one correct option, found 0",
    "tests/data/invalid/unknown-key.yml:14:9: questions[0].options[0].corect: unknown key 'corect' (did you mean 'correct'?)",
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "callcoach", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def test_the_course_validates() -> None:
    result = run("validate")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: 8 modules, 8 quizzes")


def test_invalid_files_give_every_exact_message() -> None:
    result = run("validate", "tests/data/invalid")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[:-1] == EXPECTED
    assert lines[-1] == f"{len(EXPECTED)} problems found."
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "tests/data/invalid").glob("*.yml")))
def test_each_invalid_file_fails_on_its_own(name: str) -> None:
    result = run("validate", f"tests/data/invalid/{name}")
    assert result.returncode == 1
    assert all(line.startswith(f"tests/data/invalid/{name}:") for line in result.stderr.splitlines()[:-1])


def test_a_missing_path_is_reported_not_raised() -> None:
    result = run("validate", "no/such/file.yml")
    assert result.returncode == 1 and "no/such/file.yml: no such file or folder" in result.stderr


def copy_project(tmp_path: Path) -> None:
    """A copy of the course to break on purpose."""
    import shutil

    for name in ("docs", "quizzes", "overrides", "src"):
        shutil.copytree(ROOT / name, tmp_path / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", tmp_path)
    (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")


def test_mkdocs_build_stops_with_the_same_messages(tmp_path: Path) -> None:
    import shutil

    copy_project(tmp_path)
    shutil.copy(ROOT / "tests/data/invalid/types.yml", tmp_path / "quizzes/broken.yml")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode != 0
    assert "quizzes/broken.yml:15:5: questions[1].items: needs at least 3 entries, got 2" in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_an_unknown_id_in_a_fence_fails_the_build_naming_the_page(tmp_path: Path) -> None:
    copy_project(tmp_path)
    page = tmp_path / "docs/modules/03-dont-take-it-personally.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n```quiz\nno-such-quiz\n```\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode != 0
    assert "docs/modules/03-dont-take-it-personally.md: unknown quiz 'no-such-quiz'" in result.stdout + result.stderr
