"""Load YAML keeping each node's line, so errors read `path:line:col: message`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from callcoach.errors import Problem

__all__ = ["Located", "load_yaml", "MAX_BYTES"]

# Authored files are a few KB; anything this big is a mistake (a pasted log, a binary).
MAX_BYTES = 1_000_000


@dataclass(frozen=True, slots=True)
class Located:
    """Plain data plus the (line, column) of every path in it, 1-based."""

    data: Any
    marks: dict[tuple[Any, ...], tuple[int, int]] = field(default_factory=dict)

    def where(self, path: tuple[Any, ...]) -> tuple[int | None, int | None]:
        """The nearest known position for `path`, walking up to its parents."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.marks:
                return self.marks[path[:end]]
        return None, None


def load_yaml(path: Path, display: str) -> tuple[Located | None, list[Problem]]:
    """Read one YAML file; return its located data or the problems that stop it loading."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(display, None, f"cannot read file: {exc.strerror or exc}")]
    if len(raw) > MAX_BYTES:
        return None, [Problem(display, 1, f"file is {len(raw):,} bytes; the limit is {MAX_BYTES:,}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(display, line, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8")]
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        return None, [Problem(display, 1, "file is empty")]
    loader: yaml.SafeLoader | None = None
    try:
        loader, node = _compose(text)
        if node is None:
            return None, [Problem(display, 1, "file is empty")]
        marks: dict[tuple[Any, ...], tuple[int, int]] = {}
        problems: list[Problem] = []
        data = _build(loader, node, (), marks, problems, display)
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(exc, display)]
    except yaml.YAMLError as exc:
        return None, [Problem(display, None, f"YAML error: {exc}")]
    finally:
        if loader is not None:
            loader.dispose()
    # Duplicate keys are reported but do not stop the file, so every other problem shows too.
    return Located(data, marks), problems


def _compose(text: str) -> tuple[yaml.SafeLoader, yaml.Node | None]:
    """The document's node tree, read by libyaml when PyYAML has it (several times faster, and the whole
    course is read on every build). A file libyaml rejects is read again by the pure-Python parser, whose
    messages are the ones authors see (and the tests check), or which reads it after all."""
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        loader = fast(text)
        try:
            return loader, loader.get_single_node()
        except yaml.YAMLError:
            loader.dispose()
    loader = yaml.SafeLoader(text)
    try:
        return loader, loader.get_single_node()
    except yaml.YAMLError:
        loader.dispose()
        raise


def _syntax_problem(exc: yaml.MarkedYAMLError, display: str) -> Problem:
    """Point at where the parser gave up, and say where the construct it was reading began."""
    mark = exc.problem_mark or exc.context_mark
    message = str(exc.problem or "cannot parse")
    if exc.context:
        started = f" that starts on line {exc.context_mark.line + 1}" if exc.context_mark and exc.context_mark is not mark else ""
        message += f" ({exc.context.removeprefix('while ')}{started})"
    if "'\\t'" in message:
        message = message.replace("character '\\t'", "a tab character") + "; YAML does not allow tabs for indentation, use spaces"
    line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
    return Problem(display, line, f"YAML syntax error: {message}", col)


def _build(loader: yaml.SafeLoader, node: yaml.Node, path: tuple[Any, ...], marks: dict, problems: list, display: str) -> Any:
    marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)  # resolve YAML merge keys (<<) the way PyYAML does
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, bool)) or key is None:
                key = str(key)
            if key in out:
                line = key_node.start_mark.line + 1
                first = marks.get((*path, key), (None,))[0]
                problems.append(Problem(display, line, f"duplicate key '{key}' (first given on line {first})", key_node.start_mark.column + 1))
                continue
            out[key] = _build(loader, value_node, (*path, key), marks, problems, display)
            marks[(*path, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(loader, item, (*path, i), marks, problems, display) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)
