"""Offline after one visit: the service worker precaches the course, Pyodide and the engine included."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.pages import QuizWidget, answer_all_right, open_ready_quiz
from tests.cases import course

pytestmark = pytest.mark.browser


def test_everything_works_offline_after_one_visit(browser, server: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(server)
    # Wait until the service worker has precached everything and controls the page.
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.reload()
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=120_000)
    context.set_offline(True)
    for module in course().modules:
        page.goto(server + module.page.removesuffix(".md") + "/")
        expect(page.locator("h1")).to_contain_text(f"Module {module.number}")
        expect(page.locator(".cc-quote").first).to_be_visible()
    quiz = course().quizzes["m8-quiz"]
    widget = QuizWidget(page, quiz.id)
    answer_all_right(widget, quiz)
    assert widget.submit() == 100.0
    scenario = course().scenarios["m8-scenario"]
    section = page.locator('[data-cc-scenario="m8-scenario"]')
    section.locator("textarea").fill(scenario.model_reply)
    section.get_by_role("button", name="Check my reply").click()
    expect(section).to_have_attribute("data-cc-passed", "true", timeout=60_000)
    page.goto(server + "search/search_index.json")  # the search index is precached too
    assert "Module 1" in page.content()
    context.close()


def test_the_snapshot_is_stored_inflated_and_restored_from_there(browser, site, server: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(server)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    stored = page.evaluate("""async () => {
        const response = await caches.match(new URL('assets/pyodide/engine-snapshot.bin', location.href).href);
        const bytes = new Uint8Array(await response.arrayBuffer());
        return {inflated: response.headers.get('X-Callcoach-Inflated'), size: bytes.length, head: Array.from(bytes.slice(0, 2))};
    }""")
    served = (site / "assets" / "pyodide" / "engine-snapshot.bin").read_bytes()
    assert served[:2] == b"\x1f\x8b"  # the host sends it gzip-compressed...
    assert stored["inflated"] == "1" and stored["head"] != [0x1F, 0x8B] and stored["size"] > 3 * len(served)  # ...kept inflated
    context.set_offline(True)
    quiz = course().quizzes["m2-quiz"]
    widget = open_ready_quiz(page, server + "modules/02-be-prepared/", quiz)
    assert widget.submit() == 100.0
    assert page.evaluate("performance.getEntriesByName('callcoach:engine-ready')[0].detail.start") == "snapshot"
    context.close()


def test_a_new_build_offers_the_new_version_and_keeps_progress(browser, site, server: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(server)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.evaluate("localStorage.setItem('callcoach:progress', JSON.stringify({schema: 1, learner: 'Kim', modules: {'1': {lesson: '2026-11-01'}}}))")
    sw = site / "sw.js"
    original = sw.read_text(encoding="utf-8")
    try:
        sw.write_text(original + "\n// a new build\n", encoding="utf-8")
        page.reload()
        banner = page.locator("[data-cc-update]")
        expect(banner).to_contain_text("A new version of the course is available", timeout=120_000)
        banner.get_by_role("button", name="Reload now").click()
        page.wait_for_load_state("load")
        expect(page.locator("[data-cc-update]")).to_have_count(0, timeout=30_000)
        assert "Kim" in page.evaluate("localStorage.getItem('callcoach:progress')")
    finally:
        sw.write_text(original, encoding="utf-8")
        context.close()
