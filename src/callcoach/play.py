"""Play a simulation one turn at a time: the page holds the state, Python decides where each turn goes."""

from __future__ import annotations

from typing import Any

from callcoach.scenario import read_reply
from callcoach.simulation import MOOD_RANGE, Node, Simulation

__all__ = ["node_view", "start", "step"]


def node_view(sim: Simulation, node: Node, mood: int) -> dict[str, Any]:
    """What the page shows for a node: the caller's words and the learner's options (no routing rules)."""
    view: dict[str, Any] = {"node": node.id, "customer": node.customer, "kind": node.kind, "mood": mood}
    if node.kind == "choice":
        view["choices"] = [r.text for r in node.routes]
    elif node.kind == "reply":
        view["prompt"] = node.prompt
    else:
        view["ending"] = node.ending
        view["summary"] = node.summary
    return view


def start(sim: Simulation) -> dict[str, Any]:
    """The first node, with the caller's starting mood."""
    return {"ok": True, "simulation": sim.id, "title": sim.title, "intro": sim.intro, **node_view(sim, sim.nodes[sim.start], sim.mood_start)}


def step(sim: Simulation, node_id: Any, mood: Any, answer: Any) -> dict[str, Any]:
    """Take one learner turn at `node_id`; return the feedback, the new mood and the next node."""
    node = sim.nodes.get(node_id) if isinstance(node_id, str) else None
    if node is None or node.kind == "ending":
        return {"ok": False, "error": {"code": "bad-node", "message": "That point in the call does not exist; restart the call."}}
    if not isinstance(mood, int) or isinstance(mood, bool) or not MOOD_RANGE[0] <= mood <= MOOD_RANGE[1]:
        mood = sim.mood_start
    answer = answer if isinstance(answer, dict) else {}
    turn: dict[str, Any] = {"node": node.id}
    if node.kind == "choice":
        index = answer.get("choice")
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(node.routes):
            return {"ok": False, "error": {"code": "bad-choice", "message": "Choose one of the replies."}}
        route = node.routes[index]
        turn["said"] = route.text
    else:
        from callcoach.detect import detect

        text, error = read_reply(answer.get("reply"))
        if text is None:
            return {"ok": False, "error": error}
        found = detect(text)
        route = next(r for r in node.routes if r.matches(set(found.behaviours)))
        turn.update(said=text, behaviours=list(found.behaviours), evidence={k: [list(s) for s in v] for k, v in found.evidence.items()})
    new_mood = max(MOOD_RANGE[0], min(MOOD_RANGE[1], mood + route.mood))
    turn.update(feedback=route.feedback, mood_change=route.mood)
    return {"ok": True, "turn": turn, **node_view(sim, sim.nodes[route.next], new_mood)}
