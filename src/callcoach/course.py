"""The whole course: modules, experts' quotes and quizzes, cross-checked as one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from callcoach.errors import Problem
from callcoach.fields import Reader, Where, no_lines
from callcoach.quiz import Quiz, build_quiz
from callcoach.scenario import Scenario, build_scenario
from callcoach.simulation import Simulation, build_simulation
from callcoach.types import Context

__all__ = ["Document", "Module", "Expert", "Course", "build_course", "known_ids"]


@dataclass(frozen=True, slots=True)
class Document:
    """One authored file's data, with where it came from."""

    kind: str  # course | experts | quiz | scenario | simulation
    source: str
    data: Any
    where: Where = no_lines


@dataclass(frozen=True, slots=True)
class Module:
    """One tip of the article, taught as one page."""

    number: int
    title: str
    page: str
    minutes: int
    summary: str


@dataclass(frozen=True, slots=True)
class Expert:
    """One verbatim quote, attributed as the article gives it."""

    id: str
    expert: str
    role: str
    organisation: str
    tip: int
    quote: str


@dataclass(frozen=True, slots=True)
class Course:
    """Everything the site, the command line and the worker need."""

    title: str
    modules: tuple[Module, ...]
    experts: dict[str, Expert]
    quizzes: dict[str, Quiz] = field(default_factory=dict)
    scenarios: dict[str, Scenario] = field(default_factory=dict)
    simulations: dict[str, Simulation] = field(default_factory=dict)
    authored: dict[str, Any] = field(default_factory=dict)  # scenario and simulation mappings, for the worker

    def module(self, number: int) -> Module | None:
        """The module with this number, if any."""
        return next((m for m in self.modules if m.number == number), None)

    def to_json(self) -> dict[str, Any]:
        """What the worker loads: canonical quizzes with their keys (never put in a page)."""
        return {
            "schema": 1,
            "modules": [{"module": m.number, "title": m.title, "page": m.page} for m in self.modules],
            "quizzes": [q.to_json() for q in self.quizzes.values()],
            "scenarios": [s.to_json() for s in self.scenarios.values()],
            "simulations": [self.authored[k] for k in self.simulations],
        }


def known_ids(course_json: dict[str, Any]) -> dict[str, Any]:
    """Module numbers and the scenario and simulation ids of each, from the course data (for progress files)."""
    known: dict[str, Any] = {"modules": [str(m["module"]) for m in course_json.get("modules", [])], "scenarios": {}, "simulations": {}}
    for kind in ("scenarios", "simulations"):
        for item in course_json.get(kind, []):
            known[kind].setdefault(str(item["module"]), []).append(item["id"])
    known["quizzes"] = {str(q["module"]): q["id"] for q in course_json.get("quizzes", [])}
    return known


def _read_course(doc: Document, problems: list[Problem]) -> tuple[str, tuple[Module, ...]]:
    r = Reader(doc.data, source=doc.source, where=doc.where, problems=problems)
    r.check_keys({"schema", "title", "modules"})
    modules = []
    for i, raw in enumerate(r.items("modules", minimum=1)):
        m = r.at(("modules", i), raw)
        m.check_keys({"module", "title", "page", "minutes", "summary"})
        number = m.integer("module", low=1, high=99)
        if any(x.number == number for x in modules):
            m.error(f"duplicate module number {number}", path=("modules", i, "module"))
        modules.append(Module(number, m.text("title"), m.text("page"), m.integer("minutes", low=1, high=240), m.text("summary")))
    return r.text("title"), tuple(modules)


def _read_experts(doc: Document, problems: list[Problem]) -> dict[str, Expert]:
    r = Reader(doc.data, source=doc.source, where=doc.where, problems=problems)
    r.check_keys({"schema", "experts"})
    experts: dict[str, Expert] = {}
    for i, raw in enumerate(r.items("experts", minimum=1)):
        e = r.at(("experts", i), raw)
        e.check_keys({"id", "expert", "role", "organisation", "tip", "quote"})
        expert = Expert(
            e.text("id"), e.text("expert"), e.text("role"), e.text("organisation", required=False),
            e.integer("tip", low=1, high=99), e.text("quote"),
        )
        if expert.id in experts:
            e.error(f"duplicate expert id '{expert.id}'", path=("experts", i, "id"))
        experts[expert.id] = expert
    return experts


def _raw_indices(data: Any) -> dict[str, int]:
    """Each question id's position in the authored list (built questions skip broken ones)."""
    raw = data.get("questions") if isinstance(data, dict) else None
    out: dict[str, int] = {}
    for i, item in enumerate(raw if isinstance(raw, list) else []):
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            out.setdefault(item["id"].strip(), i)
    return out


def build_course(documents: list[Document], *, anchors: dict[str, set[str]] | None = None) -> tuple[Course | None, list[Problem]]:
    """Build and cross-check the course; `anchors` maps a page path to its section ids."""
    problems: list[Problem] = []
    title, modules, experts, experts_source = "", (), {}, "experts.yml"
    for doc in documents:
        if doc.kind == "course":
            title, modules = _read_course(doc, problems)
        elif doc.kind == "experts":
            experts, experts_source = _read_experts(doc, problems), doc.source
    context = Context({k: {"quote": e.quote, "expert": e.expert} for k, e in experts.items()})
    for expert in experts.values():
        if modules and not any(m.number == expert.tip for m in modules):
            problems.append(Problem(experts_source, None, f"expert '{expert.id}': tip {expert.tip} is not a module"))
    quizzes: dict[str, Quiz] = {}
    question_ids: dict[str, str] = {}
    for doc in documents:
        if doc.kind != "quiz":
            continue
        quiz, found = build_quiz(doc.data, source=doc.source, where=doc.where, context=context)
        problems.extend(found)
        if quiz is None:
            continue
        # Cross-checks still run on a quiz with problems of its own, so one pass reports everything.
        at = lambda *path: doc.where(path)[0]  # noqa: E731 - a short local helper
        raw_index = _raw_indices(doc.data)
        if quiz.id in quizzes:
            problems.append(Problem(doc.source, at("id"), f"id: duplicate quiz id '{quiz.id}'"))
        module = next((m for m in modules if m.number == quiz.module), None)
        if modules and module is None:
            problems.append(Problem(doc.source, at("module"), f"module: no module {quiz.module} in course.yml"))
        for q in quiz.questions:
            i = raw_index.get(q.common.id, 0)
            if question_ids.get(q.common.id, doc.source) != doc.source:
                problems.append(Problem(doc.source, at("questions", i, "id"), f"questions[{i}].id: duplicate question id '{q.common.id}' (also in {question_ids[q.common.id]})"))
            question_ids[q.common.id] = doc.source
            if anchors is not None and module is not None:
                page, _, anchor = q.common.lesson.partition("#")
                page = page or module.page
                if page not in anchors:
                    problems.append(Problem(doc.source, at("questions", i, "lesson"), f"questions[{i}].lesson: no page '{page}'"))
                elif anchor not in anchors[page]:
                    problems.append(Problem(doc.source, at("questions", i, "lesson"), f"questions[{i}].lesson: no section '#{anchor}' in {page}"))
        quizzes[quiz.id] = quiz
    scenarios, simulations, authored = _read_practice(documents, modules, experts, anchors, problems, set(quizzes) | set(question_ids))
    if problems:
        return None, problems
    return Course(title, modules, experts, quizzes, scenarios, simulations, authored), problems


def _read_practice(
    documents: list[Document], modules: tuple[Module, ...], experts: dict[str, Expert],
    anchors: dict[str, set[str]] | None, problems: list[Problem], taken: set[str],
) -> tuple[dict[str, Scenario], dict[str, Simulation], dict[str, Any]]:
    """Scenarios and simulations, cross-checked against the modules, the experts and the lesson pages."""
    scenarios: dict[str, Scenario] = {}
    simulations: dict[str, Simulation] = {}
    authored: dict[str, Any] = {}
    for doc in documents:
        if doc.kind not in ("scenario", "simulation"):
            continue
        build = build_scenario if doc.kind == "scenario" else build_simulation
        item, found = build(doc.data, source=doc.source, where=doc.where)
        problems.extend(found)
        if item is None:
            continue
        at = lambda *path: doc.where(path)[0]  # noqa: E731 - a short local helper
        if item.id in taken:
            problems.append(Problem(doc.source, at("id"), f"id: '{item.id}' is already used by another quiz, scenario or simulation"))
        taken.add(item.id)
        module = next((m for m in modules if m.number == item.module), None)
        if modules and module is None:
            problems.append(Problem(doc.source, at("module"), f"module: no module {item.module} in course.yml"))
        if isinstance(item, Scenario):
            if experts and item.expert not in experts:
                problems.append(Problem(doc.source, at("expert"), f"expert: unknown expert '{item.expert}' (not in experts.yml)"))
            if anchors is not None and module is not None and item.lesson.lstrip("#") not in anchors.get(module.page, set()):
                problems.append(Problem(doc.source, at("lesson"), f"lesson: no section '{item.lesson}' in {module.page}"))
            scenarios[item.id] = item
        else:
            simulations[item.id] = item
            authored[item.id] = doc.data
    return scenarios, simulations, authored
