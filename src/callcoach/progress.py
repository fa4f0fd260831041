"""A learner's progress file: check it, bring older versions up to date, merge two, and sign a certificate."""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["SCHEMA", "empty", "read", "MAX_BYTES"]

SCHEMA = 1
MAX_BYTES = 1_000_000
ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
WHEN = re.compile(r"^\d{4}-\d{2}-\d{2}(T[0-9:.]+Z?)?$")


def empty() -> dict[str, Any]:
    """A fresh progress record."""
    return {"schema": SCHEMA, "learner": "", "modules": {}}


def _migrate(data: dict[str, Any], notes: list[str]) -> dict[str, Any]:
    # Schema 0 kept only best quiz scores by quiz id ({"scores": {"m1-quiz": 80}}).
    if data.get("schema", 0) == 0 and isinstance(data.get("scores"), dict):
        out = empty()
        for quiz, score in data["scores"].items():
            match = re.fullmatch(r"m(\d+)-quiz", str(quiz))
            if match and isinstance(score, (int, float)) and not isinstance(score, bool):
                out["modules"][match.group(1)] = {"quiz": {"best": float(score), "passed": False, "at": ""}}
        notes.append("Updated a progress file from an older version of the course.")
        return out
    return data


def _when(value: Any) -> str:
    return value if isinstance(value, str) and WHEN.match(value) else ""


def _clean_module(raw: dict[str, Any], known: dict[str, Any], number: str, notes: list[str]) -> dict[str, Any]:
    """Keep only well-formed entries; anything else is dropped with a note, never a failure."""
    out: dict[str, Any] = {}
    if _when(raw.get("lesson")):
        out["lesson"] = raw["lesson"]
    quiz = raw.get("quiz")
    if isinstance(quiz, dict) and isinstance(quiz.get("best"), (int, float)) and not isinstance(quiz.get("best"), bool):
        best = max(0.0, min(100.0, float(quiz["best"])))
        out["quiz"] = {"best": best, "passed": quiz.get("passed") is True, "at": _when(quiz.get("at"))}
    for kind in ("scenarios", "simulations"):
        entries = raw.get(kind)
        if not isinstance(entries, dict):
            continue
        kept: dict[str, Any] = {}
        for key, value in entries.items():
            if key not in known.get(kind, {}).get(number, ()):
                notes.append(f"Module {number}: skipped unknown {kind[:-1]} '{str(key)[:40]}'.")
                continue
            if kind == "scenarios" and _when(value):
                kept[key] = value
            elif kind == "simulations" and isinstance(value, dict):
                endings = {e: d for e, d in value.items() if isinstance(e, str) and ID.match(e) and _when(d)}
                if endings:
                    kept[key] = endings
        if kept:
            out[kind] = kept
    return out


def read(text: Any, known: dict[str, Any]) -> tuple[dict[str, Any] | None, list[str], str]:
    """Parse and check a progress file: (progress, notes, error). `known` lists valid module numbers and ids."""
    if not isinstance(text, str):
        return None, [], "The file is not text."
    if len(text.encode("utf-8", "replace")) > MAX_BYTES:
        return None, [], f"The file is larger than {MAX_BYTES // 1000:,} KB, so it cannot be a progress file from this course."
    try:
        data = json.loads(text)
    except RecursionError:
        return None, [], "The file is nested too deeply to be a progress file."
    except ValueError:
        return None, [], "The file is not a progress file (it is not valid JSON)."
    if not isinstance(data, dict):
        return None, [], "The file is not a progress file (expected a JSON object)."
    notes: list[str] = []
    data = _migrate(data, notes)
    if data.get("schema") != SCHEMA:
        return None, [], f"The file is from an unknown version of the course (schema {str(data.get('schema'))[:20]}); this course reads schema {SCHEMA}."
    out = empty()
    if isinstance(data.get("learner"), str):
        out["learner"] = data["learner"].strip()[:80]
    modules = data.get("modules")
    if not isinstance(modules, dict):
        return None, [], "The file has no 'modules' section, so it is not a progress file."
    for number, raw in modules.items():
        if str(number) not in known.get("modules", ()):
            notes.append(f"Skipped unknown module '{str(number)[:20]}'.")
        elif isinstance(raw, dict):
            cleaned = _clean_module(raw, known, str(number), notes)
            if cleaned:
                out["modules"][str(number)] = cleaned
    return out, notes, ""
