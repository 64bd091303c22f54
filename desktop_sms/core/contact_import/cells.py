"""A cell as its writer meant it, whatever the file: in Unicode's composed form (NFC: a
Mac writes 'ά' as 'α' and a combining accent, which search and Windows-1253 then miss),
without the quote a spreadsheet (or our own export) put before text it must not run as a
formula, or before a number to keep it text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from desktop_sms.core.export_file import FORMULA_START

# "'=Bob" (our export, export_file.inert) and "'6912345615" (Excel users keep a number
# as text so): the quote is not part of the value.
_AFTER_QUOTE = frozenset((*FORMULA_START, *"0123456789"))
# Line breaks (CR LF, CR, LF, VT, FF, the file/group/record separators, NEL, U+2028,
# U+2029) and, in a one-line value, tabs; the other C0 and C1 controls and DEL are dropped.
_BREAKS = "\n\v\f\r\x1c\x1d\x1e\x85\u2028\u2029"
_BREAK = re.compile(f"\r\n|[{_BREAKS}]")
_ONE_LINE_BREAK = re.compile(f"[\t{_BREAKS}]+")
_CONTROLS = dict.fromkeys(c for c in [*range(0x20), *range(0x7f, 0xa0)]
                          if chr(c) not in "\t" + _BREAKS)


def composed(text: str) -> str:
    """``text`` in NFC (vCards: a quote before a value there is the value's)."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize(
        "NFC", text)


def tidy(cell: str) -> str:
    """A spreadsheet's cell (CSV, XLSX) composed, its quote taken off."""
    if cell[:1] == "'" and cell[1:2] in _AFTER_QUOTE:
        cell = cell[1:]
    return composed(cell)


def tidy_row(cells: Iterable[str]) -> tuple[str, ...]:
    return tuple(map(tidy, cells))


def needs_tidy(text: str) -> bool:
    """Whether any cell of ``text`` may change (a whole file is asked once: most have
    nothing to tidy, and then their cells are left alone)."""
    return "'" in text or not unicodedata.is_normalized("NFC", text)


def one_line(text: str) -> str:
    """A name, group or field: line breaks and tabs a space, other controls dropped."""
    if text.isprintable():  # nearly always: nothing to look for
        return text
    return _ONE_LINE_BREAK.sub(" ", text).translate(_CONTROLS)


def lines(text: str) -> str:
    """Notes: line breaks as LF, tabs kept, other controls dropped."""
    if text.isprintable():
        return text
    return _BREAK.sub("\n", text).translate(_CONTROLS)
