"""Question-bank export for learning platforms: Moodle GIFT text and an IMS QTI 2.1 package."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from callcoach.quiz import Quiz

__all__ = ["FORMATS", "Exported", "Skipped", "export"]

FORMATS = ("gift", "qti")


@dataclass(frozen=True, slots=True)
class Skipped:
    """A question a format cannot express, and why."""

    question: str
    kind: str
    reason: str

    def __str__(self) -> str:
        return f"{self.question} ({self.kind}) skipped: {self.reason}"


@dataclass(frozen=True, slots=True)
class Exported:
    """One export: the file's bytes, how many questions it holds and which were left out."""

    data: bytes
    questions: int
    quizzes: int
    skipped: tuple[Skipped, ...] = ()


def export(quizzes: Iterable[Quiz], fmt: str) -> Exported:
    """Export `quizzes` (with their answer keys: a trainer's tool, never the page) as `fmt`."""
    quizzes = tuple(quizzes)
    if fmt == "gift":
        from callcoach.export.gift import to_gift

        text, count, skipped = to_gift(quizzes)
        return Exported(text.encode("utf-8"), count, len(quizzes), tuple(skipped))
    if fmt == "qti":
        from callcoach.export.qti_package import to_qti_package

        data, count, skipped = to_qti_package(quizzes)
        return Exported(data, count, len(quizzes), tuple(skipped))
    raise ValueError(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")
