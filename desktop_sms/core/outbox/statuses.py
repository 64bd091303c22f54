"""Delivery statuses: a get_status reply is stored whole, folded to one update per gateway
id and applied in one statement; updates for ids not known yet wait until they are."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain
from typing import TYPE_CHECKING, NamedTuple

from desktop_sms.core.outbox.history import History
from desktop_sms.core.outbox.message_errors import NOT_DELIVERED
from desktop_sms.core.outbox.messages import Change
from desktop_sms.core.outbox.team_locks import STATUS_APPLY, hold
from desktop_sms.core.states import (
    DELIVERY_RANK,
    FINAL_RANK,
    STATE_BY_VALUE,
    State,
    sql_list,
)
from desktop_sms.core.store import checkpoint, is_team, now, transaction
from desktop_sms.gateway.protocol import delivery_status, format_status_reply, parse_status_reply

if TYPE_CHECKING:
    from desktop_sms.core.store import Connection
    from desktop_sms.gateway import StatusUpdate


_RANK_SQL = ("CASE {} " + " ".join(f"WHEN '{state.value}' THEN {rank}"
                                   for state, rank in DELIVERY_RANK.items()) + " END")
_ON_THE_WAY = sql_list(DELIVERY_RANK)  # the states statuses apply to
_SENT_RANK = DELIVERY_RANK[State.SENT]
_NO_STATE = "\\N\t\\N"  # COPY's NULLs: the id's state is its last letter's
_COPY_SPECIAL = re.compile(r"[\\\t\n\r]")
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})

# One statement for the whole reply. temp.incoming holds one row per gateway id (the last
# raw letter, and a state only where several updates came for one id); temp.letters maps
# each letter to its state. SQLite walks temp.incoming in key order ('+' stops it from
# walking messages instead, CROSS JOIN from reordering): gateway ids grow over time as our
# message ids do, so the messages table is read front to back rather than hopping (2x
# faster for 100,000). PostgreSQL's planner takes neither hint, nor needs them.
# A state only moves forward; the raw letter is recorded even when it moves nothing.
# error_code goes beside the error text written (SET reads the row's old values).
_APPLY_SQL = f"""
UPDATE messages SET
    state = CASE WHEN u.rank > {_RANK_SQL.format('messages.state')} THEN u.state
                 ELSE messages.state END,
    error = CASE WHEN u.state = '{State.FAILED.value}'
                      AND u.rank > {_RANK_SQL.format('messages.state')}
                 THEN coalesce(messages.error, :failed) ELSE messages.error END,
    error_code = CASE WHEN u.state = '{State.FAILED.value}'
                           AND u.rank > {_RANK_SQL.format('messages.state')}
                           AND messages.error IS NULL
                      THEN :failed_code ELSE messages.error_code END,
    sent_at = CASE WHEN u.rank >= {_SENT_RANK} THEN coalesce(messages.sent_at, :now)
                   ELSE messages.sent_at END,
    final_at = CASE WHEN u.rank = {FINAL_RANK} THEN coalesce(messages.final_at, :now)
                    ELSE messages.final_at END,
    gateway_status = u.raw, updated_at = :now
FROM (SELECT i.gateway_id, i.raw, coalesce(i.state, l.state) AS state,
             coalesce(i.rank, l.rank) AS rank
      FROM temp.incoming i {{join}} temp.letters l ON l.raw = i.raw) AS u
WHERE messages.gateway_id = {{plus}}u.gateway_id
  AND {{plus}}messages.state IN ({_ON_THE_WAY}){{within}}
RETURNING messages.id, messages.state, messages.gateway_id
"""

_SQLITE = {"join": "CROSS JOIN", "plus": "+", "within": ""}
# PostgreSQL reads the messages in the span of the reply's ids (by the gateway id index:
# the recent ones, in the order they were written) rather than the whole table, and
# writes them in that order too, as the incoming rows are sent sorted: 0.4 s of 2.
_TEAM = {"join": "JOIN", "plus": "", "within": """
  AND messages.gateway_id BETWEEN (SELECT min(gateway_id) FROM pg_temp.incoming)
                              AND (SELECT max(gateway_id) FROM pg_temp.incoming)"""}
_APPLY = {team: _APPLY_SQL.format(**words) for team, words in ((False, _SQLITE), (True, _TEAM))}
_TEMP_TABLES = (("incoming", "gateway_id TEXT PRIMARY KEY, raw TEXT NOT NULL, state TEXT, "
                             "rank INTEGER"),
                ("letters", "raw TEXT PRIMARY KEY, state TEXT, rank INTEGER"))


def _meaning(raw: str) -> tuple[str, int]:
    """A status letter's state, and its rank on the delivery path (-1: not one we know)."""
    state = STATE_BY_VALUE[delivery_status(raw).value]
    return state.value, DELIVERY_RANK.get(state, -1)


class _Folded(NamedTuple):
    """A batch of updates reduced to one per gateway id, in the shape of the temp tables."""
    last: dict[str, str]  # gateway id -> last raw letter
    letters: list[tuple[str, str, int]]  # raw letter, state, rank
    furthest: list[tuple[str, int, str]]  # state, rank, gateway id: where not the last's


def _fold(updates: Sequence[tuple[str, str]]) -> _Folded:
    """(gateway id, raw letter) in arrival order -> one update per gateway id: the
    furthest state, and the last letter. An earlier update keeps a tie: ``delivered``
    then ``failed`` stays delivered. Python touches each update once, in C where it can."""
    last = dict(updates)
    by_letter = {raw: _meaning(raw) for raw in set(last.values())}
    furthest: dict[str, tuple[str, int]] = {}
    if len(last) < len(updates):  # some id has several updates: walk them in order
        for gateway_id, raw in updates:
            state, rank = by_letter.get(raw) or _meaning(raw)
            if gateway_id not in furthest or furthest[gateway_id][1] < rank:
                furthest[gateway_id] = (state, rank)
    return _Folded(
        last, [(raw, *value) for raw, value in by_letter.items()],
        [(*value, g) for g, value in furthest.items() if value != by_letter[last[g]]],
    )


def _copy_in(conn: Connection, incoming: _Folded) -> None:
    """The temp tables filled on a team database: one COPY each, its rows written as one
    text (100,000 INSERTs would each wait for the server; write_row costs 0.3 s)."""
    from desktop_sms.core.store.postgres import PgConnection

    assert isinstance(conn, PgConnection)
    # The gateway's ids and letters are plain (protocol.py checks them): escaped only
    # when some other caller's are not, at a microsecond a value.
    values = "".join(chain(incoming.last, incoming.last.values()))
    escape = _copy_text if _COPY_SPECIAL.search(values) else _as_is
    furthest = {gateway_id: f"{state}\t{rank}" for state, rank, gateway_id in incoming.furthest}
    letters = "".join(f"{_copy_text(raw)}\t{state}\t{rank}\n"
                      for raw, state, rank in incoming.letters)
    rows = "".join(f"{escape(gateway_id)}\t{escape(raw)}\t"
                   f"{furthest.get(gateway_id, _NO_STATE)}\n"
                   for gateway_id, raw in sorted(incoming.last.items()))
    with conn.translating(), conn.raw.cursor() as cursor:
        for table, text in (("letters (raw, state, rank)", letters),
                            ("incoming (gateway_id, raw, state, rank)", rows)):
            with cursor.copy(f"COPY pg_temp.{table} FROM STDIN") as copy:
                copy.write(text)
        cursor.execute("ANALYZE pg_temp.incoming")  # its size, for the plan above


def _copy_text(value: str) -> str:
    """A value as COPY's text format reads it."""
    return value.translate(_COPY_ESCAPES)


def _as_is(value: str) -> str:
    return value


class Statuses(History):
    """Applies delivery statuses to the messages. Writes: use from the writer thread."""

    def record_statuses(self, updates: Sequence[StatusUpdate]) -> list[Change]:
        """Store a get_status reply (one transaction, before anything else), then apply it.

        The reply is stored whole, as one row: the gateway reports each change only once,
        and one row commits in milliseconds where 100,000 rows took a quarter second.
        """
        if not updates:
            return self.apply_pending()
        body = format_status_reply(updates)
        with transaction(self.conn):
            reply_id = self.conn.execute(
                "INSERT INTO status_replies (received_at, body) VALUES (?, ?) RETURNING id",
                (now(), body),
            ).fetchone()[0]
        return self._apply(None, {reply_id: updates})

    def apply_pending(self, gateway_id: str | None = None) -> list[Change]:
        """Apply stored replies and kept updates to the messages they name.

        Updates whose id matches no message are kept in ``status_updates`` until it turns
        up (pass ``gateway_id`` when it just did, to look only at those). Replies stored
        but not applied (the program stopped in between) are applied here too.
        """
        replies: dict[int, Sequence[StatusUpdate]] = {}
        if gateway_id is None:
            for reply_id, body in self.conn.execute(
                "SELECT id, body FROM status_replies ORDER BY id"
            ):
                replies[reply_id] = parse_status_reply(body.encode())
        return self._apply(gateway_id, replies)

    def _apply(self, gateway_id: str | None,
               replies: dict[int, Sequence[StatusUpdate]]) -> list[Change]:
        # Not durable: if a power cut undoes this commit, the replies it deletes and the
        # kept updates are still stored, and the next start applies them again (applying
        # twice changes nothing). For 100,000 updates the disk wait (mostly copying the WAL
        # back) was a tenth of a second; checkpoint() does that once the results are out.
        with transaction(self.conn, durable=False):
            # One apply at a time across workstations: a sender looking for statuses that
            # raced ahead of its send reply waits for this one's kept updates (apply_raced).
            hold(self.conn, STATUS_APPLY)
            if is_team(self.conn):  # not durable either: the server flushes it soon after
                self.conn.execute("SET LOCAL synchronous_commit = off")
            if replies:  # read before the lock: another writer may have applied some since
                marks = ", ".join("?" * len(replies))
                stored = {row[0] for row in self.conn.execute(
                    f"SELECT id FROM status_replies WHERE id IN ({marks})", list(replies))}
                replies = {key: value for key, value in replies.items() if key in stored}
            kept = self.conn.execute(
                "SELECT gateway_id, raw FROM status_updates "
                + ("WHERE gateway_id = ? " if gateway_id else "") + "ORDER BY id",
                (gateway_id,) if gateway_id else (),
            ).fetchall()
            received = [(u.sms_id, u.raw) for updates in replies.values() for u in updates]
            incoming = _fold([*map(tuple, kept), *received])
            stamp = now()
            changed = self._update(incoming, stamp)
            if len(changed) < len(incoming.last):  # some ids are not ours (yet): keep those
                # Told by the UPDATE itself: on a team database a second look would see a
                # send reply committed since, and drop a status no one applied.
                unmatched = set(incoming.last).difference([row[2] for row in changed])
                self.conn.executemany(
                    "INSERT INTO status_updates (gateway_id, status, raw, received_at) "
                    "VALUES (?, ?, ?, ?)",
                    ((g, _meaning(raw)[0], raw, stamp) for g, raw in received if g in unmatched),
                )
            else:
                unmatched = set()
            self.conn.executemany(
                "DELETE FROM status_updates WHERE gateway_id = ?",
                ((g,) for g in {row[0] for row in kept} - unmatched),
            )
            self.conn.executemany("DELETE FROM status_replies WHERE id = ?",
                                  ((reply_id,) for reply_id in replies))
        return [Change(message_id, STATE_BY_VALUE[state]) for message_id, state, _ in changed]

    def _update(self, incoming: _Folded, stamp: float) -> list[tuple[int, str, str]]:
        """Apply folded updates; (message id, state, gateway id) of each message found."""
        team = is_team(self.conn)
        for table, columns in _TEMP_TABLES:
            if team:  # emptied by each commit: nothing to delete next time
                self.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} ({columns}) "
                                  "ON COMMIT DELETE ROWS")
            else:
                self.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} ({columns}) "
                                  "WITHOUT ROWID")
                self.conn.execute(f"DELETE FROM temp.{table}")
        if not incoming.last:
            return []
        if team:
            _copy_in(self.conn, incoming)
        else:
            self.conn.executemany("INSERT INTO temp.letters VALUES (?, ?, ?)", incoming.letters)
            self.conn.executemany("INSERT INTO temp.incoming (gateway_id, raw) VALUES (?, ?)",
                                  incoming.last.items())
            self.conn.executemany("UPDATE temp.incoming SET state = ?, rank = ? "
                                  "WHERE gateway_id = ?", incoming.furthest)
        cursor = self.conn.cursor()
        cursor.row_factory = None  # plain tuples: 100,000 Row objects cost 0.1 s
        return cursor.execute(_APPLY[team], {"now": stamp, "failed": NOT_DELIVERED.text,
                                            "failed_code": NOT_DELIVERED.code.value}).fetchall()

    def checkpoint(self) -> None:
        """Write what non-durable commits left in the WAL into the file (when idle)."""
        checkpoint(self.conn)

    def unmatched_updates(self) -> int:
        """Updates kept because no message had their gateway id (yet)."""
        return int(self.conn.execute("SELECT count(*) FROM status_updates").fetchone()[0])
