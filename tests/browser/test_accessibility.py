"""axe-core (npm, pinned) on every built page and on each widget state, in both palettes: no serious or critical findings."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.pages import QuizWidget, answer_all_right
from tests.cases import course

pytestmark = pytest.mark.browser
AXE = Path(__file__).resolve().parents[2] / "node_modules/axe-core/axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def serious(page) -> list[str]:
    """Serious and critical axe findings on the page as it is now."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    return [
        f"{v['id']} ({v['impact']}): {n['target']} {n.get('failureSummary', '')[-160:]}"
        for v in result["violations"] if v["impact"] in ("serious", "critical")
        for n in v["nodes"]
    ]


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_every_page_in_both_palettes(browser, site: Path, server: str, scheme: str) -> None:
    context = browser.new_context()
    context.add_init_script(f"localStorage.setItem('/.__palette', JSON.stringify({{index: {0 if scheme == 'default' else 1}, color: {{media: '', scheme: '{scheme}', primary: 'indigo', accent: 'deep-orange'}}}}))")
    page = context.new_page()
    found = []
    for rel in sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html")):
        page.goto(server + rel.removesuffix("index.html"))
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == scheme
        found += [f"{rel}: {f}" for f in serious(page)]
    context.close()
    assert not found, found


def palette(scheme: str) -> str:
    """An init script that picks the light (default) or dark (slate) palette, as the toggle does."""
    index = 0 if scheme == "default" else 1
    return (f"localStorage.setItem('/.__palette', JSON.stringify({{index: {index}, color: {{media: '', scheme: '{scheme}', "
            "primary: 'indigo', accent: 'deep-orange'}}))")


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_widgets_in_each_state(browser, server: str, scheme: str) -> None:
    context = browser.new_context()
    context.add_init_script(palette(scheme))
    page = context.new_page()
    page.goto(server + "modules/05-cpr/")
    found = [f"unanswered/loading: {f}" for f in serious(page)]
    quiz = course().quizzes["m5-quiz"]
    widget = QuizWidget(page, quiz.id)
    widget.wait_ready()
    widget.submit()  # all unanswered: every question shows feedback
    found += [f"answered wrong: {f}" for f in serious(page)]
    widget.root.locator("[data-cc-retry]").click()
    answer_all_right(widget, quiz)
    widget.submit()
    found += [f"answered right: {f}" for f in serious(page)]
    section = page.locator('[data-cc-scenario="m5-scenario"]')
    section.locator("textarea").fill("You should have checked your statement. Calm down.")
    section.get_by_role("button", name="Check my reply").click()
    expect(section.locator(".cc-score")).to_be_visible(timeout=30_000)
    found += [f"scenario checked: {f}" for f in serious(page)]
    sim = page.locator('[data-cc-simulation="sim-double-billing"]')
    sim.locator("[data-cc-start]").click()
    expect(sim.locator(".cc-line--caller")).to_have_count(1)
    found += [f"simulation playing: {f}" for f in serious(page)]
    context.close()
    assert not found, found


def test_engine_failed_state(browser, server: str) -> None:
    context = browser.new_context()
    context.route("**/assets/pyodide/**", lambda route: route.abort())
    page = context.new_page()
    page.goto(server + "modules/03-dont-take-it-personally/")
    status = page.locator('[data-cc-quiz="m3-quiz"] [data-cc-status]')
    expect(status).to_contain_text("could not start", timeout=60_000)
    found = serious(page)
    context.close()
    assert not found, found
