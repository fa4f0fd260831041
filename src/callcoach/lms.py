"""What a SCORM 1.2 LMS is told about one module, and that module's progress kept in the LMS's suspend data."""

from __future__ import annotations

import json
from typing import Any

from callcoach.progress import SCHEMA, empty, read
from callcoach.progress_merge import merge

__all__ = ["SUSPEND_LIMIT", "report", "suspend", "restore"]

SUSPEND_LIMIT = 4096  # characters: SCORM 1.2's cmi.suspend_data is a CMIString4096
VERSION = 1


def report(progress: dict[str, Any], module: str, known: dict[str, Any]) -> dict[str, Any]:
    """The lesson status, the score (when the quiz was taken) and the suspend data for `module`."""
    entry = progress.get("modules", {}).get(module, {})
    quiz = entry.get("quiz")
    score = None
    if quiz:
        # The quiz's pass mark was applied when it was graded; the LMS also has it as adlcp:masteryscore.
        status = "passed" if quiz.get("passed") else "failed"
        score = {"raw": round(float(quiz["best"]), 2), "min": 0, "max": 100}
    elif module not in known.get("quizzes", {}) and _steps_done(entry, known.get("scenarios", {}).get(module, ())):
        status = "completed"  # a module with no quiz is complete when its lesson and scenarios are done
    else:
        status = "incomplete"
    return {"status": status, "score": score, "suspend_data": suspend(module, entry)}


def _steps_done(entry: dict[str, Any], scenarios: Any) -> bool:
    return bool(entry.get("lesson")) and all(s in entry.get("scenarios", {}) for s in scenarios)


def _dated(entry: dict[str, Any]) -> dict[str, Any]:
    """The entry with dates in place of timestamps: a fallback that keeps every result in less space."""
    day = lambda when: when[:10]  # noqa: E731
    out: dict[str, Any] = {}
    if entry.get("lesson"):
        out["lesson"] = day(entry["lesson"])
    if entry.get("quiz"):
        out["quiz"] = {**entry["quiz"], "at": day(entry["quiz"].get("at", ""))}
    if entry.get("scenarios"):
        out["scenarios"] = {k: day(v) for k, v in entry["scenarios"].items()}
    if entry.get("simulations"):
        out["simulations"] = {k: {e: day(d) for e, d in v.items()} for k, v in entry["simulations"].items()}
    return out


def suspend(module: str, entry: dict[str, Any]) -> str:
    """The module's progress as compact JSON within SCORM 1.2's limit, dropping detail only when it must."""
    candidates = (
        entry,
        _dated(entry),
        {k: v for k, v in _dated(entry).items() if k != "simulations"},
        {k: v for k, v in _dated(entry).items() if k in ("lesson", "quiz")},
    )
    for candidate in candidates:
        text = json.dumps({"v": VERSION, "m": module, "p": candidate}, separators=(",", ":"), ensure_ascii=False)
        if len(text) <= SUSPEND_LIMIT:
            return text
    return ""  # cannot happen with a well-formed entry; the LMS still gets the status and score


def restore(text: Any, module: str, current: dict[str, Any], known: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """Merge the module's progress from the LMS's suspend data into `current`: (progress, problem or "")."""
    base, _, _ = read(json.dumps(current or empty()), known)
    base = base or empty()
    if not isinstance(text, str) or not text.strip():
        return base, ""
    if len(text) > SUSPEND_LIMIT * 4:
        return base, "The learning system sent saved data that is far too long to be this course's."
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return base, "The learning system sent saved data this course cannot read; it was ignored."
    if not isinstance(data, dict) or data.get("v") != VERSION or data.get("m") != module or not isinstance(data.get("p"), dict):
        return base, "The learning system sent saved data for another module or version; it was ignored."
    incoming, _, error = read(json.dumps({"schema": SCHEMA, "modules": {module: data["p"]}}), known)
    if incoming is None:
        return base, error
    merged, _ = merge(base, incoming)
    return merged, ""
