"""The Outbox grouped by campaign: each campaign with live counts, delivery rate and
cost; choosing one shows its messages in the list below (the window's filter); Send
again to failed, Send again to unknown… (after a warning), Export report…"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_sms.core.outbox.campaign_actions import SentAgain, send_again
from desktop_sms.core.outbox.campaigns import Campaign
from desktop_sms.core.states import State
from desktop_sms.ui.campaigns_model import CampaignCounts, CampaignsModel, credits_text, rate_text
from desktop_sms.ui.exporting import CampaignReportExporter
from desktop_sms.ui.locale_text import when
from desktop_sms.ui.sizes import column_widths, tall
from desktop_sms.ui.widgets import table_view

if TYPE_CHECKING:
    from desktop_sms.core.store import Source
    from desktop_sms.ui.error_text import Failure
    from desktop_sms.ui.session import Session
    from desktop_sms.ui.worker import GatewayWorker


class CampaignsView(QWidget):
    chosen = Signal(object)  # the campaign id whose messages to show, or None: all

    def __init__(self, database: Source, session: Session) -> None:
        super().__init__()
        self.setObjectName("campaignsView")
        self.session = session
        self._rereading = False
        self.model = CampaignsModel()
        self.counts = CampaignCounts(database, self)
        self.counts.read.connect(self._read)
        self.toggle = QPushButton(self.tr("By ca&mpaign"))
        self.toggle.setObjectName("campaignsToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("Group the Outbox by campaign"))
        self.view = table_view("campaignsTable", self.tr("Campaigns"), self.model)
        column_widths(self.view, (200, 115, 70, 60, 75, 70, 55, 65, 65, 85))
        self.summary = QLabel()
        self.summary.setObjectName("campaignSummary")
        self.summary.setWordWrap(True)
        self.notice = QLabel()  # what the last Send again did, until the next choice
        self.notice.setObjectName("campaignNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.again_button = QPushButton(self.tr("Send again to fai&led"))
        self.again_button.setObjectName("sendAgainFailedButton")
        self.unknown_button = QPushButton(self.tr("Send again to un&known…"))
        self.unknown_button.setObjectName("sendAgainUnknownButton")
        self.report_button = QPushButton(self.tr("Export repor&t…"))
        self.report_button.setObjectName("exportReportButton")
        self.exporter = CampaignReportExporter(self, session)

        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.notice, 1)
        for button in (self.again_button, self.unknown_button, self.report_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        self.view.setMinimumHeight(tall(self.view, 90))
        layout.addLayout(actions)

        self.toggle.toggled.connect(self._toggled)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.again_button.clicked.connect(lambda: self._send_again(unknown=False))
        self.unknown_button.clicked.connect(self._send_again_to_unknown)
        self.report_button.clicked.connect(self._export)
        self.hide()
        self._selection_changed()

    def changed(self, _ids: object = None) -> None:
        """Messages changed or were added: the counts are read again, soon (when grouped)."""
        if self.toggle.isChecked():
            self.counts.soon()

    def shutdown(self) -> None:
        self.counts.stop()

    def selected(self) -> Campaign | None:
        rows = self.view.selectionModel().selectedRows()
        if len(rows) != 1 or rows[0].row() >= len(self.model.campaigns):
            return None
        return self.model.campaigns[rows[0].row()]

    def _toggled(self, on: bool) -> None:
        self.setVisible(on)
        if on:
            self.counts.now()
        else:
            self.view.clearSelection()
        self.chosen.emit(self._chosen_id() if on else None)

    def _read(self, campaigns: list[Campaign]) -> None:
        chosen = self._chosen_id()
        self._rereading = True  # a reset is not the user's choice: the same one is kept
        try:
            self.model.set_campaigns(campaigns)
            row = None if chosen is None else self.model.row_of(chosen)
            if row is not None and self.selected() is None:
                self.view.selectRow(row)
        finally:
            self._rereading = False
        if self._chosen_id() != chosen:  # it is gone (deleted from the history)
            self._selection_changed()
        self._show_selected()

    def _chosen_id(self) -> int | None:
        campaign = self.selected()
        return None if campaign is None else campaign.id

    def _selection_changed(self) -> None:
        if self._rereading:
            return
        self.notice.hide()
        self._show_selected()
        if self.toggle.isChecked():
            self.chosen.emit(self._chosen_id())

    def _show_selected(self) -> None:
        campaign = self.selected()
        self.again_button.setEnabled(bool(campaign and campaign.count(State.FAILED)))
        self.unknown_button.setEnabled(bool(campaign and campaign.count(State.UNKNOWN)))
        self.report_button.setEnabled(campaign is not None)
        self.summary.setText("" if campaign is None else self._summary(campaign))

    def _summary(self, campaign: Campaign) -> str:
        finished = (self.tr("finished {0}").format(when(campaign.finished_at))
                    if campaign.finished_at else self.tr("under way"))
        return self.tr("%Ln message(s), {0}; delivery rate {1}; credits {2}", "",
                       campaign.total).format(finished, rate_text(campaign),
                                              credits_text(campaign))

    def _send_again_to_unknown(self) -> None:
        campaign = self.selected()
        if campaign is None or QMessageBox.warning(
            self, self.tr("Send again to unknown?"),
            self.tr("%Ln message(s) of this campaign may already have reached the gateway "
                    "(the reply was lost): sent again, they may arrive twice. Send again "
                    "to the failed and the unknown ones?", "", campaign.count(State.UNKNOWN)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        ) != QMessageBox.StandardButton.Yes:
            return
        self._send_again(unknown=True)

    def _send_again(self, *, unknown: bool) -> None:
        campaign = self.selected()
        if campaign is None:
            return
        campaign_id = campaign.id
        # Disabled until the worker answers: a second press would find nothing new to
        # send (those sent again are skipped), but says so only after the first.
        self.again_button.setEnabled(False)
        self.unknown_button.setEnabled(False)

        def task(worker: GatewayWorker) -> SentAgain:
            return send_again(worker.outbox, campaign_id, unknown=unknown)

        self.session.run(task, self._sent_again, self._failed_again)

    def _sent_again(self, again: SentAgain) -> None:
        notes = []
        if again.ids:
            self.session.added(again.ids)
            notes.append(self.tr("%Ln message(s) queued again as a new campaign.", "",
                                 len(again.ids)))
        else:
            notes.append(self.tr("Nothing was sent again."))
        if again.already:
            notes.append(self.tr("%Ln had been sent again before.", "", again.already))
        if again.opted_out:
            notes.append(self.tr("%Ln on the opt-out list: not sent.", "",
                                 len(again.opted_out)))
        self.notice.setText(" ".join(notes))
        self.notice.show()
        self.counts.now()

    def _failed_again(self, failure: Failure) -> None:
        self.session.tell(failure)
        self._show_selected()

    def _export(self) -> None:
        campaign = self.selected()
        if campaign is not None:
            self.exporter.ask(campaign.id, campaign.name)
