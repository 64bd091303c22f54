"""vCard 2.1, 3.0 and 4.0 into a Table with fixed columns, so that one mapping serves
every format. Old Android phones write 2.1 with quoted-printable UTF-8 (Greek names), its
long lines broken by a soft '=' at the end."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from desktop_sms.core.contact_export import FIELD_PROPERTY
from desktop_sms.core.contact_import import encoding as encodings
from desktop_sms.core.contact_import.cells import composed
from desktop_sms.core.contact_import.errors import Fault, ImportRefused
from desktop_sms.core.contact_import.table import FileKind, Row, Table, check_shape

log = logging.getLogger(__name__)

# The columns, in order (then one per custom field our export wrote, FIELD_PROPERTY). The
# preferred number (a mobile's, else the first) is "Number"; the others are kept under
# their kind; several of one kind are joined with ", ".
HEADERS = ("Name", "First name", "Last name", "Number", "Other mobile", "Home phone",
           "Work phone", "Other phone", "Email", "Organization", "Groups", "Notes")
_COLUMN = {header: i for i, header in enumerate(HEADERS)}
_BEGIN = re.compile(r"\s*BEGIN\s*:\s*VCARD\s*", re.IGNORECASE)
_END = re.compile(r"\s*END\s*:\s*VCARD\s*", re.IGNORECASE)
# The line breaks of a vCard; str.splitlines() also breaks at U+2028, a form feed and
# others, which a value may hold.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_CARET = re.compile(r"\^([\^n'])")
_CARETS = {"^": "^", "n": "\n", "'": '"'}


def is_vcard(text: str) -> bool:
    first = next((line for line in _LINE_BREAK.split(text[:4096]) if line.strip()), "")
    return bool(_BEGIN.fullmatch(first))


def read_vcard(data: bytes, *, encoding: str | None = None) -> Table:
    codec = encoding or encodings.detect(data)
    text = encodings.decode(data, codec)
    cards: list[tuple[int, tuple[str, ...], dict[str, str]]] = []
    unreadable: list[int] = []
    for line, card in _cards(text):
        check_shape(len(cards) + len(unreadable) + 1, len(HEADERS))
        read = None if card is None else _read(card)
        if read is not None and (any(read[0]) or read[1]):
            cards.append((line, *read))
        else:  # a card that does not end, that vobject cannot read, or holds nothing
            unreadable.append(line)
    if not cards and not unreadable:
        raise ImportRefused(Fault.EMPTY)
    # Each custom field a column of its own, named by the field, after the fixed ones.
    names = tuple(dict.fromkeys(name for _, _, fields in cards for name in fields))
    check_shape(len(cards) + len(unreadable), len(HEADERS) + len(names))
    rows = [Row(line, cells + tuple(fields.get(name, "") for name in names) if fields
                else cells) for line, cells, fields in cards]
    return Table(FileKind.VCARD, HEADERS + names, tuple(rows), encoding=codec,
                 unreadable=tuple(unreadable))


def _cards(text: str) -> Iterator[tuple[int, str | None]]:
    """Each BEGIN:VCARD … END:VCARD with the line it starts on, or None for a card that
    never ends (no END:VCARD before the next BEGIN or the end of the file); soft line
    breaks of quoted-printable values joined (vobject reads them as a new, broken
    property), one right before END:VCARD dropped."""
    start, lines, soft = 0, list[str](), False
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        begin, end = _BEGIN.fullmatch(line), _END.fullmatch(line)
        if soft and not (begin or end):
            lines[-1] = lines[-1][:-1] + line
        elif begin:
            if lines:
                yield start, None
            start, lines = number, [line]
        elif lines:
            if soft:
                lines[-1] = lines[-1][:-1]
            lines.append(line)
            if end:
                yield start, "\r\n".join(lines) + "\r\n"
                lines = []
        soft = bool(lines) and _quoted_printable(lines[-1]) and lines[-1].endswith("=")
    if lines:
        yield start, None


def _quoted_printable(line: str) -> bool:
    name, _, _ = line.partition(":")
    return "QUOTED-PRINTABLE" in name.upper()


def _read(card: str) -> tuple[tuple[str, ...], dict[str, str]] | None:
    """The card's cells (HEADERS) and its custom fields, or None if it cannot be read."""
    import vobject

    try:
        component = vobject.readOne(card)
        return _fields(component), _custom_fields(component)
    except Exception:  # vobject meets a damaged card with any exception: the card is
        # reported as unreadable by its line, the others are imported
        log.info("an unreadable vCard", exc_info=True)
        return None


def _fields(card: object) -> tuple[str, ...]:
    cells = [""] * len(HEADERS)
    contents: dict[str, list[object]] = getattr(card, "contents", {})
    cells[_COLUMN["Name"]] = _text(contents, "fn")
    names = contents.get("n")
    if names:
        value = getattr(names[0], "value", None)
        cells[_COLUMN["First name"]] = _joined(getattr(value, "given", ""))
        cells[_COLUMN["Last name"]] = _joined(getattr(value, "family", ""))
    numbers = _numbers(contents.get("tel", []))
    if numbers:
        preferred = next((n for n in numbers if n[0] == "Other mobile"), numbers[0])
        cells[_COLUMN["Number"]] = preferred[1]
        for item in numbers:
            if item is not preferred:
                kind, number = item
                i = _COLUMN[kind]
                cells[i] = f"{cells[i]}, {number}" if cells[i] else number
    cells[_COLUMN["Email"]] = ", ".join(_values(contents, "email"))
    cells[_COLUMN["Organization"]] = _text(contents, "org")
    cells[_COLUMN["Groups"]] = ";".join(_values(contents, "categories"))
    cells[_COLUMN["Notes"]] = _text(contents, "note")
    return tuple(composed(cell.strip()) for cell in cells)


def _custom_fields(card: object) -> dict[str, str]:
    """Our export's FIELD_PROPERTY;X-NAME="name":value, by name (several of one name
    joined with ", ", as same-named columns of a sheet are)."""
    found: dict[str, str] = {}
    contents: dict[str, list[object]] = getattr(card, "contents", {})
    for item in contents.get(FIELD_PROPERTY.lower(), []):
        params: dict[str, list[str]] = getattr(item, "params", {})
        name = composed(_rfc6868(",".join(params.get("X-NAME", []))).strip())
        value = composed(_joined(getattr(item, "value", "")).strip())
        if name and value:
            found[name] = f"{found[name]}, {value}" if name in found else value
    return found


def _rfc6868(value: str) -> str:
    """A parameter value's ^^, ^n and ^' (RFC 6868) as the characters they stand for."""
    return _CARET.sub(lambda m: _CARETS[m.group(1)], value)


def _numbers(tels: list[object]) -> list[tuple[str, str]]:
    """(kind, number) in the card's order, the preferred (PREF) ones first."""
    found = []
    for tel in tels:
        number = _joined(getattr(tel, "value", "")).strip().removeprefix("tel:")
        if not number:
            continue
        types = {t.upper() for t in _types(tel)}
        kind = ("Other mobile" if types & {"CELL", "MOBILE", "IPHONE"} else
                "Home phone" if "HOME" in types else
                "Work phone" if "WORK" in types else "Other phone")
        found.append(("PREF" not in types and getattr(tel, "params", {}).get("PREF") is None,
                      kind, number))
    found.sort(key=lambda f: f[0])  # stable: the card's order within each
    return [(kind, number) for _, kind, number in found]


def _types(tel: object) -> Iterator[str]:
    """TYPE=CELL,VOICE (3.0, 4.0 with quotes) and bare ;CELL;PREF (2.1)."""
    params: dict[str, list[str]] = getattr(tel, "params", {})
    for value in params.get("TYPE", []):
        yield from (v.strip().strip('"') for v in value.split(","))
    yield from getattr(tel, "singletonparams", [])


def _values(contents: dict[str, list[object]], name: str) -> list[str]:
    found = []
    for item in contents.get(name, []):
        value = getattr(item, "value", "")
        found += [v for v in (value if isinstance(value, list) else [value]) if str(v).strip()]
    return [str(v).strip() for v in found]


def _text(contents: dict[str, list[object]], name: str) -> str:
    items = contents.get(name)
    return _joined(getattr(items[0], "value", "")) if items else ""


def _joined(value: object) -> str:
    """A value vobject split into parts (ORG;, N's given names) as one string."""
    if isinstance(value, list | tuple):
        return " ".join(str(v) for v in value if str(v).strip())
    return str(value)
