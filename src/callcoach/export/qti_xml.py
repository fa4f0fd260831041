"""QTI 2.1 building blocks: namespaced elements, identifiers, serialising, and the scoring rules."""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET
from typing import Any

__all__ = ["NS", "XSI", "SCHEMA", "identifier", "el", "tostring", "values", "outcome", "set_outcome", "mapping",
           "score_if_correct", "score_by_mapping", "score_by_position"]

NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = f"{NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
NOT_IDENTIFIER = re.compile(r"[^A-Za-z0-9_.-]+")


def identifier(text: str) -> str:
    """A valid QTI identifier (an NCName) from an id: 'm1-q1' stays as it is."""
    cleaned = NOT_IDENTIFIER.sub("_", text)
    return cleaned if re.match(r"[A-Za-z_]", cleaned) else f"_{cleaned}"


def el(parent: ET.Element | None, tag: str, text: str | None = None, **attrs: Any) -> ET.Element:
    """A QTI element (under `parent` if given) with string attributes."""
    node = ET.Element(f"{{{NS}}}{tag}", {k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in attrs.items()})
    node.text = text
    if parent is not None:
        parent.append(node)
    return node


def tostring(root: ET.Element, namespace: str = NS) -> bytes:
    """Indented UTF-8 XML with a declaration, `namespace` as the default one (no ns0: prefixes)."""
    # ElementTree's own default_namespace option rejects plain attribute names, so a copy's tags
    # drop the namespace and the root declares it; parsing the output gives the namespaced tree back.
    plain = copy.deepcopy(root)
    for node in plain.iter():
        node.tag = node.tag.removeprefix(f"{{{namespace}}}")
    plain.set("xmlns", namespace)
    ET.indent(plain)
    return ET.tostring(plain, encoding="utf-8", xml_declaration=True)


def values(parent: ET.Element, tag: str, texts: list[str]) -> None:
    """A defaultValue or correctResponse holding `texts`."""
    holder = el(parent, tag)
    for v in texts:
        el(holder, "value", v)


def outcome(parent: ET.Element, ident: str, base: str, default: str | None, cardinality: str = "single") -> None:
    """An outcomeDeclaration, with a default value if given."""
    decl = el(parent, "outcomeDeclaration", identifier=ident, cardinality=cardinality, baseType=base)
    if default is not None:
        values(decl, "defaultValue", [default])


def set_outcome(parent: ET.Element, ident: str, expression: ET.Element) -> None:
    """setOutcomeValue of `ident` to `expression`."""
    el(parent, "setOutcomeValue", identifier=ident).append(expression)


def _float(value: float) -> ET.Element:
    """A float baseValue."""
    return el(None, "baseValue", repr(float(value)), baseType="float")


def mapping(response: ET.Element, marks: dict[str, float], *, case_sensitive: bool = True) -> None:
    """A mapping from responses to marks, bounded to 0..1 like the engine's scores."""
    table = el(response, "mapping", lowerBound="0", upperBound="1", defaultValue="0")
    seen: set[str] = set()
    for key, value in marks.items():
        folded = key if case_sensitive else key.casefold()
        if folded not in seen:
            seen.add(folded)
            el(table, "mapEntry", mapKey=key, mappedValue=repr(float(value)), caseSensitive=case_sensitive)


def score_if_correct(rules: ET.Element) -> None:
    """SCORE is 1 when the response matches the correct one, else 0."""
    condition = el(rules, "responseCondition")
    test = el(el(condition, "responseIf"), "match")
    el(test, "variable", identifier="RESPONSE")
    el(test, "correct", identifier="RESPONSE")
    set_outcome(condition[0], "SCORE", _float(1))
    set_outcome(el(condition, "responseElse"), "SCORE", _float(0))


def score_by_mapping(rules: ET.Element) -> None:
    """SCORE is the mapped response (0 when nothing was given)."""
    condition = el(rules, "responseCondition")
    el(el(el(condition, "responseIf"), "isNull"), "variable", identifier="RESPONSE")
    set_outcome(condition[0], "SCORE", _float(0))
    set_outcome(el(condition, "responseElse"), "SCORE", el(None, "mapResponse", identifier="RESPONSE"))


def score_by_position(rules: ET.Element, count: int) -> None:
    """SCORE is the share of items in their right place, as the engine gives credit per step."""
    for i in range(1, count + 1):
        condition = el(el(rules, "responseCondition"), "responseIf")
        test = el(condition, "match")
        el(el(test, "index", n=i), "variable", identifier="RESPONSE")
        el(test, "baseValue", f"I{i}", baseType="identifier")
        total = el(None, "sum")
        total.extend([el(None, "variable", identifier="SCORE"), _float(1)])
        set_outcome(condition, "SCORE", total)
    ratio = el(None, "divide")
    ratio.extend([el(None, "variable", identifier="SCORE"), _float(count)])
    set_outcome(rules, "SCORE", ratio)
