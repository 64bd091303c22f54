"""The cost check dialog: the figures as the plan and the fresh balance give them, and a
send over the balance only after an explicit choice."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_sms.ui.cost_check import CostCheck, CostFigures


def test_figures_and_balance_after(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = CostCheck(parent, CostFigures(1200, 3, ["+33 6 12 34 56 78"], [], 2400,
                                           Decimal("5000")))
    shown = {caption: label.text() for caption, label in dialog.values.items()}
    assert shown["Recipients:"] == "1,200"
    assert shown["Duplicates removed:"] == "3"
    assert shown["On the opt-out list, skipped:"] == "1"
    assert shown["Total cost:"] == "2,400 credits"
    assert shown["Balance after:"] == "2,600 credits"
    assert dialog.send_button.isEnabled() and not dialog.over.isVisibleTo(dialog)
    assert dialog.left_out.item(0).text() == "+33 6 12 34 56 78 (opted out)"


def test_over_the_balance_needs_an_explicit_choice(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = CostCheck(parent, CostFigures(30, 0, [], ["12345"], 90, Decimal("40.5")))
    assert dialog.values["Balance after:"].text() == "-49.5 credits"
    assert not dialog.send_button.isEnabled()
    dialog.over.setChecked(True)
    assert dialog.send_button.isEnabled()
    dialog.over.setChecked(False)
    assert not dialog.send_button.isEnabled()
