"""The cost check dialog: the figures as the plan and the fresh balance give them, and a
send over the balance only after an explicit choice."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_sms.simulator import FaultKind, GatewaySimulator
from desktop_sms.ui.cost_check import CostCheck, CostFigures
from desktop_sms.ui.main_window import MainWindow


def test_figures_and_balance_after(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = CostCheck(parent, CostFigures(1200, 3, ["+33 6 12 34 56 78"], 2400,
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
    dialog = CostCheck(parent, CostFigures(30, 0, [], 90, Decimal("40.5")))
    assert dialog.values["Balance after:"].text() == "-49.5 credits"
    assert not dialog.send_button.isEnabled()
    dialog.over.setChecked(True)
    assert dialog.send_button.isEnabled()
    dialog.over.setChecked(False)
    assert not dialog.send_button.isEnabled()


def _large_send(qtbot: QtBot, window: MainWindow, count: int) -> list[str]:
    # Connected first (the account is applied just after the first paint).
    qtbot.waitUntil(lambda: "credits" in window.balance_label.text(), timeout=5000)
    numbers = [f"+30 691 000 {i:04d}" for i in range(count)]
    tab = window.compose
    tab.recipients_edit.setText(", ".join(numbers + numbers[:2]))  # two come twice
    tab.message_edit.setPlainText("Η προσφορά ισχύει ως την Κυριακή")
    tab.recheck()
    qtbot.waitUntil(lambda: len(tab.recipients) == count, timeout=5000)
    return numbers


def test_a_large_send_shows_its_cost_with_the_balance_fetched_now(
        qtbot: QtBot, window: MainWindow, sim: GatewaySimulator) -> None:
    sim.balance = 777  # changed behind the window's back: the check must ask again
    _large_send(qtbot, window, 12)
    window.compose.send()
    qtbot.waitUntil(lambda: window.findChild(CostCheck) is not None, timeout=5000)
    dialog = window.findChild(CostCheck)
    assert dialog is not None
    shown = {caption: label.text() for caption, label in dialog.values.items()}
    assert (shown["Recipients:"], shown["Duplicates removed:"]) == ("12", "2")
    assert shown["Total cost:"] == "12 credits"  # Greek: one UCS-2 part each
    assert (shown["Balance now:"], shown["Balance after:"]) == ("777 credits", "765 credits")
    assert sim.accepted() == [] and window.compose.message_edit.toPlainText()

    dialog.reject()  # Cancel: nothing queued, the message kept to edit
    qtbot.wait(300)
    assert window.reader.count() == 0
    assert window.compose.message_edit.toPlainText() == "Η προσφορά ισχύει ως την Κυριακή"

    window.compose.send()
    qtbot.waitUntil(lambda: window.findChild(CostCheck) is not None, timeout=5000)
    checked = window.findChild(CostCheck)
    assert checked is not None
    checked.send_button.click()
    qtbot.waitUntil(lambda: len(sim.accepted()) == 12, timeout=10_000)
    assert window.compose.message_edit.toPlainText() == ""


def test_a_send_over_the_balance_waits_for_an_explicit_yes(
        qtbot: QtBot, window: MainWindow, sim: GatewaySimulator) -> None:
    sim.balance = 5
    _large_send(qtbot, window, 11)
    window.compose.send()
    qtbot.waitUntil(lambda: window.findChild(CostCheck) is not None, timeout=5000)
    dialog = window.findChild(CostCheck)
    assert dialog is not None
    assert dialog.values["Balance after:"].text() == "-6 credits"
    assert not dialog.send_button.isEnabled()
    dialog.over.setChecked(True)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: window.reader.count() == 11, timeout=10_000)


def test_a_send_to_few_recipients_goes_without_the_check(
        qtbot: QtBot, window: MainWindow, sim: GatewaySimulator) -> None:
    _large_send(qtbot, window, 10)
    window.compose.send()
    qtbot.waitUntil(lambda: len(sim.accepted()) == 10, timeout=10_000)
    assert window.findChild(CostCheck) is None


def test_compose_waits_while_the_balance_is_fetched(
        qtbot: QtBot, window: MainWindow, sim: GatewaySimulator) -> None:
    """Between Send and the answer, Compose takes no second Send (a second batch) and no
    edit (the check would send the old text); it is back once the check is closed."""
    _large_send(qtbot, window, 12)
    sim.inject("get_balance", FaultKind.DELAY, delay=0.8, times=1)
    window.compose.send()
    assert not window.compose.isEnabled()
    window.compose.send_button.click()  # a second click: refused while disabled
    qtbot.waitUntil(lambda: window.findChild(CostCheck) is not None, timeout=5000)
    assert len(window.findChildren(CostCheck)) == 1
    dialog = window.findChild(CostCheck)
    assert dialog is not None
    dialog.reject()
    qtbot.waitUntil(window.compose.isEnabled, timeout=2000)
    assert window.compose.message_edit.toPlainText() == "Η προσφορά ισχύει ως την Κυριακή"
    assert window.reader.count() == 0


def test_without_the_balance_sending_needs_an_explicit_yes(
        qtbot: QtBot, window: MainWindow, sim: GatewaySimulator) -> None:
    _large_send(qtbot, window, 12)
    sim.inject("get_balance", FaultKind.HTTP_503, times=3)
    window.compose.send()
    qtbot.waitUntil(lambda: window.findChild(CostCheck) is not None, timeout=10_000)
    dialog = window.findChild(CostCheck)
    assert dialog is not None
    assert dialog.values["Balance now:"].text().startswith("unknown: ")
    assert not dialog.send_button.isEnabled()
    dialog.over.setChecked(True)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: window.reader.count() == 12, timeout=10_000)
