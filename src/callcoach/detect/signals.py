"""Reply-wide signals the detectors share: sarcasm, "sorry?" as pardon, and question kinds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from callcoach.detect.context import Doc
from callcoach.detect.cues_care import PARDON, PSEUDO_APOLOGY, PSEUDO_BLAME
from callcoach.detect.cues_general import COMBATIVE
from callcoach.detect.cues_harm import SARCASM
from callcoach.detect.cues_moves import JABS
from callcoach.detect.questions import is_question, question_kind

__all__ = ["Signals", "read_signals"]

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Signals:
    """What the whole reply is doing at the sentence level."""

    sarcasm: tuple[Span, ...]  # normalised spans of mock politeness
    sarcastic: frozenset[int]  # sentence indices holding sarcasm or a non-apology
    pardons: tuple[Span, ...]  # "sorry?" and "sorry, could you repeat that?"
    kinds: tuple[str, ...]  # per sentence: "", "ask", "offer" or "rhetorical"
    jabbing: frozenset[int] = frozenset()  # sentence indices holding a dismissive jab


@cache
def _caps_sorry() -> re.Pattern[str]:
    # "I'm SO sorry", "thank you SO much": the intensifier in capitals, read from the original text.
    return re.compile(r"\b(?:SO+|REALLY|VERY|TRULY|TERRIBLY|AWFULLY|DEEPLY|SUCH)\b[ ,]*(?:[Ss]orry|SORRY)|"
                      r"\b(?:[Tt]hanks|[Tt]hank you|THANKS|THANK YOU) SO+ (?:much|MUCH)\b")


@cache
def _sincere_object() -> re.Pattern[str]:
    # What a sincere apology is for: our side of the problem.
    return re.compile(r"sorry (?:for|about) (?:the|our|my|this|that|any|all)|sorry (?:that )?(?:we|i)\b|"
                      r"(?:our|my) (?:mistake|fault|error)")


def read_signals(doc: Doc) -> Signals:
    """Find sarcasm, pardons and the kind of every question in a reply."""
    text = doc.text
    sarcasm = [m.span() for m in doc.cues(SARCASM) + doc.cues(PSEUDO_APOLOGY)]
    original = doc.norm.original
    for m in _caps_sorry().finditer(original):
        if original.upper() != original:  # all-caps typing stresses nothing
            pos = doc.norm.to_normalised(m.start())
            sentence = doc.sentence(pos)
            if not _sincere_object().search(text, sentence.start, sentence.end):
                sarcasm.append((sentence.start, sentence.end))
    blaming = [m.span() for m in doc.cues(PSEUDO_BLAME)]
    sarcastic = frozenset(doc.sentence(s).sentence for s, _ in sarcasm + blaming)
    pardons = [m.span() for m in doc.cues(PARDON)]
    kinds = []
    for unit in doc.seg.sentences:
        sentence = text[unit.start : unit.end]
        terminal = text[unit.end : unit.end + 1]
        kinds.append(question_kind(sentence) if is_question(sentence, terminal) else "")
        # "Sorry, was it the Tuesday class?": a leading bare "sorry" on a question asks, not apologises.
        lead = _leading_sorry().match(sentence)
        if lead and kinds[-1] in ("ask", "choice"):
            pardons.append((unit.start + lead.start(1), unit.start + lead.end(1)))
    jabbing = frozenset(doc.sentence(m.start()).sentence for m in doc.cues(JABS) + doc.cues(COMBATIVE))
    return Signals(tuple(sarcasm), sarcastic, tuple(pardons), tuple(kinds), jabbing)


@cache
def _leading_sorry() -> re.Pattern[str]:
    return re.compile(r"(?:oh,? |um,? |uh,? |er,? |i'm )?(sorry|pardon|excuse me)(?:,| -|\.\.\.)")
