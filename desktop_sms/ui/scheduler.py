"""Scheduled messages go out when due while the window runs: one single-shot timer set for
the next due time (re-armed after each change this window makes), and a look at each poll.
The release runs on the worker; then the session drains.

Messages due more than an hour ago (the program was not running, or the computer slept)
are not sent without asking: the window asks once — Send now, Reschedule, or Cancel them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from desktop_sms.core.sending.schedule import Due, Release, Schedule
from desktop_sms.ui.reschedule_dialog import RescheduleDialog
from desktop_sms.ui.send_at import when_text

if TYPE_CHECKING:
    from desktop_sms.ui.error_text import Failure
    from desktop_sms.ui.session import Session
    from desktop_sms.ui.worker import GatewayWorker

# The longest the timer waits before looking again: a computer that slept may not count
# the time it slept, and another process may have scheduled meanwhile.
LONGEST_WAIT_MS = 15 * 60 * 1000


class Looked(NamedTuple):
    release: Release
    next_at: float | None  # the next scheduled time after now


def _release_due(worker: GatewayWorker, now: float) -> Looked:
    if not worker.is_sender:  # another window or command sends from this folder
        return Looked(Release([], []), None)
    plans = Schedule(worker.outbox.conn)
    return Looked(plans.release_due(now), plans.next_send_at(now))


class Scheduler(QObject):
    def __init__(self, window: QWidget, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.look)
        self.question: QMessageBox | None = None
        self._asked: set[int] = set()  # held ids already asked about: once per run
        session.opened.connect(self.look)  # at start-up: what fell due while closed
        session.polling.connect(self.look)
        # Messages this window queued: maybe a new schedule. Not [] (rows went away, or
        # another workstation changed some: their windows release their own, and a look
        # at each such notice on a team database used to set off the next one).
        session.messages_added.connect(lambda ids: self.look() if ids else None)

    def look(self) -> None:
        """Release what is due, on the worker; then send it and set the timer."""
        if not self.session.is_open:
            return
        clock = self.session.clock
        self.session.run(lambda w: _release_due(w, clock()), self._looked, self._failed)

    def _failed(self, failure: Failure) -> None:
        # In the status bar, not a dialog: it is looked at again at every poll.
        self.session.connection_changed.emit(False, failure.text)

    def _looked(self, looked: Looked) -> None:
        released = [due.id for due in looked.release.released]
        if released:
            self.session.messages_changed.emit(released)
            self.session.drain()
        if looked.next_at is None:
            self.timer.stop()
        else:
            wait = (looked.next_at - self.session.clock()) * 1000
            self.timer.start(int(min(max(wait, 0), LONGEST_WAIT_MS)) + 1)
        held = looked.release.held
        if self.question is None and {due.id for due in held} - self._asked:
            self._ask(held)

    # --- the long overdue --------------------------------------------------------------

    def _ask(self, held: list[Due]) -> None:
        self._asked.update(due.id for due in held)
        ids = [due.id for due in held]
        first, last = held[0].send_at, held[-1].send_at  # in time order
        now = self.session.clock()
        due = (self.tr("at {0}").format(when_text(first, now)) if first == last
               else self.tr("from {0} to {1}").format(when_text(first, now),
                                                      when_text(last, now)))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Scheduled messages overdue"),
                          self.tr("%Ln scheduled message(s) were due {0}, more than an hour "
                                  "ago: desktop-sms was not running, or the computer was "
                                  "asleep. Send them now?", "", len(held)).format(due),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("overdueQuestion")
        send = box.addButton(self.tr("&Send now"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("&Reschedule…"), QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(self.tr("&Cancel them"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Decide later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(send)
        box.setEscapeButton(keep)  # they stay scheduled; asked again at the next start
        actions: dict[QAbstractButton, Callable[[], None]] = {
            send: lambda: self._send_now(ids), later: lambda: self.ask_new_time(ids),
            cancel: lambda: self.session.cancel(ids)}

        def answered() -> None:
            self.question = None
            action = actions.get(box.clickedButton())
            if action is not None:
                action()
            box.deleteLater()

        box.finished.connect(answered)
        self.question = box
        box.open()

    def _send_now(self, ids: list[int]) -> None:
        def queued(released: list[int]) -> None:
            self.session.messages_changed.emit(released)
            self.session.drain()

        self.session.run(lambda w: Schedule(w.outbox.conn).send_now(ids), queued)

    # --- a new time -------------------------------------------------------------------------

    def ask_new_time(self, ids: list[int]) -> None:
        """The reschedule dialog for ``ids``; the new time is set on the worker."""
        if not ids:
            return

        def chosen(send_at: float) -> None:
            self.session.run(lambda w: Schedule(w.outbox.conn).reschedule(ids, send_at),
                             self._rescheduled)

        dialog = RescheduleDialog(self.window, len(ids), self.session.clock, chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _rescheduled(self, ids: list[int]) -> None:
        self.session.messages_changed.emit(ids)
        self.look()  # the next due time may have moved
