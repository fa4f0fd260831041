"""Keyboard only: a quiz of every type, a scenario check and a simulation to an ending, with focus moved to feedback."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from playwright.sync_api import expect

from tests.cases import course

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]


def focus_is_visible(page) -> bool:
    """The focused element draws an outline (or the theme's focus ring)."""
    return page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }"
    )


def choose_in_select(page, select, label: str) -> None:
    """Focus a select with Tab-order keys and move through its options with the arrow keys until `label`."""
    select.focus()
    labels = select.locator("option").all_inner_texts()
    for _ in range(labels.index(label)):
        page.keyboard.press("ArrowDown")


def test_quiz_scenario_and_simulation_by_keyboard(page, server: str) -> None:
    page.goto(server + "modules/05-cpr/")
    quiz = course().quizzes["m5-quiz"]
    root = page.locator('[data-cc-quiz="m5-quiz"]')
    for q in quiz.questions:
        fieldset = root.locator(f'[data-cc-question="{q.common.id}"]')
        if q.kind in ("single", "true_false"):
            target = next(o.text for o in q.options if o.correct) if q.kind == "single" else ("True" if q.answer else "False")
            fieldset.get_by_label(target, exact=True).focus()
            page.keyboard.press("Space")
        elif q.kind == "multiple":
            for o in q.options:
                if o.correct:
                    fieldset.get_by_label(o.text, exact=True).focus()
                    page.keyboard.press("Space")
        elif q.kind == "ordering":
            for position, text in enumerate(q.items, 1):
                choose_in_select(page, fieldset.locator("li", has_text=text).locator("select"), str(position))
        elif q.kind == "matching":
            for index, (_, right) in enumerate(q.pairs):
                choose_in_select(page, fieldset.locator("li").nth(index).locator("select"), right)
        else:
            fieldset.locator("input").focus()
            page.keyboard.type(q.accept[0])
        assert focus_is_visible(page), q.common.id
    root.locator("[data-cc-submit]").focus()
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    result = root.locator("[data-cc-result]")
    expect(result).to_be_focused(timeout=60_000)
    assert float(result.get_attribute("data-cc-score")) == 100.0

    section = page.locator('[data-cc-scenario="m5-scenario"]')
    section.locator("textarea").focus()
    page.keyboard.type(course().scenarios["m5-scenario"].model_reply)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Check my reply"
    page.keyboard.press("Enter")
    expect(section.locator("[data-cc-result]")).to_be_focused(timeout=30_000)
    expect(section).to_have_attribute("data-cc-passed", "true")

    paths = yaml.safe_load((ROOT / "tests/data/simulation_paths.yml").read_text(encoding="utf-8"))
    ending, steps = next(iter(paths["sim-double-billing"].items()))
    sim = page.locator('[data-cc-simulation="sim-double-billing"]')
    sim.locator("[data-cc-start]").focus()
    page.keyboard.press("Enter")
    for number, step in enumerate(steps, 1):
        turn = sim.locator("[data-cc-turn]")
        if "choose" in step:
            expect(turn.locator("button").first).to_be_focused()
            for _ in range(step["choose"]):
                page.keyboard.press("Tab")
            page.keyboard.press("Enter")
        else:
            expect(turn.locator("textarea")).to_be_focused()
            page.keyboard.type(step["reply"])
            page.keyboard.press("Tab")
            page.keyboard.press("Enter")
        expect(sim.locator(".cc-line--agent")).to_have_count(number, timeout=30_000)
    expect(sim).to_have_attribute("data-cc-ending", ending)
    expect(sim.locator("[data-cc-turn] .cc-score")).to_be_focused()
