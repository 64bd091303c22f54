"""Importing contacts from CSV, Excel (.xlsx) and vCard files.

    table = read_file(path)                       # ImportRefused if it cannot be read
    mapping = guess_mapping(table)                # a person may change it (with_column)
    plan = check_import(table, mapping, region="GR", existing=existing_numbers(book))
    written = apply_import(book, plan, progress=..., cancelled=...)  # None: cancelled
"""

from __future__ import annotations

from desktop_sms.core.contact_import.apply import apply_import, existing_numbers
from desktop_sms.core.contact_import.checking import (
    ImportPlan,
    NewContact,
    Policy,
    RowCode,
    RowIssue,
    check_import,
    english,
)
from desktop_sms.core.contact_import.encoding import ENCODINGS
from desktop_sms.core.contact_import.errors import Fault, ImportRefused
from desktop_sms.core.contact_import.headers import Format, Role
from desktop_sms.core.contact_import.mapping import Column, ColumnMapping, guess_mapping
from desktop_sms.core.contact_import.reading import read_bytes, read_file
from desktop_sms.core.contact_import.rejects import write_rejected
from desktop_sms.core.contact_import.table import FileKind, Row, Table

__all__ = [
    "ENCODINGS", "Column", "ColumnMapping", "Fault", "FileKind", "Format", "ImportPlan",
    "ImportRefused", "NewContact", "Policy", "Role", "Row", "RowCode", "RowIssue", "Table",
    "apply_import", "check_import", "english", "existing_numbers", "guess_mapping",
    "read_bytes", "read_file", "write_rejected",
]
