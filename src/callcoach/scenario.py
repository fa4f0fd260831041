"""Free-text scenarios: a caller's words, a rubric of behaviours, and a judgement on the learner's reply."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from callcoach.errors import Problem
from callcoach.fields import Reader, Where, no_lines

__all__ = ["Scenario", "build_scenario", "check_reply", "read_reply", "MAX_REPLY"]

MAX_REPLY = 5000
KEYS = {"schema", "id", "module", "title", "situation", "customer", "task", "rubric", "feedback", "expert", "lesson", "model_reply"}


@dataclass(frozen=True, slots=True)
class Scenario:
    """One situation and the rubric a typed reply is judged by."""

    id: str
    module: int
    title: str
    situation: str
    customer: str
    task: str
    required: tuple[str, ...]
    forbidden: tuple[str, ...]
    praise: tuple[str, ...]
    feedback: dict[str, str]
    expert: str
    lesson: str
    model_reply: str

    def to_json(self) -> dict[str, Any]:
        """Canonical mapping (what an author writes)."""
        return {
            "schema": 1, "id": self.id, "module": self.module, "title": self.title, "situation": self.situation,
            "customer": self.customer, "task": self.task,
            "rubric": {"required": list(self.required), "forbidden": list(self.forbidden), "praise": list(self.praise)},
            "feedback": dict(self.feedback), "expert": self.expert, "lesson": self.lesson, "model_reply": self.model_reply,
        }


def _behaviours(reader: Reader, key: str, vocabulary: tuple[str, ...], *, minimum: int) -> tuple[str, ...]:
    found = reader.texts(key, minimum=minimum) if key in reader.data or minimum else []
    for i, name in enumerate(found):
        if name not in vocabulary:
            reader.error(f"unknown behaviour '{name}' (one of: {', '.join(vocabulary)})", path=(*reader.path, key, i))
    return tuple(found)


def build_scenario(data: Any, *, source: str, where: Where = no_lines) -> tuple[Scenario | None, list[Problem]]:
    """Build a scenario, reporting every problem with its location."""
    from callcoach.detect.vocabulary import BEHAVIOURS

    problems: list[Problem] = []
    r = Reader(data, source=source, where=where, problems=problems)
    if not r.ok:
        return None, problems
    r.check_keys(KEYS - {"task"}, {"task"})
    rubric = r.at(("rubric",), r.data.get("rubric", {}))
    rubric.check_keys({"required", "forbidden"}, {"praise"})
    required = _behaviours(rubric, "required", BEHAVIOURS, minimum=1)
    forbidden = _behaviours(rubric, "forbidden", BEHAVIOURS, minimum=1)
    praise = _behaviours(rubric, "praise", BEHAVIOURS, minimum=0)
    overlap = (set(required) | set(praise)) & set(forbidden)
    if overlap:
        rubric.error(f"{', '.join(sorted(overlap))} cannot be both wanted and forbidden")
    fb = r.at(("feedback",), r.data.get("feedback", {}))
    feedback: dict[str, str] = {}
    for name in (*required, *forbidden, *praise):
        if fb.ok and name not in fb.data:
            fb.error(f"missing feedback for '{name}'")
        feedback[name] = fb.text(name)
    if fb.ok:
        for extra in set(fb.data) - set(feedback):
            fb.error(f"feedback for '{extra}', which the rubric does not name", path=("feedback", extra))
    scenario = Scenario(
        id=r.text("id"), module=r.integer("module", low=1, high=99), title=r.text("title"),
        situation=r.text("situation"), customer=r.text("customer"),
        task=r.text("task", required=False, default="Type what you would say next."),
        required=required, forbidden=forbidden, praise=praise, feedback=feedback,
        expert=r.text("expert"), lesson=r.text("lesson"), model_reply=r.text("model_reply"),
    )
    return scenario, problems


def read_reply(text: Any) -> tuple[str | None, dict[str, str]]:
    """The reply to analyse, or None with the error (code and message) saying why it cannot be."""
    if not isinstance(text, str) or not text.strip():
        return None, {"code": "empty", "message": "Type your reply to the caller first, then check it."}
    if len(text) > MAX_REPLY:
        message = f"Your reply is {len(text):,} characters; replies of up to {MAX_REPLY:,} can be checked. Shorten it and try again."
        return None, {"code": "too-long", "message": message}
    return text, {}


def check_reply(scenario: Scenario, text: Any) -> dict[str, Any]:
    """Judge one reply against the rubric: what it met, missed, and should not have done, with evidence."""
    from callcoach.detect import detect

    reply, error = read_reply(text)
    if reply is None:
        return {"ok": False, "error": error}
    found = detect(reply)
    shown = set(found.behaviours)
    met = [b for b in scenario.required if b in shown]
    missing = [b for b in scenario.required if b not in shown]
    forbidden = [b for b in scenario.forbidden if b in shown]
    praised = [b for b in scenario.praise if b in shown]
    feedback = [{"behaviour": b, "kind": "missing", "text": scenario.feedback[b]} for b in missing]
    feedback += [{"behaviour": b, "kind": "forbidden", "text": scenario.feedback[b]} for b in forbidden]
    feedback += [{"behaviour": b, "kind": "praise", "text": scenario.feedback[b]} for b in praised]
    return {
        "ok": True,
        "passed": not missing and not forbidden,
        "met": met,
        "missing": missing,
        "forbidden": forbidden,
        "praise": praised,
        "behaviours": list(found.behaviours),
        "evidence": {k: [list(span) for span in v] for k, v in found.evidence.items()},
        "feedback": feedback,
        "model_reply": scenario.model_reply,
        "lesson": scenario.lesson,
        "expert": scenario.expert,
    }
