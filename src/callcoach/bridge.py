"""The one surface the browser calls: a JSON request in, a JSON response out."""

from __future__ import annotations

import json
from typing import Any

from callcoach.course import Course
from callcoach.quiz import Quiz, build_quiz, grade_quiz
from callcoach.scenario import Scenario, build_scenario, check_reply, read_reply
from callcoach.simulation import Simulation, build_simulation
from callcoach.types import Context

__all__ = ["handle", "Session"]

MAX_REQUEST = 2_000_000  # characters; a real request is a few KB


class Session:
    """The quizzes, scenarios and simulations the worker has loaded, by id."""

    def __init__(self) -> None:
        self.quizzes: dict[str, Quiz] = {}
        self.scenarios: dict[str, Scenario] = {}
        self.simulations: dict[str, Simulation] = {}
        self.known: dict[str, Any] = {}
        self.version = ""

    def load(self, course: Any) -> dict[str, Any]:
        """Load the course data the build wrote (canonical quizzes)."""
        if not isinstance(course, dict) or not isinstance(course.get("quizzes"), list):
            return _error("bad-course", "The course data is not in the expected form.")
        quizzes: dict[str, Quiz] = {}
        for raw in course["quizzes"]:
            quiz, problems = build_quiz(raw, source="course.json", context=Context())
            if problems:
                return _error("bad-course", "; ".join(str(p) for p in problems[:3]))
            quizzes[quiz.id] = quiz
        self.quizzes = quizzes
        for key, build, store in (("scenarios", build_scenario, self.scenarios), ("simulations", build_simulation, self.simulations)):
            for raw in course.get(key) or []:
                item, problems = build(raw, source="course.json")
                if problems or item is None:
                    return _error("bad-course", "; ".join(str(p) for p in problems[:3]))
                store[item.id] = item
        from callcoach.course import known_ids
        from callcoach.progress_merge import course_version

        self.known, self.version = known_ids(course), course_version(course)
        return {"ok": True, "version": self.version, "quizzes": sorted(quizzes), "scenarios": sorted(self.scenarios), "simulations": sorted(self.simulations)}

    def grade(self, request: dict[str, Any]) -> dict[str, Any]:
        """Grade one quiz's answers."""
        quiz = self.quizzes.get(request.get("quiz"))  # type: ignore[arg-type]
        if quiz is None:
            return _error("unknown-quiz", f"No quiz called {request.get('quiz')!r} is loaded.")
        return {"ok": True, "result": grade_quiz(quiz, request.get("answers"))}


    def check(self, request: dict[str, Any]) -> dict[str, Any]:
        """Judge a typed reply against a scenario's rubric."""
        scenario = self.scenarios.get(request.get("scenario"))  # type: ignore[arg-type]
        if scenario is None:
            return _error("unknown-scenario", f"No scenario called {request.get('scenario')!r} is loaded.")
        return check_reply(scenario, request.get("text"))

    def simulation(self, request: dict[str, Any]) -> dict[str, Any]:
        """Start a simulation, or take one turn in it."""
        from callcoach import play

        sim = self.simulations.get(request.get("simulation"))  # type: ignore[arg-type]
        if sim is None:
            return _error("unknown-simulation", f"No simulation called {request.get('simulation')!r} is loaded.")
        if request["type"] == "sim_start":
            return play.start(sim)
        return play.step(sim, request.get("node"), request.get("mood"), request.get("answer"))


    def import_progress(self, request: dict[str, Any]) -> dict[str, Any]:
        """Check an imported progress file and merge it into the current progress (the better result wins)."""
        from callcoach.progress import empty, read
        from callcoach.progress_merge import merge

        incoming, notes, error = read(request.get("text"), self.known)
        if incoming is None:
            return _error("bad-progress-file", error)
        current, _, problem = read(json.dumps(request.get("current") or empty()), self.known)
        merged, changes = merge(current or empty(), incoming)
        return {"ok": True, "progress": merged, "changes": changes or ["Nothing new: your progress already includes everything in that file."], "notes": notes}

    def certificate(self, request: dict[str, Any]) -> dict[str, Any]:
        """The completed modules and the verification code for a certificate."""
        from callcoach.progress import empty, read
        from callcoach.progress_merge import certificate_code, completed

        progress, _, error = read(json.dumps(request.get("progress") or empty()), self.known)
        if progress is None:
            return _error("bad-progress", error)
        return {"ok": True, "completed": completed(progress, self.known), "code": certificate_code(progress, self.known, self.version), "version": self.version}

    def lms(self, request: dict[str, Any]) -> dict[str, Any]:
        """For a module launched by a SCORM LMS: restore progress from its suspend data, or say what to report."""
        from callcoach import lms
        from callcoach.progress import empty, read

        module = str(request.get("module"))
        if module not in self.known.get("modules", ()):
            return _error("unknown-module", f"No module {module[:20]!r} in this course.")
        if request["type"] == "lms_restore":
            progress, problem = lms.restore(request.get("suspend_data"), module, request.get("current") or empty(), self.known)
            return {"ok": True, "progress": progress, "notes": [problem] if problem else []}
        progress, _, error = read(json.dumps(request.get("progress") or empty()), self.known)
        if progress is None:
            return _error("bad-progress", error)
        return {"ok": True, **lms.report(progress, module, self.known)}


def _detect(request: dict[str, Any]) -> dict[str, Any]:
    from callcoach.detect import detect

    text, error = read_reply(request.get("text"))
    if text is None:
        return {"ok": False, "error": error}
    return {"ok": True, **detect(text).to_json()}


_SESSION = Session()
_HANDLERS = {
    "load": lambda s, r: s.load(r.get("course")),
    "grade": lambda s, r: s.grade(r),
    "check": lambda s, r: s.check(r),
    "detect": lambda s, r: _detect(r),
    "sim_start": lambda s, r: s.simulation(r),
    "sim_step": lambda s, r: s.simulation(r),
    "import_progress": lambda s, r: s.import_progress(r),
    "certificate": lambda s, r: s.certificate(r),
    "lms_report": lambda s, r: s.lms(r),
    "lms_restore": lambda s, r: s.lms(r),
    "ping": lambda s, r: {"ok": True},
}


def _error(code: str, message: str) -> dict[str, Any]:
    return {"ok": False, "error": {"code": code, "message": message}}


def handle(request_json: str, session: Session | None = None) -> str:
    """Answer one request; every failure comes back as {"ok": false, "error": {...}}, never an exception."""
    session = session or _SESSION
    if not isinstance(request_json, str) or len(request_json) > MAX_REQUEST:
        return json.dumps(_error("too-large", "The request is too large."))
    try:
        request = json.loads(request_json)
    except ValueError:
        return json.dumps(_error("bad-json", "The request is not valid JSON."))
    if not isinstance(request, dict):
        return json.dumps(_error("bad-request", "The request must be a JSON object."))
    handler = _HANDLERS.get(request.get("type"))  # type: ignore[arg-type]
    if handler is None:
        return json.dumps(_error("unknown-type", f"Unknown request type {request.get('type')!r}."))
    try:
        response = handler(session, request)
    except Exception as exc:  # a bug must reach the page as a message, not kill the worker
        response = _error("internal", f"The check failed unexpectedly ({type(exc).__name__}).")
    if "id" in request:
        response["id"] = request["id"]
    return json.dumps(response, ensure_ascii=False)
