"""The build's bundling of the page script: one app.js, the inlined modules' copies removed, clear failures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from callcoach_build.assets import AssetError, bundle_scripts

ROOT = Path(__file__).resolve().parents[2]


def _site(tmp_path: Path) -> Path:
    folder = tmp_path / "site" / "assets" / "callcoach"
    shutil.copytree(ROOT / "overrides" / "assets" / "callcoach", folder)
    return tmp_path / "site"


def test_the_bundle_replaces_the_modules_it_inlines(tmp_path: Path) -> None:
    site = _site(tmp_path)
    bundled = bundle_scripts(ROOT, site)
    assert {"quiz.js", "store.js", "ui.js", "scorm.js"} <= set(bundled) and "engine.js" not in bundled
    left = sorted(p.name for p in (site / "assets" / "callcoach").glob("*.js"))
    assert left == ["app.js", "engine.js", "page.js", "worker.js"]
    assert not list(site.rglob("*.meta.json"))
    assert 'from"./engine.js"' in (site / "assets" / "callcoach" / "app.js").read_text(encoding="utf-8")


def test_a_missing_esbuild_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(AssetError, match=r"node_modules/esbuild is missing: run `npm ci`"):
        bundle_scripts(tmp_path, _site(tmp_path))


def test_a_broken_script_fails_with_esbuild_s_message(tmp_path: Path) -> None:
    site = _site(tmp_path)
    (site / "assets" / "callcoach" / "quiz.js").write_text("export function mountQuiz( {\n", encoding="utf-8")
    with pytest.raises(AssetError, match=r"(?s)bundling the page script failed: .*quiz\.js:2"):
        bundle_scripts(ROOT, site)
