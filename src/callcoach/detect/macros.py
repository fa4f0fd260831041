"""Shared regex building blocks for cue patterns, and the compiler that expands them."""

from __future__ import annotations

import re
from functools import cache

from callcoach.detect.prefixes import group_end

__all__ = ["MACROS", "expand", "split_top", "compile_cues"]

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri|sat|sun)"
_NUM = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|" \
       r"thirty|forty-eight|twenty-four|a couple of|a few)"
_UNIT = r"(?:minutes?|mins?|hours?|hrs?|days?|working days?|business days?|weeks?)"
_CLOCK = r"(?:\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|o'clock)?|noon|midday|lunchtime|lunch|one|two|three|" \
         r"four|five|six|seven|eight|nine|ten|eleven|twelve)"

MACROS: dict[str, str] = {
    # one word, and a short run of words inside a clause (never across punctuation)
    "W": r"[a-z0-9'&£$%/-]+(?:[:.]\d+)?",
    # adverbs that sit between a subject and its verb without changing the act
    "ADV": r"(?:(?:really|truly|genuinely|completely|totally|fully|absolutely|definitely|certainly|"
           r"just|so|very|terribly|deeply|sincerely|honestly|also|now|personally|immediately|quickly|"
           r"actually|of course|right now|straight away|first|then|still|happily|gladly|quite|"
           r"extremely|incredibly|do|can|sure|always|entirely|perfectly|obviously|clearly) )",
    "INTENS": r"(?:(?:really|so|very|incredibly|extremely|truly|genuinely|deeply|awfully|terribly|"
              r"absolutely|completely|totally|understandably|clearly|properly|pretty|quite|such) )",
    "WE": r"(?:i|we)",
    "WILL": r"(?:i'll|we'll|i'm going to|we're going to|i'm about to|we're about to|let me|i'm now going to|"
            r"i'm gonna|i can now|i'll now)",
    "FEELADJ": r"(?:frustrat\w*|annoy\w*|upsett\w*|upset|stressful|stressing|distress\w*|disappoint\w*|"
               r"infuriat\w*|maddening|exasperat\w*|aggravat\w*|worrying|concerning|confusing|"
               r"inconvenient|awful|terrible|horrible|horrid|dreadful|difficult|hard|tough|exhausting|"
               r"tiring|unfair|scary|frightening|worrying|a nightmare|a pain|a hassle|"
               r"a real pain|a headache|a worry|rubbish|not fair|worrisome|galling|irritating|painful|"
               r"miserable|the last thing you need|so much hassle|a lot to deal with|a shock|a surprise|"
               r"disheartening|demoralising|discouraging|depressing|gutting|heartbreaking|nerve-wracking|"
               r"unsettling|overwhelming|draining|tiresome|wearing|wearying|upsetting|alarming|"
               r"distressing|embarrassing|humiliating|disruptive|unnerving|daunting|awkward|bewildering|"
               r"baffling|off-putting|disappointing|infuriating|irritating|insulting|a letdown|a let-down|"
               r"a setback|a real setback|a real nuisance|a nuisance|a disaster|a mess)",
    "EVALADJ": r"(?:miserable|gutting|the worst|nasty(?: one)?|rough|grim|a blow|forever|ages|(?:such )?a long "
               r"time|ridiculous|no joke|no fun|not fun|a big deal|devastating|heartbreaking|horrendous|"
               r"appalling|shocking|dreadful|awkward|a real problem|a problem for you|a struggle|draining|"
               r"wearing|unbearable|far too long|too long|a lot to|so much to|really hard|hard work|"
               r"stressful|serious|frightening|distressing|a worry|a real worry|horrible|awful|terrible|"
               r"(?:miserable|bad|rough|terrible|awful|horrible|stressful|grim) (?:start|end|way) to (?:a|the|your)|"
               r"a lot of (?:money|hassle|stress|time|worry)|unsettling|"
               r"disruptive|embarrassing)",
    "FEELWHO": r"(?:frustrated|upset|angry|annoyed|disappointed|worried|concerned|fed up|stressed|"
               r"let down|confused|furious|cross|unhappy|irritated|anxious|exhausted|livid|"
               r"distressed|hurt|sick of (?:this|it)|tired of (?:this|it)|at the end of your tether|"
               r"out of pocket|inconvenienced|mad|shaken|embarrassed|overwhelmed|stuck)",
    # past participles, for "should have ..." admissions and blame
    "PP": r"(?:\w+ed|sent|done|been|told|made|given|taken|known|seen|caught|put|let|got|gotten|had|"
          r"read|written|shown|spoken|brought|kept|left|paid|sold|run|thought|bought|set|sorted|"
          r"understood|found|gone|come|heard|spotted|fixed|rung|rang|flown|grown|thrown|drawn|worn|torn|"
          r"chosen|broken|forgotten|woken|driven|ridden|eaten|fallen|beaten|hidden|become|begun|stuck|"
          r"taught|held|felt|dealt|meant|slept|lent|spent|built|lost|met|said|laid|led|won|shot|cut|hit|"
          r"shut|sat|stood|hung|sent|chased|double-checked)",
    # the start of a sentence, and the start of a sentence or clause
    "BOS": r"(?:^|(?<=[.!?\n] )|(?<=[.!?\n]))",
    "PB": r"(?:^|(?<=[.!?,;:\n] )|(?<=[.!?,;:\n]))",
    "DAY": _DAY,
    "TIME": r"(?:today|tonight|tomorrow(?: morning| afternoon| evening| night)?|this (?:morning|"
            r"afternoon|evening|week)|(?:right )?now|right away|straight away|immediately|"
            r"first thing(?: tomorrow| in the morning| on " + _DAY + r")?|by (?:the )?end of (?:the |"
            r"today|the day|play|business|the week|this week)\w*|by " + _DAY + r"|by tomorrow|"
            r"by (?:the )?\d+(?:st|nd|rd|th)|by " + _CLOCK + r"|by close of business|"
            r"within (?:the )?(?:next )?" + _NUM + r" " + _UNIT + r"|within the hour|within the day|"
            r"in the next " + _NUM + r"? ?" + _UNIT + r"|in " + _NUM + r" " + _UNIT + r"|before " +
            _CLOCK + r"|before (?:the end|close|you hang up|we hang up|we finish|the weekend)|"
            r"on " + _DAY + r"|on the \d+(?:st|nd|rd|th)?|at " + _CLOCK + r"|between " + _CLOCK +
            r" and " + _CLOCK + r"|(?:next|this) " + _DAY + r"|while you're (?:still )?on the (?:line|phone)|"
            r"while we're (?:still )?on the (?:phone|call|line)|during this call|as we speak|"
            r"by the time (?:we|you) (?:hang up|finish)|later today|later this (?:morning|afternoon|"
            r"evening|week)|end of (?:the )?day|eod|asap|as soon as possible|as soon as we hang up|"
            r"the moment we hang up|first thing|as soon as (?:it's|it is|that's|i've|i have|"
            r"we've|i hear|we hear|i get|"
            r"we get|i know|it arrives|it comes)|(?:this|next|on) " + _DAY + r"|" + _DAY + r"(?: morning| "
            r"afternoon| evening)?|tomorrow|this (?:weekend|week)|next week|before (?:we|you) hang up)",
}

_MACRO = re.compile(r"<([A-Z]+)>")


def expand(pattern: str) -> str:
    """Replace <NAME> placeholders with their macro text (recursively), then attach contractions."""
    while "<" in pattern and _MACRO.search(pattern):
        pattern = _MACRO.sub(lambda m: MACROS[m.group(1)], pattern)
    return _attach_contractions(pattern)


def _attach_contractions(pattern: str) -> str:
    """Rewrite "we (?:can|'re able to)" as "we(?: can|'re able to)".

    Normalised text writes "we're" as one word, so an alternative that starts with an apostrophe
    must follow the subject with no space, while the others keep theirs.
    """
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern.startswith(" (?:", i):
            end = group_end(pattern, i + 1)
            alternatives = split_top(pattern[i + 4 : end])
            if any(a.startswith("'") for a in alternatives):
                inner = "|".join(a if a.startswith("'") else " " + a for a in alternatives)
                out.append("(?:" + _attach_contractions(inner) + ")")
                i = end + 1
                continue
        out.append(pattern[i])
        i += 1
    return "".join(out)


def split_top(body: str) -> list[str]:
    """Alternatives of a group body, split on "|" at depth zero."""
    parts, depth, current, i = [], 0, [], 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            current.append(body[i : i + 2])
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        if c == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(c)
        i += 1
    parts.append("".join(current))
    return parts


@cache
def compile_cues(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regex for a set of cue patterns, each matched as whole words."""
    if not patterns:
        return None
    body = "|".join(f"(?:{expand(p)})" for p in patterns)
    return re.compile(rf"(?<![\w'])(?:{body})(?![\w'])")
