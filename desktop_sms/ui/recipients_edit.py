"""The To field and the list of checked recipients under it.

A list of 10,000 numbers must arrive whole (a QLineEdit cut such a paste at 32,767
characters, and the cut turned the last number into another, valid one). So the field is a
small multi-line editor: a pasted list goes in one recipient per line, which Qt lays out
lazily, and a paste it cannot take is refused whole with the reason, never cut.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QCompleter, QPlainTextEdit

from desktop_sms.core.phone import Verdict, display
from desktop_sms.core.recipients import Recipient
from desktop_sms.ui.appearance import Tint, colours
from desktop_sms.ui.locale_text import fmt
from desktop_sms.ui.phone_text import reason_text

SPLIT = re.compile(r"[,;\t\n]")
# Documented in the README: longer lists belong in a group (Contacts) or a file.
MAX_RECIPIENTS = 20_000
# No number or contact name is this long: such an entry is a wrong paste, not a recipient.
MAX_ENTRY_CHARS = 200
MARKS = {Verdict.VALID: "✔", Verdict.WARNING: "⚠", Verdict.INVALID: "✖"}
# Qt.ItemDataRole's DisplayRole and ForegroundRole as plain numbers: this module loads
# before the first paint, and touching Qt's enum namespace then cost ~20 ms of start-up.
_DISPLAY_ROLE, _FOREGROUND_ROLE = 0, 9
MARK_TINTS = {Verdict.VALID: Tint.OK, Verdict.WARNING: Tint.WARNING, Verdict.INVALID: Tint.ERROR}
SKIPPED_MARK = "⊘"  # on the opt-out list: not sent


def split_entries(text: str) -> list[str]:
    return [entry.strip() for entry in SPLIT.split(text) if entry.strip()]


class RecipientsEdit(QPlainTextEdit):
    """Recipients separated by commas or lines, completing contact and group names."""

    paste_refused = Signal(str)  # why, for the user

    def __init__(self) -> None:
        super().__init__()
        self._names: list[str] = []
        self._completer: QCompleter | None = None
        self.setTabChangesFocus(True)
        lines = 3
        margins = self.contentsMargins()
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 2 * int(
            self.document().documentMargin()) + margins.top() + margins.bottom() + 4)

    # --- the QLineEdit-like surface the tab and the tests use ------------------------------

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 (QLineEdit's name)
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)

    def tokens(self) -> list[str]:
        return split_entries(self.toPlainText())

    def add_tokens(self, tokens: list[str]) -> None:
        self.setText(", ".join(dict.fromkeys([*self.tokens(), *tokens])))

    # --- pasting: whole or not at all ------------------------------------------------------

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        pasted = source.text()
        entries = split_entries(pasted)
        problem = self.paste_problem(entries)
        if problem:
            self.paste_refused.emit(problem)
            return
        if len(entries) > 1:  # one per line: long lists stay quick to lay out and to read
            pasted = "\n".join(entries) + "\n"
        self.textCursor().insertText(pasted)
        self.ensureCursorVisible()

    def paste_problem(self, entries: list[str]) -> str:
        # What the paste replaces (the selection) does not count, as in the message field.
        selected = split_entries(self.textCursor().selection().toPlainText())
        total = len(self.tokens()) - len(selected) + len(entries)
        if total > MAX_RECIPIENTS:
            return fmt(self.tr(
                "Nothing was pasted: that would make {0:,} recipients, and the To field takes "
                "up to {1:,}. Put a long list in a group (Contacts tab) and send to the group, "
                "or send it with the desktop-sms command line."), total, MAX_RECIPIENTS)
        longest = max(entries, key=len, default="")
        if len(longest) > MAX_ENTRY_CHARS:
            return fmt(self.tr(
                "Nothing was pasted: it holds an entry of {0:,} characters, which is neither a "
                "phone number nor a name. Separate recipients with commas or new lines."),
                len(longest))
        return ""

    # --- completion --------------------------------------------------------------------------

    def set_names(self, names: list[str]) -> None:
        self._names = names
        if self._completer:
            model = self._completer.model()
            assert isinstance(model, QStringListModel)
            model.setStringList(names)

    def completer(self) -> QCompleter:
        """Built on first use: its Qt enums cost start-up time before the first paint."""
        if self._completer is None:
            from PySide6.QtCore import Qt  # its first import costs 18 ms: not at start-up

            self._completer = QCompleter(QStringListModel(self._names, self), self)
            self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self._completer.setWidget(self)
            self._completer.activated.connect(self._insert_completion)
        return self._completer

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import Qt  # after the first paint: see completer()

        popup = self._completer.popup() if self._completer else None
        if popup is not None and popup.isVisible() and event.key() in (
                Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Tab,
                Qt.Key.Key_Backtab):
            event.ignore()  # the completer's popup takes these
            return
        super().keyPressEvent(event)
        if event.text() and event.text().isprintable():
            self._complete()

    def _current_entry(self) -> str:
        cursor = self.textCursor()
        before = cursor.block().text()[:cursor.positionInBlock()]
        return SPLIT.split(before)[-1].strip()

    def _complete(self) -> None:
        last = self._current_entry()
        completer = self.completer()
        if not last or last[0] in "+0123456789":
            completer.popup().hide()
            return
        completer.setCompletionPrefix(last)
        if completer.completionCount():
            area = self.cursorRect()
            area.setWidth(max(240, self.width() // 2))
            completer.complete(area)

    def _insert_completion(self, name: str) -> None:
        cursor = self.textCursor()
        typed = cursor.block().text()[:cursor.positionInBlock()]
        start = max((m.end() for m in SPLIT.finditer(typed)), default=0)
        while start < len(typed) and typed[start] == " ":
            start += 1
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor,
                            len(typed) - start)
        cursor.insertText(name + ", ")
        self.setTextCursor(cursor)


class RecipientListModel(QAbstractListModel):
    """The checked recipients, one row each; rows are formatted only when shown, so a list
    of 10,000 costs nothing until scrolled."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Recipient] = []
        self._skipped: Container[str] = frozenset()
        self._brushes: dict[str, QBrush] = {}  # made when first shown: not at start-up

    def set_recipients(self, recipients: list[Recipient],
                       skipped: Container[str] = frozenset()) -> None:
        """``skipped``: the numbers on the opt-out list, marked as not sent."""
        self.beginResetModel()
        self._rows = recipients
        self._skipped = skipped
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def label(self, row: int) -> str:
        recipient = self._rows[row]
        number = display(recipient.e164) if recipient.e164 else recipient.typed
        text = f"{recipient.name} — {number}" if recipient.name else number
        if recipient.e164 in self._skipped:
            return f"{SKIPPED_MARK}  {text}: " + self.tr("on the opt-out list, not sent")
        if recipient.reason:
            text += f": {reason_text(recipient.reason)}"
        return f"{MARKS[recipient.verdict]}  {text}"

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = _DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        if role == _DISPLAY_ROLE:
            return self.label(index.row())
        if role == _FOREGROUND_ROLE:
            recipient = self._rows[index.row()]
            shade = colours()  # of the scheme now: a change repaints the list
            colour = (shade.skipped if recipient.e164 in self._skipped
                      else getattr(shade, MARK_TINTS[recipient.verdict].value))
            if colour not in self._brushes:
                self._brushes[colour] = QBrush(QColor(colour))
            return self._brushes[colour]
        return None
