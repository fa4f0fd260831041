"""The worker restores the build's start-up snapshot, and starts from scratch when it cannot."""

from __future__ import annotations

import gzip

import pytest

from tests.browser.pages import open_ready_quiz
from tests.cases import course

pytestmark = pytest.mark.browser
START = "performance.getEntriesByName('callcoach:engine-ready')[0]?.detail?.start ?? null"


def start_and_grade(page, server: str) -> str:
    """Open a module, answer its quiz right, and return how the engine started."""
    widget = open_ready_quiz(page, server + "modules/02-be-prepared/", course().quizzes["m2-quiz"])
    assert widget.submit() == 100.0
    return page.evaluate(START)


def test_the_engine_starts_from_the_snapshot(page, server: str) -> None:
    assert start_and_grade(page, server) == "snapshot"


def test_a_missing_snapshot_means_a_fresh_start(page, server: str) -> None:
    page.route("**/engine-snapshot.bin", lambda route: route.fulfill(status=404, body="not here"))
    assert start_and_grade(page, server) == "fresh"


@pytest.mark.parametrize("body", [b"not gzip at all", gzip.compress(b"\x00" * 4096)], ids=["garbage", "wrong-snapshot"])
def test_a_broken_snapshot_means_a_fresh_start(page, server: str, body: bytes) -> None:
    page.route("**/engine-snapshot.bin", lambda route: route.fulfill(status=200, body=body, content_type="application/octet-stream"))
    assert start_and_grade(page, server) == "fresh"


def test_newer_course_data_than_the_snapshot_is_loaded(page, server: str) -> None:
    # A stale cache can pair an old snapshot with new course data: the engine then loads the data it was given.
    def newer(route):
        response = route.fetch()
        route.fulfill(response=response, body=response.body() + b"\n")

    page.route("**/callcoach/course.json", newer)
    assert start_and_grade(page, server) == "snapshot, course reloaded"
