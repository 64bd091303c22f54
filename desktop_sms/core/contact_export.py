"""The address book to a file: CSV that Excel opens (and our import reads back by its
English headers), or vCard 4.0 for phones and other address books.

CSV: UTF-8 with a byte order mark by default (without one, Excel reads UTF-8 as the
system's code page and garbles Greek); Windows-1253 or -1252 on request, for programs
that only read those. A character the chosen encoding cannot hold is refused, naming the
contact, rather than replaced: nothing is written. Numbers with the country code
apart, "+30 6912345678" (E.164 in one piece is read by Excel as a number in scientific
notation, without its "+"); every other cell a spreadsheet would run as a formula ("=…",
"+…", "-…", "@…") has a quote before it, which our import takes off. Groups in one
column, joined by "; " (the import splits groups on ";", so a group whose name holds ";"
comes back as two: not supported in CSV).

vCard 4.0 (RFC 6350), written by hand: vobject writes 3.0 rules under any VERSION and
refuses a double quote in a parameter. One card per contact: FN, N (when first or last
name is known), TEL;TYPE=cell (E.164), NOTE, CATEGORIES (the groups), and each custom
field as ``X-DESKTOP-SMS-FIELD;X-NAME="field name":value`` (the name quoted as RFC 6868
says, so any name survives).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import IO

from desktop_sms.core.contacts import AddressBook, Contact
from desktop_sms.core.export_file import (
    Code,
    ExportFailed,
    Progress,
    ShouldStop,
    Ticker,
    inert,
    replacing,
    suffix_of,
)
from desktop_sms.core.phone import country_code_apart
from desktop_sms.core.store import snapshot

FORMATS = (".csv", ".vcf")
# Python's names of the encodings offered, and how the command line names them.
ENCODINGS = {"utf-8-sig": "UTF-8", "cp1253": "Windows-1253", "cp1252": "Windows-1252"}
COLUMNS = ("Name", "First name", "Last name", "Number", "Groups", "Notes")
GROUP_SEPARATOR = "; "  # what the import splits groups on
FIELD_PROPERTY = "X-DESKTOP-SMS-FIELD"
FOLD_OCTETS = 75  # RFC 6350 3.2: lines longer than this are folded


def export_contacts(book: AddressBook, path: Path, *, encoding: str = "utf-8-sig",
                    delimiter: str = ",", progress: Progress | None = None,
                    should_stop: ShouldStop | None = None) -> int:
    """Write every contact to ``path`` (.csv or .vcf; a vCard is always UTF-8), replacing
    it only once complete; returns how many. Raises ExportFailed."""
    suffix = suffix_of(path, FORMATS)
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown encoding {encoding!r}")
    with snapshot(book.conn), replacing(path) as file:
        total = int(book.conn.execute("SELECT count(*) FROM contacts").fetchone()[0])
        ticker = Ticker(total, progress, should_stop)
        if suffix == ".vcf":
            for contact in book.each():
                file.write(vcard(contact))
                ticker.tick()
        else:
            _write_csv(book, file, encoding, delimiter, ticker)
    return ticker.finish()


def _write_csv(book: AddressBook, file: IO[bytes], encoding: str, delimiter: str,
               ticker: Ticker) -> None:
    fields = book.field_names()
    # Encoded as each row is written, so a character the encoding lacks names its row.
    text = io.TextIOWrapper(file, encoding=encoding, errors="strict", newline="",
                            write_through=True)
    writer = csv.writer(text, delimiter=delimiter)
    try:
        writer.writerow((*COLUMNS, *map(inert, fields)))
    except UnicodeEncodeError as exc:
        column = next(f for f in fields if str(exc.object)[exc.start] in f)
        raise _not_encodable(exc, encoding, column=column) from None
    for contact in book.each():
        try:
            writer.writerow((inert(contact.name), inert(contact.first_name),
                             inert(contact.last_name), country_code_apart(contact.number),
                             inert(GROUP_SEPARATOR.join(contact.groups)), inert(contact.notes),
                             *(inert(contact.fields.get(f, "")) for f in fields)))
        except UnicodeEncodeError as exc:
            raise _not_encodable(exc, encoding, contact=contact.name) from None
        ticker.tick()
    text.detach()  # the file is the caller's to close


def _not_encodable(exc: UnicodeEncodeError, encoding: str, **where: str) -> ExportFailed:
    character = str(exc.object)[exc.start]
    return ExportFailed(Code.NOT_ENCODABLE, character=f"'{character}' (U+{ord(character):04X})",
                        encoding=ENCODINGS[encoding], **where)


def vcard(contact: Contact) -> bytes:
    """One contact as a vCard 4.0, folded, with CRLF line ends."""
    lines = ["BEGIN:VCARD", "VERSION:4.0", "FN:" + _text(contact.name)]
    if contact.first_name or contact.last_name:
        lines.append(f"N:{_text(contact.last_name)};{_text(contact.first_name)};;;")
    lines.append("TEL;TYPE=cell:" + contact.number)
    if contact.notes:
        lines.append("NOTE:" + _text(contact.notes))
    if contact.groups:
        lines.append("CATEGORIES:" + ",".join(map(_text, contact.groups)))
    for name, value in sorted(contact.fields.items()):
        lines.append(f'{FIELD_PROPERTY};X-NAME="{_parameter(name)}":{_text(value)}')
    lines.append("END:VCARD")
    return b"".join(map(_fold, lines))


def _text(value: str) -> str:
    """A text value escaped as RFC 6350 3.4 says."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    for plain, escaped in (("\\", "\\\\"), ("\n", "\\n"), (",", "\\,"), (";", "\\;")):
        value = value.replace(plain, escaped)
    return value


def _parameter(value: str) -> str:
    """A quoted parameter value, encoded as RFC 6868 says (it cannot hold '"' or a line
    break as they are)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("^", "^^").replace("\n", "^n").replace('"', "^'")


def _fold(line: str) -> bytes:
    """Lines of at most 75 octets, never splitting a character's UTF-8 bytes."""
    data = line.encode()
    pieces, start, limit = [], 0, FOLD_OCTETS
    while len(data) - start > limit:
        end = start + limit
        while data[end] & 0xC0 == 0x80:  # a continuation byte: the character starts earlier
            end -= 1
        pieces.append(data[start:end])
        start, limit = end, FOLD_OCTETS - 1  # a folded line starts with a space
    pieces.append(data[start:])
    return b"\r\n ".join(pieces) + b"\r\n"
