"""The SCORM package in an LMS: scorm-again's SCORM 1.2 runtime hosts a module SCO in a frame."""

from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.pages import QuizWidget, answer_all_right
from tests.cases import course
from tests.conftest import _Quiet, free_port

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
SCO = "course/modules/05-cpr.html"


@pytest.fixture(scope="module")
def lms(scorm_zip: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The package unzipped under a test LMS page, served over http like an LMS serves content."""
    root = tmp_path_factory.mktemp("lms")
    with zipfile.ZipFile(scorm_zip) as zf:
        zf.extractall(root / "course")
    shutil.copy2(ROOT / "node_modules" / "scorm-again" / "dist" / "scorm12.js", root / "scorm12.js")
    shutil.copy2(Path(__file__).parent / "lms" / "harness.html", root / "harness.html")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), functools.partial(_Quiet, directory=str(root)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


def _errors(page) -> list[str]:
    errors: list[str] = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    return errors


def _cmi(page, path: str) -> str:
    return page.evaluate(f"window.API.cmi.{path}")


def _launch(page, lms: str, saved: dict | None = None, faulty: bool = False):
    page.goto(lms + "harness.html")
    page.evaluate("([href, saved, faulty]) => window.launch(href, saved, faulty)", [SCO, saved, faulty])
    return page.frame_locator("#sco")


def test_the_lms_tracks_a_module_to_passed_and_restores_it_on_return(browser, lms: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    errors = _errors(page)
    frame = _launch(page, lms)
    page.wait_for_function("window.API.isInitialized() && window.API.cmi.core.lesson_status === 'incomplete'", timeout=60_000)
    quiz = QuizWidget(frame, "m5-quiz")
    answer_all_right(quiz, course().quizzes["m5-quiz"])
    assert quiz.submit() == 100
    page.wait_for_function("window.API.cmi.core.lesson_status === 'passed'", timeout=30_000)
    assert (_cmi(page, "core.score.raw"), _cmi(page, "core.score.min"), _cmi(page, "core.score.max")) == ("100", "0", "100")
    saved = _cmi(page, "suspend_data")
    assert 0 < len(saved) <= 4096
    assert json.loads(saved)["p"]["quiz"]["best"] == 100

    page.evaluate("document.getElementById('sco').src = 'about:blank'")  # the learner leaves the module
    page.wait_for_function("window.API.isTerminated()", timeout=10_000)
    calls = page.evaluate("window.calls")
    assert calls[0] == ["LMSInitialize", ""] and calls[-1] == ["LMSFinish", ""]
    assert calls[1] == ["LMSSetValue", "cmi.core.lesson_status", "incomplete"]
    assert ["LMSSetValue", "cmi.core.exit", "suspend"] in calls and ["LMSCommit", ""] in calls[-3:]
    assert any(c[:2] == ["LMSSetValue", "cmi.core.session_time"] and re.fullmatch(r"\d{4}:\d\d:\d\d\.\d\d", c[2]) for c in calls)
    assert errors == []
    context.close()

    # Another day, another browser: nothing in localStorage, so what shows came from the LMS.
    context = browser.new_context()
    page = context.new_page()
    errors = _errors(page)
    frame = _launch(page, lms, {"core": {"lesson_status": "passed"}, "suspend_data": saved})
    expect(frame.locator('.cc-progress-slot [data-cc-progress="5"]')).to_contain_text("Quiz passed (best 100%)", timeout=60_000)
    page.wait_for_function("window.API.isInitialized()")
    assert _cmi(page, "core.lesson_status") == "passed"
    assert json.loads(_cmi(page, "suspend_data"))["p"]["quiz"]["best"] == 100
    assert errors == []
    context.close()


def test_an_lms_that_refuses_writes_shows_a_notice_and_the_learner_keeps_working(page, lms: str) -> None:
    frame = _launch(page, lms, faulty=True)
    notice = frame.locator("[data-cc-lms-notice]")
    expect(notice).to_contain_text("did not confirm that your results were recorded", timeout=60_000)
    expect(notice).to_contain_text("error 351: General Set Failure")
    expect(notice).to_have_count(1)
    quiz = QuizWidget(frame, "m5-quiz")
    answer_all_right(quiz, course().quizzes["m5-quiz"])
    assert quiz.submit() == 100  # still graded
    expect(frame.locator('.cc-progress-slot [data-cc-progress="5"]')).to_contain_text("Quiz passed (best 100%)")
    kept = frame.locator("body").evaluate("() => JSON.parse(localStorage.getItem('callcoach:progress'))")
    assert kept["modules"]["5"]["quiz"]["passed"] is True


def test_without_an_lms_the_packaged_page_works_as_before(page, lms: str) -> None:
    errors = _errors(page)
    page.goto(lms + SCO)
    quiz = QuizWidget(page, "m5-quiz")
    answer_all_right(quiz, course().quizzes["m5-quiz"])
    assert quiz.submit() == 100
    expect(page.locator("[data-cc-lms-notice]")).to_have_count(0)
    assert page.evaluate("document.documentElement.dataset.ccLms") is None
    assert page.evaluate("navigator.serviceWorker.getRegistrations().then(r => r.length)") == 0
    assert errors == []
