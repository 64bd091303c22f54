"""The window's keyboard shortcuts and Help → Keyboard shortcuts, which lists them.

Ctrl+N brings Compose forward with the cursor in To and leaves what is typed there: a
stray key never throws a message away (Ctrl+A, Delete empties a field when wanted)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from desktop_sms.ui.main_window import MainWindow

NEW = QKeySequence.StandardKey.New  # Ctrl+N
FIND = QKeySequence.StandardKey.Find  # Ctrl+F
SEND = ("Ctrl+Return", "Ctrl+Enter")  # Enter on the main keys and on the keypad
REFRESH = "F5"
TABS = ("Ctrl+1", "Ctrl+2", "Ctrl+3")


def refresh_keys() -> list[QKeySequence]:
    """F5 everywhere, and the system's own (⌘R on macOS); each once: a key given twice to
    one action is ambiguous, and does nothing."""
    keys = [QKeySequence(REFRESH)]
    return keys + [key for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh)
                   if key not in keys]


def _keys(*keys: str | QKeySequence.StandardKey) -> str:
    """The keys as this system writes them ('Ctrl+N', '⌘N'), in the window's language."""
    shown: list[str] = []
    for key in keys:
        sequences = (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                     else [QKeySequence(key)])
        shown += [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences[:1]]
    return ", ".join(dict.fromkeys(shown))


def rows() -> list[tuple[str, str]]:
    """(keys, what they do), as Help lists them."""
    translate = QCoreApplication.translate
    return [
        (_keys(NEW), translate(
            "Shortcuts", "New message: Compose, in the To field (what is typed stays)")),
        (_keys(*SEND), translate("Shortcuts", "Send (or schedule) the message in Compose")),
        (_keys(FIND), translate(
            "Shortcuts", "Search the contacts or the Outbox (the tab shown)")),
        (_keys(REFRESH), translate("Shortcuts", "Refresh the statuses and the balance now")),
        (_keys(*TABS).replace(", ", " / "), translate(
            "Shortcuts", "Show Compose / Contacts / Outbox")),
        (translate("Shortcuts", "Alt+underlined letter"), translate(
            "Shortcuts", "Go to that field or press that button")),
        (_keys("Tab", "Shift+Tab"), translate("Shortcuts", "Next / previous field")),
        (_keys(QKeySequence.StandardKey.Delete), translate(
            "Shortcuts", "Delete the selected contacts")),
        (_keys(QKeySequence.StandardKey.Copy), translate(
            "Shortcuts", "Copy the selected messages (Outbox)")),
        (_keys("Menu", "Shift+F10"), translate(
            "Shortcuts", "The list's menu: add to the opt-out list")),
        (_keys(QKeySequence.StandardKey.Quit), translate("Shortcuts", "Quit")),
    ]


def install(window: MainWindow, help_menu: QMenu) -> None:
    """The shortcuts on ``window``, and Keyboard shortcuts in ``help_menu``."""
    def add(keys: list[QKeySequence], slot: Callable[[], object], name: str) -> QAction:
        action = QAction(window)  # in no menu: the window's own
        action.setObjectName(name)
        action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False: slot())
        window.addAction(action)
        return action

    add(QKeySequence.keyBindings(NEW), lambda: new_message(window), "newMessageAction")
    add(QKeySequence.keyBindings(FIND), lambda: find(window), "findAction")
    for index, keys in enumerate(TABS):
        add([QKeySequence(keys)], partial(window.tabs.setCurrentIndex, index),
            f"tab{index + 1}Action")
    for keys in SEND:  # Compose's: only while it is shown
        QShortcut(QKeySequence(keys), window.compose).activated.connect(window.compose.send)
    listing = help_menu.addAction(
        QCoreApplication.translate("Shortcuts", "&Keyboard shortcuts"))
    listing.setObjectName("shortcutsAction")
    listing.triggered.connect(lambda: show_list(window))


def show_list(window: MainWindow) -> ShortcutsDialog:
    from PySide6.QtCore import Qt  # its first import costs 18 ms: not at start-up

    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def new_message(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.compose)
    window.compose.recipients_edit.setFocus()


def find(window: MainWindow) -> None:
    """The search field of the tab shown (Compose has none)."""
    shown = window.tabs.currentWidget()
    for tab in (window.contacts, window.outbox):
        if tab is shown:
            tab.search_edit.setFocus()
            tab.search_edit.selectAll()


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        listed = rows()
        self.table = QTableWidget(len(listed), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (keys, does) in enumerate(listed):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(does))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 420)
