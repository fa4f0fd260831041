"""The classroom bundle: one zip with a launcher; from file:// lessons and search work and quizzes explain."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.pages import QuizWidget, answer_all_right
from tests.cases import course

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle built by the real script, unzipped into a fresh folder."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_bundle import NAME, build

    zip_path = build(tmp_path_factory.mktemp("dist"))
    assert zip_path.stat().st_size < 15_000_000
    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(zip_path) as zf:
        assert not zf.testzip()
        zf.extractall(target)
    # From file://, search needs the iframe-worker shim: the site's own copy, never the offline plugin's CDN one.
    home = (target / NAME / "index.html").read_text(encoding="utf-8")
    assert '<script src="assets/vendor/iframe-worker-shim.js"></script>' in home and "unpkg" not in home
    assert (target / NAME / "assets/vendor/iframe-worker-shim.js").is_file()
    # The zip stays small: the engine starts from scratch here, without the hosted site's start-up snapshot.
    assert not (target / NAME / "assets/pyodide/engine-snapshot.bin").exists()
    return target / NAME


@pytest.fixture
def launcher(bundle: Path) -> Iterator[str]:
    process = subprocess.Popen([sys.executable, "start.py", "--no-browser", "--port", "0"], cwd=bundle, stdout=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    assert "The course is running at http://127.0.0.1:" in line
    yield line.split(" at ")[1].strip()
    process.terminate()
    process.wait(timeout=10)


def test_from_file_lessons_quotes_and_search_work_and_quizzes_explain(page, bundle: Path) -> None:
    page.goto((bundle / "index.html").as_uri())
    page.get_by_role("link", name="Module 4 Let them vent").first.click()
    expect(page.locator("h1")).to_contain_text("Module 4")
    expect(page.locator('.cc-quote[data-cc-expert="hyken"]')).to_contain_text("Be a good listener")
    expect(page.locator('[data-cc-quiz="m4-quiz"] [data-cc-status]')).to_contain_text("Start the course with its launcher")
    page.keyboard.press("/")  # Material's search shortcut; search reads its inlined index from file://
    page.keyboard.type("escalate", delay=30)
    expect(page.locator(".md-search-result__meta")).to_contain_text("matching document", timeout=20_000)
    expect(page.locator(".md-search-result__item").first).to_contain_text("Escalate")


def test_the_launcher_serves_the_course_with_working_checks(page, launcher: str) -> None:
    page.goto(launcher)
    page.get_by_role("link", name="Module 6 Be honest and assertive").first.click()
    quiz = course().quizzes["m6-quiz"]
    widget = QuizWidget(page, quiz.id)
    answer_all_right(widget, quiz)
    assert widget.submit() == 100.0
    start = page.evaluate("performance.getEntriesByName('callcoach:engine-ready')[0]?.detail?.start ?? null")
    assert start == "fresh"  # no snapshot in the zip, and the worker copes without one
