"""The status bar's sending panel: how far a send is (count, rate, time left) and Pause,
Resume, Cancel. It only shows and asks; the session does the work on the worker."""

from __future__ import annotations

import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from desktop_sms.ui.locale_text import fmt
from desktop_sms.ui.sizes import wide

RATE_AFTER = 1.0  # seconds of sending before a rate means anything


class SendProgress(QWidget):
    pause_clicked = Signal()
    resume_clicked = Signal()
    cancel_chosen = Signal(bool)  # True: cancel the rest; False: keep it queued, paused

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendProgress")
        self.bar = QProgressBar()
        self.bar.setObjectName("sendProgressBar")
        self.bar.setMinimumWidth(wide(self.bar, 150))  # "Sending 9,999/10,000" on one line
        self.bar.setMaximumWidth(wide(self.bar, 180))
        self.bar.setFormat(self.tr("Sending %v/%m"))
        self.bar.setAccessibleName(self.tr("Sending progress"))
        self.rate = QLabel()
        self.rate.setObjectName("sendRate")
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.pause_button.setObjectName("pauseSending")
        self.pause_button.setToolTip(self.tr(
            "Send no more for now: the messages on their way finish; the rest waits, also "
            "after a restart, until Resume"))
        self.resume_button = QPushButton(self.tr("&Resume"))
        self.resume_button.setObjectName("resumeSending")
        self.cancel_button = QPushButton(self.tr("Ca&ncel…"))
        self.cancel_button.setObjectName("cancelSending")
        self.cancel_button.setToolTip(self.tr("Cancel the messages not sent yet, or keep them"))
        self.cancel_box: QMessageBox | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.bar, self.rate, self.pause_button, self.resume_button,
                       self.cancel_button):
            layout.addWidget(widget)
        self.pause_button.clicked.connect(self.pause_clicked)
        self.resume_button.clicked.connect(self.resume_clicked)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.paused = False
        self.sending = False
        self._started = 0.0  # when the current drain's first progress came
        self._show()

    # --- what the session tells --------------------------------------------------------

    def show_progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.sending:  # a drain starts: no rate yet, nor the paused words
            self.sending, self._started = True, now
            self.rate.clear()
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        elapsed = now - self._started
        if done and elapsed >= RATE_AFTER and done < total:
            per_second = done / elapsed
            left = round((total - done) / per_second)
            rate = (fmt(self.tr("{0:.1f}/s"), per_second) if per_second >= 1
                    else fmt(self.tr("{0:.1f}/min"), per_second * 60))
            self.rate.setText(self.tr("{0}, {1}:{2:02d} left").format(rate, left // 60,
                                                                       left % 60))
        self.sending = done < total
        self._show()

    def drain_ended(self) -> None:
        self.sending = False
        self.rate.clear()
        self._show()

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        self._show()

    # --- asking ------------------------------------------------------------------------

    def ask_cancel(self) -> None:
        """Cancel the rest, or keep it queued (paused): the user chooses; Escape does
        neither."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel sending"), self.tr(
            "Cancel the messages not sent yet, or keep them queued? Kept messages wait, "
            "paused, until you press Resume. Messages already on their way cannot be "
            "called back."), QMessageBox.StandardButton.NoButton, self)
        cancel = box.addButton(self.tr("&Cancel them"), QMessageBox.ButtonRole.DestructiveRole)
        cancel.setObjectName("cancelRest")
        keep = box.addButton(self.tr("&Keep them queued"), QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("keepQueued")
        back = box.addButton(self.tr("Go on &sending"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(back)

        def chosen(button: QAbstractButton) -> None:
            if button in (cancel, keep):
                self.cancel_chosen.emit(button is cancel)
            self.cancel_box = None

        box.buttonClicked.connect(chosen)
        self.cancel_box = box
        box.open()

    def _show(self) -> None:
        self.bar.setVisible(self.sending)
        self.rate.setVisible(self.sending or self.paused)
        if self.paused and not self.sending:
            self.rate.setText(self.tr("Sending is paused"))
        self.pause_button.setVisible(self.sending and not self.paused)
        self.resume_button.setVisible(self.paused)
        self.cancel_button.setVisible(self.sending or self.paused)
        self.setVisible(self.sending or self.paused)
