"""Read an authored mapping field by field, collecting located problems instead of raising."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from callcoach.errors import Problem

__all__ = ["Reader", "Where", "no_lines"]

# A path into the document, e.g. ("questions", 2, "options"), to a (line, column).
Where = Callable[[tuple[Any, ...]], tuple[int | None, int | None]]


def no_lines(_path: tuple[Any, ...]) -> tuple[int | None, int | None]:
    """Locator for data with no source lines (JSON built by the site)."""
    return None, None


def describe(path: tuple[Any, ...]) -> str:
    """Render a path the way authors read it: questions[2].options."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class Reader:
    """A view of one mapping at `path` that records problems rather than failing."""

    def __init__(self, data: Any, *, source: str, where: Where, problems: list[Problem], path: tuple[Any, ...] = ()) -> None:
        self.source, self.where, self.problems, self.path = source, where, problems, path
        self.ok = isinstance(data, Mapping)
        self.data: Mapping[str, Any] = data if self.ok else {}
        if not self.ok:
            self.error(f"expected a mapping, got {type_name(data)}")

    def error(self, message: str, *, path: tuple[Any, ...] | None = None) -> None:
        """Record a problem at `path` (default: this mapping)."""
        at = self.path if path is None else path
        line, column = self.where(at)
        label = describe(at)
        self.problems.append(Problem(self.source, line, f"{label}: {message}" if label else message, column))

    def at(self, steps: tuple[Any, ...], value: Any) -> Reader:
        """A reader for a nested mapping, `steps` below this one."""
        return Reader(value, source=self.source, where=self.where, problems=self.problems, path=(*self.path, *steps))

    def check_keys(self, required: set[str], optional: set[str] = frozenset()) -> None:
        """Report missing keys and unknown keys (unknown keys are usually typos, like `corect`)."""
        if not self.ok:
            return
        for key in sorted(required - set(self.data)):
            self.error(f"missing required key '{key}'")
        allowed = required | set(optional)
        for key in self.data:
            if key not in allowed:
                hint = _closest(str(key), allowed)
                self.error(f"unknown key '{key}'" + (f" (did you mean '{hint}'?)" if hint else ""), path=(*self.path, key))

    def text(self, key: str, *, required: bool = True, default: str = "") -> str:
        """A non-empty string."""
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, str) or isinstance(value, bool):
            self.error(f"must be text, got {type_name(value)}", path=(*self.path, key))
            return default
        if required and not value.strip():
            self.error("must not be empty", path=(*self.path, key))
        return value.strip()

    def integer(self, key: str, *, low: int, high: int, default: int = 0) -> int:
        """A whole number within [low, high]."""
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, int) or isinstance(value, bool):
            self.error(f"must be a whole number, got {type_name(value)}", path=(*self.path, key))
            return default
        if not low <= value <= high:
            self.error(f"must be between {low} and {high}, got {value}", path=(*self.path, key))
        return value

    def boolean(self, key: str, *, default: bool = False) -> bool:
        """true or false."""
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            self.error(f"must be true or false, got {type_name(value)}", path=(*self.path, key))
            return default
        return value

    def items(self, key: str, *, minimum: int = 0) -> list[Any]:
        """A list with at least `minimum` entries."""
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(f"must be a list, got {type_name(value)}", path=(*self.path, key))
            return []
        if len(value) < minimum:
            self.error(f"needs at least {minimum} entries, got {len(value)}", path=(*self.path, key))
        return value

    def texts(self, key: str, *, minimum: int = 1) -> list[str]:
        """A list of non-empty strings."""
        out = []
        for i, value in enumerate(self.items(key, minimum=minimum)):
            if not isinstance(value, str) or not value.strip():
                self.error("must be non-empty text", path=(*self.path, key, i))
            else:
                out.append(value.strip())
        return out


def type_name(value: Any) -> str:
    """An author-friendly name for a value's type."""
    if value is None:
        return "nothing"
    return {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list", dict: "a mapping"}.get(
        type(value), type(value).__name__
    )


def _closest(word: str, candidates: set[str]) -> str | None:
    from difflib import get_close_matches  # lazy: only authors with typos pay for it

    found = get_close_matches(word, sorted(candidates), n=1, cutoff=0.75)
    return found[0] if found else None
