"""Text search over the outbox, off the GUI thread.

A LIKE search cannot use an index: over a million messages it scans for a quarter of a
second. The finder does that scan on its own thread and read connection and hands back
the matching ids, newest first; the model then reads only the rows it shows.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop_sms.core import store
from desktop_sms.core.outbox.history import History, OutboxFilter


class _Finder(QObject):
    found = Signal(int, object)  # request number, array('q') of ids

    def __init__(self, path: Path, is_current: Callable[[int], bool]) -> None:
        super().__init__()
        self._path = path
        self._is_current = is_current
        self._history: History | None = None

    @Slot(int, object)
    def find(self, number: int, shown: OutboxFilter) -> None:
        if not self._is_current(number):  # a newer search was asked for meanwhile
            return
        if self._history is None:  # opened here: a connection stays on its own thread
            self._history = History(store.connect_read_only(self._path))
        self.found.emit(number, self._history.matching_ids(shown))

    @Slot()
    def close(self) -> None:
        if self._history is not None:
            self._history.conn.close()
            self._history = None


class MessageSearch(QObject):
    """Runs searches one at a time on a thread of its own; only the newest one answers."""

    found = Signal(object)  # array('q') of matching ids, newest first
    _find = Signal(int, object)
    _close = Signal()

    def __init__(self, path: Path) -> None:
        super().__init__()
        # Numbered requests; only the GUI thread writes this, the finder only reads it.
        self._latest = 0
        self._thread = QThread()
        self._thread.setObjectName("outbox-search")
        self._finder = _Finder(path, lambda number: number == self._latest)
        self._finder.moveToThread(self._thread)
        self._find.connect(self._finder.find)
        self._close.connect(self._finder.close)
        self._finder.found.connect(self._answer)
        self._thread.start()

    def find(self, shown: OutboxFilter) -> None:
        self._latest += 1
        self._find.emit(self._latest, shown)

    @Slot(int, object)
    def _answer(self, number: int, ids: array[int]) -> None:
        if number == self._latest:
            self.found.emit(ids)

    def stop(self) -> None:
        """Let a running scan finish, then end the thread and wait for it."""
        self._latest += 1  # queued searches are dropped
        self._close.emit()
        self._thread.quit()
        self._thread.wait()

    def running(self) -> bool:
        return self._thread.isRunning()
