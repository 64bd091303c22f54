"""Compose tab driven through its real widgets against the simulator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_sms.core import store
from desktop_sms.core.optout import OptOutList
from desktop_sms.core.states import State
from desktop_sms.simulator import GatewaySimulator
from desktop_sms.ui.main_window import MainWindow


def type_into(qtbot: QtBot, widget: object, text: str) -> None:
    qtbot.keyClicks(widget, text)


def compose(qtbot: QtBot, window: MainWindow, recipients: str, text: str) -> None:
    tab = window.compose
    window.tabs.setCurrentWidget(tab)
    # Pasted, not typed: typing a name opens the completion popup, which the offscreen
    # platform cannot raise (a Qt warning); completion has its own test below.
    tab.recipients_edit.setText(recipients)
    tab.message_edit.clear()
    type_into(qtbot, tab.message_edit, text)
    qtbot.waitUntil(lambda: len(tab.recipients) > 0, timeout=2000)


def test_send_to_number_contact_and_group(qtbot: QtBot, window: MainWindow,
                                          sim: GatewaySimulator) -> None:
    compose(qtbot, window, "+44 7911 123456, Claire Dubois, team", "Hello from the test")
    tab = window.compose
    qtbot.waitUntil(lambda: tab.send_button.isEnabled(), timeout=2000)
    assert "4 recipients × 1 part = 4 credits" in tab.cost_label.text()
    qtbot.keyClick(tab.message_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(sim.accepted()) == 4, timeout=5000)
    assert sorted(a.mobile_number for a in sim.accepted()) == [
        "306912345671", "306944123456", "33612345678", "447911123456"]
    assert {a.originator for a in sim.accepted()} == {"Shop"}
    assert tab.message_edit.toPlainText() == ""  # cleared once queued
    assert window.tabs.currentWidget() is window.outbox


def test_duplicates_are_removed(qtbot: QtBot, window: MainWindow) -> None:
    compose(qtbot, window, "Team, Eleni Papadopoulou, 6912345671", "x")
    qtbot.waitUntil(lambda: window.compose.recipient_model.rowCount() == 2, timeout=2000)


def test_invalid_recipient_blocks_send_with_reason(qtbot: QtBot, window: MainWindow,
                                                   sim: GatewaySimulator) -> None:
    compose(qtbot, window, "+30 691 234 5678, 12345", "Hello")
    tab = window.compose
    qtbot.waitUntil(lambda: tab.recipient_model.rowCount() == 2, timeout=2000)
    assert not tab.send_button.isEnabled()
    assert "12345" in tab.reason_label.text() and "too few digits" in tab.reason_label.text()
    assert tab.recipient_model.label(1).startswith("✖")
    tab.send()  # Ctrl+Enter path: still refused
    assert sim.request_count("send_sms") == 0
    assert window.reader.count() == 0


def test_oversize_sender_blocks_send_with_reason(qtbot: QtBot, window: MainWindow) -> None:
    compose(qtbot, window, "+30 691 234 5678", "Hello")
    tab = window.compose
    tab.sender_edit.clear()
    type_into(qtbot, tab.sender_edit, "MuchTooLongSender")
    assert not tab.send_button.isEnabled()
    assert "limit is 11" in tab.sender_error.text()
    assert "sender ID" in tab.reason_label.text()
    tab.sender_edit.clear()
    type_into(qtbot, tab.sender_edit, "Shop2")
    assert tab.send_button.isEnabled() and tab.reason_label.text() == ""


@pytest.mark.parametrize(("text", "expected"), [
    ("a" * 161, "161 characters · 2 parts · GSM-7 · 145 left in this part"),
    ("Καλημέρα", "8 characters · 1 part · UCS-2 · 62 left in this part"),
    ("Hi 😀", "5 characters · 1 part · UCS-2 · 65 left in this part"),
    ("{{€}}", "6 characters · 1 part · GSM-7 · 154 left in this part"),  # sent as {€}
])
def test_counter(qtbot: QtBot, window: MainWindow, text: str, expected: str) -> None:
    tab = window.compose
    tab.message_edit.setPlainText(text)
    assert tab.counter_label.text() == expected
    assert tab.ucs2_label.isVisibleTo(tab) is ("UCS-2" in expected)


def test_greek_counter_lists_forcing_characters(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.compose
    tab.message_edit.setPlainText("ΔΦΓ ok ά")
    assert "GSM" not in tab.counter_label.text()
    assert tab.ucs2_label.text().endswith("ά")  # capitals are GSM-7; only ά forces UCS-2


def test_cost_over_balance_asks_first(qtbot: QtBot, window: MainWindow, sim: GatewaySimulator,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from decimal import Decimal

    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def refuse(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    qtbot.waitUntil(lambda: window.compose.balance is not None, timeout=3000)
    window.compose.set_balance(Decimal(1))
    compose(qtbot, window, "Team", "x" * 200)  # 2 recipients × 2 parts = 4 > 1
    window.compose.send_button.click()
    assert asked and "needs 4 credits" in asked[0]
    assert window.reader.count(State.QUEUED) == 0 and sim.request_count("send_sms") == 0


def test_completion_offers_contacts_and_groups(window: MainWindow) -> None:
    completer = window.compose.recipients_edit.completer()
    completer.setCompletionPrefix("ea")
    offered = {completer.completionModel().index(i, 0).data()
               for i in range(completer.completionCount())}
    assert offered == {"Team"}
    completer.setCompletionPrefix("eleni")
    assert completer.currentCompletion() == "Eleni Papadopoulou"
    window.compose.recipients_edit.setText("+30 694 412 3456, Ele")
    window.compose.recipients_edit._insert_completion("Eleni Papadopoulou")
    assert window.compose.recipients_edit.tokens() == ["+30 694 412 3456", "Eleni Papadopoulou"]


def test_recipient_list_roles_are_qts() -> None:
    # The model names Qt's roles by number (no enum at import, for start-up time).
    from desktop_sms.ui import recipients_edit

    assert recipients_edit._DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole.value
    assert recipients_edit._FOREGROUND_ROLE == Qt.ItemDataRole.ForegroundRole.value


def test_merge_fields_are_counted_and_previewed_per_recipient(
        qtbot: QtBot, window: MainWindow, sim: GatewaySimulator) -> None:
    from PySide6.QtWidgets import QMenu

    from desktop_sms.core import text as sms_text

    tab = window.compose
    tab.book.add("Άννα Κομνηνή", "+306912345699", groups=("Team",),
                 fields={"Πόλη": "Θεσσαλονίκη"})
    tab.refresh_names()
    window.tabs.setCurrentWidget(tab)
    tab.recipients_edit.setText("Team, +44 7911 123456")
    tab.message_edit.setFocus()
    type_into(qtbot, tab.message_edit, "Hi ")
    assert not tab.preview.isVisibleTo(tab)  # no merge field yet: no preview
    # The field comes from the menu, as a keyboard user inserts it.
    tab.field_button.menu().aboutToShow.emit()
    actions = {a.objectName(): a for a in tab.field_button.menu().actions()}
    assert {"field:first_name", "field:number", "field:Πόλη"} <= set(actions)
    actions["field:first_name"].trigger()
    assert tab.message_edit.toPlainText() == "Hi {first_name}"
    assert isinstance(tab.field_button.menu(), QMenu)
    # Greek cannot be key-clicked (QTest knows ASCII keys): it is typed as a paste.
    tab.message_edit.insertPlainText(", see you in {Πόλη|town}. " + "x" * 110)
    qtbot.waitUntil(lambda: len(tab.recipients) == 4, timeout=2000)

    plan = tab.plan()
    texts = [m.text for m in plan.messages()]
    parts = [sms_text.count(t).parts for t in texts]
    assert min(parts) == 1 and max(parts) == 3  # Greek makes Άννα's text Unicode
    assert tab.counter_label.text() == "Merged per recipient: 1–3 parts · GSM-7 / UCS-2"
    assert f"4 recipients × 1–3 parts = {sum(parts)} credits" in tab.cost_label.text()
    assert "1 recipient has no first_name (+44 7911 123456)" in tab.notes_label.text()

    preview = tab.preview
    assert preview.isVisibleTo(tab) and preview.combo.count() == 4
    assert preview.text.toPlainText() == texts[0]
    preview.combo.setFocus()
    qtbot.keyClick(preview.combo, Qt.Key.Key_Down)  # the keyboard walks the recipients
    assert preview.combo.currentIndex() == 1
    assert preview.text.toPlainText() == texts[1]
    anna = next(i for i, r in enumerate(plan.sendable) if r.name == "Άννα Κομνηνή")
    preview.combo.setCurrentIndex(anna)
    assert preview.text.toPlainText().startswith("Hi Άννα, see you in Θεσσαλονίκη. xx")
    assert preview.count_label.text().endswith("3 parts · UCS-2")
    type_into(qtbot, tab.message_edit, "!")  # the preview follows the typing
    assert preview.text.toPlainText().endswith("x!")

    tab.send()
    qtbot.waitUntil(lambda: len(sim.accepted()) == 4, timeout=5000)
    got = {a.mobile_number: a.text for a in sim.accepted()}
    assert got["306912345671"].startswith("Hi Eleni, see you in town. xx")
    assert got["306912345699"].startswith("Hi Άννα, see you in Θεσσαλονίκη. xx")
    assert got["447911123456"].startswith("Hi , see you in town. xx")


def test_an_unknown_placeholder_blocks_send(qtbot: QtBot, window: MainWindow) -> None:
    compose(qtbot, window, "Team", "Hi {frist_name}")
    tab = window.compose
    assert not tab.send_button.isEnabled()
    assert "There is no field called “frist_name”" in tab.reason_label.text()


def test_opted_out_recipients_are_skipped_and_named(qtbot: QtBot, window: MainWindow,
                                                    sim: GatewaySimulator) -> None:
    tab = window.compose
    with store.connect(store.database_path(window.folder)) as other:  # as the CLI would
        OptOutList(other).add(["+306944123456", "+447911123456"], "asked by phone")
    other.close()
    compose(qtbot, window, "Team, +44 7911 123456", "Hello")
    qtbot.waitUntil(lambda: len(tab.recipients) == 3, timeout=2000)
    assert "1 recipient × 1 part = 1 credit" in tab.cost_label.text()
    assert tab.notes_label.text() == (
        "2 recipients on the opt-out list will be skipped: Nikos Georgiou "
        "(+30 694 412 3456), +44 7911 123456")
    assert tab.recipient_model.label(1) == (
        "⊘  Nikos Georgiou — +30 694 412 3456: on the opt-out list, not sent")
    tab.send()
    qtbot.waitUntil(lambda: len(sim.accepted()) == 1, timeout=5000)
    assert sim.accepted()[0].mobile_number == "306912345671"
