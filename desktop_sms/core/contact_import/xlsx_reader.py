"""An Excel workbook (.xlsx) into a Table: one sheet (the first unless named), read with
openpyxl in read-only mode, so that a 100,000-row sheet streams instead of loading whole."""

from __future__ import annotations

import datetime
import io
import logging
from collections.abc import Iterable

from desktop_sms.core.contact_import.cells import tidy_row
from desktop_sms.core.contact_import.errors import Fault, ImportRefused
from desktop_sms.core.contact_import.table import (
    FileKind,
    Row,
    Shape,
    Table,
    split_header,
)

log = logging.getLogger(__name__)


def read_xlsx(data: bytes, *, sheet: str | None = None) -> Table:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl meets a damaged file with any exception
        log.info("not a readable workbook", exc_info=True)
        raise ImportRefused(Fault.BROKEN_XLSX) from None
    try:
        names = tuple(book.sheetnames)
        if not names:
            raise ImportRefused(Fault.BROKEN_XLSX)
        chosen = sheet if sheet is not None else names[0]
        if chosen not in names:
            raise ImportRefused(Fault.NO_SHEET, sheet=chosen, sheets=", ".join(names))
        try:
            rows = _rows(book[chosen].iter_rows(values_only=True))
        except ImportRefused:
            raise
        except Exception:  # as above, for the sheet's XML
            log.info("the sheet cannot be read", exc_info=True)
            raise ImportRefused(Fault.BROKEN_XLSX) from None
    finally:
        book.close()
    if not rows:  # read all the same: the preview offers the other sheets
        return Table(FileKind.XLSX, (), (), False, sheets=names, sheet=chosen)
    headers, data_rows, has_header = split_header(rows)
    return Table(FileKind.XLSX, headers, data_rows, has_header, sheets=names, sheet=chosen)


def _rows(values: Iterable[tuple[object, ...]]) -> list[Row]:
    rows: list[Row] = []
    shape = Shape()
    for number, row in enumerate(values, start=1):
        cells = [cell_text(value) for value in row]
        while cells and not cells[-1].strip():  # read-only mode pads to the sheet's width
            cells.pop()
        if cells:
            shape.add(len(cells))
            rows.append(Row(number, tidy_row(cells)))
    return rows


def cell_text(value: object) -> str:
    """A cell as a person sees it: a number typed into a cell is stored as a float, which
    must come back as '306912345678', never '3.06912345678e+11' or '306912345678.0'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime.datetime):
        midnight = value.time() == datetime.time()
        return value.date().isoformat() if midnight else value.isoformat(sep=" ")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)
