"""One engine, two hosts: callcoach imports only the standard library and itself, at any depth."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ENGINE = Path(__file__).resolve().parents[2] / "src" / "callcoach"
# The command line reaches the YAML loader of the site build lazily; everything else is stdlib.
ALLOWED_OUTSIDE = {("cli.py", "callcoach_build")}


def test_engine_imports_only_the_standard_library() -> None:
    offenders = []
    for path in sorted(ENGINE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module] if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 else [])
            for name in names:
                top = name.split(".")[0]
                if top in {"callcoach", "__future__"} or top in sys.stdlib_module_names:
                    continue
                if (path.name, top) not in ALLOWED_OUTSIDE:
                    offenders.append(f"{path.relative_to(ENGINE)}: {name}")
    assert not offenders, offenders


def test_importing_the_bridge_does_no_work_and_pulls_no_site_code() -> None:
    import subprocess

    code = "import sys, callcoach.bridge; print(sorted(m for m in sys.modules if m.split('.')[0] in {'yaml','mkdocs','js','pyodide','callcoach_build'}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": str(ENGINE.parent)})
    assert out.stdout.strip() == "[]"
