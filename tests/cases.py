"""Grading requests built from the real course, shared by the parity tests (CPython, Pyodide, Chromium)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from callcoach_build.content import load_course

ROOT = Path(__file__).resolve().parents[1]


def course() -> Any:
    """The course as the build loads it."""
    loaded, problems = load_course(ROOT)
    assert not problems, [str(p) for p in problems]
    return loaded


def grading_requests() -> list[dict[str, Any]]:
    """For every quiz: all right, all wrong, every other question right, and malformed answers."""
    requests: list[dict[str, Any]] = []
    for quiz in course().quizzes.values():
        examples = {q.common.id: q.examples() for q in quiz.questions}
        ids = list(examples)
        variants = {
            "right": {k: v[0] for k, v in examples.items()},
            "wrong": {k: v[1] for k, v in examples.items()},
            "alternate": {k: examples[k][i % 2] for i, k in enumerate(ids)},
            "malformed": {k: [{"x": 1}] for k in ids[:3]} | {ids[-1]: 12345},
        }
        for name, answers in variants.items():
            requests.append({"type": "grade", "id": f"{quiz.id}/{name}", "quiz": quiz.id, "answers": answers})
    requests.append({"type": "grade", "id": "unknown", "quiz": "no-such-quiz", "answers": {}})
    requests.append({"type": "nonsense", "id": "bad-type"})
    return requests


def reply_requests() -> list[dict[str, Any]]:
    """Detection and scenario checks: the labelled detector checks, and every golden reply against its scenario."""
    import yaml

    data = ROOT / "tests" / "data"
    requests: list[dict[str, Any]] = []
    for line in (data / "replies-detector-checks.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            requests.append({"type": "detect", "id": f"detect/{len(requests)}", "text": json.loads(line)["text"]})
    golden = yaml.safe_load((data / "scenarios.yml").read_text(encoding="utf-8"))
    for sid, cases in golden.items():
        for text in [*cases["good"], *(case["text"] for case in cases["bad"])]:
            requests.append({"type": "check", "id": f"{sid}/{len(requests)}", "scenario": sid, "text": text})
    for sim in course().simulations:
        requests.append({"type": "sim_start", "id": f"{sim}/start", "simulation": sim})
    return requests


def as_lines(requests: list[dict[str, Any]]) -> str:
    """JSON lines, one request each."""
    return "\n".join(json.dumps(r) for r in requests) + "\n"
