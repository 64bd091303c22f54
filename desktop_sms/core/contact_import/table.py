"""What a contacts file holds, read into one shape whatever its format: the columns'
headers and the rows' cells as text, each row with its place in the file."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cached_property
from typing import NamedTuple

from desktop_sms.core.contact_import.errors import Fault, ImportRefused
from desktop_sms.core.contact_import.headers import is_header_word
from desktop_sms.core.contact_import.sniff import looks_like_number, share

# Beyond these a file is refused as it is read, not read into memory: an import holds
# about 1.2 kB per row at its peak (100,000 rows: 120 MB); a line of 3 million cells took
# 20 s and 900 MB to map.
MAX_ROWS = 250_000
MAX_COLUMNS = 200
MAX_CELLS = 5_000_000  # rows × the widest row
_SAMPLE_ROWS = 200  # rows read to tell a header from a first contact


class FileKind(Enum):
    CSV = "csv"
    XLSX = "xlsx"
    VCARD = "vcard"


class Row(NamedTuple):  # a tuple: a sheet has 100,000 of them
    line: int  # where it starts: the file's line (CSV, vCard) or the sheet's row (XLSX)
    cells: tuple[str, ...]  # as many as the row has (a ragged file's rows differ)


@dataclass(frozen=True)
class Table:
    kind: FileKind
    headers: tuple[str, ...]  # the header row's cells; all '' when the file has none
    rows: tuple[Row, ...]  # data rows only, blank rows left out
    has_header: bool = True
    encoding: str = ""  # the codec used (CSV, vCard): 'utf-8', 'utf-8-sig', 'utf-16-le',
    #                     'utf-16-be', 'cp1253', 'cp1252' (or the one given)
    delimiter: str = ""  # CSV: ',', ';' or '\t'
    sheets: tuple[str, ...] = ()  # XLSX: every sheet's name, in order
    sheet: str = ""  # XLSX: the sheet read
    unreadable: tuple[int, ...] = ()  # vCard: the lines of cards that could not be read

    @cached_property
    def width(self) -> int:
        """How many columns: the header's, or the widest row's when that is wider."""
        return max([len(self.headers), *(len(r.cells) for r in self.rows)])


def no_contacts(table: Table) -> ImportRefused:
    """Why ``table`` (without rows) cannot be imported: a workbook's sheet names the others."""
    others = [name for name in table.sheets if name != table.sheet]
    if others:
        return ImportRefused(Fault.EMPTY_SHEET, sheet=table.sheet, sheets=", ".join(others))
    return ImportRefused(Fault.EMPTY)


def split_header(rows: list[Row]) -> tuple[tuple[str, ...], tuple[Row, ...], bool]:
    """(headers, data rows, has_header): the first row is a header or, in a list saved
    without one, the first contact."""
    if not rows:
        raise ImportRefused(Fault.EMPTY)
    first = rows[0].cells
    if not _is_header(first, [row.cells for row in rows[1:_SAMPLE_ROWS]]):
        return ("",) * len(first), tuple(rows), False
    return tuple(cell.strip() for cell in first), tuple(rows[1:]), True


def _is_header(first: tuple[str, ...], below: list[tuple[str, ...]]) -> bool:
    """A header if a cell is a header word ('Mobile', 'Κινητό'); else data if a cell holds
    3 digits or more ('Alice,123': a number, if a wrong one) or is blank above a column of
    numbers ('Alice,': a contact without one)."""
    if any(is_header_word(cell) for cell in first):
        return True
    if any(sum(c.isdigit() for c in cell) >= 3 for cell in first):
        return False
    return not any(not cell.strip() and share(below, i, looks_like_number) > 0.5
                   for i, cell in enumerate(first))


def check_shape(rows: int, width: int) -> None:
    """Refuse a file of ``rows`` rows, the widest ``width`` cells, past the limits."""
    if rows > MAX_ROWS:
        raise ImportRefused(Fault.TOO_MANY_ROWS, limit=MAX_ROWS)
    if width > MAX_COLUMNS:
        raise ImportRefused(Fault.TOO_MANY_COLUMNS, limit=MAX_COLUMNS)
    if rows * width > MAX_CELLS:
        raise ImportRefused(Fault.TOO_MANY_CELLS, limit=MAX_CELLS)


class Shape:
    """A file's rows counted as they are read (check_shape at each)."""

    def __init__(self) -> None:
        self.rows = self.width = 0

    def add(self, cells: int) -> None:
        self.rows += 1
        if cells > self.width:
            self.width = cells
        check_shape(self.rows, self.width)
