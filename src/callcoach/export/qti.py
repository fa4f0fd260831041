"""QTI 2.1 assessment items, one per question, scored the way the engine scores them."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from callcoach.export.qti_xml import (
    SCHEMA, XSI, el, mapping, outcome, score_by_mapping, score_by_position, score_if_correct, set_outcome, values,
)
from callcoach.types import QuestionType

__all__ = ["BUILDERS", "item"]


def _choices(q: QuestionType) -> tuple[list[tuple[str, str, str]], list[str]]:
    """(identifier, text, feedback) per choice, and the correct identifiers, for the choice types."""
    if q.kind == "true_false":
        choices = [("true", "True", q.feedback_true), ("false", "False", q.feedback_false)]  # type: ignore[attr-defined]
        return choices, ["true" if q.answer else "false"]  # type: ignore[attr-defined]
    choices = [(f"C{i}", o.text, o.feedback) for i, o in enumerate(q.options, 1)]  # type: ignore[attr-defined]
    return choices, [f"C{i}" for i, o in enumerate(q.options, 1) if o.correct]  # type: ignore[attr-defined]


def _shown(q: QuestionType, key: str, texts: list[str]) -> list[int]:
    """Indices of `texts` in the engine's stable shuffle, so the authored (right) order is never shown."""
    public = [entry["text"] for entry in q.public()[key]]
    return [texts.index(t) for t in public]


def _choice(q: QuestionType, response: ET.Element, body: ET.Element, rules: ET.Element) -> None:
    """single, multiple, true_false: a choiceInteraction, each option's feedback inline."""
    choices, right = _choices(q)
    single = q.kind != "multiple"
    response.attrib.update(cardinality="single" if single else "multiple", baseType="identifier")
    values(response, "correctResponse", right)
    box = el(body, "choiceInteraction", responseIdentifier="RESPONSE", shuffle=q.kind != "true_false", maxChoices=1 if single else 0)
    el(box, "prompt", q.common.prompt)
    for key, text, said in choices:
        choice = el(box, "simpleChoice", text, identifier=key)
        if said:
            el(choice, "feedbackInline", said, outcomeIdentifier="FEEDBACK", identifier=key, showHide="show")
    if single:
        score_if_correct(rules)
    else:
        # Right ticks share the marks and wrong ticks cost the same share, floored at 0: the engine's rule.
        share = 1 / len(right)
        mapping(response, {key: (share if key in right else -share) for key, _, _ in choices})
        score_by_mapping(rules)


def _order(q: QuestionType, response: ET.Element, body: ET.Element, rules: ET.Element) -> None:
    """ordering: an orderInteraction, credit for each item in its place."""
    items = list(q.items)  # type: ignore[attr-defined]
    response.attrib.update(cardinality="ordered", baseType="identifier")
    values(response, "correctResponse", [f"I{i}" for i in range(1, len(items) + 1)])
    box = el(body, "orderInteraction", responseIdentifier="RESPONSE", shuffle=True)
    el(box, "prompt", q.common.prompt)
    for i in _shown(q, "items", items):
        el(box, "simpleChoice", items[i], identifier=f"I{i + 1}")
    score_by_position(rules, len(items))


def _match(q: QuestionType, response: ET.Element, body: ET.Element, rules: ET.Element) -> None:
    """matching (and "who said it?", already quote -> expert): a matchInteraction of directed pairs."""
    pairs = list(q.pairs)  # type: ignore[attr-defined]
    response.attrib.update(cardinality="multiple", baseType="directedPair")
    values(response, "correctResponse", [f"L{i} R{i}" for i in range(1, len(pairs) + 1)])
    mapping(response, {f"L{i} R{i}": 1 / len(pairs) for i in range(1, len(pairs) + 1)})
    box = el(body, "matchInteraction", responseIdentifier="RESPONSE", shuffle=True, maxAssociations=len(pairs))
    el(box, "prompt", q.common.prompt)
    lefts, rights = el(box, "simpleMatchSet"), el(box, "simpleMatchSet")
    for i, (left, _) in enumerate(pairs, 1):
        el(lefts, "simpleAssociableChoice", left, identifier=f"L{i}", matchMax=1)
    for i in _shown(q, "rights", [right for _, right in pairs]):
        el(rights, "simpleAssociableChoice", pairs[i][1], identifier=f"R{i + 1}", matchMax=1)
    score_by_mapping(rules)


def _text_entry(q: QuestionType, response: ET.Element, body: ET.Element, rules: ET.Element) -> None:
    """short_text: a textEntryInteraction; every accepted answer maps to full marks, ignoring case."""
    accept = list(dict.fromkeys(q.accept))  # type: ignore[attr-defined]
    response.attrib.update(cardinality="single", baseType="string")
    values(response, "correctResponse", accept[:1])
    mapping(response, {a: 1.0 for a in accept}, case_sensitive=False)
    el(body, "p", q.common.prompt)
    el(el(body, "p"), "textEntryInteraction", responseIdentifier="RESPONSE", expectedLength=max(len(a) for a in accept) + 10)
    score_by_mapping(rules)


BUILDERS = {"single": _choice, "multiple": _choice, "true_false": _choice, "ordering": _order, "matching": _match, "short_text": _text_entry}


def item(q: QuestionType, ident: str) -> ET.Element:
    """One question as an assessmentItem; the explanation is modal feedback, option feedback inline."""
    build = BUILDERS.get(q.kind)
    if build is None:
        raise ValueError(f"QTI export does not know the '{q.kind}' type")
    root = el(None, "assessmentItem", identifier=ident, title=q.common.id, adaptive=False, timeDependent=False)
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA)
    response = el(root, "responseDeclaration", identifier="RESPONSE")
    outcome(root, "SCORE", "float", "0")
    outcome(root, "MAXSCORE", "float", "1")
    outcome(root, "FEEDBACK", "identifier", None, "multiple")
    rules = el(None, "responseProcessing")
    build(q, response, el(root, "itemBody"), rules)
    # FEEDBACK shows the explanation, and for the choice types the chosen options' own feedback.
    shown = el(None, "multiple")
    if build is _choice:
        el(shown, "variable", identifier="RESPONSE")
    el(shown, "baseValue", "EXPLANATION", baseType="identifier")
    set_outcome(rules, "FEEDBACK", shown)
    root.append(rules)
    el(root, "modalFeedback", q.common.explanation, outcomeIdentifier="FEEDBACK", identifier="EXPLANATION", showHide="show", title="Explanation")
    return root
