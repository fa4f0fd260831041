"""The course builds cleanly, in order, with the experts' quotes exactly as authored and as in the article."""

from __future__ import annotations

import re
import unicodedata
from html import unescape
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
EXPERTS = yaml.safe_load((ROOT / "quizzes/experts.yml").read_text(encoding="utf-8"))["experts"]
MODULES = yaml.safe_load((ROOT / "quizzes/course.yml").read_text(encoding="utf-8"))["modules"]


def plain(text: str) -> str:
    """Compare words, not typography: straight quotes and dashes, single spaces."""
    text = unicodedata.normalize("NFKC", unescape(text))
    for fancy, simple in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-")):
        text = text.replace(fancy, simple)
    return " ".join(text.split())


def page_html(site: Path, md: str) -> str:
    return (site / md.removesuffix(".md") / "index.html").read_text(encoding="utf-8")


def test_every_module_page_is_built_in_the_articles_order(site: Path) -> None:
    html = (site / "index.html").read_text(encoding="utf-8")
    links = [m["page"].removesuffix(".md") + "/" for m in MODULES]
    positions = [html.find(f'href="{link}"') for link in links]
    assert all(p > 0 for p in positions), positions
    assert positions == sorted(positions)
    assert [m["module"] for m in MODULES] == list(range(1, 9))


def test_each_module_page_shows_its_quotes_as_in_experts_yml(site: Path) -> None:
    for module in MODULES:
        html = page_html(site, module["page"])
        mine = [e for e in EXPERTS if e["tip"] == module["module"]]
        assert mine, module
        for expert in mine:
            match = re.search(rf'<figure class="cc-quote" data-cc-expert="{expert["id"]}">(.*?)</figure>', html, re.S)
            assert match, f"{module['page']} lacks quote {expert['id']}"
            quote = re.search(r"<blockquote><p>(.*?)</p></blockquote>", match.group(1), re.S).group(1)
            assert plain(re.sub(r"<br>", " ", quote)) == plain(expert["quote"])
            caption = plain(re.sub(r"<[^>]+>", "", match.group(1).split("<figcaption>")[1]))
            assert expert["expert"] in caption and expert["role"] in caption and expert["organisation"] in caption


def test_quotes_match_the_article_word_for_word() -> None:
    article = plain((ROOT / "tests/data/article.txt").read_text(encoding="utf-8"))
    for expert in EXPERTS:
        assert plain(expert["quote"]) in article, expert["id"]
        assert expert["expert"] in article
        assert expert["role"] in article and expert["organisation"] in article


def test_module_pages_have_the_lesson_structure(site: Path) -> None:
    for module in MODULES:
        html = page_html(site, module["page"])
        for anchor in ("objectives", "what-it-means", "why-it-matters", "how-to-do-it", "common-mistakes",
                       "worked-example", "expert", "takeaways", "reflect", "practice"):
            assert f'id="{anchor}"' in html, (module["page"], anchor)
        assert f'data-cc-quiz="m{module["module"]}-quiz"' in html


def test_no_page_links_to_another_origin_for_assets(site: Path) -> None:
    for html_file in site.rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        for url in re.findall(r'(?:src|href)="(https?://[^"]+)"', html):
            assert not re.search(r"\.(js|mjs|css|woff2?|wasm|json)(\?|$)|fonts\.g|cdn|unpkg|jsdelivr", url), (html_file, url)


def test_the_site_carries_the_runtime_and_the_engine_wheel(site: Path) -> None:
    runtime = site / "assets/pyodide"
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"):
        assert (runtime / name).is_file(), name
    import json

    lock = json.loads((runtime / "pyodide-lock.json").read_text())
    entry = lock["packages"]["callcoach"]
    import hashlib

    assert hashlib.sha256((runtime / entry["file_name"]).read_bytes()).hexdigest() == entry["sha256"]
    # The start-up snapshot: gzip, inflating to a Pyodide memory snapshot (it starts with Pyodide's magic number).
    import gzip
    import struct

    # Its first 4 bytes give the snapshot's full length, of which the file leaves out the all-zero end.
    with gzip.open(runtime / "engine-snapshot.bin") as snapshot:
        data = snapshot.read()
    assert struct.unpack("<I", data[4:8])[0] == 1886286592
    assert len(data) - 4 < struct.unpack("<I", data[:4])[0] < 256 * 2**20 and any(data[-8:])
    sw = (site / "sw.js").read_text(encoding="utf-8")
    assert "assets/pyodide/engine-snapshot.bin" in sw  # precached for offline use like the rest of the runtime


def test_the_site_ships_no_theme_files_it_never_loads(site: Path) -> None:
    # The iframe-worker shim serves search from file:// in the offline bundle only (tests/browser/test_bundle.py).
    assert "iframe-worker" not in (site / "index.html").read_text(encoding="utf-8")
    assert not (site / "assets/vendor/iframe-worker-shim.js").exists()
    scripts = site / "assets/javascripts"
    assert not list(scripts.rglob("*.map"))
    assert not (scripts / "lunr").exists()  # English-only search needs none of lunr's other languages
    assert list(scripts.glob("bundle.*.min.js")) and list((scripts / "workers").glob("search.*.min.js"))


def test_the_page_script_is_one_bundle(site: Path) -> None:
    sources = ROOT / "overrides/assets/callcoach"
    imported, todo = set(), ["app.js"]
    while todo:
        name = todo.pop()
        if name not in imported:
            imported.add(name)
            todo += re.findall(r'(?:^import .* from |import\()"\./([\w-]+\.js)"', (sources / name).read_text(encoding="utf-8"), re.M)
    assert {"quiz.js", "scenario.js", "simulation.js", "scorm.js", "engine.js"} <= imported
    built = site / "assets/callcoach"
    app = (built / "app.js").read_text(encoding="utf-8")
    # One file: the only module the bundle still loads is the engine, which every script on the page shares.
    assert set(re.findall(r'(?:from|import)\s*\(?"\./([\w-]+\.js)"', app)) == {"engine.js"}
    assert sorted(p.name for p in built.glob("*.js") if p.name in imported) == ["app.js", "engine.js"]
    assert (built / "worker.js").is_file() and (built / "page.js").is_file()  # started by URL, not imported
    html = page_html(site, "modules/02-be-prepared.md")
    assert re.findall(r'<script type="module" src="[./]*assets/callcoach/([\w-]+\.js)"', html) == ["app.js"]
    # Nothing preloaded: on a slow connection a preload competes with the styles for the first paint.
    assert "modulepreload" not in html
