"""Progress the learner owns: kept across reloads and navigation, carried by file, safe from bad data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.pages import QuizWidget, answer_all_right
from tests.cases import course

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
KEY = "callcoach:progress"


def stored(page) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem('{KEY}')") or "null")


def pass_quiz(page, server: str, number: int = 2) -> None:
    module = course().module(number)
    quiz = next(q for q in course().quizzes.values() if q.module == number)
    page.goto(server + module.page.removesuffix(".md") + "/")
    widget = QuizWidget(page, quiz.id)
    answer_all_right(widget, quiz)
    assert widget.submit() == 100.0


def test_progress_survives_reload_and_instant_navigation(page, server: str) -> None:
    pass_quiz(page, server)
    bar = page.locator('.cc-progress-slot [data-cc-progress="2"]')
    expect(bar).to_contain_text("Quiz passed (best 100%) ✔")
    expect(bar).to_contain_text("Lesson read ✔")  # the learner scrolled through to the practice section
    page.reload()
    expect(page.locator('.cc-progress-slot [data-cc-progress="2"]')).to_contain_text("Quiz passed (best 100%) ✔")
    page.get_by_role("link", name="Home").first.click()
    card = page.locator('.cc-card[data-cc-module="2"] .cc-progress')
    expect(card).to_contain_text("Quiz passed (best 100%) ✔")
    assert int(card.get_attribute("data-cc-percent")) > 0
    expect(page.locator(".cc-progress-slot")).to_have_count(0)  # the home page is no module's page
    assert stored(page)["modules"]["2"]["quiz"]["passed"] is True


def test_export_reset_import_restores_everything_and_worse_files_lose_nothing(page, server: str, tmp_path: Path) -> None:
    pass_quiz(page, server)
    before = stored(page)
    page.goto(server + "progress/")
    with page.expect_download() as download:
        page.locator("[data-cc-export]").click()
    saved = tmp_path / "progress.json"
    download.value.save_as(saved)
    page.once("dialog", lambda d: d.accept())
    page.locator("[data-cc-reset]").click()
    expect(page.locator("[data-cc-messages]")).to_contain_text("reset")
    assert stored(page)["modules"] == {}
    page.locator("#cc-import-file").set_input_files(str(saved))
    expect(page.locator("[data-cc-messages]")).to_contain_text("Module 2: quiz best score now 100%.", timeout=60_000)
    assert stored(page)["modules"] == before["modules"]
    worse = {"schema": 1, "learner": "", "modules": {"2": {"quiz": {"best": 10, "passed": False, "at": "2026-01-01"}}}}
    (tmp_path / "worse.json").write_text(json.dumps(worse))
    page.locator("#cc-import-file").set_input_files(str(tmp_path / "worse.json"))
    expect(page.locator("[data-cc-messages]")).to_contain_text("Nothing new", timeout=30_000)
    older = {"scores": {"m3-quiz": 55}}
    (tmp_path / "older.json").write_text(json.dumps(older))
    page.locator("#cc-import-file").set_input_files(str(tmp_path / "older.json"))
    expect(page.locator("[data-cc-messages]")).to_contain_text("older version", timeout=30_000)
    after = stored(page)["modules"]
    assert after["2"] == before["modules"]["2"] and after["3"]["quiz"]["best"] == 55
    (tmp_path / "junk.json").write_text("<script>window.__pwned=1</script>")
    page.locator("#cc-import-file").set_input_files(str(tmp_path / "junk.json"))
    expect(page.locator(".cc-message--error")).to_contain_text("not valid JSON", timeout=30_000)
    assert page.evaluate("window.__pwned") is None and stored(page)["modules"] == after


def test_corrupted_storage_is_backed_up_with_a_notice(page, server: str) -> None:
    page.goto(server + "progress/")
    page.evaluate(f"localStorage.setItem('{KEY}', '{{corrupt')")
    page.reload()
    expect(page.locator(".cc-notice")).to_contain_text("kept as a backup copy")
    keys = page.evaluate("Object.keys(localStorage)")
    backup = next(k for k in keys if k.startswith(f"{KEY}:backup:"))
    assert page.evaluate(f"localStorage.getItem('{backup}')") == "{corrupt"


def test_storage_disabled_still_lets_a_learner_take_a_quiz(browser, server: str) -> None:
    context = browser.new_context()
    context.add_init_script("Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });")
    page = context.new_page()
    pass_quiz(page, server, 3)
    expect(page.locator(".cc-notice").first).to_contain_text("progress will not be kept")
    expect(page.locator('[data-cc-progress="3"]').first).to_contain_text("Quiz passed (best 100%) ✔")
    context.close()


def test_assignment_link_round_trip_and_bad_links(page, server: str) -> None:
    page.goto(server + "trainers/assign/")
    page.get_by_label("Module 1: Look after yourself first").check()
    page.get_by_label("Module 5: Bring the call back to life with C.P.R.").check()
    page.get_by_label("Due date (optional)").fill("2026-12-31")
    page.get_by_label("Note to learners (optional)").fill("<b>Before</b> Friday's huddle")
    page.get_by_role("button", name="Make the link").click()
    link = page.locator("[data-cc-assign-link]").get_attribute("href")
    page.goto(link)
    items = page.locator("[data-cc-assigned-module]")
    expect(items).to_have_count(2)
    expect(page.locator(".cc-assigned__note")).to_contain_text("<b>Before</b> Friday's huddle")
    page.goto(server + "assigned/")  # kept across visits
    expect(page.locator("[data-cc-assigned-module]")).to_have_count(2)
    for query, message in [
        ("modules=1,42", "does not exist"),
        ("modules=1&due=2026-02-30", "impossible due date"),
        ("modules=1&pass=500", "pass mark"),
        ("modules=1&evil=1", "unexpected part"),
        ("modules=" + ",".join(["1"] * 400), "too long"),
        ("due=2026-12-01", "names no modules"),
    ]:
        page.goto(server + "assigned/?" + query)
        expect(page.locator("[data-cc-assign-error]")).to_contain_text(message)


def test_certificate_code_verifies_in_the_roster(page, server: str, tmp_path: Path) -> None:
    known_scenario = next(s.id for s in course().scenarios.values() if s.module == 1)
    progress = {"schema": 1, "learner": "", "modules": {"1": {"lesson": "2026-11-20T10:00:00Z", "quiz": {"best": 85.7, "passed": True, "at": "2026-11-20T10:05:00Z"}, "scenarios": {known_scenario: "2026-11-20T10:09:00Z"}}}}
    page.goto(server + "certificate/")
    page.evaluate(f"localStorage.setItem('{KEY}', {json.dumps(json.dumps(progress))})")
    page.reload()
    page.get_by_label("Your name, as it should appear:").fill("Ana Silva")
    page.get_by_label("Your name, as it should appear:").press("Enter")
    page.get_by_label("Your name, as it should appear:").blur()
    expect(page.locator("[data-cc-cert-name]")).to_have_text("Ana Silva", timeout=60_000)
    expect(page.locator(".cc-cert table")).to_contain_text("85.7%")
    with page.expect_download() as download:
        page.locator("[data-cc-export-cert]").click()
    file = tmp_path / "ana.json"
    download.value.save_as(file)
    result = subprocess.run([sys.executable, "-m", "callcoach", "roster", str(file)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "Ana Silva" in result.stdout and "verified" in result.stdout


def test_older_stored_progress_is_upgraded_by_the_engine(page, server: str) -> None:
    page.goto(server)
    page.evaluate(f"localStorage.setItem('{KEY}', JSON.stringify({{scores: {{'m4-quiz': 64}}}}))")
    page.reload()
    page.wait_for_function(f"(JSON.parse(localStorage.getItem('{KEY}') || '{{}}').modules || {{}})['4'] !== undefined", timeout=60_000)
    assert stored(page)["schema"] == 1 and stored(page)["modules"]["4"]["quiz"]["best"] == 64
    assert any(k.startswith(f"{KEY}:backup:") for k in page.evaluate("Object.keys(localStorage)"))


BARS = """() => [...document.querySelectorAll('.cc-progress')].map((bar) => [
    bar.dataset.ccProgress, bar.dataset.ccPercent, bar.querySelector('progress').value, bar.textContent])"""


@pytest.mark.parametrize("path", ["", "modules/05-cpr/"], ids=["home-cards", "module-page"])
def test_the_build_draws_the_bars_a_new_learner_sees(page, server: str, path: str) -> None:
    # The page must not shift when the script fills in progress: the build's bars are the script's own.
    page.route("**/assets/callcoach/app.js", lambda route: route.abort())
    page.goto(server + path)
    built = page.evaluate(BARS)
    assert built and all(percent == "0" for _, percent, _, _ in built)
    page.unroute("**/assets/callcoach/app.js")
    page.goto(server + path)
    page.wait_for_function("document.querySelector('.cc-progress') && window.performance.getEntriesByType('resource').some((r) => r.name.endsWith('outline.json'))")
    page.wait_for_timeout(300)  # the script draws once the outline has arrived
    assert page.evaluate(BARS) == built
    assert page.locator(".cc-progress-slot").count() == (1 if path else 0)


def test_a_module_page_does_not_shift_when_its_widgets_start(page, server: str) -> None:
    # On a slow connection the page is painted long before the progress outline arrives: delay it so.
    def late(route):
        page.wait_for_timeout(1000)
        route.continue_()

    page.route("**/assets/callcoach/outline.json", late)
    page.goto(server + "modules/05-cpr/")
    page.wait_for_timeout(1500)
    page.evaluate("document.querySelector('[data-cc-quiz]').scrollIntoView()")
    page.wait_for_function("performance.getEntriesByName('callcoach:engine-ready').length > 0", timeout=60_000)
    # Layout shifts are only reported to an observer (buffered ones at once); none at all means no report.
    shifts = page.evaluate("""() => new Promise((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().filter((e) => !e.hadRecentInput).map((e) => e.value)))
            .observe({type: 'layout-shift', buffered: true});
        setTimeout(() => resolve([]), 1000);
    })""")
    assert sum(shifts) < 0.01, shifts
