#!/usr/bin/env python3
"""Build the SCORM 1.2 package: dist/handling-tricky-customer-calls-scorm12.zip, one SCO per module.

Usage: .venv/bin/python scripts/make_scorm.py [--dist dist]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
NAME = "handling-tricky-customer-calls"

from callcoach_build.content import load_course  # noqa: E402
from callcoach_build.scorm import write_package  # noqa: E402


def build(dist: Path) -> Path:
    """Build the course for an LMS (relative .html links, no service worker) and package it; return the zip."""
    dist.mkdir(parents=True, exist_ok=True)
    folder = dist / f"{NAME}-scorm12"
    env = {**os.environ, "CALLCOACH_OFFLINE": "true", "CALLCOACH_SCORM": "true", "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(folder)], cwd=ROOT, env=env, check=False)
    if result.returncode != 0:
        raise SystemExit("The SCORM package was not made: the course did not build (see the messages above).")
    course, problems = load_course(ROOT)
    if course is None or problems:
        raise SystemExit("The SCORM package was not made:\n" + "\n".join(f"  {p}" for p in problems))
    target = dist / f"{NAME}-scorm12.zip"
    count = write_package(course, folder, target, identifier=NAME)
    shutil.rmtree(folder)
    print(f"Wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target} "
          f"({target.stat().st_size / 1e6:.1f} MB, {count} files, {len(course.modules)} modules). "
          "Upload it to your LMS as a SCORM 1.2 package.")
    return target


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where to write the zip (default: dist/)")
    build(parser.parse_args().dist.resolve())
