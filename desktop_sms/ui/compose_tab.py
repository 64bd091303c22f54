"""The Compose tab: recipients, message with a live part counter and merge fields (each
recipient's text previewed and counted), sender, cost, Send."""

from __future__ import annotations

import time
from collections.abc import Container
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.plan import Code, Draft, SendPlan, check_recipients, plan_for
from desktop_sms.core.recipients import Recipient, Resolver
from desktop_sms.ui import announce, problem_text, tab_order
from desktop_sms.ui.appearance import Tint, tint
from desktop_sms.ui.campaign_name import CampaignNameEdit
from desktop_sms.ui.compose_text import ComposeText
from desktop_sms.ui.merge_preview import FieldButton, MergePreview
from desktop_sms.ui.message_edit import MessageEdit, Ucs2Highlighter
from desktop_sms.ui.recipients_edit import RecipientListModel, RecipientsEdit
from desktop_sms.ui.send_at import SendAtField
from desktop_sms.ui.sizes import tall, wide

if TYPE_CHECKING:
    from desktop_sms.core.cheaper import Form
    from desktop_sms.core.optout import OptOutList
    from desktop_sms.ui.cheaper_offer import CheaperOfferButton

# Checking recipients runs in slices of this long between events, so a pasted list of
# 10,000 numbers (≈0.5 s of parsing) never holds the window still.
CHECK_SLICE_SECONDS = 0.015


class ComposeTab(QWidget):
    send_requested = Signal(object)  # the SendPlan; the window confirms the cost, then sent()

    def __init__(self, book: AddressBook, default_sender: str, region: str) -> None:
        super().__init__()
        self.setObjectName("composeTab")
        self.book = book
        self.region = region
        self.balance: Decimal | None = None
        self.opted_out: Container[str] = frozenset()
        self.opt_outs: OptOutList | None = None  # read at each check (set_opt_outs)
        self.checked = check_recipients([])
        self.sent_text = ""  # the text as written of the last send, for give_back
        self.cost_check_over = 10  # Settings.cost_check_over, set by the window
        self.cheaper: CheaperOfferButton | None = None  # built for the first Unicode text
        self.words = ComposeText(self)

        self.recipients_edit = RecipientsEdit()
        self.recipients_edit.setObjectName("recipientsEdit")
        self.recipients_edit.setAccessibleName(self.tr("Recipients"))
        self.recipients_edit.setPlaceholderText(
            self.tr("Numbers, contact names or groups, separated by commas"))
        self.recipient_model = RecipientListModel(self)
        self.recipient_list = QListView()
        self.recipient_list.setObjectName("recipientList")
        self.recipient_list.setAccessibleName(self.tr("Checked recipients"))
        self.recipient_list.setMaximumHeight(tall(self.recipient_list, 110))
        self.recipient_list.setUniformItemSizes(True)  # no per-row measuring of 10,000 rows
        self.recipient_list.setModel(self.recipient_model)
        self.resolver = Resolver(book, region)
        self.checking = False  # recipients are being checked in slices: Send waits
        self._check_generation = 0
        self._check_tokens: list[str] = []
        self._check_found: list[Recipient] = []
        self._check_position = 0

        self.message_edit = MessageEdit()
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
        self.counter = announce.SpokenCounter(self.counter_label, self.message_edit)
        self.ucs2_label = QLabel()
        self.ucs2_label.setObjectName("ucs2Label")
        self.ucs2_label.setWordWrap(True)
        self.field_button = FieldButton(lambda: self.resolver.field_names(), self.insert_field)
        self.preview = MergePreview()
        # Merge warnings (a recipient without a value) and who is skipped (opted out).
        self.notes_label = QLabel()
        self.notes_label.setObjectName("notesLabel")
        self.notes_label.setWordWrap(True)
        tint(self.notes_label, Tint.NOTE)
        # Says why a paste was refused; gone with the next edit.
        self.notice_label = QLabel()
        self.notice_label.setObjectName("noticeLabel")
        self.notice_label.setWordWrap(True)
        tint(self.notice_label, Tint.NOTE)
        self.notice_label.hide()

        self.sender_edit = QLineEdit(default_sender)
        self.sender_edit.setObjectName("senderEdit")
        self.sender_edit.setAccessibleName(self.tr("Sender ID"))
        self.sender_edit.setPlaceholderText(self.tr("Account default"))
        self.sender_edit.setMaximumWidth(wide(self.sender_edit, 220))
        self.sender_error = QLabel()
        self.sender_error.setObjectName("senderError")
        tint(self.sender_error, Tint.ERROR)
        self.flash_box = QCheckBox(self.tr("F&lash SMS (shown on screen, not stored)"))
        self.flash_box.setObjectName("flashBox")
        self.report_box = QCheckBox(self.tr("Re&quest delivery report"))
        self.report_box.setObjectName("reportBox")
        self.report_box.setChecked(True)

        self.cost_label = QLabel()
        self.cost_label.setObjectName("costLabel")
        self.reason_label = QLabel()
        self.reason_label.setObjectName("reasonLabel")
        tint(self.reason_label, Tint.ERROR)
        self.reason_label.setWordWrap(True)
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setAccessibleName(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send (Ctrl+Enter)"))
        self.send_button.setDefault(True)
        self.send_button.setMinimumWidth(wide(self.send_button, 120))
        self.send_at = SendAtField(self.send_button)

        form = QFormLayout()
        recipients_label = QLabel(self.tr("&To:"))
        recipients_label.setBuddy(self.recipients_edit)
        form.addRow(recipients_label, self.recipients_edit)
        form.addRow("", self.recipient_list)
        form.addRow("", self.notice_label)
        message_label = QLabel(self.tr("&Message:"))
        message_label.setBuddy(self.message_edit)
        form.addRow(message_label, self.message_edit)
        self.counter_row = QHBoxLayout()
        self.counter_row.addWidget(self.counter_label, 1)
        self.counter_row.addWidget(self.field_button)
        form.addRow("", self.counter_row)
        form.addRow("", self.ucs2_label)
        form.addRow(self.preview.label, self.preview)
        self.preview_row = form.rowCount() - 1
        form.setRowVisible(self.preview_row, False)
        self.form = form
        form.addRow("", self.notes_label)
        sender_row = QHBoxLayout()
        sender_row.addWidget(self.sender_edit)
        sender_row.addWidget(self.sender_error, 1)
        sender_label = QLabel(self.tr("Sen&der ID:"))
        sender_label.setBuddy(self.sender_edit)
        form.addRow(sender_label, sender_row)
        form.addRow("", self.flash_box)
        form.addRow("", self.report_box)
        self.campaign_edit = CampaignNameEdit()
        form.addRow(self.tr("Campai&gn:"), self.campaign_edit)
        self.campaign_row = form.rowCount() - 1
        form.addRow("", self.send_at)

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
        self.recipients_edit.textChanged.connect(self.notice_label.hide)
        self.message_edit.textChanged.connect(self.notice_label.hide)
        self.recipients_edit.paste_refused.connect(self.show_notice)
        self.message_edit.paste_refused.connect(self.show_notice)
        self.message_edit.textChanged.connect(self._update)
        self.sender_edit.textChanged.connect(self._update)
        self.send_button.clicked.connect(self.send)  # Ctrl+Enter too (ui/shortcuts.py)
        tab_order.compose(self)
        self.refresh_names()
        self.recheck()

    # --- inputs from outside -------------------------------------------------------------

    def set_balance(self, balance: Decimal | None) -> None:
        self.balance = balance
        self._update()

    def refresh_names(self) -> None:
        """The address book changed: names complete anew and recipients are checked anew."""
        groups = [name for name, _ in self.book.groups()]
        contacts = self.book.names()
        self.recipients_edit.set_names(sorted({*groups, *contacts}, key=str.casefold))
        self.resolver = Resolver(self.book, self.region)
        if self.recipients_edit.tokens():
            self.recheck_timer.start()

    def set_opt_outs(self, opt_outs: OptOutList) -> None:
        """The opt-out list, read at each check: its numbers are skipped, and the tab
        says so."""
        self.opt_outs = opt_outs
        self.recheck()

    def replace_text(self, text: str) -> None:
        """Put ``text`` in the message as one edit: Ctrl+Z brings the old text back
        (setPlainText would forget it)."""
        cursor = self.message_edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)

    def add_tool(self, widget: QWidget, at: int = -1) -> None:
        """A button beside the counter, at place ``at`` of its row (-1: last); the window
        adds those built after the first paint."""
        self.counter_row.insertWidget(at, widget)
        tab_order.compose(self)

    def insert_field(self, placeholder: str) -> None:
        self.message_edit.insertPlainText(placeholder)
        self.message_edit.setFocus()

    def set_region(self, region: str) -> None:
        self.region = region
        self.resolver = Resolver(self.book, region)
        self.recheck()

    def show_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.show()
        announce.announce(self.notice_label, text, urgent=True)

    def add_recipients(self, tokens: list[str]) -> None:
        self.recipients_edit.add_tokens(tokens)
        self.recheck()

    def give_back(self, messages: list[NewMessage]) -> None:
        """Messages the worker could not queue come back to the fields, unless the user has
        started another message meanwhile (then they are named in a notice)."""
        if not messages:
            return
        first = messages[0]
        # The text as written: with merge fields, not one recipient's merged text.
        text = self.sent_text or first.text
        if self.message_edit.toPlainText() or self.recipients_edit.tokens():
            self.show_notice(self.words.not_restored(len(messages), text[:200]))
            return
        self.recipients_edit.setText("\n".join(m.recipient for m in messages))
        self.message_edit.setPlainText(text)
        self.sender_edit.setText(first.sender or "")
        self.flash_box.setChecked(first.flash)
        self.report_box.setChecked(first.delivery_report)
        self.show_notice(self.tr("The message was not queued (see the error); it is back in "
                                 "the fields, so nothing is lost."))
        self.recheck()

    # --- state -----------------------------------------------------------------------------

    def recheck(self) -> None:
        """Check the recipients now (a long list in slices) and update the counter, cost
        and Send button. ``checking`` is True until the last slice is done."""
        self.recheck_timer.stop()
        if self.opt_outs is not None:  # re-read only when the database changed
            self.opted_out = self.opt_outs.numbers()
        self._check_generation += 1
        self._check_tokens = self.recipients_edit.tokens()
        self._check_found, self._check_position = [], 0
        self._continue_check(self._check_generation)

    def _continue_check(self, generation: int) -> None:
        if generation != self._check_generation:  # the text changed: a newer check runs
            return
        deadline = time.perf_counter() + CHECK_SLICE_SECONDS
        tokens, found = self._check_tokens, self._check_found
        while self._check_position < len(tokens):
            found.extend(self.resolver.token(tokens[self._check_position]))
            self._check_position += 1
            if time.perf_counter() > deadline and self._check_position < len(tokens):
                self.checking = True
                self.reason_label.setText(self.words.checking(self._check_position,
                                                              len(tokens)))
                self.send_button.setEnabled(False)
                QTimer.singleShot(0, self, lambda: self._continue_check(generation))
                return
        self.checking = False
        self.checked = check_recipients(found, self.opted_out, self.resolver.field_names())
        self.recipient_model.set_recipients(self.recipients, self.opted_out)
        self.preview.set_recipients(self.checked.sendable)
        self.recipient_list.setVisible(bool(self.recipients))
        self._update()

    @property
    def recipients(self) -> list[Recipient]:
        """Each recipient once, as last checked."""
        return self.checked.recipients

    def plan(self) -> SendPlan:
        """The send plan for what the fields hold now (the recipients as last checked)."""
        draft = Draft(self._check_tokens, self.message_edit.toPlainText(),
                      self.sender_edit.text() or None, self.flash_box.isChecked(),
                      self.report_box.isChecked())
        return plan_for(self.checked, draft, self.balance)

    def _update(self) -> None:
        plan = self.plan()
        if plan.draft.text and self.highlighter is None:
            self.highlighter = Ucs2Highlighter(self.message_edit.document())
        count = plan.sms_count
        self.counter.show(self.words.counter(plan), plan.parts, self.words.parts(plan))
        self.form.setRowVisible(self.preview_row, plan.merged is not None)
        self.form.setRowVisible(self.campaign_row, self.campaign_edit.show_for(plan))
        self.preview.show_plan(plan)
        if count.ucs2_chars:
            shown = " ".join(count.ucs2_chars[:12]) + (" …" if len(count.ucs2_chars) > 12 else "")
            self.ucs2_label.setText(self.tr(
                "Unicode (70 per SMS) because of: {0}").format(shown) if plan.merged is None
                else self.tr("Unicode (70 per SMS) in the texts that have: {0}").format(shown))
        self.ucs2_label.setVisible(bool(count.ucs2_chars))
        self._offer_cheaper(plan)

        sender = next((p for p in plan.problems if p.code.is_sender), None)
        self.sender_error.setText(problem_text.sender_text(sender) if sender else "")
        self.cost_label.setText(self.words.cost(plan, self.balance))
        self.notes_label.setText("\n".join(problem_text.notes(plan)))
        self.notes_label.setVisible(bool(self.notes_label.text()))
        if self.checking:  # the label says how far the check is
            reason = self.reason_label.text()
        else:
            reason = problem_text.describe(plan.problems[0]) if plan.problems else ""
        self.reason_label.setText(reason)
        self.send_button.setEnabled(not reason)

    def _offer_cheaper(self, plan: SendPlan) -> None:
        """Offer a GSM-7 form of a Unicode text (never applied unasked). Its saving is
        planned again with the converted text, so merged values count as they will."""
        if self.cheaper is None:
            if not plan.sms_count.ucs2_chars:
                return
            from desktop_sms.ui.cheaper_offer import CheaperOfferButton  # when first needed

            self.cheaper = CheaperOfferButton(self)
            self.add_tool(self.cheaper, 1)  # beside the counter, before Insert field
            self.cheaper.chosen.connect(self.replace_text)
        checked, draft, balance = self.checked, plan.draft, self.balance

        def credits_of(form: Form | None) -> int:
            from desktop_sms.core.cheaper import convert

            text = draft.text if form is None else convert(draft.text, form).text
            return plan_for(checked, draft._replace(text=text), balance).credits

        self.cheaper.update_for(draft.text, len(plan.sendable), credits_of)

    # --- sending ---------------------------------------------------------------------------

    def send(self) -> None:
        self.recheck()
        if not self.send_button.isEnabled() or not self.send_at.confirm():
            return
        plan = self.plan()
        # A larger send gets the cost check, which says it with the balance fetched now.
        if len(plan.sendable) <= self.cost_check_over and any(
                w.code is Code.NOT_ENOUGH_CREDIT for w in plan.warnings):
            from desktop_sms.ui.cost_check import over_balance_agreed  # a dialog: when used

            if not over_balance_agreed(self, plan):
                return
        self.send_requested.emit(plan)

    def sent(self, plan: SendPlan) -> None:
        """``plan`` is being queued: the fields are cleared for the next message."""
        self.sent_text = plan.draft.text
        self.message_edit.clear()
        self.recipients_edit.clear()
        self.campaign_edit.clear()
        self.recheck()
