"""The send pipeline: every message is sent exactly once, or flagged for a person.

Each state change is committed before the next step: a message is ``sending`` on disk
before its request leaves, so a crash leaves ``sending`` rows, which start-up turns into
``unknown`` (maybe sent; never resent without a person deciding).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple, cast

from desktop_sms.core import text as sms_text
from desktop_sms.core.phone import to_msisdn
from desktop_sms.core.states import RESENDABLE, STATE_BY_VALUE, State
from desktop_sms.core.store import checkpoint, now, transaction
from desktop_sms.gateway import (
    AuthError,
    GatewayError,
    NetworkError,
    RejectedError,
    StatusUpdate,
)
from desktop_sms.gateway.protocol import STATUS_NAMES, format_status_reply, parse_status_reply

if TYPE_CHECKING:
    from desktop_sms.gateway.client import GatewayClient

log = logging.getLogger(__name__)

MAX_BACKOFF = 300.0
DELIVERY_FAILED = "the mobile network reported that the message could not be delivered"


@dataclass(frozen=True)
class NewMessage:
    recipient: str  # E.164
    text: str
    sender: str | None = None
    flash: bool = False
    delivery_report: bool = False
    resend_of: int | None = None


@dataclass(frozen=True)
class Message:
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

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Message:
        return cls(
            id=row["id"], batch_id=row["batch_id"], recipient=row["recipient"],
            text=row["text"], sender=row["sender"], flash=bool(row["flash"]),
            delivery_report=bool(row["delivery_report"]), parts=row["parts"],
            state=State(row["state"]), gateway_id=row["gateway_id"],
            gateway_status=row["gateway_status"], error=row["error"],
            attempts=row["attempts"], resend_of=row["resend_of"],
            created_at=row["created_at"], updated_at=row["updated_at"],
        )


class Change(NamedTuple):  # a tuple: a status reply can make 100,000 of them
    message_id: int
    state: State


@dataclass
class DrainResult:
    attempted: int = 0
    # Why draining stopped early: AuthError or a connect-phase NetworkError (messages stay
    # queued), or None when the queue ran dry or we were asked to stop.
    error: GatewayError | None = None
    in_doubt: int | None = None  # the message whose send ended unknown, which stopped it


# How far along the delivery path a state is; status updates only ever move forward.
_RANK = {"accepted": 0, "sent": 1, "delivered": 2, "failed": 2}
_RANK_SQL = ("CASE {} " + " ".join(f"WHEN '{state}' THEN {rank}" for state, rank in _RANK.items())
             + " END")
_ON_THE_WAY = ", ".join(f"'{state}'" for state in _RANK)  # the states statuses apply to

# One statement for the whole reply. temp.incoming holds one row per gateway id (the last
# raw letter, and a state only where several updates came for one id); temp.letters maps
# each letter to its state. SQLite walks temp.incoming in key order ('+' stops it from
# walking messages instead): gateway ids grow over time as our message ids do, so the
# messages table is read front to back rather than hopping (2x faster for 100,000).
# A state only moves forward; the raw letter is recorded even when it moves nothing.
_APPLY_SQL = f"""
UPDATE messages SET
    state = CASE WHEN u.rank > {_RANK_SQL.format('messages.state')} THEN u.state
                 ELSE messages.state END,
    error = CASE WHEN u.state = 'failed' AND u.rank > {_RANK_SQL.format('messages.state')}
                 THEN coalesce(messages.error, :failed) ELSE messages.error END,
    sent_at = CASE WHEN u.rank >= 1 THEN coalesce(messages.sent_at, :now)
                   ELSE messages.sent_at END,
    final_at = CASE WHEN u.rank = 2 THEN coalesce(messages.final_at, :now)
                    ELSE messages.final_at END,
    gateway_status = u.raw, updated_at = :now
FROM (SELECT i.gateway_id, i.raw, coalesce(i.state, l.state) AS state,
             coalesce(i.rank, l.rank) AS rank
      FROM temp.incoming i CROSS JOIN temp.letters l ON l.raw = i.raw) AS u
WHERE messages.gateway_id = +u.gateway_id
  AND +messages.state IN ({_ON_THE_WAY})
RETURNING messages.id, messages.state
"""

# The incoming ids no message took (rare: a status that raced ahead of its send reply).
_UNMATCHED_SQL = f"""
SELECT u.gateway_id FROM temp.incoming AS u WHERE NOT EXISTS (
    SELECT 1 FROM messages m WHERE m.gateway_id = u.gateway_id
    AND +m.state IN ({_ON_THE_WAY}))
"""


def _meaning(raw: str) -> tuple[str, int]:
    """A status letter's state, and its rank on the delivery path (-1: not one we know)."""
    state = STATUS_NAMES.get(raw.lower(), "unknown")
    return state, _RANK.get(state, -1)


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


class Outbox:
    """The outbox over one connection. Use from one thread: the writer."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # --- start-up -----------------------------------------------------------------------

    def recover(self) -> list[int]:
        """After a crash: requests that may have left become ``unknown``. Returns their ids,
        so the caller can tell the user which ones to check."""
        with transaction(self.conn):
            ids = [row[0] for row in self.conn.execute(
                "UPDATE messages SET state = 'unknown', updated_at = ?, error = ? "
                "WHERE state = 'sending' RETURNING id",
                (now(), "the program stopped while sending; the gateway may have it"),
            )]
        self.apply_pending()
        return sorted(ids)

    # --- enqueue, cancel, send again ------------------------------------------------------

    def enqueue(self, messages: Sequence[NewMessage]) -> list[int]:
        """Queue messages as one batch in one transaction; returns their ids in order."""
        if not messages:
            return []
        # The send plan's rules, whoever built the messages. (Imported here: plan.py
        # imports NewMessage from this module.)
        from desktop_sms.core.plan import PlanRefused, check_messages

        problems = check_messages(messages)
        if problems:
            raise PlanRefused(problems)
        stamp = now()
        with transaction(self.conn):
            first = self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM messages").fetchone()[0]
            batch = first  # a batch is known by its first message: no counter to keep
            self.conn.executemany(
                "INSERT INTO messages (id, batch_id, recipient, text, sender, flash, "
                "delivery_report, parts, state, resend_of, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?)",
                (
                    (first + i, batch, m.recipient, m.text, m.sender or None, m.flash,
                     m.delivery_report, sms_text.parts(m.text), m.resend_of, stamp, stamp)
                    for i, m in enumerate(messages)
                ),
            )
        return list(range(first, first + len(messages)))

    def cancel(self, ids: Iterable[int]) -> list[int]:
        """Cancel those of ``ids`` that are still queued; returns the ones cancelled."""
        stamp, cancelled = now(), []
        with transaction(self.conn):
            for message_id in ids:
                row = self.conn.execute(
                    "UPDATE messages SET state = 'cancelled', updated_at = ? "
                    "WHERE id = ? AND state = 'queued' RETURNING id",
                    (stamp, message_id),
                ).fetchone()
                if row:
                    cancelled.append(int(row[0]))
        return cancelled

    def send_again(self, message_id: int) -> int:
        """Queue a new message copying a failed/unknown one, linked to it. Returns its id."""
        old = self.get(message_id)
        if old is None:
            raise ValueError(f"message {message_id} does not exist")
        if old.state not in RESENDABLE:
            raise ValueError(f"message {message_id} is {old.state}; only "
                             f"{', '.join(RESENDABLE)} messages can be sent again")
        (new_id,) = self.enqueue([NewMessage(old.recipient, old.text, old.sender, old.flash,
                                             old.delivery_report, resend_of=old.id)])
        return new_id

    def delete(self, ids: Iterable[int]) -> int:
        """Remove finished messages from the history (never queued or in-flight ones)."""
        with transaction(self.conn):
            return sum(
                self.conn.execute(
                    "DELETE FROM messages WHERE id = ? AND state NOT IN "
                    "('queued', 'sending', 'accepted', 'sent')", (i,),
                ).rowcount
                for i in ids
            )

    # --- sending ---------------------------------------------------------------------------

    def next_due(self, *, batch: int | None = None,
                 ignore_backoff: bool = False) -> Message | None:
        """The oldest queued message (of ``batch`` only, if given) whose backoff has run
        out, or whatever its backoff when a person asked to send now."""
        sql = "SELECT * FROM messages WHERE state = 'queued'"
        params: list[object] = []
        if batch is not None:
            sql += " AND batch_id = ?"
            params.append(batch)
        if not ignore_backoff:
            sql += " AND (retry_at IS NULL OR retry_at <= ?)"
            params.append(now())
        row = self.conn.execute(sql + " ORDER BY id LIMIT 1", params).fetchone()
        return Message.from_row(row) if row else None

    def send_one(self, client: GatewayClient, message: Message) -> Change:
        """Send one queued message; every outcome is committed before this returns.

        AuthError and connect-phase NetworkError are re-raised after the message went back
        to ``queued``: the caller should stop draining.
        """
        claimed = self.conn.execute(
            "UPDATE messages SET state = 'sending', sending_at = ?, updated_at = ?, "
            "attempts = attempts + 1 WHERE id = ? AND state = 'queued'",
            (now(), now(), message.id),
        ).rowcount
        if not claimed:  # cancelled meanwhile
            return Change(message.id, self._state_of(message.id))
        try:
            result = client.send_sms(
                to_msisdn(message.recipient), message.text, originator=message.sender,
                flash=message.flash, request_delivery=message.delivery_report,
            )
        except RejectedError as exc:
            return self._finish(message.id, State.REJECTED, str(exc))
        except ValueError as exc:
            return self._finish(message.id, State.REJECTED, str(exc))
        except AuthError as exc:
            self._requeue(message.id, str(exc), backoff=0.0)
            raise
        except NetworkError as exc:
            if exc.maybe_sent:
                return self._finish(message.id, State.UNKNOWN, str(exc))
            self._requeue(message.id, str(exc),
                          backoff=min(MAX_BACKOFF, 2.0 ** (message.attempts + 1)))
            raise
        except GatewayError as exc:  # ProtocolError: it answered; it may have accepted
            return self._finish(message.id, State.UNKNOWN, str(exc))
        stamp = now()
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE messages SET state = 'accepted', gateway_id = ?, accepted_at = ?, "
                "updated_at = ?, error = NULL, retry_at = NULL WHERE id = ?",
                (result.sms_id, stamp, stamp, message.id),
            )
            self._record_balance(result.balance, stamp)
        # A status may have raced ahead of this reply; it was kept and applies now.
        changes = self.apply_pending(result.sms_id)
        return changes[-1] if changes else Change(message.id, State.ACCEPTED)

    def drain(
        self,
        client: GatewayClient,
        *,
        batch: int | None = None,
        ignore_backoff: bool = False,
        should_stop: Callable[[], bool] = lambda: False,
        on_change: Callable[[Change], None] = lambda change: None,
    ) -> DrainResult:
        """Send queued messages in order until none is due, a stop is asked, the gateway
        is unreachable or refuses our credentials, or a send ends in doubt.

        Stopping at the first ``unknown`` keeps a gateway that hangs or answers nonsense
        from turning a whole batch into messages a person must check one by one (and
        from costing a timeout each); the rest stay queued.
        """
        result = DrainResult()
        while not should_stop():
            message = self.next_due(batch=batch, ignore_backoff=ignore_backoff)
            if message is None:
                break
            result.attempted += 1
            try:
                change = self.send_one(client, message)
            except (AuthError, NetworkError) as exc:
                on_change(Change(message.id, State.QUEUED))
                result.error = exc
                break
            on_change(change)
            if change.state is State.UNKNOWN:
                result.in_doubt = change.message_id
                break
        return result

    def _finish(self, message_id: int, state: State, error: str) -> Change:
        stamp = now()
        self.conn.execute(
            "UPDATE messages SET state = ?, error = ?, updated_at = ?, final_at = ? "
            "WHERE id = ?",
            (state, error, stamp, stamp, message_id),
        )
        return Change(message_id, state)

    def _requeue(self, message_id: int, error: str, *, backoff: float) -> None:
        stamp = now()
        self.conn.execute(
            "UPDATE messages SET state = 'queued', error = ?, updated_at = ?, retry_at = ? "
            "WHERE id = ?",
            (error, stamp, stamp + backoff if backoff else None, message_id),
        )

    def _state_of(self, message_id: int) -> State:
        row = self.conn.execute("SELECT state FROM messages WHERE id = ?",
                                (message_id,)).fetchone()
        return State(row[0]) if row else State.CANCELLED

    # --- statuses and balance ----------------------------------------------------------------

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
                unmatched = {row[0] for row in self.conn.execute(_UNMATCHED_SQL)}
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
        return [Change(message_id, STATE_BY_VALUE[state]) for message_id, state in changed]

    def _update(self, incoming: _Folded, stamp: float) -> list[tuple[int, str]]:
        """Apply folded updates; (message id, state) of each message found."""
        for table, columns in (("incoming", "gateway_id TEXT PRIMARY KEY, raw TEXT NOT NULL, "
                                            "state TEXT, rank INTEGER"),
                               ("letters", "raw TEXT PRIMARY KEY, state TEXT, rank INTEGER")):
            self.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} ({columns}) "
                              "WITHOUT ROWID")
            self.conn.execute(f"DELETE FROM temp.{table}")
        if not incoming.last:
            return []
        self.conn.executemany("INSERT INTO temp.letters VALUES (?, ?, ?)", incoming.letters)
        self.conn.executemany("INSERT INTO temp.incoming (gateway_id, raw) VALUES (?, ?)",
                              incoming.last.items())
        self.conn.executemany("UPDATE temp.incoming SET state = ?, rank = ? "
                              "WHERE gateway_id = ?", incoming.furthest)
        cursor = self.conn.cursor()
        cursor.row_factory = None  # plain tuples: 100,000 Row objects cost 0.1 s
        return cursor.execute(_APPLY_SQL, {"now": stamp, "failed": DELIVERY_FAILED}).fetchall()

    def checkpoint(self) -> None:
        """Write what non-durable commits left in the WAL into the file (when idle)."""
        checkpoint(self.conn)

    def unmatched_updates(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM status_updates").fetchone()[0])

    def record_balance(self, balance: Decimal) -> None:
        self._record_balance(balance, now())

    def _record_balance(self, balance: Decimal, stamp: float) -> None:
        self.conn.execute("INSERT INTO balance_history (at, balance) VALUES (?, ?)",
                          (stamp, str(balance)))

    def last_balance(self) -> Decimal | None:
        row = self.conn.execute(
            "SELECT balance FROM balance_history ORDER BY id DESC LIMIT 1").fetchone()
        return Decimal(row[0]) if row else None

    # --- reading ------------------------------------------------------------------------------

    def get(self, message_id: int) -> Message | None:
        row = self.conn.execute("SELECT * FROM messages WHERE id = ?", (message_id,)).fetchone()
        return Message.from_row(row) if row else None

    def messages(self, state: State | None = None, *, limit: int = -1,
                 newest_first: bool = False) -> list[Message]:
        sql, params = "SELECT * FROM messages", cast(tuple[str, ...], ())
        if state:
            sql, params = sql + " WHERE state = ?", (state.value,)
        order = "DESC" if newest_first else "ASC"
        rows = self.conn.execute(f"{sql} ORDER BY id {order} LIMIT ?", (*params, limit))
        return [Message.from_row(row) for row in rows]

    def count(self, *states: State) -> int:
        if not states:
            return int(self.conn.execute("SELECT count(*) FROM messages").fetchone()[0])
        marks = ",".join("?" * len(states))
        return int(self.conn.execute(
            f"SELECT count(*) FROM messages WHERE state IN ({marks})", states).fetchone()[0])
