"""Merge learners' progress files into one table for a trainer, reporting unreadable files without stopping."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from callcoach.progress import read
from callcoach.progress_merge import certificate_code, completed

__all__ = ["COLUMNS", "roster_rows", "to_csv"]

COLUMNS = ("learner", "file", "module", "lesson", "quiz_score", "quiz_passed", "scenarios", "simulations", "completed", "code_checked")


def _code_check(progress: dict[str, Any], raw_code: Any, known: dict[str, Any], version: str) -> str:
    if not isinstance(raw_code, str) or not raw_code:
        return "no certificate"
    return "verified" if raw_code == certificate_code(progress, known, version) else "DOES NOT MATCH"


def roster_rows(paths: list[Path], known: dict[str, Any], version: str) -> tuple[list[dict[str, str]], list[str]]:
    """One row per learner and module, and one message per file that could not be read."""
    import json

    rows: list[dict[str, str]] = []
    problems: list[str] = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: cannot read the file ({getattr(exc, 'strerror', None) or exc.__class__.__name__})")
            continue
        progress, _notes, error = read(text, known)
        if progress is None:
            problems.append(f"{path}: {error}")
            continue
        try:
            cert = json.loads(text).get("certificate") or {}
        except (ValueError, AttributeError):
            cert = {}
        check = _code_check(progress, cert.get("code") if isinstance(cert, dict) else None, known, version)
        done = completed(progress, known)
        for number in known["modules"]:
            m = progress["modules"].get(number, {})
            quiz = m.get("quiz", {})
            scenarios = known["scenarios"].get(number, [])
            sims = known["simulations"].get(number, [])
            rows.append({
                "learner": progress["learner"] or "(no name)",
                "file": path.name,
                "module": number,
                "lesson": "read" if m.get("lesson") else "",
                "quiz_score": f"{quiz['best']:g}" if quiz else "",
                "quiz_passed": "yes" if quiz.get("passed") else "no",
                "scenarios": f"{sum(s in m.get('scenarios', {}) for s in scenarios)}/{len(scenarios)}",
                "simulations": "; ".join(f"{s}: {', '.join(sorted(m.get('simulations', {}).get(s, {}))) or '-'}" for s in sims),
                "completed": "yes" if done[number] else "no",
                "code_checked": check,
            })
    return rows, problems


def to_csv(rows: list[dict[str, str]]) -> str:
    """The table as CSV text."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
