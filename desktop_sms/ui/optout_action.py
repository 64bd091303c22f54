"""'Add to opt-out list…' in a table's context menu (the Contacts tab's contacts, the
Outbox's messages): the chosen rows' numbers go on the list once the user confirms, and
the window says how many were new.

    self.optout_action = OptOutAction(self.view, session, self.selected_ids, Rows.MESSAGES)
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMessageBox

from desktop_sms.core.optout import Added, OptOutList
from desktop_sms.ui.widgets import tell_later

if TYPE_CHECKING:
    from desktop_sms.ui.error_text import Failure
    from desktop_sms.ui.session import Session
    from desktop_sms.ui.worker import GatewayWorker


class Rows(Enum):
    CONTACTS = "contacts"  # ids of contacts: their numbers
    MESSAGES = "messages"  # ids of outbox messages: their recipients


class OptOutAction(QAction):
    def __init__(self, view: QAbstractItemView, session: Session,
                 chosen: Callable[[], list[int]], rows: Rows) -> None:
        super().__init__(self.tr("Add to &opt-out list…"), view)
        self.setObjectName("addToOptOut")
        self.view, self.session, self.chosen, self.rows = view, session, chosen, rows
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addAction(self)
        self.triggered.connect(self.ask)

    def ask(self) -> None:
        ids = self.chosen()
        if not ids:
            return
        if self.rows is Rows.CONTACTS:
            question = self.tr("Add the numbers of %Ln selected contact(s) to the opt-out "
                               "list?", "", len(ids))
        else:
            question = self.tr("Add the recipients of %Ln selected message(s) to the "
                               "opt-out list?", "", len(ids))
        if QMessageBox.question(self.view, self.tr("Opt-out list"), question + "\n\n" + self.tr(
                "No message is sent to a number on the list, from the window or the command "
                "line, until it is taken off (File → Opt-out list…).")
        ) == QMessageBox.StandardButton.Yes:
            self.add(ids)

    def add(self, ids: list[int]) -> None:
        """Put the numbers of the rows ``ids`` on the list, on the worker."""
        contacts = self.rows is Rows.CONTACTS
        source = self.tr("from Contacts") if contacts else self.tr("from the Outbox")

        def task(worker: GatewayWorker) -> Added:
            opt_outs = OptOutList(worker.book.conn)
            return (opt_outs.add_contacts(ids, source) if contacts
                    else opt_outs.add_recipients(ids, source))

        self.session.run(task, self._added, self._failed)

    def _added(self, added: Added) -> None:
        text = self.tr("%Ln number(s) added to the opt-out list.", "", added.added)
        if added.numbers > added.added:
            text += " " + self.tr("%Ln were on it already.", "", added.numbers - added.added)
        tell_later(self.view, self.tr("Opt-out list"), text)

    def _failed(self, failure: Failure) -> None:
        if failure.needs_telling:
            tell_later(self.view, self.tr("Opt-out list"), failure.text, warning=True)
