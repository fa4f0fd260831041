"""Runtime bad-input catalogue: what a learner types or imports gets a clear message, and nothing hangs or breaks."""

from __future__ import annotations

import json
import time

import pytest

from callcoach.bridge import Session, handle
from tests.cases import course


@pytest.fixture(scope="module")
def session() -> Session:
    s = Session()
    assert json.loads(handle(json.dumps({"type": "load", "course": course().to_json()}), s))["ok"]
    return s


# (what, request, expected: "ok" or an error message fragment)
CATALOGUE = [
    ("progress: not JSON", {"type": "import_progress", "text": "hello"}, "not valid JSON"),
    ("progress: wrong version", {"type": "import_progress", "text": json.dumps({"schema": 99, "modules": {}})}, "unknown version"),
    ("progress: wrong types", {"type": "import_progress", "text": json.dumps({"schema": 1, "learner": 5, "modules": {"1": {"quiz": {"best": "x"}, "lesson": []}}})}, "ok"),
    ("progress: 50 MB", {"type": "import_progress", "text": "x" * 50_000_000}, "too large"),
    ("progress: deeply nested", {"type": "import_progress", "text": "[" * 200_000 + "]" * 200_000}, "nested too deeply"),
    ("progress: a list", {"type": "import_progress", "text": "[1,2,3]"}, "expected a JSON object"),
    ("progress: not text", {"type": "import_progress", "text": 12}, "not text"),
    ("reply: empty", {"type": "check", "scenario": "m1-scenario", "text": ""}, "Type your reply"),
    ("reply: only spaces", {"type": "check", "scenario": "m1-scenario", "text": " \n\t "}, "Type your reply"),
    ("reply: 100,000 characters", {"type": "check", "scenario": "m1-scenario", "text": "sorry " * 16_667}, "5,000"),
    ("reply: emoji", {"type": "check", "scenario": "m1-scenario", "text": "I'm sorry 😞🙏 I'll call you back at 3pm 📞"}, "ok"),
    ("reply: right-to-left text", {"type": "check", "scenario": "m1-scenario", "text": "أنا آسف جدا على ذلك. I'll call you back today."}, "ok"),
    ("reply: control characters", {"type": "check", "scenario": "m1-scenario", "text": "I'm sorry\x00\x07\x1b[31m I understand\u202e."}, "ok"),
    ("reply: not text", {"type": "check", "scenario": "m1-scenario", "text": {"a": 1}}, "Type your reply"),
    ("reply: unknown scenario", {"type": "check", "scenario": "<script>", "text": "hi"}, "No scenario called"),
    ("answers: not a mapping", {"type": "grade", "quiz": "m1-quiz", "answers": "all of them"}, "ok"),
    ("answers: unknown quiz", {"type": "grade", "quiz": None, "answers": {}}, "No quiz called"),
    ("simulation: unknown node", {"type": "sim_step", "simulation": "sim-double-billing", "node": "../../etc", "answer": {}}, "does not exist"),
    ("request: unknown type", {"type": "rm -rf"}, "Unknown request type"),
]


@pytest.mark.parametrize(("what", "message", "expected"), CATALOGUE, ids=[c[0] for c in CATALOGUE])
def test_bad_input_gets_a_clear_answer_quickly(session: Session, what: str, message: dict, expected: str) -> None:
    started = time.perf_counter()
    response = json.loads(handle(json.dumps(message), session))
    assert time.perf_counter() - started < 5, what
    if expected == "ok":
        assert response["ok"], response
    else:
        assert not response["ok"] and expected in response["error"]["message"], response


def test_not_json_and_huge_requests() -> None:
    assert json.loads(handle("{oops"))["error"]["code"] == "bad-json"
    assert json.loads(handle("[]"))["error"]["code"] == "bad-request"
    assert json.loads(handle("x" * 3_000_000))["error"]["code"] == "too-large"
