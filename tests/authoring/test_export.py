"""`python -m callcoach export`: Moodle GIFT and a QTI 2.1 package, re-read and compared with the engine's questions."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from callcoach.export import export
from callcoach.export.gift import Unsupported, question_gift, to_gift
from callcoach.quiz import Quiz
from callcoach.types import Common
from callcoach.types.matching import Matching
from callcoach_build.content import load_course
from tests.cases import course

ROOT = Path(__file__).resolve().parents[2]
QTI = {"q": "http://www.imsglobal.org/xsd/imsqti_v2p1", "cp": "http://www.imsglobal.org/xsd/imscp_v1p1"}


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "callcoach", *args], cwd=cwd, capture_output=True, encoding="utf-8", check=False)


# --- A small GIFT reader, following Moodle's qformat_gift importer step by step ----------------------------

ESCAPED = {":": "\ue001", "#": "\ue002", "=": "\ue003", "{": "\ue004", "}": "\ue005", "~": "\ue006", "n": "\ue007"}
WEIGHT = re.compile(r"^%-*[0-9]{1,2}\.?[0-9]*%")


def protect(text: str) -> str:
    """Escaped characters to placeholders (an escaped backslash first), as Moodle does before parsing."""
    text = text.replace("\\\\", "\ue000")
    for char, mark in ESCAPED.items():
        text = text.replace("\\" + char, mark)
    return text.replace("\ue000", "\\")


def restore(text: str) -> str:
    """Placeholders back to the characters they stand for, trimmed."""
    for char, mark in ESCAPED.items():
        text = text.replace(mark, "\n" if char == "n" else char)
    return text.strip()


@dataclass
class Answer:
    text: str
    weight: float
    feedback: str = ""


@dataclass
class GiftQuestion:
    category: str
    title: str
    text: str
    kind: str  # multichoice | match | truefalse | shortanswer
    general: str
    single: bool = False
    answers: list[Answer] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    truth: bool | None = None
    wrong_feedback: str = ""
    right_feedback: str = ""


def _weighted(raw: str, default: float) -> tuple[str, float]:
    if WEIGHT.match(raw):
        end = raw.index("%", 1)
        return raw[end + 1:], float(raw[1:end])
    return raw, default


def parse_gift(source: str) -> list[GiftQuestion]:
    """Every question in a GIFT file, with the category in force where it appears."""
    questions, category = [], ""
    for block in re.split(r"\n[ \t]*\n", source):
        lines = [line for line in block.splitlines() if not line.strip().startswith("//")]
        text = protect("\n".join(lines).strip())
        if not text:
            continue
        if text.startswith("$CATEGORY:"):
            category = text[len("$CATEGORY:"):].strip()
            continue
        assert text.startswith("::"), f"question without a title: {text[:60]!r}"
        title, _, text = text[2:].partition("::")
        start, end = text.index("{"), text.index("}")
        assert text[end + 1:].strip() == "", f"text after the answers in {title}"
        answers = text[start + 1:end].strip()
        general = ""
        if "####" in answers:
            cut = answers.rindex("####")
            answers, general = answers[:cut].strip(), answers[cut + 4:]
        q = GiftQuestion(category, restore(title), restore(text[:start]), "", restore(general))
        if "~" in answers:
            q.kind, q.single = "multichoice", "=" in answers
            for raw in [a.strip() for a in answers.replace("=", "~=").split("~") if a.strip()]:
                raw, weight = (raw[1:], 100.0) if raw.startswith("=") else _weighted(raw, 0.0)
                body, _, said = raw.partition("#")
                q.answers.append(Answer(restore(body), weight, restore(said)))
        elif "=" in answers and "->" in answers:
            q.kind = "match"
            for raw in [a.strip() for a in answers.split("=") if a.strip()]:
                left, _, right = raw.partition("->")
                q.pairs.append((restore(left), restore(right)))
        elif answers.split("#")[0].strip() in {"T", "TRUE", "F", "FALSE"}:
            bits = answers.split("#", 2) + ["", ""]
            q.kind, q.truth = "truefalse", bits[0].strip().startswith("T")
            q.wrong_feedback, q.right_feedback = restore(bits[1]), restore(bits[2])
        else:
            q.kind = "shortanswer"
            for raw in [a.strip() for a in answers.split("=") if a.strip()]:
                raw, weight = _weighted(raw, 100.0)
                body, _, said = raw.partition("#")
                # In Moodle's short answers * is a wildcard and \* a literal star.
                q.answers.append(Answer(restore(body).replace("\\*", "*"), weight, restore(said)))
        questions.append(q)
    return questions


def moodle_score(weights: list[float]) -> float:
    """What Moodle gives for ticking options of these weights: their sum, between 0 and 100%."""
    return max(0.0, min(1.0, sum(weights) / 100))


def check_gift_question(g: GiftQuestion, q: Any, quiz_id: str) -> None:
    """One re-read GIFT question says what the engine's question says."""
    assert (g.category, g.title, g.text, g.general) == (f"callcoach/{quiz_id}", q.common.id, q.common.prompt, q.common.explanation)
    if q.kind == "single":
        assert g.kind == "multichoice" and g.single
        assert [(a.text, a.weight == 100, a.feedback) for a in g.answers] == [(o.text, o.correct, o.feedback) for o in q.options]
        assert all(a.weight in (0, 100) for a in g.answers)
    elif q.kind == "multiple":
        assert g.kind == "multichoice" and not g.single
        assert [(a.text, a.feedback) for a in g.answers] == [(o.text, o.feedback) for o in q.options]
        right = [a.weight for a, o in zip(g.answers, q.options) if o.correct]
        wrong = [a.weight for a, o in zip(g.answers, q.options) if not o.correct]
        assert abs(sum(right) - 100) < 0.001 and all(w > 0 for w in right) and all(w < 0 for w in wrong)
        for size in range(1, len(q.options) + 1):  # Moodle's mark for every set of ticks is the engine's
            for ticked in itertools.combinations(range(len(q.options)), size):
                expected = q.grade(list(ticked)).score
                assert abs(moodle_score([g.answers[i].weight for i in ticked]) - expected) < 0.001, (q.common.id, ticked)
    elif q.kind == "true_false":
        assert g.kind == "truefalse" and g.truth is q.answer
        right, wrong = (q.feedback_true, q.feedback_false) if q.answer else (q.feedback_false, q.feedback_true)
        assert (g.right_feedback, g.wrong_feedback) == (right, wrong)
    elif q.kind == "matching":
        assert g.kind == "match" and g.pairs == list(q.pairs)
    elif q.kind == "short_text":
        assert g.kind == "shortanswer" and [a.text for a in g.answers] == list(q.accept)
        assert all(a.weight == 100 for a in g.answers)
    else:
        pytest.fail(f"{q.common.id}: a {q.kind} question should have been skipped")


@pytest.fixture(scope="module")
def gift() -> subprocess.CompletedProcess[str]:
    return run("export", "--format", "gift")


def test_gift_has_every_question_once_with_its_answers(gift: subprocess.CompletedProcess[str]) -> None:
    assert gift.returncode == 0, gift.stderr
    parsed = parse_gift(gift.stdout)
    by_title = {g.title: g for g in parsed}
    assert len(by_title) == len(parsed), "a question appears twice"
    loaded = course()
    categories = re.findall(r"^\$CATEGORY: (.*)$", gift.stdout, re.M)
    assert categories == [f"callcoach/{quiz_id}" for quiz_id in loaded.quizzes]
    exported = [q for quiz in loaded.quizzes.values() for q in quiz.questions if q.kind != "ordering"]
    assert sorted(by_title) == sorted(q.common.id for q in exported)
    for quiz in loaded.quizzes.values():
        for q in quiz.questions:
            if q.kind != "ordering":
                check_gift_question(by_title[q.common.id], q, quiz.id)


def test_who_said_it_pairs_are_the_experts_quotes_and_names(gift: subprocess.CompletedProcess[str]) -> None:
    by_title = {g.title: g for g in parse_gift(gift.stdout)}
    loaded = course()
    quotes = [q for quiz in loaded.quizzes.values() for q in quiz.questions if q.kind == "matching" and q.experts]
    assert quotes, "the course has 'who said it?' questions"
    for q in quotes:
        assert by_title[q.common.id].pairs == [(loaded.experts[k].quote, loaded.experts[k].expert) for k in q.experts]


def test_gift_names_the_skipped_ordering_questions_and_still_succeeds(gift: subprocess.CompletedProcess[str]) -> None:
    ordering = [q.common.id for quiz in course().quizzes.values() for q in quiz.questions if q.kind == "ordering"]
    assert ordering
    assert gift.returncode == 0
    assert gift.stderr.splitlines() == [f"warning: {qid} (ordering) skipped: GIFT has no ordering question" for qid in ordering]


NASTY = r"""schema: 1
id: t-escapes
module: 1
title: "Escapes: {all} of ~them~ = #1"
pass_mark: 50
questions:
  - id: t-esc-q1
    type: single
    prompt: 'Braces {like} these, a colon: here, ~tilde, =equals, #hash, ####, ::two:: and a back\slash \n <b>&amp;</b>?'
    options:
      - text: "50% off = {deal}"
        correct: true
        feedback: "#1 ~ best: {x} \\"
      - text: "%25% of callers"
        feedback: "Not = this"
    explanation: |-
      Line one: {a}
      Line two ~ #b
    lesson: "#why-it-matters"
  - id: t-esc-q2
    type: multiple
    prompt: "Pick = the ~ right {ones}"
    options:
      - {text: "%10% a#b", correct: true, feedback: "yes: ok"}
      - {text: "c=d", correct: true}
      - {text: "e~f", feedback: "no {way}"}
      - {text: "g:h"}
    explanation: "Because \\ of #this"
    lesson: "#why-it-matters"
  - id: t-esc-q3
    type: true_false
    prompt: "True: {or} false?"
    answer: true
    feedback_true: "Yes #1"
    feedback_false: "No ~ {no}"
    explanation: "It's = true"
    lesson: "#why-it-matters"
  - id: t-esc-q4
    type: matching
    prompt: "Match: a=b"
    pairs:
      - {left: "x = {1}", right: "A -> B"}
      - {left: "y ~ #2", right: "C: D"}
      - {left: "z \\ 3", right: "E = F"}
    explanation: "Pairs {all}"
    lesson: "#why-it-matters"
  - id: t-esc-q5
    type: short_text
    prompt: "Type: {it}"
    accept: ["C:\\temp {x}", "*star*", "%5% = ~five"]
    explanation: "#answers"
    lesson: "#why-it-matters"
  - id: t-esc-q6
    type: matching
    prompt: "Arrows on the left"
    pairs:
      - {left: "a -> b", right: "1"}
      - {left: "c", right: "2"}
      - {left: "d", right: "3"}
    explanation: "GIFT cannot say this."
    lesson: "#why-it-matters"
  - id: t-esc-q7
    type: ordering
    prompt: "Order {these}"
    items: ["first: =1", "second ~2", "third #3"]
    explanation: "In order."
    lesson: "#why-it-matters"
"""


@pytest.fixture(scope="module")
def nasty(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Quiz]:
    path = tmp_path_factory.mktemp("nasty") / "t-escapes.yml"
    path.write_text(NASTY, encoding="utf-8")
    loaded, problems = load_course(ROOT, [path])
    assert not problems, [str(p) for p in problems]
    return path, loaded.quizzes["t-escapes"]


def test_gift_escapes_round_trip(nasty: tuple[Path, Quiz]) -> None:
    path, quiz = nasty
    result = run("export", "--format", "gift", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "warning: t-esc-q6 (matching) skipped: a left-hand item contains '->', which GIFT cannot escape",
        "warning: t-esc-q7 (ordering) skipped: GIFT has no ordering question",
    ]
    parsed = {g.title: g for g in parse_gift(result.stdout)}
    assert sorted(parsed) == [f"t-esc-q{i}" for i in range(1, 6)]
    for q in quiz.questions[:5]:
        check_gift_question(parsed[q.common.id], q, quiz.id)
    assert parsed["t-esc-q1"].general == "Line one: {a}\nLine two ~ #b"
    # Every reserved character is backslash-escaped, exactly as Moodle's own exporter writes it.
    line = next(ln for ln in result.stdout.splitlines() if ln.startswith("::t-esc-q1::"))
    assert line == (
        r"::t-esc-q1::Braces \{like\} these, a colon\: here, \~tilde, \=equals, \#hash, \#\#\#\#, "
        r"\:\:two\:\: and a back\\slash \\n <b>&amp;</b>?{"
    )


def test_gift_matching_needs_three_pairs() -> None:
    common = Common("t-two", "Match.", "Because.", "#x")
    two = Matching(common, (("a", "1"), ("b", "2")))
    with pytest.raises(Unsupported, match="at least 3 pairs"):
        question_gift(two)
    text, count, skipped = to_gift([Quiz("t", 1, "T", 50, (two,))])
    assert count == 0 and [str(s) for s in skipped] == ["t-two (matching) skipped: GIFT matching needs at least 3 pairs, this has 2"]
    assert "::t-two::" not in text


# --- QTI ---------------------------------------------------------------------------------------------------


def read_package(data: bytes) -> tuple[zipfile.ZipFile, dict[str, ET.Element]]:
    """The zip and every XML file in it, parsed (a parse error fails the test)."""
    import io

    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.testzip() is None
    return archive, {name: ET.fromstring(archive.read(name)) for name in archive.namelist()}


def check_qti_item(root: ET.Element, q: Any) -> None:
    """One assessmentItem's correct response, scoring and feedback agree with the engine's question."""
    assert root.tag == f"{{{QTI['q']}}}assessmentItem" and root.get("identifier") == q.common.id
    correct = [v.text for v in root.findall("q:responseDeclaration/q:correctResponse/q:value", QTI)]
    marks = {e.get("mapKey"): float(e.get("mappedValue")) for e in root.findall("q:responseDeclaration/q:mapping/q:mapEntry", QTI)}
    assert root.find("q:modalFeedback", QTI).text == q.common.explanation
    if q.kind in ("single", "multiple", "true_false"):
        box = root.find("q:itemBody/q:choiceInteraction", QTI)
        assert box.find("q:prompt", QTI).text == q.common.prompt
        choices = {c.get("identifier"): c for c in box.findall("q:simpleChoice", QTI)}
        said = {k: (c.findtext("q:feedbackInline", "", QTI)) for k, c in choices.items()}
        texts = {k: c.text for k, c in choices.items()}
        if q.kind == "true_false":
            assert correct == ["true" if q.answer else "false"] and box.get("maxChoices") == "1"
            assert (said["true"], said["false"]) == (q.feedback_true, q.feedback_false)
            return
        assert sorted(texts.values()) == sorted(o.text for o in q.options)
        assert sorted(texts[k] for k in correct) == sorted(o.text for o in q.options if o.correct)
        assert {texts[k]: said[k] for k in texts} == {o.text: o.feedback for o in q.options}
        assert box.get("maxChoices") == ("1" if q.kind == "single" else "0")
        if q.kind == "multiple":
            key = {text: k for k, text in texts.items()}
            for size in range(1, len(q.options) + 1):  # the mapping, bounded 0..1, is the engine's score
                for ticked in itertools.combinations(range(len(q.options)), size):
                    mapped = max(0.0, min(1.0, sum(marks[key[q.options[i].text]] for i in ticked)))
                    assert abs(mapped - q.grade(list(ticked)).score) < 0.001, (q.common.id, ticked)
    elif q.kind == "ordering":
        box = root.find("q:itemBody/q:orderInteraction", QTI)
        texts = {c.get("identifier"): c.text for c in box.findall("q:simpleChoice", QTI)}
        assert [texts[k] for k in correct] == list(q.items)
        assert list(texts) != correct, "the items are shown in their right order"
    elif q.kind == "matching":
        box = root.find("q:itemBody/q:matchInteraction", QTI)
        texts = {c.get("identifier"): c.text for c in box.iter(f"{{{QTI['q']}}}simpleAssociableChoice")}
        assert [(texts[a], texts[b]) for a, b in (v.split() for v in correct)] == list(q.pairs)
        assert sorted(marks) == sorted(correct) and abs(sum(marks.values()) - 1) < 1e-9
    elif q.kind == "short_text":
        assert correct == [q.accept[0]] and list(marks) == list(dict.fromkeys(q.accept))
        assert all(e.get("caseSensitive") == "false" for e in root.iter(f"{{{QTI['q']}}}mapEntry"))
    else:
        pytest.fail(f"unexpected type {q.kind}")


def check_package(data: bytes, quizzes: list[Quiz]) -> None:
    """Manifest, items and tests: every file listed and present, one item per question, answers as authored."""
    archive, xml = read_package(data)
    manifest = xml["imsmanifest.xml"]
    resources = manifest.findall("cp:resources/cp:resource", QTI)
    hrefs = [f.get("href") for r in resources for f in r.findall("cp:file", QTI)]
    assert all(name in archive.namelist() for name in hrefs) and sorted(hrefs) == sorted(set(archive.namelist()) - {"imsmanifest.xml"})
    ids = {r.get("identifier") for r in resources}
    assert all(d.get("identifierref") in ids for r in resources for d in r.findall("cp:dependency", QTI))
    items = [r for r in resources if r.get("type") == "imsqti_item_xmlv2p1"]
    questions = [q for quiz in quizzes for q in quiz.questions]
    assert len(items) == len(questions)
    roots = [xml[r.get("href")] for r in items]
    assert sum(1 for root in xml.values() if root.tag.endswith("}assessmentItem")) == len(questions)
    for root, q in zip(roots, questions):
        check_qti_item(root, q)
    tests = [xml[r.get("href")] for r in resources if r.get("type") == "imsqti_test_xmlv2p1"]
    assert [t.get("identifier") for t in tests] == [quiz.id for quiz in quizzes]
    for test, quiz in zip(tests, quizzes):
        refs = test.findall(".//q:assessmentItemRef", QTI)
        assert [r.get("identifier") for r in refs] == [q.common.id for q in quiz.questions]
        assert all(r.get("href") in archive.namelist() for r in refs)


def test_qti_package_has_one_item_per_question_with_the_authored_answers(tmp_path: Path) -> None:
    out = tmp_path / "bank.zip"
    result = run("export", "--format", "qti", "--out", str(out))
    assert result.returncode == 0 and result.stderr == "", result.stderr
    quizzes = list(course().quizzes.values())
    questions = sum(len(q.questions) for q in quizzes)
    assert result.stdout.strip() == f"Wrote {questions} questions from {len(quizzes)} quizzes to {out} (0 skipped)."
    check_package(out.read_bytes(), quizzes)


def test_qti_keeps_special_characters_and_is_reproducible(nasty: tuple[Path, Quiz]) -> None:
    _, quiz = nasty
    first, second = export([quiz], "qti"), export([quiz], "qti")
    assert first.data == second.data and first.questions == 7 and not first.skipped
    check_package(first.data, [quiz])


def test_qti_default_output_is_dist_of_the_course_folder(tmp_path: Path) -> None:
    (tmp_path / "quizzes").mkdir()
    for name in ("course.yml", "experts.yml", "m1-quiz.yml"):
        (tmp_path / "quizzes" / name).write_bytes((ROOT / "quizzes" / name).read_bytes())
    result = run("export", "--format", "qti", "--quizzes", "quizzes/m1-quiz.yml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    check_package((tmp_path / "dist" / "question-bank-qti.zip").read_bytes(), [course().quizzes["m1-quiz"]])


@pytest.mark.parametrize("fmt", ["gift", "qti"])
def test_invalid_content_is_reported_like_validate(fmt: str, tmp_path: Path) -> None:
    bad = "tests/data/invalid/types.yml"
    result = run("export", "--format", fmt, "--out", str(tmp_path / "out"), bad)
    assert result.returncode == 1 and result.stdout == "" and not (tmp_path / "out").exists()
    assert "Traceback" not in result.stderr
    assert result.stderr == run("validate", bad).stderr
    assert all(line.startswith(f"{bad}:") for line in result.stderr.splitlines()[:-1])
