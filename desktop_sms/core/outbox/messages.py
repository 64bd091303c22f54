"""What the outbox takes in and hands out: a message to queue, a stored message, a change."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from desktop_sms.core.states import State

if TYPE_CHECKING:
    from desktop_sms.core.store import Row


class NewMessage(NamedTuple):
    recipient: str  # E.164
    text: str
    sender: str | None = None
    flash: bool = False
    delivery_report: bool = False
    resend_of: int | None = None


class NewCampaign(NamedTuple):
    """What names a bulk send, to follow it as one (core/campaigns.py reads them)."""
    name: str
    text: str  # as written, placeholders unmerged
    template: str | None = None  # the template's name, when one was used


class Message(NamedTuple):
    id: int
    batch_id: int | None
    recipient: str
    text: str
    sender: str | None
    flash: bool
    delivery_report: bool
    parts: int
    state: State
    gateway_id: str | None
    gateway_status: str | None
    error: str | None
    attempts: int
    resend_of: int | None
    created_at: float
    updated_at: float
    # When it reached each step (None: not yet, or never).
    sending_at: float | None = None
    accepted_at: float | None = None
    sent_at: float | None = None
    final_at: float | None = None
    campaign_id: int | None = None
    send_at: float | None = None  # scheduled: not before this UTC instant
    # error as a code and its values in JSON, for the window to word (message_errors.py)
    error_code: str | None = None
    error_params: str | None = None
    queued_on: str | None = None  # the workstation that queued it (its host name)
    queued_by: str | None = None  # and the user logged in there

    @classmethod
    def from_row(cls, row: Row) -> Message:
        return cls(
            id=row["id"], batch_id=row["batch_id"], recipient=row["recipient"],
            text=row["text"], sender=row["sender"], flash=bool(row["flash"]),
            delivery_report=bool(row["delivery_report"]), parts=row["parts"],
            state=State(row["state"]), gateway_id=row["gateway_id"],
            gateway_status=row["gateway_status"], error=row["error"],
            attempts=row["attempts"], resend_of=row["resend_of"],
            created_at=row["created_at"], updated_at=row["updated_at"],
            sending_at=row["sending_at"], accepted_at=row["accepted_at"],
            sent_at=row["sent_at"], final_at=row["final_at"],
            campaign_id=row["campaign_id"], send_at=row["send_at"],
            error_code=row["error_code"], error_params=row["error_params"],
            queued_on=row["queued_on"], queued_by=row["queued_by"],
        )


class Change(NamedTuple):  # a tuple: a status reply can make 100,000 of them
    message_id: int
    state: State
