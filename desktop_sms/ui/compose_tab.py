"""The Compose tab: recipients, message with a live part counter, sender, cost, Send."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QStringListModel, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QShortcut,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_sms.core import text as sms_text
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.outbox import NewMessage
from desktop_sms.core.phone import Verdict, display
from desktop_sms.core.recipients import Recipient, resolve
from desktop_sms.gateway import protocol

_SPLIT = re.compile(r"[,;\n]")
MARKS = {Verdict.VALID: "✔", Verdict.WARNING: "⚠", Verdict.INVALID: "✖"}
MARK_COLOURS = {Verdict.VALID: "#27ae60", Verdict.WARNING: "#d68910", Verdict.INVALID: "#c0392b"}


class Ucs2Highlighter(QSyntaxHighlighter):
    """Marks the characters that switch the whole message to UCS-2 (70 per SMS)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.format = QTextCharFormat()
        self.format.setBackground(QColor("#f9e79f"))
        self.format.setForeground(QColor("#000000"))
        self.format.setToolTip("This character forces Unicode (UCS-2): 70 characters per SMS")

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        position = 0  # in UTF-16 units, as Qt counts
        for char in text:
            width = 2 if ord(char) > 0xFFFF else 1
            if char not in sms_text.GSM7_ALL:
                self.setFormat(position, width, self.format)
            position += width


class RecipientsEdit(QLineEdit):
    """A line of recipients separated by commas, completing contact and group names."""

    def __init__(self) -> None:
        super().__init__()
        self._names: list[str] = []
        self._completer: QCompleter | None = None
        self.textEdited.connect(self._complete)

    def set_names(self, names: list[str]) -> None:
        self._names = names
        if self._completer:
            model = self._completer.model()
            assert isinstance(model, QStringListModel)
            model.setStringList(names)

    def completer(self) -> QCompleter:  # type: ignore[override]
        """Built on first use: its Qt enums cost start-up time before the first paint."""
        if self._completer is None:
            from PySide6.QtCore import Qt

            self._completer = QCompleter(QStringListModel(self._names, self), self)
            self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self._completer.setWidget(self)
            self._completer.activated.connect(self._insert_completion)
        return self._completer

    def tokens(self) -> list[str]:
        return [t.strip() for t in _SPLIT.split(self.text()) if t.strip()]

    def add_tokens(self, tokens: list[str]) -> None:
        self.setText(", ".join(dict.fromkeys([*self.tokens(), *tokens])))

    def _complete(self, text: str) -> None:
        last = _SPLIT.split(text)[-1].strip()
        completer = self.completer()
        if len(last) < 1 or last[0] in "+0123456789":
            completer.popup().hide()
            return
        completer.setCompletionPrefix(last)
        if completer.completionCount():
            completer.complete()

    def _insert_completion(self, name: str) -> None:
        head = _SPLIT.split(self.text())[:-1]
        self.setText(", ".join([*(t.strip() for t in head if t.strip()), name]) + ", ")


class ComposeTab(QWidget):
    send_requested = Signal(object)  # [NewMessage]

    def __init__(self, book: AddressBook, default_sender: str, region: str) -> None:
        super().__init__()
        self.setObjectName("composeTab")
        self.book = book
        self.region = region
        self.balance: Decimal | None = None
        self.recipients: list[Recipient] = []

        self.recipients_edit = RecipientsEdit()
        self.recipients_edit.setObjectName("recipientsEdit")
        self.recipients_edit.setAccessibleName(self.tr("Recipients"))
        self.recipients_edit.setPlaceholderText(
            self.tr("Numbers, contact names or groups, separated by commas"))
        self.recipient_list = QListWidget()
        self.recipient_list.setObjectName("recipientList")
        self.recipient_list.setAccessibleName(self.tr("Checked recipients"))
        self.recipient_list.setMaximumHeight(110)

        self.message_edit = QPlainTextEdit()
        self.message_edit.setObjectName("messageEdit")
        self.message_edit.setAccessibleName(self.tr("Message"))
        self.message_edit.setPlaceholderText(self.tr("Type your message…"))
        self.message_edit.setTabChangesFocus(True)
        # Attached on the first keystroke: building its text format is what first touches
        # Qt's big enum namespace, ~20 ms the empty editor does not need before it shows.
        self.highlighter: Ucs2Highlighter | None = None
        self.counter_label = QLabel()
        self.counter_label.setObjectName("counterLabel")
        self.counter_label.setAccessibleName(self.tr("Character counter"))
        self.ucs2_label = QLabel()
        self.ucs2_label.setObjectName("ucs2Label")
        self.ucs2_label.setWordWrap(True)

        self.sender_edit = QLineEdit(default_sender)
        self.sender_edit.setObjectName("senderEdit")
        self.sender_edit.setAccessibleName(self.tr("Sender ID"))
        self.sender_edit.setPlaceholderText(self.tr("Account default"))
        self.sender_edit.setMaximumWidth(220)
        self.sender_error = QLabel()
        self.sender_error.setObjectName("senderError")
        self.sender_error.setStyleSheet("color: #c0392b")
        self.flash_box = QCheckBox(self.tr("&Flash SMS (shown on screen, not stored)"))
        self.flash_box.setObjectName("flashBox")
        self.report_box = QCheckBox(self.tr("Request &delivery report"))
        self.report_box.setObjectName("reportBox")
        self.report_box.setChecked(True)

        self.cost_label = QLabel()
        self.cost_label.setObjectName("costLabel")
        self.reason_label = QLabel()
        self.reason_label.setObjectName("reasonLabel")
        self.reason_label.setStyleSheet("color: #c0392b")
        self.reason_label.setWordWrap(True)
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setAccessibleName(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send (Ctrl+Enter)"))
        self.send_button.setDefault(True)
        self.send_button.setMinimumWidth(120)

        form = QFormLayout()
        recipients_label = QLabel(self.tr("&To:"))
        recipients_label.setBuddy(self.recipients_edit)
        form.addRow(recipients_label, self.recipients_edit)
        form.addRow("", self.recipient_list)
        message_label = QLabel(self.tr("&Message:"))
        message_label.setBuddy(self.message_edit)
        form.addRow(message_label, self.message_edit)
        form.addRow("", self.counter_label)
        form.addRow("", self.ucs2_label)
        sender_row = QHBoxLayout()
        sender_row.addWidget(self.sender_edit)
        sender_row.addWidget(self.sender_error, 1)
        sender_label = QLabel(self.tr("Sende&r ID:"))
        sender_label.setBuddy(self.sender_edit)
        form.addRow(sender_label, sender_row)
        form.addRow("", self.flash_box)
        form.addRow("", self.report_box)

        bottom = QHBoxLayout()
        texts = QVBoxLayout()
        texts.addWidget(self.cost_label)
        texts.addWidget(self.reason_label)
        bottom.addLayout(texts, 1)
        button_column = QVBoxLayout()
        button_column.addStretch(1)  # the button sits at the bottom, beside the reason
        button_column.addWidget(self.send_button)
        bottom.addLayout(button_column)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addLayout(bottom)
        self.message_edit.setSizePolicy(QSizePolicy.Policy.Expanding,
                                        QSizePolicy.Policy.Expanding)

        # Resolving recipients touches the address book: wait for a pause in typing.
        self.recheck_timer = QTimer(self, singleShot=True, interval=150)
        self.recheck_timer.timeout.connect(self.recheck)
        self.recipients_edit.textChanged.connect(self.recheck_timer.start)
        self.message_edit.textChanged.connect(self._update)
        self.sender_edit.textChanged.connect(self._update)
        self.send_button.clicked.connect(self.send)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.send)
        self.refresh_names()
        self.recheck()

    # --- inputs from outside -------------------------------------------------------------

    def set_balance(self, balance: Decimal | None) -> None:
        self.balance = balance
        self._update()

    def refresh_names(self) -> None:
        groups = [name for name, _ in self.book.groups()]
        contacts = [c.name for c in self.book.search()]
        self.recipients_edit.set_names(sorted({*groups, *contacts}, key=str.casefold))

    def add_recipients(self, tokens: list[str]) -> None:
        self.recipients_edit.add_tokens(tokens)
        self.recheck()

    # --- state -----------------------------------------------------------------------------

    def recheck(self) -> None:
        """Resolve the recipients now and update the counter, cost and Send button."""
        self.recheck_timer.stop()
        self.recipients = resolve(self.recipients_edit.tokens(), self.book, self.region)
        self.recipient_list.clear()
        for recipient in self.recipients:
            number = display(recipient.e164) if recipient.e164 else recipient.typed
            label = f"{recipient.name} — {number}" if recipient.name else number
            if recipient.reason:
                label += f": {recipient.reason}"
            item = QListWidgetItem(f"{MARKS[recipient.verdict]}  {label}")
            item.setForeground(QColor(MARK_COLOURS[recipient.verdict]))
            self.recipient_list.addItem(item)
        self.recipient_list.setVisible(bool(self.recipients))
        self._update()

    def _update(self) -> None:
        text = self.message_edit.toPlainText()
        if text and self.highlighter is None:
            self.highlighter = Ucs2Highlighter(self.message_edit.document())
        count = sms_text.count(text)
        self.counter_label.setText(self.tr(
            "{0} characters · {1} part(s) · {2} · {3} left in this part"
        ).format(count.units, count.parts, count.encoding, count.remaining))
        if count.ucs2_chars:
            shown = " ".join(count.ucs2_chars[:12]) + (" …" if len(count.ucs2_chars) > 12 else "")
            self.ucs2_label.setText(self.tr(
                "Unicode (70 per SMS) because of: {0}").format(shown))
        self.ucs2_label.setVisible(bool(count.ucs2_chars))

        sender_problem = self._sender_problem()
        self.sender_error.setText(sender_problem or "")

        valid = [r for r in self.recipients if r.ok]
        credits = len(valid) * count.parts
        balance = self.tr("unknown") if self.balance is None else f"{self.balance.normalize():f}"
        self.cost_label.setText(self.tr(
            "{0} recipient(s) × {1} part(s) = {2} credit(s); balance {3}"
        ).format(len(valid), count.parts, credits, balance))
        reason = self._blocking_reason(text, sender_problem)
        self.reason_label.setText(reason)
        self.send_button.setEnabled(not reason)

    def _sender_problem(self) -> str | None:
        sender = self.sender_edit.text()
        if not sender:
            return None
        try:
            protocol.validate_originator(sender)
        except ValueError as exc:
            return str(exc).capitalize()
        return None

    def _blocking_reason(self, text: str, sender_problem: str | None) -> str:
        invalid = [r for r in self.recipients if not r.ok]
        if not self.recipients:
            return self.tr("Add at least one recipient.")
        if invalid:
            first = invalid[0]
            return self.tr("Fix the recipient '{0}': {1}.").format(first.typed, first.reason)
        if not text.strip():
            return self.tr("The message is empty.")
        try:
            protocol.validate_text(text)
        except ValueError as exc:
            return str(exc).capitalize() + "."
        if sender_problem:
            return self.tr("Fix the sender ID: {0}.").format(sender_problem)
        return ""

    # --- sending ---------------------------------------------------------------------------

    def send(self) -> None:
        self.recheck()
        if not self.send_button.isEnabled():
            return
        text = self.message_edit.toPlainText()
        parts = sms_text.parts(text)
        valid = [r for r in self.recipients if r.ok and r.e164]
        credits = len(valid) * parts
        if self.balance is not None and credits > self.balance:
            answer = QMessageBox.question(
                self, self.tr("Not enough credit"),
                self.tr("Sending needs {0} credits but the balance is {1}. Messages beyond "
                        "the balance will be refused by the gateway. Send anyway?")
                .format(credits, f"{self.balance.normalize():f}"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        sender = self.sender_edit.text() or None
        self.send_requested.emit([
            NewMessage(r.e164 or "", text, sender, self.flash_box.isChecked(),
                       self.report_box.isChecked())
            for r in valid
        ])
        self.message_edit.clear()
        self.recipients_edit.clear()
        self.recheck()
