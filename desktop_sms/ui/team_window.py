"""The window on a team database: what other workstations change is shown within a
second (team_listener.py), and after the server was away the window opens its sessions anew
by itself, trying again after 1, 2, 4 … 30 s (Retry in the status bar tries at once)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop_sms.core import store
from desktop_sms.ui.team_listener import ALL_TABLES, TeamListener

if TYPE_CHECKING:
    from desktop_sms.core.store.postgres import PgConnection
    from desktop_sms.ui.error_text import Failure
    from desktop_sms.ui.main_window import MainWindow
    from desktop_sms.ui.session import Session

log = logging.getLogger(__name__)
MESSAGES = frozenset({"messages", "campaigns"})
BOOK = frozenset({"contacts", "groups", "group_members", "contact_fields"})
LONGEST_WAIT = 30  # seconds between two tries to open again


def team_of(conn: store.Connection) -> store.TeamSource | None:
    """The team database ``conn`` reads, or None for the SQLite file."""
    source = store.source_of(conn)
    return source if isinstance(source, store.TeamSource) else None


def new_session(conn: store.Connection) -> PgConnection | None:
    """Off the GUI thread (connecting may take seconds): a session to replace ``conn``'s,
    which the server dropped, listening as the lost one was (store.version)."""
    from desktop_sms.core.store import postgres

    if not isinstance(conn, postgres.PgConnection):
        return None
    fresh = postgres.connect(conn.location, conn.source.password, migrate=False,
                             application="desktop-sms window", bounded=True)
    fresh.version()
    return fresh


def swap(conn: store.Connection, fresh: PgConnection | None) -> None:
    """On the GUI thread: everything that reads through ``conn`` (the tabs' models, the
    address book) reads through ``fresh``'s session; the lost one is closed."""
    from desktop_sms.core.store import postgres

    if fresh is None or not isinstance(conn, postgres.PgConnection):
        return
    conn.raw, fresh.raw = fresh.raw, conn.raw
    fresh.close()


def _ignore(_failure: Failure) -> None:
    """A failure the session has handled already (the server is away: the status bar)."""


class TeamLink(QObject):
    def __init__(self, window: MainWindow, session: Session, source: store.TeamSource) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self._lost = False  # the server went away: the reading session is opened anew
        self._tries = 0  # since the server went away: each waits twice as long
        self._again = QTimer(self, singleShot=True)
        self._again.timeout.connect(self._reopen)
        self.listener = TeamListener(source)
        self.listener.changed.connect(self.changed)  # queued: emitted on its thread
        self.listener.lost.connect(self._check)
        self.listener.reached.connect(self._reached)
        session.open_failed.connect(self._went_away)
        session.opened.connect(self._back)
        # The window's own reads failing: the first one says so as a failed open would.
        window.problems.server_away.connect(session.went_away)
        self.listener.start()

    def stop(self) -> None:
        self._again.stop()
        self.listener.stop()

    def _went_away(self, text: str) -> None:
        """After the status bar's words (connected first): when it tries again."""
        self._lost = True
        self.window.problems.away()  # the reads through the lost session: quiet
        wait = min(LONGEST_WAIT, 2 ** self._tries)
        self._tries += 1
        self._again.start(wait * 1000)
        log.info("the team database is away: trying again in %s s", wait)
        # The countdown first: the status bar shows the start of a long reason (all of it
        # in the tooltip), and when it tries again is what changes.
        self.window.status.connection_changed(False, self.tr(
            "Trying again in {1} s: {0}").format(text, wait))

    def _reopen(self) -> None:
        if not self.session.is_open:
            self.session.retry(quiet=True)

    def _reached(self) -> None:
        """The listener reached the server again: no need to wait for the next try."""
        if self._again.isActive():
            self._again.start(0)

    def _check(self) -> None:
        """The listener's session ended: the worker's too, if the server went away; a
        read on it tells (and the session lets go) at once, not at the next poll."""
        if self.session.is_open:
            self.session.run(lambda worker: worker.outbox.last_balance(), on_error=_ignore)

    def _back(self) -> None:
        self._tries = 0
        self._again.stop()
        if not self._lost:
            self.window.problems.back()
            return
        conn = self.window.conn
        self.session.run(lambda _worker: new_session(conn), self._swapped, _ignore)

    @property
    def reading(self) -> bool:
        """The window reads through a live session (not one the server dropped)."""
        return not self._lost

    def _swapped(self, fresh: PgConnection | None) -> None:
        swap(self.window.conn, fresh)
        self._lost = False
        self.window.problems.back()
        self.changed(ALL_TABLES)  # what others did meanwhile

    def changed(self, tables: frozenset[str]) -> None:
        """Tables changed (by anyone, this workstation too): what shows them reads again."""
        from desktop_sms.ui.contacts_tab import ContactsTab
        from desktop_sms.ui.optout_dialog import OptOutDialog
        from desktop_sms.ui.templates_menu import TemplatesDialog

        window = self.window
        if tables & MESSAGES:
            self.session.messages_added.emit([])  # the Outbox and campaigns re-count
        if tables & BOOK:
            contacts = window.findChild(ContactsTab)
            if contacts is not None:
                contacts.reload()  # and Compose's names, by its changed signal
            else:
                window.compose.refresh_names()
        if "opt_outs" in tables:
            window.compose.recheck()
            for dialog in window.findChildren(OptOutDialog):
                if dialog.isVisible():
                    dialog.reload()
        if "templates" in tables:
            for templates in window.findChildren(TemplatesDialog):
                if templates.isVisible():
                    templates.reload()
