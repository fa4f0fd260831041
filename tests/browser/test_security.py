"""Security: the strict CSP the build writes holds on every page and widget; learner text is never HTML; no cookies."""

from __future__ import annotations

import functools
import http.server
import re
import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.pages import QuizWidget, answer_all_right
from tests.cases import course
from tests.conftest import _Quiet

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
WATCH = "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"


@pytest.fixture(scope="module")
def strict_server(site: Path):
    policy = (site / "csp.txt").read_text(encoding="utf-8").strip()

    class WithPolicy(_Quiet):
        def end_headers(self) -> None:
            self.send_header("Content-Security-Policy", policy)
            super().end_headers()

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(WithPolicy, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/", policy
    httpd.shutdown()


def test_policy_is_strict(strict_server) -> None:
    _, policy = strict_server
    assert "'unsafe-eval'" not in policy and "script-src 'self' 'wasm-unsafe-eval'" in policy
    assert "default-src 'self'" in policy and "object-src 'none'" in policy
    assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]


def test_every_page_and_widget_runs_under_the_policy_without_cookies(browser, site: Path, strict_server) -> None:
    base, _ = strict_server
    context = browser.new_context()
    context.add_init_script(WATCH)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    violations: list[str] = []
    for rel in sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html")):
        page.goto(base + rel.removesuffix("index.html"), wait_until="load")
        violations += page.evaluate("window.__csp")
    page.goto(base + "modules/08-dont-put-up-with-abuse/")
    quiz = course().quizzes["m8-quiz"]
    widget = QuizWidget(page, quiz.id)
    answer_all_right(widget, quiz)
    assert widget.submit() == 100.0
    section = page.locator('[data-cc-scenario="m8-scenario"]')
    section.locator("textarea").fill(course().scenarios["m8-scenario"].model_reply)
    section.get_by_role("button", name="Check my reply").click()
    expect(section).to_have_attribute("data-cc-passed", "true", timeout=30_000)
    violations += page.evaluate("window.__csp")
    assert not violations, violations
    assert not [e for e in errors if "Content Security Policy" in e], errors
    assert context.cookies() == []
    context.close()


def test_project_javascript_has_no_eval_or_inline_handlers(site: Path) -> None:
    for js in (ROOT / "overrides/assets/callcoach").glob("*.js"):
        text = js.read_text(encoding="utf-8")
        assert not re.search(r"\beval\s*\(|new\s+Function\s*\(|\.innerHTML\s*=|insertAdjacentHTML|document\.write", text), js.name
    for page in site.rglob("*.html"):
        assert not re.search(r"<[^>]+\son[a-z]+\s*=", page.read_text(encoding="utf-8")), page
