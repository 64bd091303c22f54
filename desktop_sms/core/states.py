"""A message's states (see "The message life cycle" in the design notes): the one table
the sets below, and the SQL that names states, are derived from."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class State(StrEnum):
    SCHEDULED = "scheduled"  # waits for its send_at, then becomes queued
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

# How far along the delivery path a state is; status updates only ever move forward.
# These are the states a status update applies to.
DELIVERY_RANK = {State.ACCEPTED: 0, State.SENT: 1, State.DELIVERED: 2, State.FAILED: 2}
FINAL_RANK = 2
# The gateway has these and a final status is still to come.
IN_FLIGHT = tuple(state for state, rank in DELIVERY_RANK.items() if rank < FINAL_RANK)
# Not finished: kept out of reach of "delete from history".
UNFINISHED = (State.SCHEDULED, State.QUEUED, State.SENDING, *IN_FLIGHT)
# Not left yet: a person may still cancel them.
CANCELLABLE = (State.SCHEDULED, State.QUEUED)
RESENDABLE = (State.FAILED, State.UNKNOWN, State.REJECTED, State.CANCELLED)


def sql_list(states: Iterable[State]) -> str:
    """``'a', 'b'``: states as the items of an SQL ``IN (...)`` (their values hold no
    quote). For statements that cannot take parameters, such as the status apply."""
    return ", ".join(f"'{state.value}'" for state in states)
