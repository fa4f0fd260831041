"""Branching call simulations: a dialogue graph whose typed turns are routed by detected behaviours."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from callcoach.errors import Problem
from callcoach.fields import Reader, Where, no_lines
from callcoach.sim_graph import graph_problems

__all__ = ["Simulation", "Node", "Route", "build_simulation", "ENDINGS", "MOOD_RANGE"]

ENDINGS = ("resolved", "escalated", "ended-professionally", "lost")
MOOD_RANGE = (0, 10)


@dataclass(frozen=True, slots=True)
class Route:
    """One way a turn can go: a choice, or a rule on the behaviours a typed reply shows."""

    next: str
    feedback: str
    mood: int = 0
    text: str = ""  # the choice's words (choice turns)
    any: tuple[str, ...] = ()
    all: tuple[str, ...] = ()
    none: tuple[str, ...] = ()
    otherwise: bool = False

    def matches(self, shown: set[str]) -> bool:
        """Whether a reply showing `shown` takes this route."""
        if self.otherwise:
            return True
        return (not self.any or bool(shown & set(self.any))) and set(self.all) <= shown and not shown & set(self.none)


@dataclass(frozen=True, slots=True)
class Node:
    """A moment in the call: the caller speaks, then the learner's turn, or the call ends."""

    id: str
    customer: str
    kind: str  # choice | reply | ending
    routes: tuple[Route, ...] = ()
    prompt: str = ""
    ending: str = ""
    summary: str = ""


@dataclass(frozen=True, slots=True)
class Simulation:
    """A whole call: where it starts, the caller's starting mood, and its nodes."""

    id: str
    module: int
    title: str
    intro: str
    mood_start: int
    start: str
    nodes: dict[str, Node]


def _routes(r: Reader, kind: str, vocabulary: tuple[str, ...]) -> tuple[Route, ...]:
    key = "choices" if kind == "choice" else "routes"
    raw = r.items(key, minimum=2 if kind == "choice" else 1)
    if kind == "choice" and len(raw) > 4:
        r.error(f"at most 4 choices, got {len(raw)}", path=(*r.path, key))
    routes = []
    for i, item in enumerate(raw):
        c = r.at((key, i), item)
        if kind == "choice":
            c.check_keys({"text", "feedback", "next"}, {"mood"})
        else:
            c.check_keys({"feedback", "next"}, {"mood", "when", "otherwise"})
        when = c.at(("when",), c.data.get("when", {}))
        when.check_keys(set(), {"any", "all", "none"})
        sets = {}
        for name in ("any", "all", "none"):
            sets[name] = tuple(when.texts(name, minimum=1)) if name in when.data else ()
            for j, b in enumerate(sets[name]):
                if b not in vocabulary:
                    when.error(f"unknown behaviour '{b}'", path=(*when.path, name, j))
        otherwise = c.boolean("otherwise")
        if kind == "reply" and not otherwise and not any(sets.values()):
            c.error("a route needs 'when' (any/all/none) or 'otherwise: true'")
        routes.append(Route(
            next=c.text("next"), feedback=c.text("feedback"), mood=c.integer("mood", low=-5, high=5),
            text=c.text("text") if kind == "choice" else "", otherwise=otherwise, **sets,
        ))
    if kind == "reply" and routes and not routes[-1].otherwise:
        r.error("the last route of a typed reply must be 'otherwise: true', so every reply goes somewhere", path=(*r.path, key))
    return tuple(routes)


def build_simulation(data: Any, *, source: str, where: Where = no_lines) -> tuple[Simulation | None, list[Problem]]:
    """Build a simulation and check its graph: reachable nodes, known targets, a way out of every loop."""
    from callcoach.detect.vocabulary import BEHAVIOURS

    problems: list[Problem] = []
    r = Reader(data, source=source, where=where, problems=problems)
    if not r.ok:
        return None, problems
    r.check_keys({"schema", "id", "module", "title", "intro", "mood", "start", "nodes"})
    mood = r.at(("mood",), r.data.get("mood", {}))
    mood.check_keys({"start"})
    nodes: dict[str, Node] = {}
    raw_nodes = r.data.get("nodes")
    if not isinstance(raw_nodes, dict) or not raw_nodes:
        r.error("nodes: must be a mapping of node ids to nodes", path=("nodes",))
        raw_nodes = {}
    for node_id, raw in raw_nodes.items():
        n = r.at(("nodes", node_id), raw)
        if not n.ok:
            continue
        if "ending" in n.data:
            n.check_keys({"ending", "customer", "summary"})
            ending = n.text("ending")
            if ending and ending not in ENDINGS:
                n.error(f"unknown ending '{ending}' (one of: {', '.join(ENDINGS)})", path=(*n.path, "ending"))
            nodes[str(node_id)] = Node(str(node_id), n.text("customer"), "ending", ending=ending, summary=n.text("summary"))
            continue
        n.check_keys({"customer", "turn"})
        t = n.at(("turn",), n.data.get("turn", {}))
        kind = t.data.get("kind")
        if kind not in ("choice", "reply"):
            t.error(f"kind: must be 'choice' or 'reply', got {kind!r}", path=(*t.path, "kind"))
            continue
        t.check_keys({"kind", "choices"} if kind == "choice" else {"kind", "routes"}, set() if kind == "choice" else {"prompt"})
        nodes[str(node_id)] = Node(
            str(node_id), n.text("customer"), kind, _routes(t, kind, BEHAVIOURS),
            prompt=t.text("prompt", required=False, default="Type what you would say."),
        )
    sim = Simulation(
        id=r.text("id"), module=r.integer("module", low=1, high=99), title=r.text("title"), intro=r.text("intro"),
        mood_start=mood.integer("start", low=MOOD_RANGE[0], high=MOOD_RANGE[1], default=5),
        start=r.text("start"), nodes=nodes,
    )
    for path, message in graph_problems(sim.start, {k: [x.next for x in v.routes] for k, v in nodes.items()}, {k for k, v in nodes.items() if v.kind == "ending"}):
        r.error(message, path=path)
    return sim, problems
