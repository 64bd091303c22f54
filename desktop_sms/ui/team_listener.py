"""What other workstations change in a team database, as it happens: the schema's
triggers NOTIFY the changed table's name, and this thread, with a session of its own,
waits for those notices and tells the window which tables changed.

No table is polled: between notices the thread sleeps in the socket's wait. Notices are
gathered for up to GATHER_SECONDS and told as one set, so a campaign of 1,000 messages
queued elsewhere refreshes the window a few times, not 1,000.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, Signal

from desktop_sms.core import store

if TYPE_CHECKING:
    from desktop_sms.core.store.postgres import PgConnection

log = logging.getLogger(__name__)
GATHER_SECONDS = 0.1  # notices told together; also how soon stop() is seen
RECONNECT_SECONDS = 2.0  # after the server went away
# Every table the window shows: told after a reconnect, as notices were missed meanwhile.
ALL_TABLES = frozenset({"messages", "campaigns", "contacts", "groups", "group_members",
                        "contact_fields", "templates", "opt_outs"})


class TeamListener(QThread):
    changed = Signal(object)  # frozenset of table names
    lost = Signal()  # its session with the server ended (others' may have too)
    reached = Signal()  # the server answers again after it was away

    def __init__(self, source: store.TeamSource) -> None:
        super().__init__()
        self.setObjectName("team-listener")
        self._source = source
        self._stop = threading.Event()

    def stop(self) -> None:
        """Thread-safe; waits for the thread to end (within GATHER_SECONDS)."""
        self._stop.set()
        self.wait()

    def run(self) -> None:
        import psycopg  # loaded already: the window opened the team database with it

        from desktop_sms.core.store import postgres

        missed = False  # notices were missed while away: tell every table once back
        while not self._stop.is_set():
            try:
                conn = postgres.connect(self._source.location, self._source.password,
                                        migrate=False, read_only=True,
                                        application="desktop-sms listener")
            except postgres.TeamDatabaseError as exc:
                log.info("listener: %s", exc)
                missed = True
            else:
                try:
                    conn.version()  # LISTENs on the schema's channel
                    if missed:
                        self.reached.emit()
                        self.changed.emit(ALL_TABLES)
                        missed = False
                    self._listen(conn)
                except (psycopg.Error, postgres.TeamDatabaseError) as exc:
                    log.info("listener: the team database went away: %s", exc)
                    self.lost.emit()
                    missed = True
                finally:
                    store.close_quietly(conn)
            self._stop.wait(RECONNECT_SECONDS)

    def _listen(self, conn: PgConnection) -> None:
        while not self._stop.is_set():
            tables = {notice.payload for notice in conn.raw.notifies(timeout=GATHER_SECONDS)}
            if tables:
                self.changed.emit(frozenset(tables))
