"""The browser runtime ships Python already compiled to bytecode (by Pyodide's own interpreter), so the
engine's start is not spent compiling the standard library and the engine on every visit."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _flags(pyc: bytes) -> int:
    # PEP 552: 4 bytes of magic number, then a 32-bit flags field (bit 0: hash-based, bit 1: check the source).
    return int.from_bytes(pyc[4:8], "little")


def test_the_standard_library_is_bytecode_only(site: Path) -> None:
    with zipfile.ZipFile(site / "assets/pyodide/python_stdlib.zip") as zf:
        names = zf.namelist()
        assert not [n for n in names if n.endswith(".py")], "a source left in the stdlib zip is compiled at every start"
        pycs = [n for n in names if n.endswith(".pyc")]
        with zipfile.ZipFile(ROOT / "node_modules/pyodide/python_stdlib.zip") as npm:
            sources = {n[:-3] for n in npm.namelist() if n.endswith(".py")}
        assert {n[:-4] for n in pycs} == sources  # every module is there, nothing else
        magics = {zf.read(n)[:4] for n in pycs[:50]}
        assert len(magics) == 1
        # Unchecked hash-based .pyc: zipimport uses them as they are (there is no source to compare with).
        assert {_flags(zf.read(n)) for n in pycs[:50]} == {0b01}


def test_the_engine_wheel_carries_checked_bytecode_beside_its_sources(site: Path) -> None:
    runtime = site / "assets/pyodide"
    entry = json.loads((runtime / "pyodide-lock.json").read_text())["packages"]["callcoach"]
    with zipfile.ZipFile(runtime / entry["file_name"]) as zf:
        names = set(zf.namelist())
        sources = [n for n in names if n.startswith("callcoach/") and n.endswith(".py")]
        assert sources
        with zipfile.ZipFile(runtime / "python_stdlib.zip") as std:
            magic = std.read(next(n for n in std.namelist() if n.endswith(".pyc")))[:4]
        for source in sources:
            folder, _, name = source.rpartition("/")
            cached = [n for n in names if n.startswith(f"{folder}/__pycache__/{name[:-3]}.cpython-") and n.endswith(".pyc")]
            assert len(cached) == 1, source
            pyc = zf.read(cached[0])
            assert pyc[:4] == magic, source
            # Checked hash-based: Python compares the source's hash, so a stale .pyc is never used.
            assert _flags(pyc) == 0b11, source
        record = zf.read(next(n for n in names if n.endswith(".dist-info/RECORD"))).decode()
        assert all(n in record for n in names), "RECORD lists every file of the wheel"
