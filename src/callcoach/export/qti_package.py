"""An IMS content package (zip): imsmanifest.xml, one QTI 2.1 item per question and one test per quiz."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable

from callcoach.export import Skipped
from callcoach.export.qti import item
from callcoach.export.qti_xml import SCHEMA, XSI, el, identifier, tostring
from callcoach.quiz import Quiz

__all__ = ["to_qti_package", "MANIFEST", "CP"]

CP = "http://www.imsglobal.org/xsd/imscp_v1p1"
MANIFEST = "imsmanifest.xml"
ITEM_TYPE, TEST_TYPE = "imsqti_item_xmlv2p1", "imsqti_test_xmlv2p1"
STAMP = (1980, 1, 1, 0, 0, 0)  # fixed, so the same content gives the same zip


def _unique(wanted: str, taken: set[str]) -> str:
    """`wanted`, or `wanted-2`, `wanted-3`... if an earlier id already cleaned up to the same name."""
    name, n = wanted, 1
    while name.lower() in taken:  # file names in a zip may land on a case-insensitive disk
        n += 1
        name = f"{wanted}-{n}"
    taken.add(name.lower())
    return name


def _test(quiz: Quiz, ident: str, refs: list[tuple[str, str]]) -> ET.Element:
    """One quiz as an assessmentTest: SCORE sums the items, PASS applies the quiz's pass mark."""
    root = el(None, "assessmentTest", identifier=ident, title=quiz.title)
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA)
    for name, base in (("SCORE", "float"), ("MAXSCORE", "float"), ("PASS", "boolean")):
        el(root, "outcomeDeclaration", identifier=name, cardinality="single", baseType=base)
    part = el(root, "testPart", identifier=f"{ident}-part", navigationMode="nonlinear", submissionMode="individual")
    section = el(part, "assessmentSection", identifier=f"{ident}-section", title=quiz.title, visible=True)
    for item_ident, href in refs:
        el(section, "assessmentItemRef", identifier=item_ident, href=href)
    processing = el(root, "outcomeProcessing")
    for name in ("SCORE", "MAXSCORE"):
        el(el(el(processing, "setOutcomeValue", identifier=name), "sum"), "testVariables", variableIdentifier=name)
    passed = el(el(processing, "setOutcomeValue", identifier="PASS"), "gte")
    el(passed, "variable", identifier="SCORE")
    # The engine passes at score% >= pass mark, over every question of the quiz.
    el(passed, "baseValue", repr(quiz.pass_mark * len(refs) / 100), baseType="float")
    return root


def _resource(parent: ET.Element, ident: str, kind: str, href: str, needs: tuple[str, ...] = ()) -> None:
    """A manifest resource: its one file and the resources it depends on."""
    resource = ET.SubElement(parent, f"{{{CP}}}resource", identifier=ident, type=kind, href=href)
    ET.SubElement(resource, f"{{{CP}}}file", href=href)
    for other in needs:
        ET.SubElement(resource, f"{{{CP}}}dependency", identifierref=other)


def to_qti_package(quizzes: Iterable[Quiz]) -> tuple[bytes, int, list[Skipped]]:
    """The zip's bytes, the number of items in it, and the questions skipped (none: QTI has every type)."""
    manifest = ET.Element(f"{{{CP}}}manifest", identifier="callcoach-question-bank")
    manifest.set(f"{{{XSI}}}schemaLocation", f"{CP} http://www.imsglobal.org/xsd/imscp_v1p1.xsd")
    metadata = ET.SubElement(manifest, f"{{{CP}}}metadata")
    ET.SubElement(metadata, f"{{{CP}}}schema").text = "QTIv2.1 Package"
    ET.SubElement(metadata, f"{{{CP}}}schemaversion").text = "1.0.0"
    ET.SubElement(manifest, f"{{{CP}}}organizations")
    resources = ET.SubElement(manifest, f"{{{CP}}}resources")
    files: dict[str, bytes] = {}
    taken: set[str] = set()
    count = 0
    for quiz in quizzes:
        refs: list[tuple[str, str]] = []
        for q in quiz.questions:
            ident = _unique(identifier(q.common.id), taken)
            href = f"items/{ident}.xml"
            files[href] = tostring(item(q, ident))
            _resource(resources, f"item-{ident}", ITEM_TYPE, href)
            refs.append((ident, href))
            count += 1
        test_ident = _unique(identifier(quiz.id), taken)
        href = f"test-{test_ident}.xml"
        files[href] = tostring(_test(quiz, test_ident, refs))
        _resource(resources, f"test-{test_ident}", TEST_TYPE, href, tuple(f"item-{i}" for i, _ in refs))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in [(MANIFEST, tostring(manifest, CP)), *files.items()]:
            info = zipfile.ZipInfo(name, STAMP)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue(), count, []
