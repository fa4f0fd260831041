"""The SCORM 1.2 package: a valid content package in structure, one SCO per module, everything inside."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

from callcoach_build.scorm import ADLCP, IMSCP
from tests.cases import course

NS = {"cp": IMSCP, "adlcp": ADLCP}


def _manifest(zip_path: Path) -> tuple[ET.Element, set[str]]:
    with zipfile.ZipFile(zip_path) as zf:
        assert zf.testzip() is None
        names = set(zf.namelist())
        return ET.fromstring(zf.read("imsmanifest.xml")), names


def test_manifest_is_scorm_12_with_one_sco_per_module(scorm_zip: Path) -> None:
    root, names = _manifest(scorm_zip)
    assert root.tag == f"{{{IMSCP}}}manifest" and root.get("identifier")
    assert root.findtext("cp:metadata/cp:schema", namespaces=NS) == "ADL SCORM"
    assert root.findtext("cp:metadata/cp:schemaversion", namespaces=NS) == "1.2"
    organizations = root.find("cp:organizations", NS)
    default = organizations.get("default")
    organization = organizations.find(f"cp:organization[@identifier='{default}']", NS)
    assert organization is not None and organization.findtext("cp:title", namespaces=NS) == "Handling Tricky Customer Calls"
    resources = {r.get("identifier"): r for r in root.findall("cp:resources/cp:resource", NS)}
    items = organization.findall("cp:item", NS)
    c = course()
    assert len(items) == len(c.modules) == 8
    for item, module in zip(items, c.modules):
        assert item.findtext("cp:title", namespaces=NS) == f"Module {module.number}: {module.title}"
        resource = resources[item.get("identifierref")]
        assert resource.get(f"{{{ADLCP}}}scormtype") == "sco" and resource.get("type") == "webcontent"
        assert resource.get("href") == module.page.removesuffix(".md") + ".html" and resource.get("href") in names
        assert [d.get("identifierref") for d in resource.findall("cp:dependency", NS)] == ["shared"]
        quiz = next(q for q in c.quizzes.values() if q.module == module.number)
        assert item.findtext("adlcp:masteryscore", namespaces=NS) == str(quiz.pass_mark)
    assert resources["shared"].get(f"{{{ADLCP}}}scormtype") == "asset"


def test_every_file_is_listed_once_and_every_listed_file_is_there(scorm_zip: Path) -> None:
    root, names = _manifest(scorm_zip)
    listed = [f.get("href") for f in root.iter(f"{{{IMSCP}}}file")]
    assert len(listed) == len(set(listed))
    assert set(listed) == names - {"imsmanifest.xml"}
    assert not [n for n in names if n.startswith(("/", "..")) or "\\" in n]


def test_the_package_carries_its_runtime_and_no_service_worker(scorm_zip: Path) -> None:
    _, names = _manifest(scorm_zip)
    assert {"assets/pyodide/pyodide.mjs", "assets/pyodide/pyodide.asm.wasm", "assets/pyodide/pyodide-lock.json"} <= names
    assert any(re.fullmatch(r"assets/pyodide/callcoach-.*\.whl", n) for n in names)
    assert "assets/pyodide/engine-snapshot.bin" not in names  # the package stays small; the engine starts fresh
    assert "sw.js" not in names  # an LMS's pages must never be controlled by the course's service worker
    with zipfile.ZipFile(scorm_zip) as zf:
        page = zf.read("modules/05-cpr.html").decode()
    assert '<meta name="callcoach-package" content="scorm">' in page
    assert "navigation.instant" not in page  # every page is a full load inside the LMS's frame
    assert scorm_zip.stat().st_size < 15_000_000
