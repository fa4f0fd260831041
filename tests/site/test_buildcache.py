"""The build's caches keep the few entries of each kind most recently used and drop the rest."""

from __future__ import annotations

import os
from pathlib import Path

from callcoach_build.buildcache import family, used


def _entry(folder: Path, name: str, age: int) -> Path:
    path = folder / name
    path.write_bytes(b"x")
    os.utime(path, (1_000_000 - age, 1_000_000 - age))
    return path


def test_a_kind_is_the_name_without_its_content_hash() -> None:
    assert family("snapshot-04ff499a09e7d931.bin") == "snapshot.bin"
    assert family("callcoach-1.0.0-py3-none-any-1e807c494325f5eb.whl") == "callcoach-1.0.0-py3-none-any.whl"
    assert family("pyodide-lock-0153dbb4c5591d89.json") == "pyodide-lock.json"
    assert family("python_stdlib-fd6fc7aa682c4178.zip") == "python_stdlib.zip"


def test_only_the_most_recently_used_of_a_kind_are_kept(tmp_path: Path) -> None:
    snapshots = [_entry(tmp_path, f"snapshot-{i:016x}.bin", age=i) for i in range(7)]
    others = [_entry(tmp_path, "python_stdlib-00000000000000aa.zip", age=50),
              _entry(tmp_path, "snapshot-0000000000000009.bin.123.partial", age=60)]
    # The oldest one is used again (a cache hit): it becomes the newest and stays.
    used(snapshots[6], keep=3)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([snapshots[0].name, snapshots[1].name, snapshots[6].name] + [p.name for p in others])


def test_a_build_reuses_its_cache_without_growing_it(site: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    cache = root / "node_modules" / ".cache" / "callcoach-pyodide"
    kinds: dict[str, int] = {}
    for path in cache.iterdir():
        if path.is_file() and not path.name.endswith(".partial"):
            kinds[family(path.name)] = kinds.get(family(path.name), 0) + 1
    assert kinds and max(kinds.values()) <= 4, kinds
