"""The campaigns table: one row per campaign with its live counts, delivery rate and
cost. The counts are read on a thread of their own (``CampaignCounts``): over 100,000
messages they take ~35 ms, too long for the GUI thread at every change while sending."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal

from desktop_sms.core.outbox.campaigns import Campaign, Campaigns
from desktop_sms.core.states import State
from desktop_sms.core.store import Connection, Source
from desktop_sms.ui.locale_text import fmt, number, when
from desktop_sms.ui.models import Table
from desktop_sms.ui.search import IdSearch
from desktop_sms.ui.state_names import state_name

Index = QModelIndex | QPersistentModelIndex
# Columns that add states up: not left yet, and with the gateway but not final.
WAITING = (State.SCHEDULED, State.QUEUED, State.SENDING)
ON_THE_WAY = (State.ACCEPTED, State.SENT)
COUNTED = (WAITING, ON_THE_WAY, (State.DELIVERED,), (State.FAILED,), (State.UNKNOWN,),
           (State.REJECTED, State.CANCELLED))
REREAD_MS = 250  # changes while sending come every 50 ms: one re-read for several
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def rate_text(campaign: Campaign) -> str:
    rate = campaign.delivery_rate
    return "—" if rate is None else fmt("{0:.0%}", rate)


def credits_text(campaign: Campaign) -> str:
    maybe = campaign.maybe_credits
    return fmt("{0:,} (+{1:,}?)", campaign.credits, maybe) if maybe else \
        number(campaign.credits)


def _all_campaigns(conn: Connection, _wanted: object) -> list[Campaign]:
    return Campaigns(conn).all()


class CampaignCounts(QObject):
    """Re-reads every campaign on the counting thread, at most once per REREAD_MS
    however often it is asked; ``read`` brings the answer to the GUI thread."""

    read = Signal(object)  # list[Campaign], newest first

    def __init__(self, database: Source, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._counter: IdSearch | None = None  # started when first asked
        self._timer = QTimer(self, singleShot=True, interval=REREAD_MS)
        self._timer.timeout.connect(self.now)

    def soon(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def now(self) -> None:
        self._timer.stop()
        if self._counter is None:
            self._counter = IdSearch(self._database, _all_campaigns, "campaign-counts")
            self._counter.found.connect(self.read)
        self._counter.find(None)

    def stop(self) -> None:
        self._timer.stop()
        if self._counter is not None:
            self._counter.stop()


class CampaignsModel(Table):
    COLUMNS = 11
    RATE, CREDITS = 9, 10
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Campaign"), self.tr("Created"), self.tr("Messages"),
                self.tr("Waiting"), self.tr("On the way"), self.tr("Delivered"),
                self.tr("Failed"), self.tr("Unknown"), self.tr("Not sent"),
                self.tr("Delivery rate"), self.tr("Credits"))

    def __init__(self) -> None:
        super().__init__()
        self.campaigns: list[Campaign] = []

    def row_total(self) -> int:
        return len(self.campaigns)

    def set_campaigns(self, campaigns: list[Campaign]) -> None:
        """The counts change in place (the selection stays); a new campaign resets."""
        if [c.id for c in campaigns] == [c.id for c in self.campaigns]:
            self.campaigns = campaigns
            if campaigns:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(campaigns) - 1, self.COLUMNS - 1))
            return
        self.beginResetModel()
        self.campaigns = campaigns
        self.endResetModel()

    def row_of(self, campaign_id: int) -> int | None:
        return next((row for row, c in enumerate(self.campaigns) if c.id == campaign_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not 0 <= index.row() < len(self.campaigns):
            return None
        campaign, column = self.campaigns[index.row()], index.column()
        if role == self.ID_ROLE:
            return campaign.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return campaign.name
            if column == 1:
                return when(campaign.created_at)
            if column == 2:
                return campaign.total
            if column == self.RATE:
                return rate_text(campaign)
            if column == self.CREDITS:
                return credits_text(campaign)
            return campaign.count(*COUNTED[column - 3])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return campaign.text
            if column == self.CREDITS:
                return self.tr("The parts of the messages the gateway took; in brackets, "
                               "those of unknown ones, which may have cost too")
            if column == self.RATE:
                return self.tr("Delivered ÷ messages with a final delivery report")
            if 3 <= column < self.RATE:
                return ", ".join(f"{state_name(s)}: {campaign.count(s)}"
                                 for s in COUNTED[column - 3])
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return _RIGHT
        return None
