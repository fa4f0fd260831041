"""Each simulation can be played to each of its endings, with typed replies routed by the detector."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from callcoach import play
from callcoach.simulation import ENDINGS
from tests.cases import course

ROOT = Path(__file__).resolve().parents[2]
PATHS = yaml.safe_load((ROOT / "tests/data/simulation_paths.yml").read_text(encoding="utf-8"))
CASES = [(sim, ending) for sim, endings in PATHS.items() for ending in endings]


def test_every_simulation_has_paths_to_three_or_more_endings() -> None:
    sims = course().simulations
    assert len(sims) >= 3 and set(PATHS) == set(sims)
    for sim_id, endings in PATHS.items():
        kinds = {n.ending for n in sims[sim_id].nodes.values() if n.kind == "ending"}
        assert set(endings) == kinds and len(kinds) >= 3 and kinds <= set(ENDINGS)


@pytest.mark.parametrize(("sim_id", "ending"), CASES)
def test_path_reaches_its_ending(sim_id: str, ending: str) -> None:
    sim = course().simulations[sim_id]
    view = play.start(sim)
    for step in PATHS[sim_id][ending]:
        answer = {"choice": step["choose"]} if "choose" in step else {"reply": step["reply"]}
        view = play.step(sim, view["node"], view["mood"], answer)
        assert view["ok"], view
        assert 0 <= view["mood"] <= 10
    assert view["kind"] == "ending" and view["ending"] == ending


def test_bad_turns_are_refused_plainly() -> None:
    sim = course().simulations["sim-double-billing"]
    first = play.start(sim)
    assert play.step(sim, "no-such-node", 3, {"choice": 0})["error"]["code"] == "bad-node"
    if first["kind"] == "choice":
        assert play.step(sim, first["node"], 3, {"choice": 99})["error"]["code"] == "bad-choice"
    reply_node = next(n for n in sim.nodes.values() if n.kind == "reply")
    assert play.step(sim, reply_node.id, 3, {"reply": "   "})["error"]["code"] == "empty"
    assert play.step(sim, reply_node.id, 3, {"reply": "x" * 5001})["error"]["code"] == "too-long"
