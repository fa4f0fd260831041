"""A SCORM 1.2 content package of the built course: one SCO per module, the rest as a shared asset."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

from callcoach.course import Course
from callcoach_build.assets import page_url

__all__ = ["manifest_xml", "write_package", "IMSCP", "ADLCP"]

IMSCP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
ET.register_namespace("", IMSCP)
ET.register_namespace("adlcp", ADLCP)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    child = ET.SubElement(parent, tag, attrs)
    if text is not None:
        child.text = text
    return child


def manifest_xml(course: Course, files: list[str], identifier: str) -> bytes:
    """imsmanifest.xml: an organization with one item per module, each a SCO launching the module's page."""
    ns, adl = f"{{{IMSCP}}}", f"{{{ADLCP}}}"
    # No xsi:schemaLocation: it is only a hint, and LMSs read the package without the schema files.
    root = ET.Element(f"{ns}manifest", {"identifier": identifier, "version": "1.0"})
    metadata = _sub(root, f"{ns}metadata")
    _sub(metadata, f"{ns}schema", "ADL SCORM")
    _sub(metadata, f"{ns}schemaversion", "1.2")
    organizations = _sub(root, f"{ns}organizations", default="course")
    organization = _sub(organizations, f"{ns}organization", identifier="course")
    _sub(organization, f"{ns}title", course.title)
    resources = _sub(root, f"{ns}resources")
    launches = set()
    for module in course.modules:
        item = _sub(organization, f"{ns}item", identifier=f"item-m{module.number}", identifierref=f"sco-m{module.number}", isvisible="true")
        _sub(item, f"{ns}title", f"Module {module.number}: {module.title}")
        quiz = next((q for q in course.quizzes.values() if q.module == module.number), None)
        if quiz is not None:
            # The LMS may judge passed/failed itself from the score; it uses the quiz's own pass mark.
            _sub(item, f"{adl}masteryscore", str(quiz.pass_mark))
        href = page_url(module.page, directory_urls=False)
        launches.add(href)
        resource = _sub(resources, f"{ns}resource", identifier=f"sco-m{module.number}", type="webcontent", href=href,
                        **{f"{adl}scormtype": "sco"})
        _sub(resource, f"{ns}file", href=href)
        _sub(resource, f"{ns}dependency", identifierref="shared")
    shared = _sub(resources, f"{ns}resource", identifier="shared", type="webcontent", **{f"{adl}scormtype": "asset"})
    for name in files:
        if name not in launches:
            _sub(shared, f"{ns}file", href=name)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def write_package(course: Course, site: Path, target: Path, identifier: str) -> int:
    """Zip the built site with imsmanifest.xml at its root; return the number of files packaged."""
    files = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("imsmanifest.xml", manifest_xml(course, files, identifier))
        for name in files:
            zf.write(site / name, name)
    partial.replace(target)  # never leave half a package behind
    return len(files)
