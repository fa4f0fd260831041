"""Each scenario's rubric against golden good and bad replies, so a rubric cannot silently regress."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from callcoach.scenario import check_reply
from tests.cases import course

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = yaml.safe_load((ROOT / "tests/data/scenarios.yml").read_text(encoding="utf-8"))
GOOD = [(sid, text) for sid, g in GOLDEN.items() for text in g["good"]]
BAD = [(sid, case) for sid, g in GOLDEN.items() for case in g["bad"]]


def test_every_scenario_has_goldens() -> None:
    scenarios = course().scenarios
    assert len(scenarios) >= 8 and set(GOLDEN) == set(scenarios)
    assert {s.module for s in scenarios.values()} == set(range(1, 9))


@pytest.mark.parametrize(("sid", "text"), GOOD)
def test_good_replies_pass(sid: str, text: str) -> None:
    result = check_reply(course().scenarios[sid], text)
    assert result["passed"], (result["missing"], result["forbidden"])


@pytest.mark.parametrize(("sid", "case"), BAD)
def test_bad_replies_fail_for_the_right_reasons(sid: str, case: dict) -> None:
    result = check_reply(course().scenarios[sid], case["text"])
    assert not result["passed"]
    assert sorted(result["missing"]) == sorted(case["missing"])
    assert sorted(result["forbidden"]) == sorted(case["forbidden"])


@pytest.mark.parametrize("sid", sorted(GOLDEN))
def test_model_reply_passes_with_all_praise(sid: str) -> None:
    scenario = course().scenarios[sid]
    result = check_reply(scenario, scenario.model_reply)
    assert result["passed"] and result["praise"] == list(scenario.praise)


def test_empty_and_oversized_replies_get_a_prompt() -> None:
    scenario = next(iter(course().scenarios.values()))
    assert "Type your reply" in check_reply(scenario, "  ")["error"]["message"]
    assert "5,000" in check_reply(scenario, "a" * 5001)["error"]["message"]
