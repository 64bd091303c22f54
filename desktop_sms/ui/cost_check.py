"""The cost check before a large send: who gets it, who is left out and why, what it costs,
and the balance fetched just now. Over the balance, sending needs an explicit choice."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_sms.core.plan import Code
from desktop_sms.ui.appearance import Tint, tint
from desktop_sms.ui.locale_text import number
from desktop_sms.ui.problem_text import describe, who_skipped
from desktop_sms.ui.widgets import field_name

if TYPE_CHECKING:
    from desktop_sms.core.plan import SendPlan
    from desktop_sms.ui.session import Session

SHOWN_NAMES = 200  # of those left out; the count says how many in all


class CostFigures(NamedTuple):
    recipients: int  # messages that will go out
    duplicates: int  # entries dropped because a number came twice
    # Who is skipped for being on the opt-out list. (Invalid entries never get here: they
    # refuse the send before it is asked for.)
    opted_out: Sequence[str]
    credits: int  # the exact total, every recipient's own text counted
    balance: Decimal | None  # fetched just before this dialog; None: it could not be
    unknown_why: str = ""  # why the balance could not be fetched


def check_cost(parent: QWidget, session: Session, plan: SendPlan,
               send: Callable[[], None], ended: Callable[[], None]) -> None:
    """Fetch the balance on the worker, then show the cost check; ``send`` if the user
    agrees, then ``ended`` however it ended. Without the balance (offline), the check
    says why, and sending needs an explicit yes."""
    def figures(balance: Decimal | None, why: str = "") -> CostFigures:
        return CostFigures(len(plan.sendable), plan.duplicates,
                           [who_skipped(p) for p in plan.skipped], plan.credits, balance, why)

    def show(found: CostFigures) -> None:
        dialog = CostCheck(parent, found)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(send)
        dialog.finished.connect(ended)
        dialog.open()

    session.run(lambda worker: worker.fetch_balance(), lambda b: show(figures(b)),
                lambda failure: show(figures(None, failure.text)))


def over_balance_agreed(parent: QWidget, plan: SendPlan) -> bool:
    """A small send over the balance (no cost check): sent only with a yes."""
    warning = next(w for w in plan.warnings if w.code is Code.NOT_ENOUGH_CREDIT)
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("CostCheck", "Not enough credit"),
        describe(warning) + " " + QCoreApplication.translate(
            "CostCheck", "Messages beyond the balance will be refused by the gateway. "
            "Send anyway?"))
    return answer == QMessageBox.StandardButton.Yes


class CostCheck(QDialog):
    def __init__(self, parent: QWidget, figures: CostFigures) -> None:
        super().__init__(parent)
        self.setObjectName("costCheck")
        self.setWindowTitle(self.tr("Check the cost"))
        after = None if figures.balance is None else figures.balance - figures.credits
        form = QFormLayout()
        rows = [(self.tr("Recipients:"), number(figures.recipients)),
                (self.tr("Duplicates removed:"), number(figures.duplicates)),
                (self.tr("On the opt-out list, skipped:"), number(len(figures.opted_out))),
                (self.tr("Total cost:"), self.tr("{0} credits").format(number(figures.credits))),
                (self.tr("Balance now:"), self.tr("unknown: {0}").format(figures.unknown_why)
                 if figures.balance is None else self.tr("{0} credits").format(
                    number(figures.balance.normalize()))),
                (self.tr("Balance after:"), "—" if after is None else self.tr(
                    "{0} credits").format(number(after.normalize())))]
        self.values: dict[str, QLabel] = {}
        for caption, value in rows:
            label = QLabel(value)
            label.setWordWrap(True)
            label.setAccessibleName(field_name(caption))
            self.values[caption] = label
            form.addRow(caption, label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        left_out = [self.tr("{0} (opted out)").format(who) for who in figures.opted_out]
        if left_out:
            self.left_out = QListWidget()
            self.left_out.setObjectName("costLeftOut")
            self.left_out.setAccessibleName(self.tr("Left out"))
            self.left_out.addItems(left_out[:SHOWN_NAMES])
            if len(left_out) > SHOWN_NAMES:
                self.left_out.addItem(self.tr("… and {0} more").format(
                    number(len(left_out) - SHOWN_NAMES)))
            layout.addWidget(QLabel(self.tr("Left out:")))
            layout.addWidget(self.left_out)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(
            self.tr("&Send %Ln message(s)", "", figures.recipients),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("costSend")
        self.over = QCheckBox(self.tr(
            "Send anyway: the gateway may refuse the messages the balance does not cover"))
        self.over.setObjectName("costOverBalance")
        if after is None or after < 0:
            warning = QLabel(self.tr(
                "⚠ The balance is not known, so this send may cost more than it.")
                if after is None else self.tr(
                "⚠ This costs {0} credits more than the balance.").format(
                number(-after.normalize())))
            warning.setObjectName("costWarning")
            tint(warning, Tint.ERROR, "font-weight: bold")
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
