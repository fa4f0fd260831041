"""Which words a cue pattern can start with: the first three letters of its first word."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator

__all__ = ["COMMON", "KEY_LEN", "WILD", "distribute", "pair_key", "prefixes", "word_key"]

KEY_LEN = 3
WILD = "*"  # the pattern can start with almost any word
_WORDCH = frozenset(string.ascii_lowercase + string.digits + "'")
_END = "\0"  # marks a first word shorter than KEY_LEN
_LONGER = "\1"  # marks a three-letter key that is only the start of a longer word
_ANYCH = "\2"  # stands for a character class that can start any word
_QUANT = re.compile(r"\?\??|\*\??|\+\??|\{(\d*)(?:,(\d*))?\}\??")
_LIMIT = 400  # past this many prefixes, dispatching by prefix stops paying off
# Short words so common that their key also takes in the start of the next word ("the fee").
COMMON = frozenset("""the you i it we a my our to so if can no not and an is i'm are be for in on of
as at or me us do""".split())


def word_key(word: str) -> str:
    """The dispatch key of a word in the text (lower-case letters, digits, apostrophes)."""
    return word[:KEY_LEN] if len(word) >= KEY_LEN else word + _END


def pair_key(word: str, following: str) -> str:
    """The key of a common word followed by a space and another word."""
    return word + " " + word_key(following)


def prefixes(pattern: str) -> frozenset[str]:
    """Dispatch keys a match of `pattern` can start with (a superset), or {WILD}."""
    try:
        found = _seq(pattern, 0, len(pattern), {""})
    except _Wild:
        return frozenset({WILD})
    keys = {key for s in found for key in _finish(s)}
    if any(not k or k[0] not in _WORDCH for k in keys):
        return frozenset({WILD})
    return frozenset(keys)


def distribute(pattern: str, limit: int = 120) -> list[str]:
    """Split a leading group into one pattern per alternative: "(?:a|b)c" -> ["ac", "bc"].

    Each variant then goes only to the words it can start with, instead of the whole group
    being tried at every one of them. Lookarounds and anchors at the start stay undivided.
    """
    if not pattern.startswith("(?:") or pattern.startswith(("(?:^", "(?:(?<", "(?:(?=", "(?:(?!")):
        return [pattern]
    end = group_end(pattern, 0)
    rest = pattern[end + 1 :]
    m = _QUANT.match(rest)
    optional = False
    if m:
        if m.group() not in ("?", "??"):
            return [pattern]
        optional = True
        rest = rest[m.end() :]
    heads = [pattern[lo:hi] for lo, hi in _alternatives(pattern, 3, end)]
    if any(h.startswith(("(?<", "(?=", "(?!", "^")) for h in heads):
        return [pattern]
    variants = [h + rest for h in heads] + ([rest] if optional and rest else [])
    out: list[str] = []
    for v in variants:
        out.extend(distribute(v, limit) if len(out) < limit else [v])
    return out if len(out) <= limit else [pattern]


class _Wild(Exception):
    """Raised when a pattern can start with too many different words to index."""


def _split(s: str) -> tuple[str, str | None]:
    if " " in s:
        first, second = s.split(" ", 1)
        return first, second
    return s, None


def _finish(s: str) -> tuple[str, ...]:
    first, second = _split(s)
    if second is None:
        if s.endswith(_LONGER):
            return (s[:-1],)
        if s in COMMON:  # the pattern may stop right after a common word: any next word will do
            return (s + _END, s + " " + WILD)
        return (s,) if s.endswith(_END) or len(s) >= KEY_LEN else (s + _END,)
    if second == "":
        return (first + " " + WILD,)
    return (s,) if second.endswith(_END) or second == WILD or len(second) >= KEY_LEN else (s + _END,)


def _done(s: str) -> bool:
    first, second = _split(s)
    if second is None:
        return s.endswith((_END, _LONGER)) or (len(s) >= KEY_LEN and s not in COMMON)
    return second.endswith(_END) or second == WILD or len(second) >= KEY_LEN


def _step(s: str, ch: str) -> str:
    """State s extended by one character (which may be _ANYCH, any word character)."""
    first, second = _split(s)
    if second is None:
        if ch == _ANYCH:
            if len(s) >= KEY_LEN:
                return s + _LONGER
            raise _Wild
        if ch in _WORDCH:
            return s + _LONGER if len(s) >= KEY_LEN else s + ch
        if not s:  # a leading space or comma: the cue starts before a word
            raise _Wild
        return s + " " if ch == " " and s in COMMON else s + _END
    if ch == _ANYCH:
        return first + " " + WILD
    if ch in _WORDCH:
        return s + ch
    return s + _END if second else first + " " + WILD


def _extend(states: set[str], pieces: set[str]) -> set[str]:
    out = set()
    for s in states:
        if _done(s):
            out.add(s)
            continue
        for piece in pieces:
            t = s
            for ch in piece:
                t = _step(t, ch)
                if _done(t):
                    break
            out.add(t)
    if len(out) > _LIMIT:
        raise _Wild
    return out


def _seq(p: str, i: int, stop: int, states: set[str]) -> set[str]:
    """Extend each state by the alternatives of p[i:stop]."""
    result: set[str] = set()
    for lo, hi in _alternatives(p, i, stop):
        result |= _concat(p, lo, hi, states)
    return result


def _concat(p: str, i: int, stop: int, states: set[str]) -> set[str]:
    while i < stop and not all(_done(s) for s in states):
        kind, value, nxt = _element(p, i)
        m = _QUANT.match(p, nxt) if nxt < stop else None
        low = 1
        if m:
            q = m.group()
            low = 0 if q[0] in "?*" else (1 if q[0] == "+" else int(m.group(1) or 0))
            nxt = m.end()
        once = _apply(kind, value, p, states)
        if low == 0:
            once |= states
        elif low > 1 or (m and m.group()[0] in "+{"):
            # one copy is always there; a further copy may follow before the next element
            twice = _apply(kind, value, p, once)
            once = twice | once if low <= 1 else twice
        states, i = once, nxt
    return states


def _apply(kind: str, value: object, p: str, states: set[str]) -> set[str]:
    if kind == "zero":
        return set(states)
    if kind == "chars":
        return _extend(states, value)  # type: ignore[arg-type]
    lo, hi = value  # type: ignore[misc]
    return _seq(p, lo, hi, states)


def _element(p: str, i: int) -> tuple[str, object, int]:
    c = p[i]
    if c == "\\":
        e = p[i + 1]
        if e in "bBAZ":
            return "zero", None, i + 2
        if e in "wdWDS":
            return "chars", {_ANYCH}, i + 2
        if e == "s":
            return "chars", {" "}, i + 2
        return "chars", {e}, i + 2
    if c == "[":
        end = _class_end(p, i)
        chars = _class_chars(p[i + 1 : end])
        return "chars", chars, end + 1
    if c == "(":
        end = group_end(p, i)
        if p.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            return "zero", None, end + 1
        inner = i + 3 if p.startswith("(?:", i) else i + 1
        return "group", (inner, end), end + 1
    if c in "^$":
        return "zero", None, i + 1
    if c == ".":
        return "chars", {_ANYCH}, i + 1
    return "chars", {c}, i + 1


def _structure(p: str, i: int, stop: int) -> Iterator[tuple[int, str, int]]:
    """Yield (index, char, depth after it) for the pattern's structural characters, skipping escapes and [...]."""
    depth, k = 0, i
    while k < stop:
        c = p[k]
        if c == "\\":
            k += 2
            continue
        if c == "[":
            k = _class_end(p, k) + 1
            continue
        depth += (c == "(") - (c == ")")
        yield k, c, depth
        k += 1


def _alternatives(p: str, i: int, stop: int) -> list[tuple[int, int]]:
    spans, start = [], i
    for k, c, depth in _structure(p, i, stop):
        if c == "|" and depth == 0:
            spans.append((start, k))
            start = k + 1
    spans.append((start, stop))
    return spans


def _class_end(p: str, i: int) -> int:
    k = i + 1
    if p[k] == "^":
        k += 1
    if p[k] == "]":
        k += 1
    while p[k] != "]":
        k += 2 if p[k] == "\\" else 1
    return k


def _class_chars(body: str) -> set[str]:
    if body.startswith("^") or "\\w" in body or "\\S" in body:
        return {_ANYCH}
    chars: set[str] = set()
    k = 0
    while k < len(body):
        if body[k] == "\\":
            e = body[k + 1]
            if e == "d":
                chars |= set(string.digits)
            elif e == "s":
                chars.add(" ")
            else:
                chars.add(e)
            k += 2
        elif k + 2 < len(body) and body[k + 1] == "-":
            chars |= {chr(x) for x in range(ord(body[k]), ord(body[k + 2]) + 1)}
            k += 3
        else:
            chars.add(body[k])
            k += 1
    if len(chars & _WORDCH) > 12:  # a class like [a-z] could start any word
        return {_ANYCH} | (chars - _WORDCH)
    return chars


def group_end(p: str, i: int) -> int:
    """Index of the ")" closing the group that opens at p[i] (skipping escapes and [...] classes)."""
    for k, c, depth in _structure(p, i, len(p)):
        if c == ")" and depth == 0:
            return k
    raise ValueError(f"unbalanced group in {p!r}")
