"""Cheaper encodings: the GSM-7 forms of a text that UCS-2 would make up to 2.3× dearer.

Each form is an option the user chooses (never applied silently):
- typography: typographic quotes, dashes, ellipsis, bullets, Unicode spaces, invisible
  characters → their GSM-7 forms; compatibility forms (fullwidth letters, ligatures, ™)
  by NFKC when that lands in GSM-7;
- Greek capitals: Greek letters as capitals without accents (core/greek.py), Latin kept;
- Greeklish: Greek transcribed by ELOT 743 (core/greek.py).
Both Greek forms apply the typography too. No form touches a merge field's placeholder
({Πόλη}, {name|πελάτη}): only the text around the placeholders, which is what is counted
here. A form is offered only if it makes that text GSM-7 in no more parts, or (still
UCS-2) in fewer parts; what no form can write in GSM-7 (emoji, most symbols) is named
instead. What a form saves on a send, merged values included, the caller counts by planning
the converted text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from functools import cached_property, lru_cache
from typing import NamedTuple

from desktop_sms.core.greek import (
    GREEK_QUESTION_MARK,
    LETTER,
    LOOK_ALIKES,
    Letter,
    capital,
    elot,
)
from desktop_sms.core.merge import parse as parse_template
from desktop_sms.core.merge import placeholder_spans
from desktop_sms.core.text import GSM7_ALL, SmsCount, count


class Form(Enum):
    """In order of how much of the text they change."""

    TYPOGRAPHY = "typography"
    GREEK_CAPITALS = "capitals"
    GREEKLISH = "greeklish"


def _same(chars: str, target: str) -> dict[str, str]:
    return dict.fromkeys(chars, target)


TYPOGRAPHY: dict[str, str] = {
    **_same("\u2018\u2019\u201a\u201b\u2032\u2035\u2039\u203a\u02bc\u00b4`\u0374", "'"),
    **_same("\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb", '"'),
    **_same("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d", "-"),
    **_same("\u2022\u2023\u2219\u25aa\u25cf\u25e6", "-"),  # bullets
    **_same("\t\u00a0\u1680\u202f\u205f\u3000", " "),
    **_same("".join(map(chr, range(0x2000, 0x200B))), " "),  # en quad … hair space
    **_same("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),  # invisible: soft hyphen, ZW*
    **_same("\u2028\u2029\u0085", "\n"),
    "\u2026": "...", "\u0387": ";", "\u00a9": "(c)", "\u00ae": "(R)", "\u2122": "TM",
    "\u00d7": "x", "\u2264": "<=", "\u2265": ">=", "\u2192": "->", "\u2190": "<-",
}
MIDDLE_DOT = "\u00b7"  # after a Greek letter it is the ano teleia (;), else a separator (-)

_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_PLAIN = "".join(re.escape(c) for c in sorted(GSM7_ALL - LETTER.keys()))
# Runs of GSM-7 characters no form changes (group 1), else one character with the
# combining marks that follow it (decomposed accents; group 2).
_CLUSTER = re.compile(f"((?:[{_PLAIN}](?![{_MARKS}]))+)|(.[{_MARKS}]*)", re.DOTALL)


class Piece(NamedTuple):
    original: str
    converted: str


class _Parsed(NamedTuple):
    clusters: list[tuple[str, str]]  # (a plain run, "") or ("", a character and marks)
    letters: list[Letter | None]  # the Greek letter of each cluster, if it is one
    greek: bool  # has Greek letters outside GSM-7 (then typography alone cannot do)


def _parse(text: str) -> _Parsed:
    clusters: list[tuple[str, str]] = []
    end = 0
    for start, stop in placeholder_spans(text):  # kept whole, as a run no form changes
        clusters += _CLUSTER.findall(text, end, start)
        clusters.append((text[start:stop], ""))
        end = stop
    clusters += _CLUSTER.findall(text, end)
    letters: list[Letter | None] = []
    greek = False
    for _, other in clusters:
        letter = LETTER.get(other[:1])
        if letter is not None:
            greek = greek or other not in GSM7_ALL
            if len(other) > 1:
                letter = letter.marked(other[1:])
        letters.append(letter)
    return _Parsed(clusters, letters, greek)


@lru_cache(maxsize=4096)  # few distinct characters, each met many times
def _typography(cluster: str, after_greek: bool) -> str:
    if cluster == MIDDLE_DOT:
        return ";" if after_greek else "-"
    mapped = TYPOGRAPHY.get(cluster)
    if mapped is not None:
        return mapped
    for norm in ("NFC", "NFKC"):  # é written e + ◌́; Ω (ohm sign); fullwidth Ａ; ﬁ
        folded = unicodedata.normalize(norm, cluster)
        if all(c in GSM7_ALL for c in folded):
            return folded
    return cluster


def _pieces(parsed: _Parsed, form: Form) -> tuple[Piece, ...]:
    letters = parsed.letters
    pieces = []
    for k, (plain, cluster) in enumerate(parsed.clusters):
        letter = letters[k]
        if plain:
            converted = cluster = plain
        elif letter is not None and form is Form.GREEK_CAPITALS:
            converted = capital(letter)
        elif letter is not None and form is Form.GREEKLISH:
            converted = elot(letters, k)
        elif cluster == GREEK_QUESTION_MARK and form is Form.GREEKLISH:
            converted = "?"  # ELOT 743: the Greek ; is a question mark
        elif cluster in GSM7_ALL:
            converted = cluster  # a GSM-7 Greek capital (Δ…) in the typography form
        else:
            converted = _typography(cluster, k > 0 and letters[k - 1] is not None)
        pieces.append(Piece(cluster, converted))
    return tuple(pieces)


@dataclass(frozen=True)
class Conversion:
    form: Form
    pieces: tuple[Piece, ...]  # the whole text, piece by piece, changed or not

    @cached_property
    def text(self) -> str:
        return "".join(p.converted for p in self.pieces)

    @cached_property
    def before(self) -> SmsCount:
        """Of the text around the placeholders (all of it without merge fields)."""
        return count(literal("".join(p.original for p in self.pieces)))

    @cached_property
    def after(self) -> SmsCount:
        return count(literal(self.text))

    @property
    def changed(self) -> int:
        """Characters of the original replaced or removed."""
        return sum(len(p.original) for p in self.pieces if p.original != p.converted)

    @property
    def parts_saved(self) -> int:
        return self.before.parts - self.after.parts

    def credits_saved(self, recipients: int) -> int:
        return credits_saved(self.before.parts * recipients, self.after.parts * recipients)

    def replacements(self) -> list[tuple[str, str, int]]:
        """(original, converted, how many times), in order of first use; a Greek capital
        replaced by its Latin twin is left out (it reads the same)."""
        counted = Counter(p for p in self.pieces
                          if p.original != p.converted and p not in LOOK_ALIKES)
        return [(original, converted, n) for (original, converted), n in counted.items()]

    @property
    def offered(self) -> bool:
        before, after = self.before, self.after
        if after.encoding == "GSM-7":
            return before.encoding == "UCS-2" and after.parts <= before.parts
        return after.parts < before.parts


def visible(chars: Iterable[str]) -> str:
    """Characters as they can be shown; invisible or unprintable ones by code point."""
    return " ".join(c if c.isprintable() and not c.isspace() else f"U+{ord(c):04X}"
                    for c in chars)


def literal(text: str) -> str:
    """What every recipient gets of ``text``: the text around its placeholders, escaped
    braces as sent."""
    return "".join(parse_template(text).pieces)


def credits_saved(before_credits: int, after_credits: int) -> int:
    """What a send costs less, given both totals (each recipient's merged text counted
    by the caller, or parts × recipients)."""
    return max(0, before_credits - after_credits)


def convert(text: str, form: Form) -> Conversion:
    """``text`` in ``form``, offered or not (also for each recipient's merged text)."""
    return Conversion(form, _pieces(_parse(text), form))


@dataclass(frozen=True)
class Offer:
    text: str
    options: tuple[Conversion, ...]  # the forms worth offering, in Form order
    blockers: tuple[str, ...]  # characters no form writes in GSM-7, in order of first use

    @property
    def before(self) -> SmsCount:
        return count(literal(self.text))

    @property
    def best(self) -> Conversion | None:
        """The fewest parts; of equals, the least change (the first in Form order)."""
        return min(self.options, key=lambda c: c.after.parts, default=None)

    def option(self, form: Form) -> Conversion | None:
        return next((c for c in self.options if c.form is form), None)


@lru_cache(maxsize=64)
def offer(text: str) -> Offer:
    """The cheaper forms of ``text`` (none if it is GSM-7 already). Cached: the composer
    asks on each keystroke, and the dialog again for the same text."""
    before = count(literal(text))
    if before.encoding == "GSM-7":
        return Offer(text, (), ())
    options: list[Conversion] = []
    left: set[str] | None = None
    parsed = _parse(text)
    # Only the forms that can differ: the Greek ones do the typography too, and without
    # Greek letters they are the typography.
    forms = (Form.GREEK_CAPITALS, Form.GREEKLISH) if parsed.greek else (Form.TYPOGRAPHY,)
    for form in forms:
        conversion = Conversion(form, _pieces(parsed, form))
        remaining = set(conversion.after.ucs2_chars)
        left = remaining if left is None else left & remaining
        if conversion.offered:
            options.append(conversion)
    blockers = tuple(c for c in before.ucs2_chars if c in (left or ()))
    return Offer(text, tuple(options), blockers)


# Credits to send the text in a form (None: as typed), counted by the caller's plan: with
# merge fields each recipient's merged text, values included.
CreditsOf = Callable[[Form | None], int]


class Costed(NamedTuple):
    option: Conversion
    before: int  # credits of the send as typed
    after: int  # in this form


def costed(text: str, credits_of: CreditsOf) -> list[Costed]:
    """The forms of ``text`` that cost no more than it, in Form order (a form that costs
    more is never offered); ``credits_of`` is asked only when there is a form."""
    options = offer(text).options
    if not options:
        return []
    before = credits_of(None)
    found = (Costed(option, before, credits_of(option.form)) for option in options)
    return [c for c in found if c.after <= before]


def cheapest(forms: Iterable[Costed]) -> Costed | None:
    """The form that saves the most credits; of equals, the least change (the first)."""
    return max(forms, key=lambda c: c.before - c.after, default=None)
