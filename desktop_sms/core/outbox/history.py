"""Read-only queries over the outbox: what the window shows, the CLI lists and the send
pipeline looks up. Nothing here writes, so the GUI thread and the search thread each read
through a History of their own connection."""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop_sms.core import store
from desktop_sms.core.outbox.messages import Message
from desktop_sms.core.states import STATE_BY_VALUE, State

if TYPE_CHECKING:
    from desktop_sms.core.store import Connection


@dataclass(frozen=True)
class OutboxFilter:
    """Which messages a list shows: one state or all, and text to look for (stripped) in
    the message, the number or the name of the contact with that number; of one
    campaign only, or of any."""
    state: State | None = None
    text: str = ""
    campaign_id: int | None = None
    workstation: str | None = None  # queued on this workstation (a team database)
    user: str | None = None  # queued by this user


class HistoryRow(NamedTuple):
    """One message as a list shows it (a tuple: the window holds pages of them)."""
    id: int
    created_at: float
    recipient: str
    text: str
    parts: int
    state: State
    gateway_id: str | None
    error: str | None
    contact: str | None  # the name of the (first) contact with this number
    send_at: float | None = None  # scheduled: not before this UTC instant
    error_code: str | None = None  # see Message
    error_params: str | None = None
    queued_on: str | None = None  # the workstation that queued it (None: before teams)
    queued_by: str | None = None  # the user who did


# The name of the (first) contact with the message's number.
_CONTACT_NAME = "(SELECT name FROM contacts c WHERE c.number = m.recipient ORDER BY c.id LIMIT 1)"
_ROW_SQL = f"""
SELECT m.id, m.created_at, m.recipient, m.text, m.parts, m.state, m.gateway_id, m.error,
       {_CONTACT_NAME}, m.send_at, m.error_code, m.error_params, m.queued_on, m.queued_by
FROM messages m
"""


def _history_row(_cursor: object, values: tuple[Any, ...]) -> HistoryRow:
    (message_id, created_at, recipient, text, parts, state, gateway_id, error,
     contact, send_at, error_code, error_params, queued_on, queued_by) = values
    return HistoryRow(message_id, created_at, recipient, text, parts, STATE_BY_VALUE[state],
                      gateway_id, error, contact, send_at, error_code, error_params,
                      queued_on, queued_by)


def _where(shown: OutboxFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if shown.campaign_id is not None:  # first: with the state, the messages_campaign index
        clauses.append("m.campaign_id = ?")
        params.append(shown.campaign_id)
    if shown.state is not None:
        clauses.append("m.state = ?")
        params.append(shown.state.value)
    if shown.workstation is not None:
        clauses.append("m.queued_on = ?")
        params.append(shown.workstation)
    if shown.user is not None:
        clauses.append("m.queued_by = ?")
        params.append(shown.user)
    if shown.text:
        pattern = f"%{shown.text}%"
        clauses.append("(m.text LIKE ? OR m.recipient LIKE ? OR m.recipient IN "
                       "(SELECT number FROM contacts WHERE name LIKE ?))")
        params += [pattern, pattern.replace(" ", ""), pattern]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class History:
    """Reads over one connection, from the thread that opened it."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def source(self) -> store.Source:
        """What this connection reads, for a second connection on another thread."""
        return store.source_of(self.conn)

    # --- messages -----------------------------------------------------------------------

    def get(self, message_id: int) -> Message | None:
        row = self.conn.execute("SELECT * FROM messages WHERE id = ?", (message_id,)).fetchone()
        return Message.from_row(row) if row else None

    def messages(self, state: State | None = None, *, limit: int = -1,
                 newest_first: bool = False) -> list[Message]:
        sql, params = "SELECT * FROM messages", list[object]()
        if state:
            sql, params = sql + " WHERE state = ?", [state.value]
        sql += " ORDER BY id " + ("DESC" if newest_first else "ASC")
        if limit >= 0:  # SQLite's LIMIT -1 (no limit) is an error on PostgreSQL
            sql, params = sql + " LIMIT ?", [*params, limit]
        rows = self.conn.execute(sql, params)
        return [Message.from_row(row) for row in rows]

    def count(self, *states: State) -> int:
        if not states:
            return int(self.conn.execute("SELECT count(*) FROM messages").fetchone()[0])
        marks = ",".join("?" * len(states))
        return int(self.conn.execute(
            f"SELECT count(*) FROM messages WHERE state IN ({marks})", states).fetchone()[0])

    def last_balance(self) -> Decimal | None:
        row = self.conn.execute(
            "SELECT balance FROM balance_history ORDER BY id DESC LIMIT 1").fetchone()
        return Decimal(row[0]) if row else None

    def queued_from(self) -> tuple[list[str], list[str]]:
        """The workstations and the users that queued messages, each sorted (a team's
        Outbox filters by them). It scans: not on the GUI thread."""
        found = []
        for column in ("queued_on", "queued_by"):
            rows = self.conn.execute(f"SELECT DISTINCT {column} FROM messages "
                                     f"WHERE {column} IS NOT NULL ORDER BY 1")
            found.append([str(row[0]) for row in rows])
        return found[0], found[1]

    # --- lists, a page at a time ---------------------------------------------------------------

    def count_shown(self, shown: OutboxFilter) -> int:
        """How many messages the filter shows. With text it scans: see matching_ids()."""
        where, params = _where(shown)
        return int(self.conn.execute(f"SELECT count(*) FROM messages m{where}",
                                     params).fetchone()[0])

    def page(self, shown: OutboxFilter, offset: int, limit: int) -> list[HistoryRow]:
        """``limit`` rows from ``offset``, newest first."""
        where, params = _where(shown)
        return self._rows(_ROW_SQL + where + " ORDER BY m.id DESC LIMIT ? OFFSET ?",
                          [*params, limit, offset])

    def rows(self, ids: Sequence[int]) -> list[HistoryRow]:
        """The rows of ``ids``, in that order; ids deleted meanwhile are skipped."""
        if not ids:  # "IN ()": SQLite's empty list, a syntax error on PostgreSQL
            return []
        found = {row.id: row for row in self._rows(
            _ROW_SQL + f" WHERE m.id IN ({','.join('?' * len(ids))})", ids)}
        return [found[i] for i in ids if i in found]

    def matching_ids(self, shown: OutboxFilter) -> array[int]:
        """The ids the filter shows, newest first. A LIKE search cannot use an index (a
        million messages take a quarter second): run it off the GUI thread."""
        where, params = _where(shown)
        cursor = self.conn.cursor()
        cursor.row_factory = None
        return array("q", (row[0] for row in cursor.execute(
            f"SELECT m.id FROM messages m{where} ORDER BY m.id DESC", params)))

    def records(self, shown: OutboxFilter) -> Iterator[tuple[Message, str | None]]:
        """Every message the filter shows, whole, newest first, with the name of the
        contact with its number; read as it is used (an export of a million holds one)."""
        where, params = _where(shown)
        rows = self.conn.execute(f"SELECT m.*, {_CONTACT_NAME} AS contact FROM messages m"
                                 f"{where} ORDER BY m.id DESC", params)
        return ((Message.from_row(row), row["contact"]) for row in rows)

    def _rows(self, sql: str, params: Sequence[object]) -> list[HistoryRow]:
        cursor = self.conn.cursor()
        cursor.row_factory = _history_row
        return cursor.execute(sql, params).fetchall()
