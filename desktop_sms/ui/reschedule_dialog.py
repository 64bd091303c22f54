"""A new time for scheduled messages: a local date and time, checked before it is taken
(a time the clocks skip, or a past one, is said here and the dialog stays open)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_sms.core.sending.schedule import SendAt
from desktop_sms.ui.send_at import Clock, show_verdict, time_edit, verdict


class RescheduleDialog(QDialog):
    """Calls ``on_chosen`` with the UTC instant picked, when it is one that can be."""

    def __init__(self, parent: QWidget, count: int, clock: Clock,
                 on_chosen: Callable[[float], None]) -> None:
        super().__init__(parent)
        self.setObjectName("rescheduleDialog")
        self.setWindowTitle(self.tr("Reschedule"))
        self.clock = clock
        self._on_chosen = on_chosen
        self.edit = time_edit(clock)
        label = QLabel(self.tr("&New time for %Ln scheduled message(s), local time:", "",
                               count))
        label.setBuddy(self.edit)
        self.problem = QLabel()
        self.problem.setObjectName("rescheduleProblem")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Reschedule"))
        ok.setObjectName("rescheduleOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.edit.setFocus()
        self.edit.dateTimeChanged.connect(lambda _when: self._check())
        self._check()

    def _check(self) -> SendAt | None:
        send_at, text = verdict(self.edit, self.clock())
        show_verdict(self.problem, send_at, text)
        return send_at

    def accept(self) -> None:
        send_at = self._check()
        if send_at is None:
            self.edit.setFocus()
            return
        super().accept()
        self._on_chosen(send_at.instant)
