"""The cost check before a large send: who gets it, who is left out and why, what it costs,
and the balance fetched just now. Over the balance, sending needs an explicit choice."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

SHOWN_NAMES = 200  # of those left out; the count says how many in all


class CostFigures(NamedTuple):
    recipients: int  # messages that will go out
    duplicates: int  # entries dropped because a number came twice
    opted_out: Sequence[str]  # who is skipped for being on the opt-out list
    invalid: Sequence[str]  # who is skipped for a number that cannot be sent to
    credits: int  # the exact total, every recipient's own text counted
    balance: Decimal  # fetched just before this dialog


class CostCheck(QDialog):
    def __init__(self, parent: QWidget, figures: CostFigures) -> None:
        super().__init__(parent)
        self.setObjectName("costCheck")
        self.setWindowTitle(self.tr("Check the cost"))
        after = figures.balance - figures.credits
        form = QFormLayout()
        rows = [(self.tr("Recipients:"), f"{figures.recipients:,}"),
                (self.tr("Duplicates removed:"), f"{figures.duplicates:,}"),
                (self.tr("On the opt-out list, skipped:"), f"{len(figures.opted_out):,}"),
                (self.tr("Invalid, skipped:"), f"{len(figures.invalid):,}"),
                (self.tr("Total cost:"), self.tr("{0} credits").format(f"{figures.credits:,}")),
                (self.tr("Balance now:"), self.tr("{0} credits").format(
                    f"{figures.balance.normalize():,f}")),
                (self.tr("Balance after:"), self.tr("{0} credits").format(
                    f"{after.normalize():,f}"))]
        self.values: dict[str, QLabel] = {}
        for caption, value in rows:
            label = QLabel(value)
            label.setAccessibleName(caption.rstrip(":"))
            self.values[caption] = label
            form.addRow(caption, label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        left_out = [self.tr("{0} (opted out)").format(who) for who in figures.opted_out]
        left_out += [self.tr("{0} (invalid)").format(who) for who in figures.invalid]
        if left_out:
            self.left_out = QListWidget()
            self.left_out.setObjectName("costLeftOut")
            self.left_out.setAccessibleName(self.tr("Left out"))
            self.left_out.addItems(left_out[:SHOWN_NAMES])
            if len(left_out) > SHOWN_NAMES:
                self.left_out.addItem(self.tr("… and {0} more").format(
                    f"{len(left_out) - SHOWN_NAMES:,}"))
            layout.addWidget(QLabel(self.tr("Left out:")))
            layout.addWidget(self.left_out)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(
            self.tr("&Send {0} message(s)").format(f"{figures.recipients:,}"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("costSend")
        self.over = QCheckBox(self.tr(
            "Send anyway: the gateway may refuse the messages the balance does not cover"))
        self.over.setObjectName("costOverBalance")
        if after < 0:
            warning = QLabel(self.tr("⚠ This costs {0} credits more than the balance.").format(
                f"{-after.normalize():,f}"))
            warning.setObjectName("costWarning")
            warning.setStyleSheet("color: #c0392b; font-weight: bold")
            warning.setWordWrap(True)
            layout.addWidget(warning)
            layout.addWidget(self.over)
            self.send_button.setEnabled(False)
            self.over.toggled.connect(self.send_button.setEnabled)
        else:
            self.over.hide()
            self.send_button.setDefault(True)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
