"""MkDocs hooks: validate the course, expand the custom fences, and add the runtime to the site."""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority

# MkDocs loads hooks by file path; make the sibling packages importable without an install.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from callcoach.course import Course  # noqa: E402
from callcoach_build import render  # noqa: E402
from callcoach_build.assets import (  # noqa: E402
    AssetError, bundle_scripts, install_runtime, vendor_shim, write_course_data, write_service_worker,
)
from callcoach_build.snapshot import write_snapshot  # noqa: E402
from callcoach_build.content import load_course  # noqa: E402
from callcoach_build.csp import write_headers  # noqa: E402

log = logging.getLogger("mkdocs.hooks.callcoach")


class _State:
    """What one build knows: the course, the page being rendered, fence errors found so far."""

    course: Course | None = None
    root: Path = Path(".")
    page: str = ""
    errors: list[str] = []
    serving: bool = False
    scorm: bool = False
    offline: bool = False  # the classroom bundle, made to open from file://
    directory_urls: bool = True
    target: Path | None = None  # the real site folder, while the build writes beside it


def on_startup(command: str, **_: Any) -> None:
    """Remember whether this is `mkdocs serve`: authors editing pages want no service worker caching them."""
    _State.serving = command == "serve"


def on_config(config: Any) -> Any:
    """Load and validate every authored file; stop the build with all problems, each `path:line: message`."""
    _State.root = Path(config.config_file_path).resolve().parent
    course, problems = load_course(_State.root)
    if problems or course is None:
        raise PluginError("The course content has problems:\n" + "\n".join(f"  {p}" for p in problems))
    _State.course = course
    _State.directory_urls = config.use_directory_urls
    _State.scorm = bool(config.extra.get("scorm"))
    # The iframe-worker shim only lets search run from file://, in the offline build; elsewhere it would be
    # one more script every page waits for before it can show anything.
    offline = config.plugins.get("material/offline") or config.plugins.get("offline")
    _State.offline = bool(offline and offline.config.enabled)
    if not _State.offline:
        config.extra["polyfills"] = [p for p in config.extra.get("polyfills") or [] if "iframe-worker" not in str(p)]
    if _State.scorm:
        # Inside an LMS every page is a full load in the LMS's frame, so each module page can report.
        config.theme["features"] = [f for f in config.theme["features"] if not f.startswith("navigation.instant")]
    _State.target = None
    if not _State.serving:
        _State.target = Path(config.site_dir).resolve()
        staging = _State.target.with_name(_State.target.name + ".building")
        shutil.rmtree(staging, ignore_errors=True)
        config.site_dir = str(staging)
    fences = config.mdx_configs.setdefault("pymdownx.superfences", {}).setdefault("custom_fences", [])
    ours = {"quote": _quote, "quiz": _quiz, "scenario": _scenario, "simulation": _simulation, "modules": _modules,
            "answer-keys": _whole(render.answer_keys_html), "worksheets": _whole(render.worksheets_html)}
    fences[:] = [f for f in fences if f.get("name") not in ours]
    for name, formatter in ours.items():
        fences.append({"name": name, "class": name, "format": formatter})
    return config


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """Remember which page the fences belong to, for error messages and links."""
    _State.page = page.file.src_uri
    return markdown


def on_page_content(html: str, page: Any, **_: Any) -> str:
    """Fail the build on a fence that names something unknown, naming the page."""
    if _State.errors:
        errors, _State.errors = _State.errors, []
        raise PluginError("\n".join(f"docs/{page.file.src_uri}: {e}" for e in errors))
    assert _State.course is not None
    return render.with_progress(_State.course, html)


@event_priority(0)
def _add_runtime(config: Any) -> None:
    """Copy Pyodide and the engine wheel into the site and write the worker's course data."""
    site_dir = Path(config.site_dir)
    assert _State.course is not None
    try:
        install_runtime(_State.root, site_dir)
        if _State.offline:
            vendor_shim(_State.root, site_dir)
        write_course_data(_State.course, site_dir, directory_urls=_State.directory_urls)
        # The start-up snapshot (about 6 MB) is for the hosted site, where it is fetched once and cached.
        # The classroom zip and the LMS package start the engine from scratch, and stay small.
        if not (_State.offline or _State.scorm):
            write_snapshot(_State.root, site_dir)
    except AssetError as exc:
        raise PluginError(str(exc)) from None


@event_priority(-200)
def _finish(config: Any) -> None:
    """Last of all (after the offline plugin's search index): the page script, the policy, the service worker, then the swap."""
    site_dir = Path(config.site_dir)
    _prune_theme_files(site_dir, config)
    try:
        bundle_scripts(_State.root, site_dir)
        write_headers(site_dir)
        if _State.serving or _State.scorm:
            (site_dir / "sw.js").unlink(missing_ok=True)
        else:
            write_service_worker(_State.root, site_dir)
    except AssetError as exc:
        raise PluginError(str(exc)) from None
    if _State.target is not None:
        # Only a complete build replaces the last good site; a failed one never leaves half a site behind.
        old = _State.target.with_name(_State.target.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if _State.target.exists():
            _State.target.rename(old)
        site_dir.rename(_State.target)
        shutil.rmtree(old, ignore_errors=True)
        config.site_dir = str(_State.target)


def _prune_theme_files(site_dir: Path, config: Any) -> None:
    """Drop theme files the site never loads, which would only weigh down the service worker and the zips:
    source maps, and lunr's support for other languages when search is English only."""
    search = config.plugins.get("material/search") or config.plugins.get("search")
    languages = (search.config.get("lang") if search else None) or [config.theme.get("language", "en")]
    scripts = site_dir / "assets" / "javascripts"
    if set(languages) <= {"en"}:
        shutil.rmtree(scripts / "lunr", ignore_errors=True)
    for source_map in scripts.rglob("*.map"):
        source_map.unlink()


on_post_build = CombinedEvent(_add_runtime, _finish)


def on_build_error(error: Exception, **_: Any) -> None:
    """Throw away the unfinished build; the last good site stays where it was."""
    if _State.target is not None:
        shutil.rmtree(_State.target.with_name(_State.target.name + ".building"), ignore_errors=True)


def _lookup(kind: str, key: str, table: dict[str, Any]) -> Any:
    found = table.get(key.strip())
    if found is None:
        known = ", ".join(sorted(table)) or "none"
        _State.errors.append(f"unknown {kind} '{key.strip()}' in a ```{kind} fence (known: {known})")
    return found


def _fence(kind: str, table: str, renderer: Any) -> Any:
    """A superfences formatter that renders the item whose id the fence holds."""

    def format(source: str, *_: Any, **__: Any) -> str:
        assert _State.course is not None
        found = _lookup(kind, source, getattr(_State.course, table))
        return renderer(found) if found else ""

    return format


_quote = _fence("quote", "experts", render.quote_html)
_quiz = _fence("quiz", "quizzes", render.quiz_html)
_scenario = _fence("scenario", "scenarios", render.scenario_html)
_simulation = _fence("simulation", "simulations", render.simulation_html)


def _whole(renderer: Any) -> Any:
    """A formatter for fences that render the whole course (answer keys, worksheets)."""

    def format(*_: Any, **__: Any) -> str:
        assert _State.course is not None
        return renderer(_State.course)

    return format


def _modules(source: str, *_: Any, **__: Any) -> str:
    assert _State.course is not None
    return render.cards_html(_State.course, _State.page, directory_urls=_State.directory_urls)
