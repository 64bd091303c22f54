"""Merge fields: a message written once with placeholders ({first_name}, {number}, a
contact's own fields, a fallback as in {first_name|customer}) and merged per recipient.

Hand-written because it is small and central: Compose merges and counts again at each
keystroke beside a list of 10,000 recipients. So a text is parsed once; each distinct value
is measured once (encoding, units, length); each recipient's values are measured together
once per set of placeholders; and a keystroke then joins the measure of the text around the
placeholders with each distinct measure of values (core/text_measure.py). Only a message of
several parts holding characters of two units (€, an emoji: where the parts split depends on
where they fall) is walked piece by piece. The counts are exactly ``core.text.count``'s.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from enum import Enum
from functools import lru_cache
from typing import NamedTuple

from desktop_sms.core import text as sms_text
from desktop_sms.core.contacts import Contact
from desktop_sms.core.folding import fold
from desktop_sms.core.phone import display
from desktop_sms.core.recipients import Recipient
from desktop_sms.core.text_measure import (
    NOTHING,
    Measure,
    forcing,
    is_double,
    join,
    measure,
    parts_of,
    split_parts,
)
from desktop_sms.gateway import protocol

STANDARD_FIELDS = ("name", "first_name", "last_name", "number")
MISSING_NAMES_SHOWN = 3  # a warning about thousands names the first few


class MergeFault(Enum):
    """What is wrong with placeholders; the plan reports each as a code of the same value."""

    UNKNOWN_PLACEHOLDER = "unknown_placeholder"  # placeholder
    BAD_PLACEHOLDER = "bad_placeholder"  # text ('{', '}', '{}', ...), position (from 1)
    MISSING_VALUE = "missing_value"  # placeholder, count, recipients (the first few)


class Issue(NamedTuple):
    fault: MergeFault
    params: Mapping[str, str | int]


@lru_cache(maxsize=1024)
def field_key(name: str) -> str:
    """How a placeholder finds its field: case, accents (Greek capitals are written
    without them), and '_' or spaces do not matter ({First Name} is {first_name}; {ΠΟΛΗ}
    and {πολη} are the field Πόλη)."""
    return " ".join(fold(name).replace("_", " ").split())


STANDARD_KEYS = frozenset(map(field_key, STANDARD_FIELDS))
_NUMBER_KEY = field_key("number")
# A doubled brace is a brace; a placeholder is a name (and a fallback) on one line.
_TOKEN_RE = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}|[{}]")


class Slot(NamedTuple):
    key: str  # field_key of the name
    typed: str  # the name as written, for messages
    fallback: str | None  # what a recipient without the value gets; None: a warning


class Template(NamedTuple):
    text: str
    pieces: tuple[str, ...]  # the text around the slots, braces unescaped: one more than slots
    slots: tuple[Slot, ...]
    faults: tuple[Issue, ...]  # braces that are not a placeholder (kept as text)
    pattern: str  # the pieces as a str.format pattern: merging 100,000 texts takes 0.1 s

    def merge(self, values: Sequence[str]) -> str:
        """The text with each slot's value (in slot order) in place."""
        return self.pattern.format(*values)

    def unknown(self, known: Collection[str]) -> list[Issue]:
        """A placeholder that is neither a standard field nor in ``known`` (field keys),
        each once."""
        names = {s.key: s.typed for s in reversed(self.slots)
                 if s.key not in STANDARD_KEYS and s.key not in known}
        return [Issue(MergeFault.UNKNOWN_PLACEHOLDER, {"placeholder": names[key]})
                for key in dict.fromkeys(s.key for s in self.slots) if key in names]


@lru_cache(maxsize=64)
def parse(text: str) -> Template:
    pieces: list[str] = []
    slots: list[Slot] = []
    faults: list[Issue] = []
    literal: list[str] = []
    end = 0
    for match in _TOKEN_RE.finditer(text):
        literal.append(text[end:match.start()])
        end = match.end()
        token, inside = match.group(), match.group(1)
        if token in ("{{", "}}"):
            literal.append(token[0])
            continue
        name, bar, fallback = (inside or "").partition("|")
        if inside is None or not name.strip():
            if not faults:  # the first is enough to show where to look
                faults.append(Issue(MergeFault.BAD_PLACEHOLDER,
                                    {"text": token, "position": match.start() + 1}))
            literal.append(token)
            continue
        pieces.append("".join(literal))
        literal = []
        slots.append(Slot(field_key(name), name.strip(), fallback.strip() if bar else None))
    literal.append(text[end:])
    pieces.append("".join(literal))
    pattern = "".join(f"{{{i - 1}}}" * (i > 0) + p.replace("{", "{{").replace("}", "}}")
                      for i, p in enumerate(pieces))
    return Template(text, tuple(pieces), tuple(slots), tuple(faults), pattern)


def _placeholders(text: str) -> Iterator[tuple[re.Match[str], str, str]]:
    """Each placeholder: its match, its field name as written, and '|' if it has a
    fallback."""
    for match in _TOKEN_RE.finditer(text):
        name, bar, _ = (match.group(1) or "").partition("|")
        if name.strip():
            yield match, name, bar


def placeholder_spans(text: str) -> list[tuple[int, int]]:
    """Where each placeholder is (start, end), its fallback included: what a cheaper form
    of the text leaves as written."""
    return [match.span() for match, _, _ in _placeholders(text)]


def field_name_spans(text: str) -> list[tuple[int, int]]:
    """Where each placeholder's braces and field name are (start, end): the name is not
    sent, so Compose does not mark its letters as making the message Unicode (a fallback is
    sent, and is marked)."""
    spans = []
    for match, name, bar in _placeholders(text):
        spans.append((match.start(), match.start() + len(name) + 1 + (not bar)))
        if bar:
            spans.append((match.end() - 1, match.end()))
    return spans


_LETTER_RE = re.compile(r"[^\W\d_]")


def standard_value(contact: Contact, key: str) -> str:
    """A contact's name, first or last name ('' for none). The first name is its own field
    or else the name's first word; the last name its own or else the name's other words. A
    name with no letter (an import names a contact by its number when it has none) is no
    name."""
    if key == "first name" and contact.first_name:
        return contact.first_name
    if key == "last name" and contact.last_name:
        return contact.last_name
    if not _LETTER_RE.search(contact.name):
        return ""
    if key == "name":
        return contact.name.strip()
    first, _, rest = contact.name.strip().partition(" ")
    return first if key == "first name" else rest.strip()


class Table(NamedTuple):
    """A recipient list's values for one set of slots. Recipients are grouped by the measure
    of their values together: a keystroke counts each group once."""

    values: list[tuple[str, ...]]  # per recipient, each slot's value (or its fallback)
    kinds: list[tuple[int, ...]]  # per recipient, the measure (a number) of each value
    groups: dict[Measure, list[tuple[int, ...]]]  # the kinds whose values measure so
    sizes: dict[Measure, int]  # how many recipients have values of that measure
    kind_sizes: Counter[tuple[int, ...]]  # how many recipients have each kind
    first: dict[tuple[int, ...], int]  # the first recipient of each kind
    measures: Mapping[str, Measure]  # of each value
    kind_measures: Sequence[Measure]  # of each kind of value, by its number
    missing: dict[str, list[int]]  # by slot key: the recipients with no value, no fallback
    ucs2_chars: tuple[str, ...]  # characters of the values that force UCS-2

    def members(self, kinds: Collection[tuple[int, ...]]) -> list[int]:
        return [i for i, kind in enumerate(self.kinds) if kind in kinds]


class FieldValues:
    """The merge values of a list of recipients, read when first needed and kept while the
    list stands: Compose merges again at each keystroke."""

    def __init__(self, recipients: Sequence[Recipient], field_names: Collection[str]) -> None:
        self.recipients = recipients
        # The book's custom fields by key (two names of one key: 'City' and 'city').
        self._names: dict[str, list[str]] = {}
        for name in field_names:
            self._names.setdefault(field_key(name), []).append(name)
        self.known = frozenset(self._names) | STANDARD_KEYS
        self._columns: dict[str, list[str]] = {}
        self._measures: dict[str, Measure] = {}
        self._kinds: dict[Measure, int] = {}  # a number for each measure met
        self._kind_of: dict[str, int] = {}  # each value's
        self._tables: dict[tuple[Slot, ...], Table] = {}

    def column(self, key: str) -> list[str]:
        """Each recipient's value for a field key ('' for none)."""
        found = self._columns.get(key)
        if found is None:
            found = self._columns[key] = self._column(key)
        return found

    def _column(self, key: str) -> list[str]:
        if key == "number":  # display() costs 20 µs: only for a text that asks for it
            return [display(r.e164) if r.e164 else "" for r in self.recipients]
        contacts = [r.contact for r in self.recipients]
        if key in STANDARD_KEYS:
            return [standard_value(c, key) if c else "" for c in contacts]
        names = self._names.get(key, [])
        if len(names) == 1:
            return [c.fields.get(names[0], "") if c else "" for c in contacts]
        return [next((c.fields[n] for n in names if n in c.fields), "") if c else ""
                for c in contacts]

    def shown(self, index: int) -> str:
        """A recipient as a person knows it: its name, else its number."""
        recipient = self.recipients[index]
        if recipient.name and _LETTER_RE.search(recipient.name):
            return recipient.name
        return display(recipient.e164) if recipient.e164 else recipient.typed

    def table(self, slots: tuple[Slot, ...]) -> Table:
        found = self._tables.get(slots)
        if found is None:
            if len(self._tables) >= 4:  # typing changes the slots now and then: keep a few
                self._tables.pop(next(iter(self._tables)))
            found = self._tables[slots] = self._table(slots)
        return found

    def _table(self, slots: tuple[Slot, ...]) -> Table:
        columns, missing = [], {}
        for slot in slots:
            if slot.key not in self.known:  # a problem already: merged as its fallback
                column = [slot.fallback or ""] * len(self.recipients)
            elif slot.fallback is not None:
                column = [v or slot.fallback for v in self.column(slot.key)]
            else:
                column = self.column(slot.key)
                if slot.key not in missing:
                    missing[slot.key] = [i for i, v in enumerate(column) if not v]
            columns.append(column)
        # Column by column, each distinct value measured once (and kept), so that the
        # loops over recipients run in C: 100,000 names in about 0.1 s.
        unicode: dict[str, None] = {}  # the values in UCS-2, each once
        kind_columns = []
        for column in columns:
            distinct = dict.fromkeys(column)
            for value in distinct:
                if value not in self._kind_of:
                    self._add_kind(value)
                if not self._measures[value].gsm:
                    unicode[value] = None
            kind_columns.append(list(map(self._kind_of.__getitem__, column)))
        n = len(self.recipients)
        values: list[tuple[str, ...]] = list(zip(*columns, strict=True)) if columns else [()] * n
        kinds: list[tuple[int, ...]] = (list(zip(*kind_columns, strict=True)) if columns
                                        else [()] * n)
        by_number = list(self._kinds)
        groups: dict[Measure, list[tuple[int, ...]]] = {}
        sizes: dict[Measure, int] = {}
        kind_sizes = Counter(kinds)
        for kind, size in kind_sizes.items():
            total = NOTHING
            for number in kind:
                total = join(total, by_number[number])
            groups.setdefault(total, []).append(kind)
            sizes[total] = sizes.get(total, 0) + size
        first = dict(zip(reversed(kinds), range(n - 1, -1, -1), strict=True))
        return Table(values, kinds, groups, sizes, kind_sizes, first, self._measures,
                     by_number, {key: found for key, found in missing.items() if found},
                     forcing("".join(unicode)))

    def _add_kind(self, value: str) -> None:
        found = self._measures[value] = measure(value)
        self._kind_of[value] = self._kinds.setdefault(found, len(self._kinds))

    def missing_issues(self, template: Template, table: Table) -> list[Issue]:
        """One warning per placeholder some recipients have no value for: how many, and
        the first few of them."""
        typed = {s.key: s.typed for s in reversed(template.slots)}
        return [Issue(MergeFault.MISSING_VALUE, {
            "placeholder": typed[key], "count": len(indexes),
            "recipients": ", ".join([self.shown(i) for i in indexes[:MISSING_NAMES_SHOWN]] +
                                    ["…"] * (len(indexes) > MISSING_NAMES_SHOWN))})
            for key, indexes in table.missing.items()]


class Refused(NamedTuple):
    refusal: protocol.Refusal  # the first such recipient's
    first: int  # that recipient
    recipients: int  # how many have their text refused so


class MergeCount(NamedTuple):
    min_parts: int
    max_parts: int
    credits: int  # the sum of every message's parts
    widest: int  # a recipient whose message has the most parts; -1 for none
    encodings: tuple[sms_text.Encoding, ...]  # those the messages use
    ucs2_chars: tuple[str, ...]  # in the text or the values, forcing UCS-2
    refused: list[Refused]  # texts the gateway would refuse, by fault


def count(template: Template, table: Table) -> MergeCount:
    """Every recipient's merged text counted, and checked by the gateway's text rules."""
    pieces = [(piece, measure(piece)) for piece in template.pieces]
    literal = NOTHING
    for _, m in pieces:
        literal = join(literal, m)
    credits, widest = 0, dict[int, int]()  # parts → a recipient with that many
    encodings: set[sms_text.Encoding] = set()
    refused: dict[protocol.Fault, Refused] = {}
    for values, kinds in table.groups.items():
        whole = join(literal, values)
        encodings.add("GSM-7" if whole.gsm else "UCS-2")
        parts = parts_of(whole)
        if whole.blank or whole.unsendable or whole.length > protocol.MAX_TEXT_CHARS:
            _refusals(template, table, table.members(set(kinds)), refused)
        if parts is not None:  # the common case: one step for all these recipients
            credits += parts * table.sizes[values]
            widest.setdefault(parts, table.first[kinds[0]])
            continue
        # Where the parts split depends on where €, 😀 fall: values without such a
        # character split alike when they are of one kind (the same lengths).
        alike = [k for k in kinds if not any(is_double(table.kind_measures[n], whole.gsm)
                                             for n in k)]
        for kind in alike:
            parts = _split_row(pieces, table, table.first[kind], whole.gsm)
            credits += parts * table.kind_sizes[kind]
            widest.setdefault(parts, table.first[kind])
        others = set(kinds).difference(alike)
        for index in table.members(others) if others else ():
            parts = _split_row(pieces, table, index, whole.gsm)
            credits += parts
            widest.setdefault(parts, index)
    high = max(widest, default=0)
    return MergeCount(min(widest, default=0), high, credits, widest.get(high, -1),
                      tuple(sorted(encodings)),
                      forcing("".join(template.pieces) + "".join(table.ucs2_chars)),
                      list(refused.values()))


def _split_row(pieces: Sequence[tuple[str, Measure]], table: Table, index: int,
               gsm: bool) -> int:
    segments = [pieces[0]]
    for value, piece in zip(table.values[index], pieces[1:], strict=True):
        segments += ((value, table.measures[value]), piece)
    return split_parts(segments, gsm)


def _refusals(template: Template, table: Table, members: list[int],
              refused: dict[protocol.Fault, Refused]) -> None:
    for index in members:
        refusal = protocol.text_refusal(template.merge(table.values[index]))
        if refusal is not None:
            seen = refused.get(refusal.fault, Refused(refusal, index, 0))
            refused[refusal.fault] = seen._replace(recipients=seen.recipients + 1)
