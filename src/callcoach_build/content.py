"""Load the course's authored files (YAML in quizzes/, section ids from docs/) into the engine."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from callcoach.course import Course, Document, build_course
from callcoach.errors import Problem
from callcoach_build.yamlsource import load_yaml

__all__ = ["load_course", "page_anchors", "collect_documents"]

SPECIAL = {"course.yml": "course", "experts.yml": "experts"}
HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*(?:\{([^}]*)\})?\s*$")
EXPLICIT_ID = re.compile(r"#([\w-]+)")


def slugify(text: str) -> str:
    """The id Python-Markdown's toc gives a heading without an explicit one."""
    value = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[-\s]+", "-", value)


def page_anchors(docs_dir: Path) -> dict[str, set[str]]:
    """Section ids of every Markdown page, keyed by its path relative to docs/."""
    anchors: dict[str, set[str]] = {}
    for page in sorted(docs_dir.rglob("*.md")):
        ids: set[str] = set()
        fenced = False
        for line in page.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.lstrip().startswith(("```", "~~~")):
                fenced = not fenced
            if fenced:
                continue
            match = HEADING.match(line)
            if match:
                explicit = EXPLICIT_ID.search(match.group(2) or "")
                ids.add(explicit.group(1) if explicit else slugify(match.group(1)))
        anchors[page.relative_to(docs_dir).as_posix()] = ids
    return anchors


def collect_documents(paths: list[Path], root: Path) -> tuple[list[Document], list[Problem]]:
    """Load every YAML file under `paths` (files or folders) as located documents."""
    documents: list[Document] = []
    problems: list[Problem] = []
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix in {".yml", ".yaml"}))
        elif path.exists():
            files.append(path)
        else:
            problems.append(Problem(_display(path, root), None, "no such file or folder"))
    for file in files:
        display = _display(file, root)
        located, found = load_yaml(file, display)
        problems.extend(found)
        if located is not None:
            documents.append(Document(_kind(file), display, located.data, located.where))
    return documents, problems


def _kind(file: Path) -> str:
    """What a file holds, from its name and folder: quizzes/scenarios/x.yml is a scenario."""
    if file.name in SPECIAL:
        return SPECIAL[file.name]
    return {"scenarios": "scenario", "simulations": "simulation"}.get(file.parent.name, "quiz")


def load_course(root: Path, paths: list[Path] | None = None) -> tuple[Course | None, list[Problem]]:
    """Load and cross-check the course under `root` (quizzes/ and docs/), collecting every problem."""
    quizzes = root / "quizzes"
    documents, problems = collect_documents(paths or [quizzes], root)
    # Validating one file still needs the outline and the quotes it refers to.
    have = {d.kind for d in documents}
    for name, kind in SPECIAL.items():
        if kind not in have and (quizzes / name).exists():
            extra, found = collect_documents([quizzes / name], root)
            documents += extra
            problems += found
    docs = root / "docs"
    anchors = page_anchors(docs) if docs.is_dir() else None
    course, found = build_course(documents, anchors=anchors)
    return course, problems + found


def _display(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
