"""Graph checks for simulations: known targets, everything reachable, and a way out of every loop."""

from __future__ import annotations

from collections import deque
from typing import Any

__all__ = ["graph_problems"]


def graph_problems(start: str, edges: dict[str, list[str]], endings: set[str]) -> list[tuple[tuple[Any, ...], str]]:
    """(path, message) for each fault in the dialogue graph."""
    problems: list[tuple[tuple[Any, ...], str]] = []
    if start not in edges:
        problems.append((("start",), f"start node '{start}' does not exist"))
        return problems
    for node, targets in edges.items():
        for i, target in enumerate(targets):
            if target not in edges:
                problems.append((("nodes", node), f"route {i + 1} goes to unknown node '{target}'"))
    if not endings:
        problems.append((("nodes",), "no ending node: every call needs at least one way to end"))
        return problems
    seen, queue = {start}, deque([start])
    while queue:
        for target in edges.get(queue.popleft(), []):
            if target in edges and target not in seen:
                seen.add(target)
                queue.append(target)
    for node in edges:
        if node not in seen:
            problems.append((("nodes", node), f"node '{node}' cannot be reached from the start"))
    # Walk backwards from the endings: a node that cannot reach one is a loop with no way out.
    reverse: dict[str, list[str]] = {n: [] for n in edges}
    for node, targets in edges.items():
        for target in targets:
            if target in reverse:
                reverse[target].append(node)
    exits, queue = set(endings), deque(endings)
    while queue:
        for source in reverse[queue.popleft()]:
            if source not in exits:
                exits.add(source)
                queue.append(source)
    for node in edges:
        if node in seen and node not in exits:
            problems.append((("nodes", node), f"node '{node}' can never reach an ending (a loop with no way out)"))
    return problems
