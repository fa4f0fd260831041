"""Merge two progress records so the better result always wins and nothing is lost."""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from callcoach.progress import empty

__all__ = ["merge", "completed", "certificate_code", "course_version"]


def _earliest(a: str, b: str) -> str:
    return min(x for x in (a, b) if x) if (a or b) else ""


def merge(base: dict[str, Any], incoming: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Combine `incoming` into `base`; return the result and a plain list of what changed."""
    out = json.loads(json.dumps(base))  # a deep copy that keeps only JSON
    out.setdefault("modules", {})
    changes: list[str] = []
    if incoming.get("learner") and not out.get("learner"):
        out["learner"] = incoming["learner"]
        changes.append(f"Name set to {incoming['learner']}.")
    for number, theirs in sorted(incoming.get("modules", {}).items(), key=lambda kv: int(kv[0])):
        mine = out["modules"].setdefault(number, {})
        if theirs.get("lesson") and not mine.get("lesson"):
            mine["lesson"] = theirs["lesson"]
            changes.append(f"Module {number}: lesson marked as read.")
        elif theirs.get("lesson"):
            mine["lesson"] = _earliest(mine["lesson"], theirs["lesson"])
        if "quiz" in theirs:
            old = mine.get("quiz")
            if old is None or theirs["quiz"]["best"] > old["best"]:
                mine["quiz"] = {**theirs["quiz"], "passed": theirs["quiz"]["passed"] or bool(old and old["passed"])}
                changes.append(f"Module {number}: quiz best score now {theirs['quiz']['best']:g}%.")
            elif theirs["quiz"]["passed"] and not old["passed"]:
                old["passed"] = True
                changes.append(f"Module {number}: quiz marked as passed.")
        for sid, when in theirs.get("scenarios", {}).items():
            have = mine.setdefault("scenarios", {})
            if sid not in have:
                changes.append(f"Module {number}: scenario {sid} passed.")
            have[sid] = _earliest(have.get(sid, ""), when)
        for sim, endings in theirs.get("simulations", {}).items():
            have = mine.setdefault("simulations", {}).setdefault(sim, {})
            for ending, when in endings.items():
                if ending not in have:
                    changes.append(f"Module {number}: simulation {sim} ending '{ending}' reached.")
                have[ending] = _earliest(have.get(ending, ""), when)
        if not mine:
            del out["modules"][number]
    return out, changes


def completed(progress: dict[str, Any], known: dict[str, Any]) -> dict[str, bool]:
    """A module is complete when its lesson is read, its quiz passed and every scenario passed."""
    done = {}
    for number in known.get("modules", ()):
        m = progress.get("modules", {}).get(number, {})
        scenarios = known.get("scenarios", {}).get(number, ())
        done[number] = bool(m.get("lesson")) and bool(m.get("quiz", {}).get("passed")) and all(s in m.get("scenarios", {}) for s in scenarios)
    return done


def course_version(course_json: dict[str, Any]) -> str:
    """A short fingerprint of the course content, so a certificate names what was studied."""
    return hashlib.sha256(json.dumps(course_json, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:12]


def certificate_code(progress: dict[str, Any], known: dict[str, Any], version: str) -> str:
    """A short code over the name, the completed modules, their scores and dates, and the course version."""
    done = completed(progress, known)
    parts = [version, (progress.get("learner") or "").strip().casefold()]
    for number in sorted((n for n, ok in done.items() if ok), key=int):
        quiz = progress["modules"][number]["quiz"]
        parts.append(f"{number}:{quiz['best']:g}:{quiz.get('at', '')[:10]}")
    digest = base64.b32encode(hashlib.sha256("|".join(parts).encode()).digest()).decode()[:10]
    return f"{digest[:5]}-{digest[5:]}"
