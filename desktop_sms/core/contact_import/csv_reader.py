"""A CSV or tab-separated text file into a Table: encoding and delimiter detected unless
given, the header row told from a first row of data."""

from __future__ import annotations

import csv
import io
from collections import Counter

from desktop_sms.core.contact_import import cells
from desktop_sms.core.contact_import import encoding as encodings
from desktop_sms.core.contact_import.cells import tidy_row
from desktop_sms.core.contact_import.errors import Fault, ImportRefused
from desktop_sms.core.contact_import.table import (
    FileKind,
    Row,
    Shape,
    Table,
    split_header,
)

DELIMITERS = (",", ";", "\t")
_SNIFF_LINES = 50
# Text never has these; a file full of them is binary whatever its name says.
_CONTROL = frozenset(range(0, 32)) - {9, 10, 13}


def read_csv(data: bytes, *, encoding: str | None = None,
             delimiter: str | None = None) -> Table:
    codec = encoding or encodings.detect(data)
    text = encodings.decode(data, codec)
    if _binary(text):
        raise ImportRefused(Fault.NOT_CONTACTS)
    delimiter = delimiter or sniff_delimiter(text)
    headers, rows, has_header = split_header(_records(text, delimiter, cells.needs_tidy(text)))
    return Table(FileKind.CSV, headers, rows, has_header, codec, delimiter)


def sniff_delimiter(text: str) -> str:
    """The delimiter found the same number of times on most of the first lines (quotes are
    not parsed here: a quoted delimiter only lowers a candidate's score)."""
    lines = [line for line in text[:65536].splitlines() if line.strip()][:_SNIFF_LINES]
    best, best_score = ",", (0, 0)
    for candidate in DELIMITERS:
        counts = [line.count(candidate) for line in lines]
        usual, agreeing = Counter(counts).most_common(1)[0] if counts else (0, 0)
        score = (agreeing if usual else 0, usual)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _records(text: str, delimiter: str, tidy: bool) -> list[Row]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[Row] = []
    shape = Shape()
    try:
        while True:
            line = reader.line_num + 1  # where the next record starts
            try:
                cells = next(reader)
            except StopIteration:
                return rows
            if any(cell.strip() for cell in cells):
                shape.add(len(cells))
                rows.append(Row(line, tidy_row(cells) if tidy else tuple(cells)))
    except csv.Error:  # a field over csv's size limit: no contacts sheet has one
        raise ImportRefused(Fault.NOT_CONTACTS) from None


def _binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for c in sample if ord(c) in _CONTROL)
    return controls > max(2, len(sample) // 100)
