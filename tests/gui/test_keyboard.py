"""The keyboard alone: Tab goes through Compose in reading order, and each shortcut Help
lists does what it says, pressed on the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_sms.ui import shortcuts
from desktop_sms.ui.main_window import MainWindow
from desktop_sms.ui.templates_menu import TemplatesMenu
from tests.gui.widget_survey import focus_chain


def active(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """On screen with the keyboard, its tabs and Compose's late tools built."""
    with qtbot.waitActive(window):
        window.activateWindow()
    def ready() -> bool:
        templates = window.findChild(TemplatesMenu)  # shown by the next turn of events
        return (templates is not None and templates.isVisible() and window.session.is_open
                and window.findChild(QWidget, "outboxTab") is not None)

    qtbot.waitUntil(ready, timeout=5000)
    return window


def names(widgets: list[QWidget]) -> list[str]:
    return [w.objectName() for w in widgets]


def tabbing(qtbot: QtBot, start: QWidget, stop: QWidget) -> list[str]:
    """Where Tab pressed from ``start`` goes, until ``stop`` (each widget once: Tab goes
    through the date and time fields of the send time before it leaves them)."""
    start.setFocus()
    visited = [start]
    while visited[-1] is not stop and len(visited) < 30:
        qtbot.keyClick(visited[-1], Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    return list(dict.fromkeys(names(visited)))


def test_tab_walks_compose_from_recipients_to_send(qtbot: QtBot, window: MainWindow) -> None:
    compose = active(qtbot, window).compose
    compose.recipients_edit.setText("Team")
    compose.recheck()
    expected = ["recipientsEdit", "recipientList", "messageEdit", "insertFieldButton",
                "templatesButton", "senderEdit", "flashBox", "reportBox", "campaignEdit",
                "sendAtBox", "sendButton"]
    compose.message_edit.setPlainText("Hello")
    assert tabbing(qtbot, compose.recipients_edit, compose.send_button) == expected
    assert names(focus_chain(compose.recipients_edit, compose.send_button)) == expected

    # A Unicode text brings the cheaper form, a merge field the preview, a time its field:
    # each in its place, not after Send.
    compose.message_edit.setPlainText("Καλημέρα {first_name}, η παραγγελία σας είναι "
                                      "έτοιμη στο κατάστημα. Ευχαριστούμε!")
    qtbot.waitUntil(lambda: compose.cheaper is not None and compose.cheaper.isVisible(),
                    timeout=5000)
    compose.send_at.box.setChecked(True)
    assert tabbing(qtbot, compose.recipients_edit, compose.send_button) == [
        "recipientsEdit", "recipientList", "messageEdit", "cheaperOfferButton",
        "insertFieldButton", "templatesButton", "previewCombo", "previewText", "senderEdit",
        "flashBox", "reportBox", "campaignEdit", "sendAtBox", "sendAtEdit", "sendButton"]


def test_tab_walks_contacts_and_outbox_from_search_to_their_buttons(
        qtbot: QtBot, window: MainWindow) -> None:
    active(qtbot, window)
    window.tabs.setCurrentIndex(1)
    contacts = window.contacts
    contacts.view.selectRow(0)  # the buttons for a selection are enabled
    assert focus_chain(contacts.search_edit, contacts.leave_button) == [
        contacts.search_edit, contacts.view, contacts.add_button, contacts.edit_button,
        contacts.delete_button, contacts.send_button, contacts.import_button,
        contacts.export_button, contacts.group_list, contacts.new_group_button,
        contacts.rename_group_button, contacts.delete_group_button, contacts.join_button,
        contacts.leave_button]
    window.tabs.setCurrentIndex(2)
    outbox = window.outbox
    assert names(focus_chain(outbox.search_edit, outbox.export_button)) == [
        "outboxSearch", "stateFilter", "campaignsToggle", "outboxView", "outboxDetails",
        "exportButton"]


def press(qtbot: QtBot, window: MainWindow, keys: str | QKeySequence.StandardKey) -> None:
    sequence = (QKeySequence.keyBindings(keys)[0] if isinstance(keys, QKeySequence.StandardKey)
                else QKeySequence(keys))
    combination = sequence[0]
    qtbot.keyClick(QApplication.focusWidget() or window, combination.key(),
                   combination.keyboardModifiers())


def test_ctrl_digits_show_the_tabs_and_ctrl_f_searches_the_one_shown(
        qtbot: QtBot, window: MainWindow) -> None:
    active(qtbot, window)
    for index, keys in enumerate(shortcuts.TABS):
        press(qtbot, window, keys)
        assert window.tabs.currentIndex() == index, keys
    press(qtbot, window, shortcuts.FIND)  # on the Outbox
    assert QApplication.focusWidget() is window.outbox.search_edit
    press(qtbot, window, "Ctrl+2")
    press(qtbot, window, shortcuts.FIND)
    assert QApplication.focusWidget() is window.contacts.search_edit


def test_ctrl_n_starts_a_message_and_keeps_the_draft(qtbot: QtBot, window: MainWindow) -> None:
    active(qtbot, window)
    window.compose.message_edit.setPlainText("Half-written")
    press(qtbot, window, "Ctrl+3")
    press(qtbot, window, shortcuts.NEW)
    assert window.tabs.currentWidget() is window.compose
    assert QApplication.focusWidget() is window.compose.recipients_edit
    assert window.compose.message_edit.toPlainText() == "Half-written"


@pytest.mark.parametrize("keys", shortcuts.SEND)
def test_ctrl_enter_sends_from_compose_only(qtbot: QtBot, window: MainWindow,
                                            keys: str) -> None:
    active(qtbot, window)
    compose = window.compose
    compose.recipients_edit.setText("+306912345671")
    compose.message_edit.setPlainText("Hello")
    compose.recheck()
    press(qtbot, window, "Ctrl+2")
    press(qtbot, window, keys)  # Compose is not shown: nothing is sent
    assert compose.message_edit.toPlainText() == "Hello"
    press(qtbot, window, "Ctrl+1")
    compose.message_edit.setFocus()
    with qtbot.waitSignal(window.session.messages_added, timeout=5000):
        press(qtbot, window, keys)
    assert compose.message_edit.toPlainText() == ""


def test_f5_refreshes_the_statuses_now(qtbot: QtBot, window: MainWindow) -> None:
    active(qtbot, window)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=5000)
    with qtbot.waitSignal(window.session.polling, timeout=1000):  # asked at once
        press(qtbot, window, shortcuts.REFRESH)
    qtbot.waitSignal(window.session.statuses_polled, timeout=5000).wait()


def test_help_lists_every_shortcut_the_window_has(qtbot: QtBot, window: MainWindow) -> None:
    active(qtbot, window)
    bound = {key.toString() for action in window.findChildren(QAction)
             for key in action.shortcuts()}
    for keys in (*shortcuts.TABS, shortcuts.REFRESH, "Ctrl+N", "Ctrl+F"):
        assert keys in bound
    listing = window.findChild(QAction, "shortcutsAction")
    assert listing is not None
    listing.trigger()
    dialog = window.findChild(shortcuts.ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    listed = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert listed[:5] == ["Ctrl+N", "Ctrl+Return, Ctrl+Enter", "Ctrl+F", "F5",
                          "Ctrl+1 / Ctrl+2 / Ctrl+3"]
    dialog.reject()
