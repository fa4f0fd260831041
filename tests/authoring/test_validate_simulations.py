"""Simulation graphs are checked at build time: unknown targets, unreachable nodes, loops with no way out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

EXPECTED = [
    "tests/data/invalid-sims/simulations/unreachable.yml:9:3: nodes.opening: route 2 goes to unknown node 'nowhere'",
    "tests/data/invalid-sims/simulations/unreachable.yml:9:3: nodes.opening: node 'opening' can never reach an ending (a loop with no way out)",
    "tests/data/invalid-sims/simulations/unreachable.yml:17:11: nodes.opening.turn.choices[1]: missing required key 'feedback'",
    "tests/data/invalid-sims/simulations/unreachable.yml:19:3: nodes.loop: node 'loop' can never reach an ending (a loop with no way out)",
    "tests/data/invalid-sims/simulations/unreachable.yml:23:7: nodes.loop.turn.routes: the last route of a typed reply must be 'otherwise: true', so every reply goes somewhere",
    "tests/data/invalid-sims/simulations/unreachable.yml:24:37: nodes.loop.turn.routes[0].when.any[1]: unknown behaviour 'shouting'",
    "tests/data/invalid-sims/simulations/unreachable.yml:27:3: nodes.orphan: node 'orphan' cannot be reached from the start",
]


def test_a_broken_graph_reports_every_fault_with_its_line() -> None:
    result = subprocess.run([sys.executable, "-m", "callcoach", "validate", "tests/data/invalid-sims"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stderr.splitlines()[:-1] == EXPECTED
    assert "Traceback" not in result.stderr
