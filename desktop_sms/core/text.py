"""SMS length rules: GSM-7 or UCS-2, and how a text splits into parts.

Hand-written because it is small and central: the composer's counter, the cost preview,
the outbox and the simulator all charge by this count.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal, NamedTuple

# The GSM 03.38 default alphabet (ESC itself is not a character a person can type).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Extension table: each costs two septets (ESC + the character).
GSM7_EXTENDED = frozenset("^{}\\[~]|€\f")
GSM7_ALL = GSM7_BASIC | GSM7_EXTENDED

GSM7_SINGLE, GSM7_MULTI = 160, 153
UCS2_SINGLE, UCS2_MULTI = 70, 67

Encoding = Literal["GSM-7", "UCS-2"]


class SmsCount(NamedTuple):
    encoding: Encoding
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2) for the whole text
    parts: int  # 0 for an empty text
    remaining: int  # units still free in the last part before another part is needed
    ucs2_chars: tuple[str, ...]  # characters that force UCS-2, in order of first use


def _char_sizes(text: str) -> tuple[Encoding, list[int], tuple[str, ...]]:
    forcing = tuple(dict.fromkeys(c for c in text if c not in GSM7_ALL))
    if forcing:
        # Python strings hold code points; anything beyond the BMP is a surrogate pair.
        return "UCS-2", [2 if ord(c) > 0xFFFF else 1 for c in text], forcing
    return "GSM-7", [2 if c in GSM7_EXTENDED else 1 for c in text], ()


def _split(sizes: list[int], capacity: int) -> tuple[int, int]:
    """Greedy split: (parts, units used in the last part). A pair never straddles parts."""
    parts, used = 1, 0
    for size in sizes:
        if used + size > capacity:
            parts, used = parts + 1, 0
        used += size
    return parts, used


@lru_cache(maxsize=4096)
def count(text: str) -> SmsCount:
    encoding, sizes, forcing = _char_sizes(text)
    single, multi = (GSM7_SINGLE, GSM7_MULTI) if encoding == "GSM-7" else (UCS2_SINGLE, UCS2_MULTI)
    units = sum(sizes)
    if units == 0:
        return SmsCount(encoding, 0, 0, single, forcing)
    if units <= single:
        return SmsCount(encoding, units, 1, single - units, forcing)
    parts, last = _split(sizes, multi)
    return SmsCount(encoding, units, parts, multi - last, forcing)


def parts(text: str) -> int:
    return count(text).parts
