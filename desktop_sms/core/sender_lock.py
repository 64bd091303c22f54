"""Only one process may send from a data folder at a time.

Start-up recovery turns ``sending`` rows into ``unknown``; if a second process did that
while the first was mid-request, a message could be flagged wrongly. The OS releases the
lock when its holder dies, even by SIGKILL, so a crash never leaves a stale lock.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

LOCK_FILE = "sender.lock"


class SenderLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_FILE
        self._file: IO[bytes] | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False if another process holds it."""
        if self._file:
            return True
        handle = open(self.path, "a+b")  # noqa: SIM115 (held open for the lock's life)
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        self._file = handle
        return True

    def release(self) -> None:
        if self._file:
            self._file.close()  # closing drops the lock
            self._file = None

    def __enter__(self) -> SenderLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
