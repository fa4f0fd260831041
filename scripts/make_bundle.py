#!/usr/bin/env python3
"""Build the offline classroom bundle: dist/handling-tricky-customer-calls.zip (the course plus a launcher)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "handling-tricky-customer-calls"


def build(dist: Path) -> Path:
    """Build the site for file:// and http, add the launcher, and zip it; return the zip's path."""
    folder = dist / NAME
    if folder.exists():
        shutil.rmtree(folder)
    env = {**os.environ, "CALLCOACH_OFFLINE": "true", "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(folder)], cwd=ROOT, env=env, check=False)
    if result.returncode != 0:
        raise SystemExit("The bundle was not made: the course did not build (see the messages above).")
    for launcher in ("start.py", "start.command", "start.bat"):
        shutil.copy2(ROOT / "scripts" / "bundle" / launcher, folder / launcher)
    target = dist / f"{NAME}.zip"
    partial = target.with_suffix(".zip.partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                info = zipfile.ZipInfo.from_file(path, f"{NAME}/{path.relative_to(folder).as_posix()}")
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, path.read_bytes(), compresslevel=9)
    partial.replace(target)  # never leave half a zip behind
    return target


if __name__ == "__main__":
    zip_path = build(ROOT / "dist")
    print(f"Wrote {zip_path.relative_to(ROOT)} ({zip_path.stat().st_size / 1e6:.1f} MB). Unzip it and run start.py (or start.command / start.bat).")
