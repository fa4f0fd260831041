"""The answer keys page carries every correct answer in quizzes/, generated at build time."""

from __future__ import annotations

from html import escape
from pathlib import Path

from tests.cases import course


def test_answer_keys_contain_every_correct_answer(site: Path) -> None:
    html = (site / "trainers/answer-keys/index.html").read_text(encoding="utf-8")
    quizzes = course().quizzes.values()
    for quiz in quizzes:
        assert f'id="{quiz.id}"' in html
        for q in quiz.questions:
            assert f'data-cc-key="{q.common.id}"' in html
            assert escape(q.solution()) in html, q.common.id
    for s in course().scenarios.values():
        assert escape(s.model_reply) in html


def test_worksheets_have_every_question_and_no_answers(site: Path) -> None:
    html = (site / "trainers/worksheets/index.html").read_text(encoding="utf-8")
    for quiz in course().quizzes.values():
        for q in quiz.questions:
            assert escape(q.common.prompt) in html
            assert escape(q.common.explanation) not in html
