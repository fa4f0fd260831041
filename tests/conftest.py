"""Shared fixtures: the built site (once per session), a local http server, and a real Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("CALLCOACH_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage"]


def free_port() -> int:
    """A free local port (the site is built for the address it is served at)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PORT = free_port()


def mkdocs_build(target: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run the real `mkdocs build` into `target`, for the test server's address."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "CALLCOACH_SITE_URL": f"http://127.0.0.1:{PORT}/"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(target), *extra],
        cwd=ROOT, capture_output=True, text=True, env=env, check=False,
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The course built once for the whole test session."""
    target = tmp_path_factory.mktemp("site") / "site"
    result = mkdocs_build(target)
    assert result.returncode == 0, result.stdout + result.stderr
    return target


class _Quiet(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".mjs": "text/javascript", ".wasm": "application/wasm"}

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def server(site: Path) -> Iterator[str]:
    """The built site over http on a free local port."""
    handler = functools.partial(_Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", PORT), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """The system Chromium, driven by Playwright. Fails (never skips) when it is missing."""
    from playwright.sync_api import sync_playwright

    executable = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    assert executable, "Chromium is required for browser tests: apt-get install chromium (or set CALLCOACH_CHROMIUM)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh browser context and page per test."""
    context = browser.new_context()  # type: ignore[attr-defined]
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture(scope="session")
def scorm_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The SCORM 1.2 package, made once by the real script (`make scorm`)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_scorm import build

    return build(tmp_path_factory.mktemp("scorm-dist"))
