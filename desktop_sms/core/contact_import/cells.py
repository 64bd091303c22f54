"""A cell as its writer meant it, whatever the file: the quote a spreadsheet (or our own
export) put before text it must not run as a formula, or before a number to keep it
text, taken off."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_sms.core.export_file import FORMULA_START

# "'=Bob" (our export, export_file.inert) and "'6912345615" (Excel users keep a number
# as text so): the quote is not part of the value.
_AFTER_QUOTE = frozenset((*FORMULA_START, *"0123456789"))


def tidy(cell: str) -> str:
    if cell[:1] == "'" and cell[1:2] in _AFTER_QUOTE:
        return cell[1:]
    return cell


def tidy_row(cells: Iterable[str]) -> tuple[str, ...]:
    return tuple(map(tidy, cells))


def needs_tidy(text: str) -> bool:
    """Whether any cell of ``text`` may change (a whole file is asked once: most have
    nothing to tidy, and then their cells are left alone)."""
    return "'" in text
