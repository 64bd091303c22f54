"""The Outbox tab: every message and its state, live."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_sms.core.outbox.history import History
from desktop_sms.core.outbox.messages import Message
from desktop_sms.core.phone import display
from desktop_sms.core.states import CANCELLABLE, RESENDABLE, State
from desktop_sms.core.store import Connection
from desktop_sms.ui import message_error_text, tab_order
from desktop_sms.ui.appearance import colours
from desktop_sms.ui.campaigns_view import CampaignsView
from desktop_sms.ui.exporting import OutboxExporter
from desktop_sms.ui.locale_text import moment, with_utc
from desktop_sms.ui.models import STATE_COLUMN, OutboxModel
from desktop_sms.ui.optout_action import OptOutAction, Rows
from desktop_sms.ui.outbox_team import QueuedFromFilter
from desktop_sms.ui.send_at import state_text
from desktop_sms.ui.sizes import column_widths, tall
from desktop_sms.ui.state_names import state_name
from desktop_sms.ui.widgets import search_field, table_view

if TYPE_CHECKING:
    from desktop_sms.ui.session import Session

STATE_SWATCH_ROOM = 40  # the state's colour square and the cell's margins, in pixels


class OutboxTab(QWidget):
    cancel_requested = Signal(object)
    send_again_requested = Signal(object)
    delete_requested = Signal(object)
    reschedule_requested = Signal(object)  # [id] of scheduled messages: a new time

    def __init__(self, conn: Connection, session: Session) -> None:
        super().__init__()
        self.setObjectName("outboxTab")
        self.reader = History(conn)  # reads only: writes go through the worker
        self.model = OutboxModel(self.reader)

        self.state_filter = QComboBox()
        self.state_filter.setObjectName("stateFilter")
        self.state_filter.setAccessibleName(self.tr("Show messages in state"))
        self.state_filter.addItem(self.tr("All states"), None)
        for state in State:
            self.state_filter.addItem(state_name(state), state.value)
        self.search_edit = search_field("outboxSearch", self.tr("Search messages"),
                                        self.tr("Search text, number or contact…"))
        self.search_status = QLabel()
        self.search_status.setObjectName("searchStatus")
        self.view = table_view("outboxView", self.tr("Outbox"), self.model)
        # Fixed widths: measuring content would read every row of a million-message outbox.
        # The State column's fits a scheduled message's state in this language ('scheduled ·
        # Mon 30 Nov 10:28' is a third longer in Greek), with its colour swatch.
        scheduled = self.view.fontMetrics().horizontalAdvance(
            state_text(State.SCHEDULED, time.time())) + STATE_SWATCH_ROOM
        column_widths(self.view, (130, 230, 270, 50, 215, 140))
        self.view.setColumnWidth(STATE_COLUMN, max(self.view.columnWidth(STATE_COLUMN),
                                                   scheduled))

        self.details = QTextBrowser()
        self.details.setObjectName("outboxDetails")
        self.details.setAccessibleName(self.tr("Message details"))
        self.details.setMinimumHeight(tall(self.details, 190))  # its rows, not half of one
        self.cancel_button = QPushButton(self.tr("Cancel &sending"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip(self.tr("Cancel the selected queued or scheduled messages"))
        self.reschedule_button = QPushButton(self.tr("R&eschedule…"))
        self.reschedule_button.setObjectName("rescheduleButton")
        self.reschedule_button.setToolTip(self.tr("Give the selected scheduled messages a new "
                                                  "time"))
        self.again_button = QPushButton(self.tr("Send &again"))
        self.again_button.setObjectName("sendAgainButton")
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setShortcut(QKeySequence.StandardKey.Copy)  # so no Alt+letter
        self.copy_button.setToolTip(self.tr("Copy the selected messages ({0})").format(
            self.copy_button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.delete_button = QPushButton(self.tr("&Delete from history"))
        self.delete_button.setObjectName("deleteButton")
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("Save the messages shown to a spreadsheet"))
        # What the list shows: the filter as applied, not text still being typed.
        self.exporter = OutboxExporter(self, session, lambda: self.model.shown)
        self.optout_action = OptOutAction(self.view, session, self.selected_ids, Rows.MESSAGES)
        self.campaigns = CampaignsView(self.reader.source(), session)  # the toggle shows it
        self.queued_from = QueuedFromFilter(session)  # shown for a team only
        self.queued_from.chosen.connect(self.model.set_queued_from)

        top = QHBoxLayout()
        top.addWidget(self.state_filter)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.search_status)
        top.addWidget(self.queued_from.workstation_box)
        top.addWidget(self.queued_from.user_box)
        top.addWidget(self.campaigns.toggle)
        actions = QHBoxLayout()
        for button in (self.cancel_button, self.reschedule_button, self.again_button,
                       self.copy_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.insertWidget(0, self.campaigns)
        splitter.setStretchFactor(0, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        # Searching a large history scans it (on the search thread): wait until typing
        # pauses, and say when it is under way.
        self.model.searching.connect(self._show_searching)
        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.state_filter.currentIndexChanged.connect(self._apply_filter)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.dataChanged.connect(lambda *_: self._selection_changed())
        self.cancel_button.clicked.connect(lambda: self.cancel_requested.emit(self.selected_ids()))
        self.reschedule_button.clicked.connect(
            lambda: self.reschedule_requested.emit(self.selected_ids(State.SCHEDULED)))
        self.again_button.clicked.connect(self._send_again)
        self.copy_button.clicked.connect(self._copy)
        self.delete_button.clicked.connect(self._delete)
        self.export_button.clicked.connect(self.exporter.ask)
        self.campaigns.chosen.connect(self.model.set_campaign)
        session.messages_changed.connect(self.campaigns.changed)
        session.messages_added.connect(self.campaigns.changed)
        self._selection_changed()
        tab_order.outbox(self)

    def _show_searching(self, running: bool) -> None:
        found = self.model.rowCount()
        self.search_status.setText(
            self.tr("Searching…") if running
            else self.tr("%Ln message(s) found", "", found))

    def shutdown(self) -> None:
        self.exporter.stop()
        self.model.close()
        self.campaigns.shutdown()

    def _apply_filter(self) -> None:
        if not self.search_edit.text().strip():
            self.search_status.clear()
        self.model.set_filter(self.state_filter.currentData(), self.search_edit.text())
        self._selection_changed()

    def selected_ids(self, state: State | None = None) -> list[int]:
        """The selected messages (in ``state`` only, if given: read from the rows loaded)."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.data(self.model.index(r, 0), OutboxModel.ID_ROLE) for r in rows
                if state is None
                or self.model.data(self.model.index(r, 0), OutboxModel.STATE_ROLE) is state]

    def selected_messages(self) -> list[Message]:
        found = (self.reader.get(i) for i in self.selected_ids())
        return [m for m in found if m is not None]

    def _selection_changed(self) -> None:
        # States come from the rows already loaded: a large selection must not cost one
        # query per message on the GUI thread.
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        states = {self.model.data(self.model.index(r, 0), OutboxModel.STATE_ROLE) for r in rows}
        self.cancel_button.setEnabled(bool(states & set(CANCELLABLE)))
        self.reschedule_button.setEnabled(State.SCHEDULED in states)
        self.again_button.setEnabled(bool(states & set(RESENDABLE)))
        self.copy_button.setEnabled(bool(rows))
        self.delete_button.setEnabled(bool(rows))
        single = self.selected_messages() if len(rows) == 1 else []
        self.details.setHtml(self._details_html(single[0], rows.pop()) if single else "")

    def _details_html(self, message: Message, row: int) -> str:
        colour = colours().states[message.state]
        rows = [
            (self.tr("State"), f'<b style="color:{colour}">{state_name(message.state)}</b>'),
            (self.tr("To"), display(message.recipient)),
            (self.tr("From"), message.sender or self.tr("account default")),
            (self.tr("Parts"), str(message.parts)),
            (self.tr("Gateway ID"), message.gateway_id or "—"),
            (self.tr("Created"), moment(message.created_at)),
            (self.tr("Updated"), moment(message.updated_at)),
        ]
        if message.send_at is not None:
            rows.append((self.tr("Send at"), with_utc(message.send_at)))
        if message.error:
            rows.append((self.tr("Problem"), _escape(message_error_text.describe(
                message.error, message.error_code, message.error_params))))
        if message.resend_of:
            rows.append((self.tr("Resent from"), f"#{message.resend_of}"))
        shown = self.model.row(row)
        if self.queued_from.team and shown is not None:  # who did it, in a team
            rows += [(self.tr("Workstation"), _escape(shown.queued_on or "—")),
                     (self.tr("Queued by"), _escape(shown.queued_by or "—"))]
        table = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
        return (f"<table cellspacing=4>{table}</table>"
                f"<p style='white-space:pre-wrap'>{_escape(message.text)}</p>")

    def _send_again(self) -> None:
        messages = [m for m in self.selected_messages() if m.state in RESENDABLE]
        unknown = [m for m in messages if m.state is State.UNKNOWN]
        if unknown and QMessageBox.warning(
            self, self.tr("Send again?"),
            self.tr("%Ln message(s) may already have reached the gateway (the reply was "
                    "lost). Sending again may deliver them twice. Send again anyway?", "",
                    len(unknown)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        ) != QMessageBox.StandardButton.Yes:
            return
        self.send_again_requested.emit([m.id for m in messages])

    def _copy(self) -> None:
        lines = [f"{display(m.recipient)}\t{m.state.value}\t{m.text}"
                 for m in self.selected_messages()]
        QGuiApplication.clipboard().setText("\n".join(lines))

    def _delete(self) -> None:
        ids = self.selected_ids()
        if ids and QMessageBox.question(
            self, self.tr("Delete from history"),
            self.tr("Remove %Ln message(s) from the history? Messages still queued or on "
                    "their way are kept.", "", len(ids)),
        ) == QMessageBox.StandardButton.Yes:
            self.delete_requested.emit(ids)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
