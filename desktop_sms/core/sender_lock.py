"""Only one process may send from a data folder at a time.

Start-up recovery turns ``sending`` rows into ``unknown``; if a second process did that
while the first was mid-request, a message could be flagged wrongly. The OS releases the
lock when its holder dies, even by SIGKILL, so a crash never leaves a stale lock.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

LOCK_FILE = "sender.lock"


class SenderLock:
    """``holder`` names what holds it ("window" or "command"), so that a process that
    finds it taken can tell the user who will send the queued messages."""

    def __init__(self, folder: Path, holder: str) -> None:
        self.path = folder / LOCK_FILE
        self.holder = holder
        self._file: IO[bytes] | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False if another process holds it."""
        if self._file:
            return True
        handle = open(self.path, "a+b")
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        # Byte 0 is the one locked (on Windows a locked byte cannot be read): who holds
        # the lock is written after it.
        handle.seek(0)
        handle.truncate()
        handle.write(f" {self.holder} {os.getpid()}\n".encode())
        handle.flush()
        self._file = handle
        return True

    def current_holder(self) -> tuple[str, int] | None:
        """What another process wrote when it took the lock: (holder, pid), if readable."""
        try:
            words = self.path.read_bytes()[1:].decode("ascii", "replace").split()
        except OSError:
            return None
        if len(words) == 2 and words[1].isdigit():
            return words[0], int(words[1])
        return None

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
