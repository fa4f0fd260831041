"""The benchmark's Lighthouse calibration follows Lighthouse's own table of host classes."""

from __future__ import annotations

import importlib.util
from importlib.machinery import SourceFileLoader
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench():
    loader = SourceFileLoader("bench", str(ROOT / "scripts" / "bench"))
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader("bench", loader))
    loader.exec_module(module)
    return module


@pytest.mark.parametrize(("index", "slowdown"), [(2100, 4.0), (1500, 4.0), (1499, 2.0), (1254, 2.0), (1000, 2.0),
                                                 (900, 2.0), (799, 1.0), (300, 1.0)])
def test_the_cpu_slowdown_reaches_a_mid_tier_phone_from_each_host_class(bench, index: int, slowdown: float) -> None:
    assert bench.calibrated_slowdown(index) == slowdown
