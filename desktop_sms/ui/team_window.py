"""The window on a team database: what other workstations change is shown within a
second (team_listener.py), and after the server was away the window's own reading session
is opened anew when Retry has reached it again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_sms.core import store
from desktop_sms.ui.team_listener import ALL_TABLES, TeamListener

if TYPE_CHECKING:
    from desktop_sms.ui.main_window import MainWindow
    from desktop_sms.ui.session import Session

MESSAGES = frozenset({"messages", "campaigns"})
BOOK = frozenset({"contacts", "groups", "group_members", "contact_fields"})


def team_of(conn: store.Connection) -> store.TeamSource | None:
    """The team database ``conn`` reads, or None for the SQLite file."""
    source = store.source_of(conn)
    return source if isinstance(source, store.TeamSource) else None


def reopen(conn: store.Connection) -> None:
    """A new session in place of ``conn``'s, which the server dropped: everything that reads
    through ``conn`` (the tabs' models, the address book) reads through the new one."""
    from desktop_sms.core.store import postgres

    if not isinstance(conn, postgres.PgConnection):
        return
    fresh = postgres.connect(conn.location, conn.source.password, migrate=False,
                             application="desktop-sms window")
    fresh.version()  # listening, as the lost session was (store.version)
    lost, conn.raw = conn.raw, fresh.raw
    lost.close()


class TeamLink(QObject):
    def __init__(self, window: MainWindow, session: Session, source: store.TeamSource) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self._lost = False  # the server went away: the reading session is opened anew
        self.listener = TeamListener(source)
        self.listener.changed.connect(self.changed)  # queued: emitted on its thread
        session.open_failed.connect(self._went_away)
        session.opened.connect(self._back)
        # The window's own reads failing: the first one says so as a failed open would.
        window.problems.server_away.connect(session.went_away)
        self.listener.start()

    def stop(self) -> None:
        self.listener.stop()

    def _went_away(self, _text: str) -> None:
        self._lost = True

    def _back(self) -> None:
        self.window.problems.back()
        if self._lost:
            self._lost = False
            reopen(self.window.conn)
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
