"""Authored YAML reads the same, with the same line numbers, whichever parser PyYAML uses."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from callcoach_build import yamlsource

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted((ROOT / "quizzes").rglob("*.yml"))


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="this PyYAML was built without libyaml")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_libyaml_and_pure_python_read_every_course_file_alike(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, fast_problems = yamlsource.load_yaml(path, path.name)
    monkeypatch.delattr(yaml, "CSafeLoader")
    slow, slow_problems = yamlsource.load_yaml(path, path.name)
    assert fast is not None and slow is not None
    assert fast.data == slow.data and fast.marks == slow.marks
    assert fast_problems == slow_problems


def test_a_file_libyaml_rejects_gets_the_pure_python_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("schema: 1\nid: m1-quiz\n\tmodule: 1\n", encoding="utf-8")
    located, problems = yamlsource.load_yaml(bad, "quizzes/bad.yml")
    assert located is None
    assert [str(p) for p in problems] == [
        "quizzes/bad.yml:3:1: YAML syntax error: found a tab character that cannot start any token"
        " (scanning for the next token); YAML does not allow tabs for indentation, use spaces"
    ]
