"""In Chromium: a typed reply gets per-criterion feedback judged in Pyodide; simulations play to every ending."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from playwright.sync_api import expect

from callcoach.scenario import check_reply
from tests.cases import course

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
PATHS = yaml.safe_load((ROOT / "tests/data/simulation_paths.yml").read_text(encoding="utf-8"))
PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'


def test_reply_feedback_matches_cpython_and_shows_text_literally(page, server: str) -> None:
    scenario = course().scenarios["m5-scenario"]
    page.goto(server + "modules/05-cpr/")
    section = page.locator('[data-cc-scenario="m5-scenario"]')
    section.scroll_into_view_if_needed()
    text = f"{PAYLOAD} You must have clicked twice, that's not our fault."
    section.locator("textarea").fill(text)
    section.get_by_role("button", name="Check my reply").click()
    result = section.locator("[data-cc-result]")
    expect(result.locator(".cc-score")).to_be_visible(timeout=60_000)
    expected = check_reply(scenario, text)
    assert section.get_attribute("data-cc-passed") == "false" == str(expected["passed"]).lower()
    for b in expected["missing"]:
        expect(result.locator(".cc-criterion--missing", has_text=b.capitalize()[:5])).to_have_count(1)
    expect(result.locator(".cc-evidence")).to_contain_text(PAYLOAD)
    assert page.evaluate("window.__pwned") is None
    expect(result.locator(".cc-model")).to_contain_text(scenario.model_reply[:40])
    # A good reply passes, with its evidence highlighted.
    section.locator("textarea").fill(scenario.model_reply)
    section.get_by_role("button", name="Check my reply").click()
    expect(section).to_have_attribute("data-cc-passed", "true", timeout=30_000)
    assert result.locator("mark").count() >= len(scenario.required)


def test_empty_reply_gets_a_prompt(page, server: str) -> None:
    page.goto(server + "modules/04-let-them-vent/")
    section = page.locator('[data-cc-scenario="m4-scenario"]')
    section.scroll_into_view_if_needed()
    section.get_by_role("button", name="Check my reply").click()
    expect(section.locator("[data-cc-result] [role=alert]")).to_contain_text("Type your reply", timeout=60_000)


@pytest.mark.parametrize("sim_id", sorted(PATHS))
def test_simulation_plays_to_each_ending(page, server: str, sim_id: str) -> None:
    sim = course().simulations[sim_id]
    module = course().module(sim.module)
    page.goto(server + module.page.removesuffix(".md") + "/")
    section = page.locator(f'[data-cc-simulation="{sim_id}"]')
    section.scroll_into_view_if_needed()
    for ending, steps in PATHS[sim_id].items():
        section.locator("[data-cc-start]").click()
        for step in steps:
            turn = section.locator("[data-cc-turn]")
            if "choose" in step:
                turn.locator("button").nth(step["choose"]).click()
            else:
                turn.locator("textarea").fill(step["reply"])
                turn.get_by_role("button", name="Say it").click()
            page.wait_for_function(
                "([el, n]) => el.querySelectorAll('.cc-line--agent').length >= n",
                arg=[section.element_handle(), steps.index(step) + 1],
                timeout=60_000,
            )
        expect(section).to_have_attribute("data-cc-ending", ending)
        expect(section.locator(".cc-mood__text")).to_contain_text("out of 10")
        expect(section.locator("[data-cc-print]")).to_be_visible()
        assert section.locator(".cc-line--feedback").count() == len(steps)
