"""Another process holding what desktop-sms needs: the database's write lock, or the
sender lock. Started, and given up (SIGKILL) when the block ends."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_WRITE_LOCK = """import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute('BEGIN EXCLUSIVE')
print('held', flush=True)
time.sleep(float(sys.argv[2]))
"""
_SENDER_LOCK = """import sys, time
from pathlib import Path
from desktop_sms.core.sender_lock import SenderLock
lock = SenderLock(Path(sys.argv[1]), 'command')
assert lock.acquire()
print('held', flush=True)
time.sleep(float(sys.argv[2]))
"""


@contextmanager
def holding(what: str, target: Path, seconds: float = 60) -> Iterator[subprocess.Popen[str]]:
    """``what``: "write-lock" (``target`` is the database file) or "sender-lock" (the
    data folder). Yields once the other process holds it."""
    script = {"write-lock": _WRITE_LOCK, "sender-lock": _SENDER_LOCK}[what]
    holder = subprocess.Popen([sys.executable, "-c", script, str(target), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield holder
    finally:
        holder.kill()
        holder.wait()
