"""What counting a text needs of it, measured once and summed: a merged text is pieces of
text and values, each measured once, and the measure of their concatenation is the sum of
theirs. core.text.count's parts follow from it, or from a walk through the pieces where
two-unit characters (€, an emoji) make the split depend on where they fall."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from desktop_sms.core import text as sms_text
from desktop_sms.gateway import protocol


class Measure(NamedTuple):
    """What counting needs of a piece of text; the measure of a concatenation is the
    sum of its pieces' (``join``)."""

    gsm: bool  # every character is in the GSM-7 alphabet
    gsm_units: int
    ucs2_units: int
    gsm_double: bool  # holds an extension character (two septets)
    ucs2_double: bool  # holds a character beyond the BMP (a surrogate pair)
    length: int
    blank: bool
    unsendable: bool  # a control character or a lone surrogate: text_refusal words it


_UNSENDABLE_RE = re.compile(
    f"{protocol.INVISIBLE_RE.pattern}|{protocol.LONE_SURROGATE_RE.pattern}")
# Regular expressions, not Python loops: 100,000 names are measured in about 0.1 s.
_NOT_GSM_RE = re.compile(f"[^{re.escape(''.join(sorted(sms_text.GSM7_ALL)))}]")
_EXTENDED_RE = re.compile(f"[{re.escape(''.join(sorted(sms_text.GSM7_EXTENDED)))}]")


def measure(text: str) -> Measure:
    gsm = _NOT_GSM_RE.search(text) is None
    extended = len(_EXTENDED_RE.findall(text)) if gsm else 0
    ucs2_units = len(text.encode("utf-16-le", "surrogatepass")) // 2
    return Measure(gsm, len(text) + extended, ucs2_units, extended > 0,
                    ucs2_units > len(text), len(text), not text.strip(),
                    _UNSENDABLE_RE.search(text) is not None)


def join(a: Measure, b: Measure) -> Measure:
    return Measure(a.gsm and b.gsm, a.gsm_units + b.gsm_units, a.ucs2_units + b.ucs2_units,
                    a.gsm_double or b.gsm_double, a.ucs2_double or b.ucs2_double,
                    a.length + b.length, a.blank and b.blank, a.unsendable or b.unsendable)


NOTHING = measure("")


def parts_of(m: Measure) -> int | None:
    """core.text.count's parts from the measure alone; None where the split depends on where
    the two-unit characters fall."""
    if m.gsm:
        units, single, multi, double = (m.gsm_units, sms_text.GSM7_SINGLE, sms_text.GSM7_MULTI,
                                        m.gsm_double)
    else:
        units, single, multi, double = (m.ucs2_units, sms_text.UCS2_SINGLE,
                                        sms_text.UCS2_MULTI, m.ucs2_double)
    if units <= single:
        return 1 if units else 0
    return None if double else -(-units // multi)


@lru_cache(maxsize=8192)
def _walk(segment: str, gsm: bool, used: int) -> tuple[int, int]:
    """core.text's greedy split carried through one segment from ``used`` units into the
    current part: (parts added, units used in the last)."""
    multi, added = (sms_text.GSM7_MULTI if gsm else sms_text.UCS2_MULTI), 0
    for char in segment:
        if gsm:
            size = 2 if char in sms_text.GSM7_EXTENDED else 1
        else:
            size = 2 if ord(char) > 0xFFFF else 1
        if used + size > multi:
            added, used = added + 1, 0
        used += size
    return added, used


def split_parts(segments: Sequence[tuple[str, Measure]], gsm: bool) -> int:
    """The parts of several segments' concatenation, a text of more than one part: a
    segment of one-unit characters is carried over in one step, the others by ``_walk``."""
    multi = sms_text.GSM7_MULTI if gsm else sms_text.UCS2_MULTI
    parts, used = 1, 0
    for segment, m in segments:
        units = m.gsm_units if gsm else m.ucs2_units
        if is_double(m, gsm):
            added, used = _walk(segment, gsm, used)
            parts += added
        elif used + units <= multi:
            used += units
        else:
            rest = units - (multi - used)
            added = -(-rest // multi)
            parts, used = parts + added, rest - (added - 1) * multi
    return parts


def is_double(m: Measure, gsm: bool) -> bool:
    return m.gsm_double if gsm else m.ucs2_double


def forcing(text: str) -> tuple[str, ...]:
    """The characters that force UCS-2, each once, in order of first use."""
    return tuple(c for c in dict.fromkeys(text) if c not in sms_text.GSM7_ALL)
