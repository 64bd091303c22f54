"""A message's states (see "The message life cycle" in the design notes)."""

from __future__ import annotations

from enum import StrEnum


class State(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    ACCEPTED = "accepted"
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"
    REJECTED = "rejected"
    UNKNOWN = "unknown"
    CANCELLED = "cancelled"


STATE_BY_VALUE = {state.value: state for state in State}
IN_FLIGHT = (State.ACCEPTED, State.SENT)
RESENDABLE = (State.FAILED, State.UNKNOWN, State.REJECTED, State.CANCELLED)
