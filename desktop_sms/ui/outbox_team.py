"""Who did what, in a team's Outbox: filters by the workstation and by the user that queued
the messages, shown only once more than one of either has (a single user's Outbox stays as
it was). The lists are read on the worker: finding them scans the messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox

from desktop_sms.core.outbox.history import History

if TYPE_CHECKING:
    from desktop_sms.ui.session import Session
    from desktop_sms.ui.worker import GatewayWorker

REREAD_MS = 1000  # after messages were queued: at most once a second


def _queued_from(worker: GatewayWorker) -> tuple[list[str], list[str]]:
    return History(worker.outbox.conn).queued_from()


class QueuedFromFilter(QObject):
    chosen = Signal(object, object)  # workstation | None, user | None

    def __init__(self, session: Session) -> None:
        super().__init__(session)  # its timer stops and goes with the session's window
        self.session = session
        self.workstation_box = self._box("workstationFilter", self.tr("Queued on workstation"),
                                         self.tr("All workstations"))
        self.user_box = self._box("userFilter", self.tr("Queued by user"),
                                  self.tr("All users"))
        self.team = False  # more than one workstation or user queued: the boxes show
        self._timer = QTimer(self, singleShot=True, interval=REREAD_MS)
        self._timer.timeout.connect(self.reread)
        if session.worker.team is None:  # the computer's own file: one workstation
            return
        session.messages_added.connect(lambda _ids: self._timer.start())
        session.opened.connect(self.reread)
        self.reread()

    def _box(self, name: str, accessible: str, everyone: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.addItem(everyone, None)
        box.hide()
        box.currentIndexChanged.connect(self._changed)
        return box

    def reread(self) -> None:
        if not self._timer.isActive():
            self.session.run(_queued_from, self._show, lambda _failure: None)

    def _show(self, found: tuple[list[str], list[str]]) -> None:
        before = self.choice()
        self.team = any(len(names) > 1 for names in found)
        for box, names in zip((self.workstation_box, self.user_box), found, strict=True):
            current = box.currentData()
            box.blockSignals(True)  # refilled: the choice is kept if it is still there
            while box.count() > 1:
                box.removeItem(1)
            for name in names:
                box.addItem(name, name)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)
            box.setVisible(self.team)
        if self.choice() != before:
            self._changed()

    def choice(self) -> tuple[str | None, str | None]:
        return self.workstation_box.currentData(), self.user_box.currentData()

    def _changed(self) -> None:
        self.chosen.emit(*self.choice())
