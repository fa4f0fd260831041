"""Located content errors: every problem names the file and line it comes from."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Problem", "ContentError"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with authored content, in the `path:line:col: message` form."""

    path: str
    line: int | None
    message: str
    column: int | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class ContentError(Exception):
    """Raised with every problem found, never just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
