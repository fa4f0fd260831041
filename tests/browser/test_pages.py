"""Every built page loads over http with no console error and no request to any other origin."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser


def test_every_page_loads_cleanly_and_stays_on_its_origin(browser, site: Path, server: str) -> None:
    origin = urlparse(server).netloc
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html"))
    assert len(pages) >= 12, pages
    context = browser.new_context()
    foreign: list[str] = []

    def guard(route):
        if urlparse(route.request.url).netloc != origin and not route.request.url.startswith(("data:", "blob:")):
            foreign.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", guard)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(f"{page.url}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))
    for rel in pages:
        response = page.goto(server + rel.removesuffix("index.html"))
        assert response is not None and response.ok, rel
        page.wait_for_load_state("load")
    context.close()
    assert not errors, errors
    assert not foreign, foreign
