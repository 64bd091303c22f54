"""The window's own session with the team database, read on the GUI thread
(postgres.connect(bounded=True)): no statement may hold the window for long. A live but slow
server cancels it (statement_timeout); a stalled server or network, which
would let a read wait for as long as the stall lasts, has the session's socket shut by a
watchdog, and the read fails as the server's absence does."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg

from desktop_sms.core.store import TeamSource
from desktop_sms.core.store.postgres import PgConnection, TeamDatabaseError

# The window is held at most BOUND_SECONDS by a statement; the server's own cancel comes
# first, for a live but slow server (its session stays usable).
BOUND_SECONDS = 3.0
STATEMENT_TIMEOUT_MS = 2_500


class Watchdog:
    """Shuts a connection's socket down when one of its statements has waited ``seconds``:
    the blocked read then returns, as a TeamDatabaseError. One thread per connection,
    started on the first statement, waiting on a condition (no thread per statement)."""

    def __init__(self, conn: PgConnection) -> None:
        self.conn = conn
        self.seconds: float | None = None  # None: not watching (yet)
        self.fired = False
        self._deadline: float | None = None
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False

    @contextmanager
    def armed(self) -> Iterator[None]:
        with self._wake:
            if self.seconds is None or self._deadline is not None:  # off, or nested
                outer = False
            else:
                outer, self.fired = True, False
                self._deadline = time.monotonic() + self.seconds
                if self._thread is None:
                    self._thread = threading.Thread(target=self._watch, daemon=True,
                                                    name="desktop-sms watchdog")
                    self._thread.start()
                self._wake.notify()
        try:
            yield
        finally:
            if outer:
                with self._wake:
                    self._deadline = None

    def close(self) -> None:
        with self._wake:
            self._closed = True
            self._wake.notify()

    def _watch(self) -> None:
        with self._wake:
            while not self._closed:
                if self._deadline is None:
                    self._wake.wait()
                elif (left := self._deadline - time.monotonic()) > 0:
                    self._wake.wait(left)
                else:
                    self._deadline = None
                    self.fired = True
                    _shut(self.conn.raw)


def _shut(raw: psycopg.Connection[Any]) -> None:
    """Both directions of ``raw``'s socket shut (on a duplicate descriptor: libpq keeps
    its own): a read blocked on it returns at once."""
    try:
        with socket.socket(fileno=os.dup(raw.pgconn.socket)) as sock:
            sock.shutdown(socket.SHUT_RDWR)
    except (OSError, psycopg.Error):  # closed meanwhile: nothing waits on it
        pass


class BoundedConnection(PgConnection):
    """The window's own session, read on the GUI thread (connect(bounded=True))."""

    def __init__(self, raw: psycopg.Connection[Any], source: TeamSource) -> None:
        super().__init__(raw, source)
        self.watchdog = Watchdog(self)

    def watch(self) -> None:
        """Bound every statement from now on (connect: once migrated)."""
        self.execute(f"SET statement_timeout = {STATEMENT_TIMEOUT_MS}")
        self.watchdog.seconds = BOUND_SECONDS

    @contextmanager
    def translating(self) -> Iterator[None]:
        try:
            with self.watchdog.armed(), super().translating():
                yield
        except TeamDatabaseError:
            if not self.watchdog.fired:
                raise
            raise TeamDatabaseError(
                f"The team database {self.location.display} cannot be used: it did not "
                f"answer within {self.watchdog.seconds:g} s") from None

    def close(self) -> None:
        self.watchdog.close()
        super().close()
