"""The engine's start-up snapshot: Pyodide's memory with the engine imported and the course loaded."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from callcoach_build.assets import run_node
from callcoach_build.buildcache import used

__all__ = ["SNAPSHOT_NAME", "write_snapshot"]

SNAPSHOT_NAME = "engine-snapshot.bin"  # beside the runtime in assets/pyodide; worker.js asks for it by name


def write_snapshot(root: Path, site_dir: Path) -> Path:
    """Write assets/pyodide/engine-snapshot.bin for the runtime, wheel and course data already in site_dir.

    Made under Node by scripts/pyodide-snapshot.mjs (a few seconds) and cached by the content of everything
    that goes into it, so a rebuild that changes only the lessons reuses it."""
    runtime = site_dir / "assets" / "pyodide"
    wheel = next(runtime.glob("callcoach-*.whl"))
    course = site_dir / "assets" / "callcoach" / "course.json"
    digest = hashlib.sha256()
    for part in (root / "scripts" / "pyodide-snapshot.mjs", root / "node_modules" / "pyodide" / "package.json",
                 runtime / "python_stdlib.zip", runtime / "pyodide.asm.wasm", wheel, course):
        digest.update(part.read_bytes())
    cache = root / "node_modules" / ".cache" / "callcoach-pyodide" / f"snapshot-{digest.hexdigest()[:16]}.bin"
    if not cache.exists():
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_name(f"{cache.name}.{os.getpid()}.partial")
        run_node(root, "pyodide-snapshot.mjs", [str(runtime), str(wheel), str(course), str(partial)],
                 "making the engine's start-up snapshot")
        partial.replace(cache)  # atomic: a build running at the same time never sees half a file
    target = runtime / SNAPSHOT_NAME
    shutil.copyfile(used(cache), target)
    return target
