"""Searches that scan, off the GUI thread.

A LIKE or substring search cannot use an index: over a million messages it scans for a
quarter of a second, over 100,000 contacts for tens of milliseconds, and typing asks for
one per keystroke. An IdSearch runs the scan on its own thread and read connection and
hands back the matching ids, in the list's order; the model then reads only the rows it
shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop_sms.core import store

# What a search does on its thread: (its read connection, what to find) -> ids in order
# (or any other answer: the campaigns' counts, read here because they scan too).
Scan = Callable[[store.Connection, Any], Any]


class _Finder(QObject):
    found = Signal(int, object)  # request number, the scan's answer

    def __init__(self, source: store.Source, scan: Scan, is_current: Callable[[int], bool]) -> None:
        super().__init__()
        self._source = source
        self._scan = scan
        self._is_current = is_current
        self._conn: store.Connection | None = None

    @Slot(int, object)
    def find(self, number: int, wanted: object) -> None:
        if not self._is_current(number):  # a newer search was asked for meanwhile
            return
        if self._conn is None:  # opened here: a connection stays on its own thread
            self._conn = store.connect_read_only(self._source)
        self.found.emit(number, self._scan(self._conn, wanted))

    @Slot()
    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class IdSearch(QObject):
    """Runs searches one at a time on a thread of its own; only the newest one answers."""

    found = Signal(object)  # the scan's answer: array('q') of matching ids, for a search
    _find = Signal(int, object)
    _close = Signal()

    def __init__(self, source: store.Source, scan: Scan, name: str) -> None:
        super().__init__()
        # Numbered requests; only the GUI thread writes this, the finder only reads it.
        self._latest = 0
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._finder = _Finder(source, scan, lambda number: number == self._latest)
        self._finder.moveToThread(self._thread)
        self._find.connect(self._finder.find)
        self._close.connect(self._finder.close)
        self._finder.found.connect(self._answer)
        self._thread.start()

    def find(self, wanted: object) -> None:
        self._latest += 1
        self._find.emit(self._latest, wanted)

    @Slot(int, object)
    def _answer(self, number: int, answer: object) -> None:
        if number == self._latest:
            self.found.emit(answer)

    def stop(self) -> None:
        """Let a running scan finish, then end the thread and wait for it."""
        self._latest += 1  # queued searches are dropped
        self._close.emit()
        self._thread.quit()
        self._thread.wait()

    def running(self) -> bool:
        return self._thread.isRunning()
