"""The status bar's words: the connection (with Retry and Settings after a failed open),
when the statuses were last updated, and the balance, numbers and times in the window's
language."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar

from desktop_sms.ui.appearance import Tint, tint
from desktop_sms.ui.locale_text import clock, number


class StatusLine(QObject):
    def __init__(self, bar: QStatusBar, retry: Callable[[], None],
                 open_settings: Callable[[], object]) -> None:
        super().__init__(bar)
        self.bar = bar
        self._retry, self._open_settings = retry, open_settings
        self.balance_label = QLabel(self.tr("Balance: —"))
        self.balance_label.setObjectName("balanceLabel")
        self.balance_label.setAccessibleName(self.tr("Balance"))
        self.connection_label = QLabel(self.tr("Connecting…"))
        self.connection_label.setObjectName("connectionLabel")
        self.connection_label.setAccessibleName(self.tr("Connection"))
        self.refresh_label = QLabel()
        self.refresh_label.setObjectName("refreshLabel")
        self.refresh_label.setAccessibleName(self.tr("Statuses updated"))
        bar.setAccessibleName(self.tr("Status bar"))
        self._open_buttons: list[QPushButton] = []  # Retry, Settings: after a failed open

    def open_failed(self, text: str) -> None:
        self.connection_changed(False, text)
        if not self._open_buttons:  # built on the first failure: none at start-up
            retry = QPushButton(self.tr("Retr&y"))
            retry.setObjectName("retryButton")
            retry.clicked.connect(self.retry)
            settings = QPushButton(self.tr("Settings…"))
            settings.clicked.connect(self._open_settings)
            self._open_buttons = [retry, settings]
            for button in self._open_buttons:  # beside the words saying what failed
                self.bar.addWidget(button)
        for button in self._open_buttons:
            button.show()

    def retry(self) -> None:
        self.connection_label.setText(self.tr("Connecting…"))
        tint(self.connection_label, None)
        self._retry()

    def opened(self) -> None:
        for button in self._open_buttons:
            button.hide()

    def balance_changed(self, balance: Decimal) -> None:
        self.balance_label.setText(self.tr("Balance: {0} credits").format(
            number(balance.normalize())))

    def connection_changed(self, ok: bool, text: str) -> None:
        self.connection_label.setText(("● " if ok else "▲ ") + text)
        tint(self.connection_label, None if ok else Tint.ERROR)
        self.connection_label.setToolTip(text)

    def statuses_polled(self, when: float) -> None:
        self.refresh_label.setText(self.tr("Updated {0}").format(clock(when)))
