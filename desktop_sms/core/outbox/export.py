"""The outbox, as a filter shows it, to CSV or an Excel workbook with every column.

Both stream: rows are read, written and forgotten one at a time (openpyxl's write-only
mode keeps the sheet in a temporary file), so a million messages take no more memory
than ten. Titles, states and yes/no are in the ``words`` given (ENGLISH unless the window
passes its language's). CSV is UTF-8 with a byte order mark (Excel needs it to read
UTF-8); times are the words' (ENGLISH: local, ISO 8601 with a space, "2024-05-01
14:03:07", which spreadsheets read as a date);
numbers with the country code apart, "+30 6912345678" (Excel reads "+306912345678" as a
number and drops the "+"); other text a spreadsheet would run as a formula ("=…", "+…",
"-…", "@…") has a quote before it. The workbook has typed cells: numbers as text, times
as dates, and text that would read as a formula ("=…") kept as text. XML cannot hold
control characters other than tab and line breaks: in a workbook each becomes U+FFFD
(the CSV keeps them).
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from desktop_sms.core.export_file import (
    Progress,
    ShouldStop,
    Ticker,
    inert,
    replacing,
    suffix_of,
)
from desktop_sms.core.outbox.export_words import ENGLISH, ExportWords
from desktop_sms.core.outbox.history import History, OutboxFilter
from desktop_sms.core.outbox.messages import Message
from desktop_sms.core.phone import country_code_apart
from desktop_sms.core.store import snapshot

if TYPE_CHECKING:
    from _csv import Writer as CsvWriter

FORMATS = (".csv", ".xlsx")
COLUMNS = ENGLISH.columns
Cell = str | int | bool | datetime | None
_RECIPIENT = COLUMNS.index("Recipient")  # "+30 …", ours: the CSV's one text not made inert


def export_outbox(history: History, shown: OutboxFilter, path: Path, *,
                  delimiter: str = ",", progress: Progress | None = None,
                  should_stop: ShouldStop | None = None, words: ExportWords = ENGLISH) -> int:
    """Write the messages ``shown`` (newest first) to ``path`` (.csv or .xlsx) in
    ``words``, replacing it only once complete; returns how many. Raises ExportFailed."""
    suffix = suffix_of(path, FORMATS)
    with snapshot(history.conn), replacing(path) as file:
        ticker = Ticker(history.count_shown(shown), progress, should_stop)
        if suffix == ".xlsx":
            _write_xlsx(history, shown, file, ticker, words)
        else:
            _write_csv(history, shown, file, delimiter, ticker, words)
    return ticker.finish()


def _cells(message: Message, contact: str | None, number: Callable[[str], str],
           when: Callable[[float | None], Cell], words: ExportWords) -> list[Cell]:
    """One message's row, its numbers through ``number`` and its times through ``when``."""
    return [message.id, message.batch_id, number(message.recipient), contact, message.text,
            message.sender, message.flash, message.delivery_report, message.parts,
            words.state(message.state), message.gateway_id, message.gateway_status, message.error,
            message.attempts, message.resend_of,
            *map(when, (message.created_at, message.updated_at, message.sending_at,
                        message.accepted_at, message.sent_at, message.final_at))]


def _write_csv(history: History, shown: OutboxFilter, file: IO[bytes], delimiter: str,
               ticker: Ticker, words: ExportWords) -> None:
    text = io.TextIOWrapper(file, encoding="utf-8-sig", newline="")
    write_csv_rows(csv.writer(text, delimiter=delimiter), history, shown, ticker, words)
    text.flush()
    text.detach()  # the file is the caller's to close


def write_csv_rows(writer: CsvWriter, history: History, shown: OutboxFilter,
                   ticker: Ticker, words: ExportWords) -> None:
    """The header, then a row per message ``shown``: the CSV's table (a campaign report
    writes its summary above it)."""
    writer.writerow(map(inert, words.columns))
    for message, contact in history.records(shown):
        row = [inert(cell) if isinstance(cell, str) and i != _RECIPIENT else cell
               for i, cell in enumerate(_cells(message, contact, country_code_apart,
                                               words.when, words))]
        # Yes/no as words: a bare True reads as a formula's answer in some spreadsheets.
        row[6:8] = [words.yes if message.flash else words.no,
                    words.yes if message.delivery_report else words.no]
        writer.writerow(row)
        ticker.tick()


def _write_xlsx(history: History, shown: OutboxFilter, file: IO[bytes],
                ticker: Ticker, words: ExportWords) -> None:
    # Imported here: openpyxl takes 0.1 s to import, and only this needs it.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    book = Workbook(write_only=True)
    sheet: WriteOnlyWorksheet = book.create_sheet("Outbox")
    sheet.freeze_panes = "A2"

    def cell(value: Cell) -> object:
        if not isinstance(value, str):
            return value
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
        if not value.startswith("="):
            return value
        kept = WriteOnlyCell(sheet, value)  # not a formula: text as it was typed
        kept.data_type = "s"
        return kept

    sheet.append([cell(title) for title in words.columns])

    def when(stamp: float | None) -> datetime | None:
        return None if stamp is None else datetime.fromtimestamp(stamp)

    try:
        for message, contact in history.records(shown):
            sheet.append([cell(value) for value in _cells(message, contact, str, when, words)])
            ticker.tick()
        book.save(file)
    except BaseException:
        # openpyxl removes the sheet's temporary file when it saves, else only at exit:
        # a cancelled export would leave it in the temporary folder as long as the window.
        with contextlib.suppress(Exception):
            sheet.close()
            writer = getattr(sheet, "_writer", None)  # not in the stubs
            if writer is not None:
                writer.cleanup()
        raise
