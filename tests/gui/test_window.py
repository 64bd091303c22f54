"""The main window: live outbox via the timer, errors, quitting mid-send."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_sms import app
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.states import State
from desktop_sms.simulator import FaultKind, GatewaySimulator
from desktop_sms.ui.appearance import LIGHT
from desktop_sms.ui.main_window import MainWindow
from desktop_sms.ui.models import OutboxModel


def shown_states(window: MainWindow) -> list[str]:
    model = window.outbox.model
    return [model.data(model.index(row, 4), OutboxModel.STATE_ROLE)
            for row in range(model.rowCount())]


def test_outbox_reaches_delivered_and_failed_via_the_timer(
    qtbot: QtBot, window: MainWindow, sim: GatewaySimulator
) -> None:
    window.session.enqueue([NewMessage("+306912345678", "ok"), NewMessage("+306912345670", "bad")])
    qtbot.waitUntil(lambda: sorted(shown_states(window)) == ["delivered", "failed"],
                    timeout=8000)
    assert window.balance_label.text() == "Balance: 998 credits"
    assert window.refresh_label.text().startswith("Updated ")
    view = window.outbox.view
    view.selectRow(0)  # newest first: the failed one
    assert "failed" in window.outbox.details.toPlainText()
    assert "could not be delivered" in window.outbox.details.toPlainText()
    assert window.outbox.again_button.isEnabled()
    assert not window.outbox.cancel_button.isEnabled()
    view.selectRow(1)
    assert not window.outbox.again_button.isEnabled()


def test_the_view_gets_every_role_in_one_call_and_the_same_answers(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.session.enqueue([NewMessage("+306912345678", "ok"), NewMessage("+306912345670", "bad")])
    qtbot.waitUntil(lambda: sorted(shown_states(window)) == ["delivered", "failed"],
                    timeout=8000)
    model = window.outbox.model
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
             Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole]
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in roles:
                cell = QModelRoleData(role.value)
                model.multiData(index, QModelRoleDataSpan(cell))
                assert cell.data() == model.data(index, role.value), (row, column, role)
    failed = model.index(0, 4)  # newest first
    assert model.data(failed, Qt.ItemDataRole.DisplayRole.value) == "failed"
    assert model.data(failed, Qt.ItemDataRole.ForegroundRole.value).color().name() == (
        LIGHT.states[State.FAILED])
    assert "could not be delivered" in model.data(model.index(0, 6),
                                                  Qt.ItemDataRole.ToolTipRole.value)


def test_401_shows_a_clear_message_and_loses_nothing(
    qtbot: QtBot, window: MainWindow, sim: GatewaySimulator
) -> None:
    sim.inject("send_sms", FaultKind.HTTP_401)
    window.session.enqueue([NewMessage("+306912345678", "kept")])
    qtbot.waitUntil(lambda: "refused the username or password" in
                    window.connection_label.text(), timeout=5000)
    assert window.reader.count(State.QUEUED) == 1  # nothing lost
    assert shown_states(window) == ["queued"]
    assert sim.accepted() == []
    # The next poll retries the queue once the gateway accepts us again.
    sim.clear_faults()
    qtbot.waitUntil(lambda: shown_states(window) == ["delivered"], timeout=8000)
    assert len(sim.accepted()) == 1


def test_closing_during_bulk_send_stops_the_thread_and_keeps_the_rest(
    qtbot: QtBot, window: MainWindow, sim: GatewaySimulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    sim.latency = 0.02
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.session.enqueue([NewMessage("+306912345678", f"bulk {i}") for i in range(200)])
    qtbot.waitUntil(lambda: len(sim.accepted()) >= 5, timeout=5000)
    window.close()
    assert not window.session.worker_thread.thread.isRunning()
    sent = len(sim.accepted())
    assert sent < 200
    states = [m.state for m in window.reader.messages()]
    assert states.count(State.QUEUED) == 200 - states.count(State.ACCEPTED) \
        - states.count(State.SENT) - states.count(State.DELIVERED)
    assert State.SENDING not in states and State.QUEUED in states
    assert sent == 200 - states.count(State.QUEUED)  # each accepted one is recorded


def test_settings_dialog_test_connection_reports_bad_password(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("wrong")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "refused the username or password" in dialog.test_result.text(),
                    timeout=5000)
    dialog.password_edit.clear()
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith("Connected"), timeout=5000)
    dialog.reject()


def test_send_to_selected_contacts_fills_compose(qtbot: QtBot, window: MainWindow) -> None:
    contacts = window.contacts
    window.tabs.setCurrentWidget(contacts)
    contacts.view.selectRow(0)
    contacts.send_button.click()
    assert window.tabs.currentWidget() is window.compose
    assert window.compose.recipients_edit.text() == "+33612345678"  # Claire, sorted first


def test_widgets_have_object_and_accessible_names(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QWidget

    # Contacts and Outbox are built just after the first paint.
    qtbot.waitUntil(lambda: window.findChild(QWidget, "outboxTab") is not None, timeout=2000)
    assert [window.tabs.tabText(i) for i in range(3)] == ["&Compose", "C&ontacts", "O&utbox"]
    for name in ("composeTab", "contactsTab", "outboxTab", "recipientsEdit", "messageEdit",
                 "senderEdit", "sendButton", "counterLabel", "balanceLabel", "outboxView",
                 "contactsView"):
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName() or name.endswith("Tab"), name


def test_demo_quit_when_ready(qtbot: QtBot, tmp_path: object) -> None:
    assert app.main(["--demo", "--data-dir", str(tmp_path), "--quit-when-ready"]) == 0


def test_password_is_in_no_file_after_a_gui_session(
    qtbot: QtBot, window: MainWindow, sim: GatewaySimulator
) -> None:
    from tests.conftest import SENTINEL_PASSWORD

    window.session.enqueue([NewMessage("+306912345678", "secret check")])
    qtbot.waitUntil(lambda: shown_states(window) == ["delivered"], timeout=8000)
    window.shutdown()
    for path in (p for p in window.folder.rglob("*") if p.is_file()):
        assert SENTINEL_PASSWORD.encode() not in path.read_bytes(), path


# Failed 3 times in 10 runs of tests/gui with 3 workers on 2 cores (a row's buttons or a
# delete that did not follow): a race to find, not to hide; alone it has not failed.
@pytest.mark.alone
def test_cancel_queued_then_send_again_then_delete(
    qtbot: QtBot, window: MainWindow, sim: GatewaySimulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    sim.inject("send_sms", FaultKind.HTTP_401)  # keeps the message queued
    window.session.enqueue([NewMessage("+306912345678", "to cancel")])
    qtbot.waitUntil(lambda: "refused" in window.connection_label.text(), timeout=5000)
    tab = window.outbox
    window.tabs.setCurrentWidget(tab)
    tab.view.selectRow(0)
    assert tab.cancel_button.isEnabled()
    tab.cancel_button.click()
    qtbot.waitUntil(lambda: shown_states(window) == ["cancelled"], timeout=3000)
    tab.view.selectRow(0)
    assert tab.again_button.isEnabled() and not tab.cancel_button.isEnabled()
    sim.clear_faults()
    tab.again_button.click()
    qtbot.waitUntil(lambda: shown_states(window) == ["delivered", "cancelled"], timeout=8000)
    assert [a.text for a in sim.accepted()] == ["to cancel"]
    tab.view.selectRow(1)  # the cancelled original
    tab.delete_button.click()
    qtbot.waitUntil(lambda: shown_states(window) == ["delivered"], timeout=3000)
    (remaining,) = window.reader.messages()
    assert remaining.state is State.DELIVERED
    assert remaining.resend_of is None  # the original is gone: the link is cleared


def _ids_shown(window: MainWindow) -> list[int]:
    model = window.outbox.model
    return [model.data(model.index(row, 0), OutboxModel.ID_ROLE)
            for row in range(model.rowCount())]


def test_outbox_search_scans_on_its_own_thread_and_finds_text_number_and_contact(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.session.enqueue([NewMessage("+306912345671", "Meeting moved to Friday"),
                         NewMessage("+33612345678", "Votre commande est prête"),
                         NewMessage("+306912345678", "friday drinks?")])
    tab = window.outbox
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=5000)
    newest_first = _ids_shown(window)
    statements: list[str] = []
    window.conn.set_trace_callback(statements.append)  # the GUI thread's connection
    try:
        for text, expected in (("FRIDAY", [newest_first[0], newest_first[2]]),
                               ("+3361234", [newest_first[1]]),  # typed number
                               ("Eleni", [newest_first[2]]),  # contact name
                               ("no such words", [])):
            tab.search_edit.setText(text)
            qtbot.waitUntil(lambda: "found" in tab.search_status.text(), timeout=5000)
            assert _ids_shown(window) == expected, text
            tab.search_edit.clear()
            qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=5000)
    finally:
        window.conn.set_trace_callback(None)
    assert not [s for s in statements if "LIKE" in s]  # no scan on the GUI thread
    assert tab.search_status.text() == ""


def test_only_the_newest_search_answers_and_the_thread_stops_with_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.session.enqueue([NewMessage("+306912345678", f"message {word}")
                         for word in ("alpha", "beta", "gamma")])
    model = window.outbox.model
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)
    answers: list[bool] = []
    model.searching.connect(answers.append)
    for text in ("alpha", "beta", "gamma"):  # typed faster than the thread answers
        model.set_filter(None, text)
    qtbot.waitUntil(lambda: answers[-1:] == [False], timeout=5000)
    qtbot.wait(200)  # room for a stale answer to arrive, were one sent
    assert answers.count(False) == 1
    assert [model.data(model.index(0, 2)) for _ in range(model.rowCount())] == ["message gamma"]
    searcher = model._searcher
    assert searcher is not None and searcher.running()
    window.shutdown()
    assert not searcher.running()
