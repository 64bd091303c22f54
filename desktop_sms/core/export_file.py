"""What every export shares: the file written under a temporary name and renamed into
place only once complete, progress and cancelling, and its failures as codes (the window
words them in ui/export_text.py, the command line with ``english``)."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import IO

Progress = Callable[[int, int], None]  # done, total
ShouldStop = Callable[[], bool]
REPORT_INTERVAL = 0.1  # seconds between progress reports
# What a spreadsheet takes a CSV cell starting with for a formula (a tab or a line break
# before one counts too); the contacts import takes the quote off again.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class Code(Enum):
    UNKNOWN_FORMAT = "unknown-format"  # path, formats: the file name's extension
    CANNOT_WRITE = "cannot-write"  # path, detail (the system's words)
    # character, encoding, and contact (a name) or column (a custom field's name)
    NOT_ENCODABLE = "not-encodable"
    CANCELLED = "cancelled"


class ExportFailed(Exception):
    """The export did not happen; no file was written and none was replaced."""

    def __init__(self, code: Code, **params: str) -> None:
        super().__init__(code.value, params)
        self.code = code
        self.params = params


def english(failure: ExportFailed) -> str:
    """The command line's words for a failed export."""
    p = failure.params
    if failure.code is Code.UNKNOWN_FORMAT:
        return f"cannot tell the format of {p['path']}: the name must end in {p['formats']}"
    if failure.code is Code.CANNOT_WRITE:
        return f"cannot write {p['path']}: {p['detail']}"
    if failure.code is Code.NOT_ENCODABLE:
        holder = (f"the contact '{p['contact']}'" if "contact" in p
                  else f"the column '{p['column']}'")
        return (f"{holder} holds {p['character']}, which {p['encoding']} cannot hold; "
                "nothing was written: export in UTF-8 instead")
    return "the export was cancelled; nothing was written"


def inert(cell: str) -> str:
    """A CSV cell a spreadsheet shows as it is rather than running it: a quote before
    one that would read as a formula ("=cmd|…", "+SUM(…)", "-1+2", "@x")."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def suffix_of(path: Path, formats: tuple[str, ...]) -> str:
    """The file's format from its extension (lower case, with the dot), one of ``formats``."""
    suffix = path.suffix.lower()
    if suffix not in formats:
        raise ExportFailed(Code.UNKNOWN_FORMAT, path=str(path), formats=" or ".join(formats))
    return suffix


@contextmanager
def replacing(path: Path) -> Iterator[IO[bytes]]:
    """A new file that becomes ``path`` only when the block ends without an exception: a
    failed or cancelled export leaves no half file and the previous one untouched."""
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        # "x": created here (never someone else's file), with the usual permissions, or
        # the replaced file's (an export kept private stays private).
        with open(temp, "xb") as file:
            with contextlib.suppress(FileNotFoundError):
                os.chmod(temp, stat.S_IMODE(os.stat(path).st_mode))
            yield file
            file.flush()
            os.fsync(file.fileno())  # on disk before it replaces a good file
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ExportFailed(Code.CANNOT_WRITE, path=str(path),
                           detail=exc.strerror or str(exc)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


class Ticker:
    """Counts rows written, reports progress now and then, and stops when asked."""

    def __init__(self, total: int, progress: Progress | None,
                 should_stop: ShouldStop | None) -> None:
        self.total, self.done = total, 0
        self._progress, self._should_stop = progress, should_stop
        self._last = 0.0

    def tick(self) -> None:
        self.done += 1
        if self.done % 256:  # the clock and the callbacks cost more than a row
            return
        if self._should_stop is not None and self._should_stop():
            raise ExportFailed(Code.CANCELLED)
        if self._progress is not None and time.monotonic() - self._last >= REPORT_INTERVAL:
            self._last = time.monotonic()
            self._progress(self.done, self.total)

    def finish(self) -> int:
        if self._progress is not None:
            self._progress(self.done, self.done)
        return self.done


def local_time(stamp: float | None) -> str:
    """ISO 8601 in local time, with a space: the form spreadsheets read as a date."""
    if stamp is None:
        return ""
    return datetime.fromtimestamp(stamp).isoformat(sep=" ", timespec="seconds")
