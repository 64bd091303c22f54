"""The outbox: the send pipeline (``pipeline``), delivery statuses (``statuses``) and
read-only queries (``history``) over the messages table. Code in the package imports from
those modules; the names below are for tests and scripts."""

from __future__ import annotations

from desktop_sms.core.outbox.history import History, HistoryRow, OutboxFilter
from desktop_sms.core.outbox.messages import Change, Message, NewMessage
from desktop_sms.core.outbox.pipeline import DrainResult, Outbox

__all__ = [
    "Change",
    "DrainResult",
    "History",
    "HistoryRow",
    "Message",
    "NewMessage",
    "Outbox",
    "OutboxFilter",
]
