"""The editor schemas in schema/: the authored YAML passes them, typical mistakes fail them, and they track the engine."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from callcoach.quiz import QUIZ_KEYS, build_quiz
from callcoach.types import REGISTRY, Context
from callcoach.types.base import COMMON_OPTIONAL, COMMON_REQUIRED

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schema"
QUIZZES = ROOT / "quizzes"
NAMES = ("quiz", "experts", "course")


def load_schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(load_schema(name))


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def problems(name: str, data: Any) -> list[str]:
    """Every schema error as 'path: message', for readable failures."""
    out = []
    for error in sorted(validator(name).iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        path = "/".join(map(str, error.absolute_path)) or "(top)"
        out.append(f"{path}: {error.message}")
    return out


def all_messages(name: str, data: Any) -> str:
    """Every error message, including those nested under if/then, oneOf and allOf."""
    seen: list[str] = []

    def walk(errors: Any) -> None:
        for error in errors:
            seen.append(error.message)
            walk(error.context or [])

    walk(validator(name).iter_errors(data))
    return "\n".join(seen)


# ---------------------------------------------------------------------------- the schemas themselves


@pytest.mark.parametrize("name", NAMES)
def test_each_schema_is_a_valid_draft_2020_12_schema(name: str) -> None:
    schema = load_schema(name)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def _properties(node: Any, where: str = "") -> list[tuple[str, Any]]:
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                found += [(f"{where}/properties/{k}", v) for k, v in value.items()]
            found += _properties(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _properties(value, f"{where}/{i}")
    return found


@pytest.mark.parametrize("name", NAMES)
def test_every_property_has_help_for_trainers(name: str) -> None:
    props = _properties(load_schema(name))
    assert props
    # `properties` inside if/contains conditions only match values; they need no help text.
    missing = [
        where
        for where, prop in props
        if "/if/" not in where and "/contains/" not in where
        and not (isinstance(prop, dict) and prop.get("description") and prop.get("markdownDescription"))
    ]
    assert missing == []


def test_quiz_schema_allows_exactly_the_keys_the_engine_reads() -> None:
    schema = load_schema("quiz")
    assert set(schema["properties"]) == QUIZ_KEYS
    assert set(schema["required"]) == QUIZ_KEYS
    assert schema["properties"]["questions"]["items"] == {"$ref": "#/$defs/question"}
    assert set(schema["$defs"]["question"]["properties"]["type"]["enum"]) == set(REGISTRY)
    branches = {b["if"]["properties"]["type"]["const"]: b["then"]["$ref"] for b in schema["$defs"]["question"]["allOf"]}
    assert set(branches) == set(REGISTRY)
    for kind, cls in REGISTRY.items():
        definition = schema["$defs"][branches[kind].rsplit("/", 1)[-1]]
        assert definition["additionalProperties"] is False
        allowed = COMMON_REQUIRED | COMMON_OPTIONAL | cls.fields_required | cls.fields_optional
        assert set(definition["properties"]) == allowed, kind
        assert set(definition["required"]) == COMMON_REQUIRED | cls.fields_required, kind


# ---------------------------------------------------------------------------- the authored files pass


@pytest.mark.parametrize("path", sorted(QUIZZES.glob("m*-quiz.yml")), ids=lambda p: p.name)
def test_each_quiz_validates(path: Path) -> None:
    assert problems("quiz", load_yaml(path)) == []


def test_there_are_quizzes_to_check() -> None:
    assert len(list(QUIZZES.glob("m*-quiz.yml"))) >= 8


def test_experts_validate() -> None:
    assert problems("experts", load_yaml(QUIZZES / "experts.yml")) == []


def test_course_validates() -> None:
    assert problems("course", load_yaml(QUIZZES / "course.yml")) == []


# ---------------------------------------------------------------------------- mistakes are caught

EXPERTS = {k: {"quote": f"Quote {k}.", "expert": f"Expert {k}"} for k in ("ann", "bob", "cat")}


def common(qid: str, kind: str) -> dict[str, Any]:
    return {"id": qid, "type": kind, "prompt": "Which?", "explanation": "Because.", "lesson": "#how-to-do-it"}


def good_quiz() -> dict[str, Any]:
    """One question of every type, valid for the engine and the schema alike."""
    return {
        "schema": 1,
        "id": "t-quiz",
        "module": 3,
        "title": "Test quiz",
        "pass_mark": 70,
        "questions": [
            {**common("t-q1", "single"), "hint": "Think.", "options": [
                {"text": "A", "correct": True, "feedback": "Yes."},
                {"text": "B", "feedback": "No."},
            ]},
            {**common("t-q2", "multiple"), "options": [{"text": "A", "correct": True}, {"text": "B", "correct": True}, {"text": "C"}]},
            {**common("t-q3", "true_false"), "answer": False, "feedback_true": "No.", "feedback_false": "Yes."},
            {**common("t-q4", "ordering"), "items": ["one", "two", "three"]},
            {**common("t-q5", "matching"), "pairs": [{"left": "a", "right": "x"}, {"left": "b", "right": "y"}, {"left": "c", "right": "z"}]},
            {**common("t-q6", "matching"), "experts": ["ann", "bob", "cat"]},
            {**common("t-q7", "short_text"), "accept": ["supervisor"], "typos": 2, "lesson": "modules/05-cpr.md#what-it-means"},
        ],
    }


def engine_problems(data: Any) -> list[str]:
    _, found = build_quiz(data, source="test.yml", context=Context(EXPERTS))
    return [p.message for p in found]


def test_the_good_quiz_passes_schema_and_engine() -> None:
    data = good_quiz()
    assert problems("quiz", data) == []
    assert engine_problems(data) == []


def _question(data: dict[str, Any], qid: str) -> dict[str, Any]:
    return next(q for q in data["questions"] if q["id"] == qid)


def typo_in_option(data: dict[str, Any]) -> None:
    option = _question(data, "t-q1")["options"][0]
    option["corect"] = option.pop("correct")


def single_without_options(data: dict[str, Any]) -> None:
    del _question(data, "t-q1")["options"]


def pass_mark_150(data: dict[str, Any]) -> None:
    data["pass_mark"] = 150


def unknown_type(data: dict[str, Any]) -> None:
    _question(data, "t-q4")["type"] = "essay"


def matching_with_pairs_and_experts(data: dict[str, Any]) -> None:
    _question(data, "t-q5")["experts"] = ["ann", "bob", "cat"]


def matching_with_neither(data: dict[str, Any]) -> None:
    del _question(data, "t-q5")["pairs"]


def unknown_top_level_key(data: dict[str, Any]) -> None:
    data["passmark"] = 70


def unknown_question_key(data: dict[str, Any]) -> None:
    _question(data, "t-q3")["feedback"] = "Hmm."


def key_of_another_type(data: dict[str, Any]) -> None:
    _question(data, "t-q4")["accept"] = ["one"]


def missing_lesson(data: dict[str, Any]) -> None:
    del _question(data, "t-q3")["lesson"]


def lesson_without_section(data: dict[str, Any]) -> None:
    _question(data, "t-q3")["lesson"] = "how-to-do-it"


def one_option(data: dict[str, Any]) -> None:
    _question(data, "t-q1")["options"].pop()


def single_with_two_correct(data: dict[str, Any]) -> None:
    _question(data, "t-q1")["options"][1]["correct"] = True


def multiple_with_none_correct(data: dict[str, Any]) -> None:
    for option in _question(data, "t-q2")["options"]:
        option.pop("correct", None)


def two_items(data: dict[str, Any]) -> None:
    _question(data, "t-q4")["items"].pop()


def two_pairs(data: dict[str, Any]) -> None:
    _question(data, "t-q5")["pairs"].pop()


def pair_typo(data: dict[str, Any]) -> None:
    _question(data, "t-q5")["pairs"][0]["rigth"] = _question(data, "t-q5")["pairs"][0].pop("right")


def no_accepted_answer(data: dict[str, Any]) -> None:
    _question(data, "t-q7")["accept"] = []


def three_typos(data: dict[str, Any]) -> None:
    _question(data, "t-q7")["typos"] = 3


def answer_as_text(data: dict[str, Any]) -> None:
    _question(data, "t-q3")["answer"] = "yes"


def empty_prompt(data: dict[str, Any]) -> None:
    _question(data, "t-q3")["prompt"] = "  "


def module_zero(data: dict[str, Any]) -> None:
    data["module"] = 0


def schema_two(data: dict[str, Any]) -> None:
    data["schema"] = 2


def no_questions(data: dict[str, Any]) -> None:
    data["questions"] = []


BROKEN = [
    (typo_in_option, "corect"),
    (single_without_options, "options"),
    (pass_mark_150, "150"),
    (unknown_type, "essay"),
    (matching_with_pairs_and_experts, "valid under each of"),
    (matching_with_neither, None),
    (unknown_top_level_key, "passmark"),
    (unknown_question_key, "feedback"),
    (key_of_another_type, "accept"),
    (missing_lesson, "lesson"),
    (lesson_without_section, None),
    (one_option, None),
    (single_with_two_correct, None),
    (multiple_with_none_correct, None),
    (two_items, None),
    (two_pairs, None),
    (pair_typo, "rigth"),
    (no_accepted_answer, None),
    (three_typos, None),
    (answer_as_text, None),
    (empty_prompt, None),
    (module_zero, None),
    (schema_two, None),
    (no_questions, None),
]


@pytest.mark.parametrize(("breaking", "mentions"), BROKEN, ids=[b.__name__ for b, _ in BROKEN])
def test_a_broken_quiz_is_rejected_by_schema_and_engine(breaking: Any, mentions: str | None) -> None:
    data = copy.deepcopy(good_quiz())
    breaking(data)
    assert not validator("quiz").is_valid(data)
    if mentions:
        assert mentions in all_messages("quiz", data)
    # The schema only flags what `callcoach validate` would flag too.
    assert engine_problems(data)


@pytest.mark.parametrize("name", ["missing-and-range.yml", "types.yml", "unknown-key.yml"])
def test_the_invalid_fixtures_are_rejected(name: str) -> None:
    assert problems("quiz", load_yaml(ROOT / "tests/data/invalid" / name))


def test_experts_and_course_mistakes_are_rejected() -> None:
    experts = load_yaml(QUIZZES / "experts.yml")
    broken = copy.deepcopy(experts)
    del broken["experts"][0]["organisation"]
    assert problems("experts", broken)
    broken = copy.deepcopy(experts)
    broken["experts"][0]["tip"] = 0
    assert problems("experts", broken)

    course = load_yaml(QUIZZES / "course.yml")
    broken = copy.deepcopy(course)
    broken["modules"][0]["minutes"] = 300
    assert problems("course", broken)
    broken = copy.deepcopy(course)
    broken["modules"][0]["summery"] = broken["modules"][0].pop("summary")
    assert problems("course", broken)
