"""Authoring bad-input catalogue: each malformed file gives its `path:line: message` from `validate` and from
`mkdocs build`, both exit non-zero, and a failed build leaves the last good site in place."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.authoring.bad_cases import CASES, EXPECTED

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the course with a good site already built in it."""
    copy = tmp_path_factory.mktemp("course")
    for name in ("docs", "quizzes", "overrides", "src", "scripts"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", copy)
    (copy / "node_modules").symlink_to(ROOT / "node_modules")
    result = build(copy)
    assert result.returncode == 0, result.stderr
    return copy


def build(folder: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=folder, capture_output=True, text=True, env=env, check=False)


def test_the_catalogue_is_complete() -> None:
    assert len(CASES) >= 25 and {c[0] for c in CASES} == set(EXPECTED)
    kinds = {rel.split("/")[1] if rel.count("/") > 1 else rel for _, rel, _ in CASES}
    assert {"scenarios", "simulations", "quizzes/experts.yml", "quizzes/zz.yml"} <= kinds


@pytest.mark.parametrize(("name", "rel", "content"), CASES, ids=[c[0] for c in CASES])
def test_bad_file(project: Path, name: str, rel: str, content: str | bytes) -> None:
    target = project / rel
    original = target.read_bytes() if target.exists() else None
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    good_page = (project / "site/index.html").read_bytes()
    try:
        validate = subprocess.run([sys.executable, "-m", "callcoach", "validate"], cwd=project, capture_output=True, text=True, check=False,
                                  env={**os.environ, "PYTHONPATH": str(project / "src")})
        assert validate.returncode == 1
        assert validate.stderr.splitlines()[0] == EXPECTED[name]
        built = build(project)
        assert built.returncode != 0
        assert EXPECTED[name] in built.stdout + built.stderr
        for output in (validate.stderr, built.stdout + built.stderr):
            assert "Traceback" not in output
        assert (project / "site/index.html").read_bytes() == good_page
        assert not (project / "site.building").exists()
    finally:
        if original is None:
            target.unlink()
        else:
            target.write_bytes(original)
