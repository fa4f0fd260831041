"""If the engine dies or hangs mid-check, the page says so, restarts it, and keeps the learner's answers."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.pages import open_ready_quiz
from tests.cases import course

pytestmark = pytest.mark.browser


def test_a_dead_worker_is_reported_restarted_and_answers_kept(page, server: str) -> None:
    widget = open_ready_quiz(page, server + "modules/07-escalate-it/", course().quizzes["m7-quiz"])
    # Kill the worker behind the page's back: the next check gets no answer.
    page.evaluate("""async () => {
        const app = document.querySelector('script[type=module][src*="assets/callcoach/app.js"]').src;
        const { engine } = await import(new URL('engine.js', app).href);
        engine.worker.terminate();
    }""")
    widget.root.locator("[data-cc-submit]").click()
    alert = widget.root.locator("[data-cc-result] [role=alert]")
    expect(alert).to_contain_text("Your answers are kept", timeout=20_000)
    checked = widget.root.locator("input:checked")
    assert checked.count() > 0
    assert widget.submit() == 100.0  # the engine restarts on the next check
