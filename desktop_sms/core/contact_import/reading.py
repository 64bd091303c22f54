"""Read a contacts file, whatever it is: its kind is told by its content (an .xlsx is a
zip, a vCard begins with BEGIN:VCARD), not by its name."""

from __future__ import annotations

from pathlib import Path

from desktop_sms.core.contact_import import encoding as encodings
from desktop_sms.core.contact_import.csv_reader import read_csv
from desktop_sms.core.contact_import.errors import Fault, ImportRefused
from desktop_sms.core.contact_import.table import Table
from desktop_sms.core.contact_import.vcard_reader import is_vcard, read_vcard
from desktop_sms.core.contact_import.xlsx_reader import read_xlsx

MAX_FILE_BYTES = 100 * 1024 * 1024
_ZIP = b"PK\x03\x04"
_OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")  # Excel 97-2003 (.xls)


def read_file(path: str | Path, *, encoding: str | None = None,
              delimiter: str | None = None, sheet: str | None = None) -> Table:
    """The file's table; ``encoding``, ``delimiter`` (CSV) and ``sheet`` (XLSX) are
    detected (the first sheet) unless given. Raises ImportRefused."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused(Fault.TOO_LARGE, size_mb=size // (1024 * 1024),
                                limit_mb=MAX_FILE_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(Fault.CANNOT_OPEN, path=str(path),
                            reason=exc.strerror or type(exc).__name__) from None
    return read_bytes(data, encoding=encoding, delimiter=delimiter, sheet=sheet)


def read_bytes(data: bytes, *, encoding: str | None = None, delimiter: str | None = None,
               sheet: str | None = None) -> Table:
    if not data.strip():
        raise ImportRefused(Fault.EMPTY)
    if data.startswith(_ZIP):
        return read_xlsx(data, sheet=sheet)
    if data.startswith(_OLE2):
        raise ImportRefused(Fault.OLD_EXCEL)
    codec = encoding or encodings.detect(data)
    if is_vcard(encodings.decode(data[:4096], codec, partial=True)):
        return read_vcard(data, encoding=codec)
    return read_csv(data, encoding=codec, delimiter=delimiter)
