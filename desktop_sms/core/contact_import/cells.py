"""A cell as its writer meant it, whatever the file: in Unicode's composed form (NFC: a
Mac writes 'ά' as 'α' and a combining accent, which search and Windows-1253 then miss),
without the quote a spreadsheet (or our own export) put before text it must not run as a
formula, or before a number to keep it text."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from desktop_sms.core.export_file import FORMULA_START

# "'=Bob" (our export, export_file.inert) and "'6912345615" (Excel users keep a number
# as text so): the quote is not part of the value.
_AFTER_QUOTE = frozenset((*FORMULA_START, *"0123456789"))


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
