"""Put the browser runtime in the built site: Pyodide from npm, the engine wheel, the lock file, the course data."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from callcoach.course import Course
from callcoach_build.buildcache import used
from callcoach_build.wheel import build_wheel

__all__ = ["RUNTIME_FILES", "install_runtime", "write_course_data", "vendor_shim", "write_service_worker", "bundle_scripts", "AssetError", "run_node"]

RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")


class AssetError(Exception):
    """A missing or broken runtime dependency, with what to run to fix it."""


def run_node(root: Path, script: str, args: list[str], what: str) -> str:
    """Run one of scripts/*.mjs under Node and return its output; failures become an AssetError saying what failed."""
    node = shutil.which("node")
    if node is None:
        raise AssetError(f"Node.js is needed for {what}: install Node 20+ and run `npm ci`")
    result = subprocess.run([node, str(root / "scripts" / script), *args], cwd=root, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise AssetError(f"{what} failed: {(result.stderr or result.stdout).strip()[-500:]}")
    return result.stdout


def _copy_if_changed(source: Path, target: Path) -> None:
    # Pyodide is ~12 MB; copying only what changed keeps `mkdocs serve` rebuilds quick.
    if target.exists() and target.stat().st_size == source.stat().st_size and target.stat().st_mtime >= source.stat().st_mtime:
        return
    shutil.copy2(source, target)


def install_runtime(root: Path, site_dir: Path) -> Path:
    """Copy Pyodide and the engine wheel into site/assets/pyodide and list the wheel in its lock file.

    The standard library and the wheel go in precompiled to bytecode by Pyodide's own interpreter
    (scripts/pyodide-precompile.mjs): compiling them was most of the engine's start-up in the browser.
    Both results are cached in node_modules/.cache by content, so a rebuild recompiles only what changed."""
    npm_dir = root / "node_modules" / "pyodide"
    missing = [name for name in (*RUNTIME_FILES, "pyodide-lock.json") if not (npm_dir / name).exists()]
    if missing:
        raise AssetError(f"node_modules/pyodide is missing {', '.join(missing)}: run `npm ci` (or `make setup`)")
    target = site_dir / "assets" / "pyodide"
    target.mkdir(parents=True, exist_ok=True)
    for name in RUNTIME_FILES:
        if name != "python_stdlib.zip":
            _copy_if_changed(npm_dir / name, target / name)
    wheel = build_wheel(target)
    stdlib, compiled = _precompiled(root, npm_dir / "python_stdlib.zip", wheel)
    _copy_if_changed(stdlib, target / "python_stdlib.zip")
    shutil.copyfile(compiled, wheel)
    key = hashlib.sha256(wheel.read_bytes() + (npm_dir / "pyodide-lock.json").read_bytes()).hexdigest()[:16]
    cache = root / ".cache" / f"pyodide-lock-{key}.json"
    if not cache.exists():
        cache.parent.mkdir(parents=True, exist_ok=True)
        _add_wheel(npm_dir / "pyodide-lock.json", wheel, cache)
    shutil.copyfile(used(cache), target / "pyodide-lock.json")
    return target


def _precompiled(root: Path, stdlib: Path, wheel: Path) -> tuple[Path, Path]:
    """The bytecode versions of python_stdlib.zip and of the wheel, from the cache or made now (under Node)."""
    script = root / "scripts" / "pyodide-precompile.mjs"
    salt = script.read_bytes() + (root / "node_modules" / "pyodide" / "package.json").read_bytes()
    # Beside node_modules/pyodide (not in .cache): copies of the project that link node_modules share it.
    cache = root / "node_modules" / ".cache" / "callcoach-pyodide"
    stdlib_out = cache / f"python_stdlib-{hashlib.sha256(salt + stdlib.read_bytes()).hexdigest()[:16]}.zip"
    wheel_out = cache / f"{wheel.stem}-{hashlib.sha256(salt + wheel.read_bytes()).hexdigest()[:16]}.whl"
    jobs: list[str] = []
    partial = {out: out.with_name(f"{out.name}.{os.getpid()}.partial") for out in (stdlib_out, wheel_out)}
    for kind, source, out in (("--stdlib", stdlib, stdlib_out), ("--wheel", wheel, wheel_out)):
        if not out.exists():
            jobs += [kind, str(source), str(partial[out])]
    if jobs:
        cache.mkdir(parents=True, exist_ok=True)
        run_node(root, script.name, jobs, "precompiling Python for Pyodide")
        for out, written in partial.items():
            if written.exists():
                written.replace(out)  # atomic: a build running at the same time never sees half a file
    return used(stdlib_out), used(wheel_out)


def _add_wheel(lock_in: Path, wheel: Path, lock_out: Path) -> None:
    """Run pyodide-build's `pyodide lockfile add-wheels`, which records the wheel's sha256."""
    tool = Path(sys.executable).with_name("pyodide")
    if not tool.exists():
        raise AssetError("the `pyodide` command (pyodide-build) is not installed: run `make setup`")
    partial = lock_out.with_suffix(".tmp")
    result = subprocess.run(
        [str(tool), "lockfile", "add-wheels", "--input", str(lock_in), "--output", str(partial), str(wheel)],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0 or not partial.exists():
        raise AssetError(f"pyodide lockfile add-wheels failed: {(result.stderr or result.stdout).strip()[-500:]}")
    # The wheel sits beside the lock file in the site, so its plain file name is the right URL.
    lock = json.loads(partial.read_text(encoding="utf-8"))
    lock["packages"]["callcoach"]["file_name"] = wheel.name
    lock_out.write_text(json.dumps(lock, separators=(",", ":")), encoding="utf-8")
    partial.unlink()


def page_url(page: str, directory_urls: bool) -> str:
    """A page's URL relative to the site root, as MkDocs writes it."""
    if not directory_urls:
        return page.removesuffix(".md") + ".html"
    return page.removesuffix("index.md") if page.endswith("index.md") else page.removesuffix(".md") + "/"


def vendor_shim(root: Path, site_dir: Path) -> None:
    """Material's offline plugin needs the iframe-worker shim; it is served from the site, never a CDN."""
    source = root / "node_modules" / "iframe-worker" / "shim" / "index.js"
    if not source.exists():
        raise AssetError("node_modules/iframe-worker is missing: run `npm ci` (or `make setup`)")
    target = site_dir / "assets" / "vendor" / "iframe-worker-shim.js"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def bundle_scripts(root: Path, site_dir: Path) -> list[str]:
    """Bundle the site's page script and every module it imports into one minified app.js (esbuild).

    A page then fetches two small scripts instead of a dozen, which on a slow connection no longer queue
    in front of the theme's script and styles. engine.js stays its own module: it holds the tab's one
    checking engine, which the bundle and the benchmark import by URL and must share. The worker is
    started by URL and is not bundled. Returns the modules now inside app.js, whose copies are removed."""
    folder = site_dir / "assets" / "callcoach"
    meta = folder / "app.meta.json"
    # esbuild's own binary from its npm platform package: it starts in milliseconds, Node would take 0.3 s.
    binaries = sorted((root / "node_modules" / "@esbuild").glob("*/bin/esbuild")) + sorted((root / "node_modules" / "@esbuild").glob("*/esbuild.exe"))
    if not binaries:
        raise AssetError("node_modules/esbuild is missing: run `npm ci` (or `make setup`)")
    command = [str(binaries[0]), "app.js", "--bundle", "--format=esm", "--minify", "--target=es2020", "--external:./engine.js",
               "--legal-comments=none", "--log-level=error", "--allow-overwrite", "--outfile=app.js", f"--metafile={meta.name}"]
    result = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise AssetError(f"bundling the page script failed: {(result.stderr or result.stdout).strip()[-500:]}")
    inputs = json.loads(meta.read_text(encoding="utf-8"))["inputs"]
    meta.unlink()
    bundled = sorted(name for name in inputs if name != "app.js")
    for name in bundled:
        (folder / name).unlink()
    return bundled


def write_service_worker(root: Path, site_dir: Path) -> dict[str, int]:
    """Fill sw.js with the precache list and revisions (workbox-build's injectManifest, under Node)."""
    output = run_node(root, "sw-manifest.mjs", [str(site_dir)], "building the service worker")
    return json.loads(output.strip().splitlines()[-1])


def write_course_data(course: Course, site_dir: Path, *, directory_urls: bool = True) -> Path:
    """The quizzes with their keys, for the worker (pages carry none of this)."""
    target = site_dir / "assets" / "callcoach" / "course.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    data = course.to_json()
    target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    # The outline lets every page draw progress bars without loading the engine or any answers.
    outline = {
        "modules": [
            {
                "module": m.number, "title": m.title, "url": page_url(m.page, directory_urls),
                "quiz": next((q.id for q in course.quizzes.values() if q.module == m.number), None),
                "scenarios": [s.id for s in course.scenarios.values() if s.module == m.number],
                "simulations": [s.id for s in course.simulations.values() if s.module == m.number],
            }
            for m in course.modules
        ],
        "assigned_url": page_url("assigned.md", directory_urls),
    }
    (target.parent / "outline.json").write_text(json.dumps(outline, ensure_ascii=False), encoding="utf-8")
    return target
