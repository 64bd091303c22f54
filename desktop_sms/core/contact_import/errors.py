"""Why a file cannot be imported at all, as a code with parameters (the UI words it in the
user's language; ``english`` words it for the command line)."""

from __future__ import annotations

from enum import Enum

from desktop_sms.core.errors import InputError


class Fault(Enum):
    """What is wrong with the file; the comment names each fault's parameters."""

    CANNOT_OPEN = "cannot_open"  # path, reason (the system's words)
    TOO_LARGE = "too_large"  # size_mb, limit_mb
    TOO_MANY_ROWS = "too_many_rows"  # limit
    TOO_MANY_COLUMNS = "too_many_columns"  # limit
    TOO_MANY_CELLS = "too_many_cells"  # limit: rows × columns
    NOT_CONTACTS = "not_contacts"  # (none): not a CSV, Excel or vCard file
    OLD_EXCEL = "old_excel"  # (none): an .xls of Excel 97-2003
    BROKEN_XLSX = "broken_xlsx"  # (none)
    BAD_ENCODING = "bad_encoding"  # encoding ('' when none of the usual ones fits)
    NO_SHEET = "no_sheet"  # sheet, sheets (comma-separated names)
    EMPTY = "empty"  # (none): no rows at all
    EMPTY_SHEET = "empty_sheet"  # sheet, sheets (the workbook's others, comma-separated)
    NO_NUMBER_COLUMN = "no_number_column"  # (none)
    ROLE_TWICE = "role_twice"  # role (Role's value): one column only may have it


_ENGLISH = {
    Fault.CANNOT_OPEN: "cannot open {path}: {reason}",
    Fault.TOO_LARGE: "the file is {size_mb} MB; files up to {limit_mb} MB can be imported",
    Fault.TOO_MANY_ROWS: "the file has more than {limit} rows; split it into smaller files",
    Fault.TOO_MANY_COLUMNS: "the file has more than {limit} columns; a contacts file has a "
                            "column for each thing known of a contact",
    Fault.TOO_MANY_CELLS: "the file has more than {limit} cells (rows × columns); split it "
                          "into smaller files or leave out the columns you do not need",
    Fault.NOT_CONTACTS: "this file is not a CSV, Excel or vCard file",
    Fault.OLD_EXCEL: "this is an old Excel file (.xls): save it as .xlsx or CSV in Excel "
                     "and import that",
    Fault.BROKEN_XLSX: "this Excel file is damaged or not an .xlsx workbook",
    Fault.BAD_ENCODING: "the text cannot be read as {encoding}: choose another encoding",
    Fault.NO_SHEET: "the workbook has no sheet called '{sheet}' (it has: {sheets})",
    Fault.EMPTY: "the file has no contacts in it",
    Fault.EMPTY_SHEET: "the sheet '{sheet}' has no contacts; the workbook also has: {sheets} "
                       "(choose one with --sheet or in the preview)",
    Fault.NO_NUMBER_COLUMN: "no column holds phone numbers: choose the number column",
    Fault.ROLE_TWICE: "only one column can be the {role} column",
}


def english(fault: Fault, params: dict[str, str | int]) -> str:
    if fault is Fault.BAD_ENCODING and not params.get("encoding"):
        return ("the text is not UTF-8, UTF-16, Windows-1253 or Windows-1252: choose its "
                "encoding")
    return _ENGLISH[fault].format(**params)


class ImportRefused(InputError):
    """The file cannot be imported as it is (unreadable, not a contacts file, too large,
    no number column); nothing was written. ``fault`` and ``params`` say why."""

    def __init__(self, fault: Fault, **params: str | int) -> None:
        super().__init__(english(fault, params))
        self.fault = fault
        self.params: dict[str, str | int] = params
