"""What makes a read that decides a write safe when several workstations write at once.

The SQLite file has one writer at a time (BEGIN IMMEDIATE): what a transaction read stays
true until it commits. A team database runs read committed, so a transaction that reads
and then writes from what it read first takes a lock that the others' same decision
waits for; on the SQLite file these do nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_sms.core.store import is_team
from desktop_sms.core.store.pg_schema import SCHEMA_KEY

if TYPE_CHECKING:
    from desktop_sms.core.store import Connection

# Second keys of the transaction-level advisory locks taken here; negative, apart from
# the schema's (0) and the workstations' and the poller's (store, team.py).
STATUS_APPLY = -1  # a status apply, and a sender's look for statuses that raced ahead


def hold(conn: Connection, lock: int) -> None:
    """Wait for ``lock``, held until the caller's transaction ends."""
    if is_team(conn):
        conn.execute("SELECT pg_advisory_xact_lock(?, ?)", (SCHEMA_KEY, lock))


def hold_row(conn: Connection, table: str, row_id: int) -> None:
    """Wait for ``table``'s row ``row_id`` (held until the caller's transaction ends):
    the others that decide about that row (send a campaign again) wait, then see what
    this one wrote."""
    if is_team(conn):
        conn.execute(f"SELECT 1 FROM {table} WHERE id = ? FOR UPDATE", (row_id,))
