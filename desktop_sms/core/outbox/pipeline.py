"""The send pipeline: every message is sent exactly once, or flagged for a person.

A message is ``sending`` on disk before its request leaves, so a crash leaves ``sending``
rows, which start-up turns into ``unknown`` (maybe sent; never resent without a person
deciding); on a team database, any workstation does so once the claimer's session is gone
(core/team.py). The steps of a send are here; core/sending/engine.py runs them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from decimal import Decimal
from typing import TYPE_CHECKING

from desktop_sms.core import team
from desktop_sms.core import text as sms_text
from desktop_sms.core.optout import OptOutList
from desktop_sms.core.outbox.message_errors import INTERRUPTED, OPTED_OUT, MessageError
from desktop_sms.core.outbox.messages import Change, Message, NewCampaign, NewMessage
from desktop_sms.core.outbox.refusals import already_sent_again, no_message, not_resendable
from desktop_sms.core.outbox.statuses import Statuses
from desktop_sms.core.outbox.team_locks import STATUS_APPLY, hold, hold_row
from desktop_sms.core.plan import PlanRefused, check_messages
from desktop_sms.core.sending import held_replies
from desktop_sms.core.states import CANCELLABLE, RESENDABLE, UNFINISHED, State, sql_list
from desktop_sms.core.store import (
    is_team,
    new_ids,
    now,
    server_now,
    skip_locked,
    transaction,
)

if TYPE_CHECKING:
    from desktop_sms.gateway import SendResult

# Queued and in-flight messages stay: the history is for finished ones.
_DELETE_SQL = f"DELETE FROM messages WHERE id = ? AND state NOT IN ({sql_list(UNFINISHED)})"


class Outbox(Statuses):
    """The send pipeline over one connection (it applies statuses and reads, too). Use
    from one thread: the writer."""

    # --- start-up -----------------------------------------------------------------------

    def recover(self) -> list[int]:
        """After a crash: requests that may have left, whose sender is gone, become
        ``unknown``. Returns their ids, so the caller can tell the user which ones to check.
        On a team database it is safe at any time (the claimers still at work keep theirs),
        so it runs at every poll or command and a killed workstation's are flagged soon.
        First, the replies a drain here kept when its team database went away are
        recorded (core/sending/held_replies.py)."""
        held_replies.restore(self)
        gone, values = team.gone_claimers(self.conn)
        with transaction(self.conn):
            ids = [row[0] for row in self.conn.execute(
                "UPDATE messages SET state = ?, updated_at = ?, error = ?, error_code = ?, "
                "error_params = NULL WHERE state = ?" + gone + " RETURNING id",
                (State.UNKNOWN, now(), INTERRUPTED.text, INTERRUPTED.code.value,
                 State.SENDING, *values),
            )]
        # On a team database this runs at every poll: the poller applies the statuses, and
        # the others only a reply it stored but did not get to apply (it was killed).
        if not is_team(self.conn) or self.conn.execute(
                "SELECT 1 FROM status_replies LIMIT 1").fetchone() is not None:
            self.apply_pending()
        return sorted(ids)

    # --- enqueue, cancel, send again ------------------------------------------------------

    def enqueue(self, messages: Sequence[NewMessage], *, campaign: NewCampaign | None = None,
                send_at: float | None = None) -> list[int]:
        """Queue messages as one batch in one transaction; returns their ids in order.
        ``campaign`` names the batch, to follow it as one; ``send_at`` (a UTC instant)
        keeps them ``scheduled`` until then."""
        if not messages:
            return []
        self.check(messages)
        with transaction(self.conn):
            return self.insert(messages, campaign=campaign, send_at=send_at)

    def check(self, messages: Sequence[NewMessage]) -> None:
        """The send plan's rules, whoever built the messages; the opt-out list read now.
        Raises PlanRefused."""
        problems = check_messages(messages, OptOutList(self.conn).numbers())
        if problems:
            raise PlanRefused(problems)

    def insert(self, messages: Sequence[NewMessage], *, campaign: NewCampaign | None = None,
               send_at: float | None = None) -> list[int]:
        """``enqueue``'s writes, inside the caller's transaction, for messages ``check``
        passed: a caller that decides what to queue from what it read (send again) reads
        and queues in one transaction, so that another sender cannot queue the same."""
        assert self.conn.in_transaction, "insert runs inside the caller's transaction"
        stamp = now()
        state = (State.QUEUED if send_at is None else State.SCHEDULED).value  # a str binds fastest
        campaign_id = None if campaign is None else self.conn.execute(
            "INSERT INTO campaigns (name, text, template, created_at) VALUES (?, ?, ?, ?) "
            "RETURNING id", (*campaign, stamp)).fetchone()[0]
        ids = new_ids(self.conn, "messages", len(messages))
        batch = ids[0]  # a batch is known by its first message: no counter to keep
        workstation, user = team.who()  # who queued it, for the Outbox's filters
        self.conn.executemany(
            "INSERT INTO messages (id, batch_id, recipient, text, sender, flash, "
            "delivery_report, parts, state, resend_of, created_at, updated_at, "
            "campaign_id, send_at, queued_on, queued_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (message_id, batch, m.recipient, m.text, m.sender or None, m.flash,
                 m.delivery_report, sms_text.parts(m.text), state, m.resend_of,
                 stamp, stamp, campaign_id, send_at, workstation, user)
                for message_id, m in zip(ids, messages, strict=True)
            ),
        )
        return ids

    def cancel(self, ids: Iterable[int]) -> list[int]:
        """Cancel those of ``ids`` that have not left (queued or scheduled); returns the
        ones cancelled."""
        stamp, cancelled = now(), []
        with transaction(self.conn):
            for message_id in ids:
                row = self.conn.execute(
                    "UPDATE messages SET state = ?, updated_at = ? "
                    f"WHERE id = ? AND state IN ({sql_list(CANCELLABLE)}) RETURNING id",
                    (State.CANCELLED, stamp, message_id),
                ).fetchone()
                if row:
                    cancelled.append(int(row[0]))
        return cancelled

    def send_again(self, message_id: int) -> int:
        """Queue a new message copying a failed/unknown one, linked to it. Returns its id.
        Once only: a message sent again before (alone, or with its campaign) is refused."""
        # Read in the transaction that queues the copy, the rows locked: a second sender
        # (another workstation, or a campaign's send again) waits, then finds the copy.
        with transaction(self.conn):
            campaign = self.conn.execute("SELECT campaign_id FROM messages WHERE id = ?",
                                         (message_id,)).fetchone()
            if campaign is not None and campaign[0] is not None:
                # The campaign's first, as its send again takes it: no deadlock between them.
                hold_row(self.conn, "campaigns", campaign[0])
            hold_row(self.conn, "messages", message_id)
            old = self.get(message_id)
            if old is None:
                raise no_message(message_id)
            if old.state not in RESENDABLE:
                raise not_resendable(message_id, old.state)
            copy = self.conn.execute("SELECT min(id) FROM messages WHERE resend_of = ?",
                                     (message_id,)).fetchone()[0]
            if copy is not None:
                raise already_sent_again(message_id, int(copy))
            wanted = [NewMessage(old.recipient, old.text, old.sender, old.flash,
                                 old.delivery_report, resend_of=old.id)]
            self.check(wanted)
            (new_id,) = self.insert(wanted)
        return new_id

    def delete(self, ids: Iterable[int]) -> int:
        """Remove finished messages from the history (never queued or in-flight ones)."""
        with transaction(self.conn):
            return sum(self.conn.execute(_DELETE_SQL, (i,)).rowcount for i in ids)

    # --- sending: the steps core/sending/engine.py runs, each inside its transaction ------

    def due(self, limit: int, *, batch: int | None = None,
            ignore_backoff: bool = False) -> list[Message]:
        """The oldest ``limit`` queued messages (of ``batch`` only, if given) whose backoff
        has run out, or whatever their backoff when a person asked to send now. Inside the
        round's transaction on a team database they are locked until claimed, and those
        another workstation is claiming are passed over: no message is taken twice."""
        sql = "SELECT * FROM messages WHERE state = ?"
        params: list[object] = [State.QUEUED]
        if batch is not None:
            sql += " AND batch_id = ?"
            params.append(batch)
        if not ignore_backoff:  # retry_at is on the server's clock: see requeue
            sql += " AND (retry_at IS NULL OR retry_at <= ?)"
            params.append(server_now(self.conn))
        rows = self.conn.execute(sql + " ORDER BY id LIMIT ?" + skip_locked(self.conn),
                                 [*params, limit])
        return [Message.from_row(row) for row in rows]

    def next_due(self, *, batch: int | None = None,
                 ignore_backoff: bool = False) -> Message | None:
        due = self.due(1, batch=batch, ignore_backoff=ignore_backoff)
        return due[0] if due else None

    def claim(self, message: Message) -> Change | None:
        """Mark a queued message ``sending`` (its request may leave once this commits);
        None when claimed, else why not: on the opt-out list (cancelled) or no longer
        queued (cancelled meanwhile)."""
        if OptOutList(self.conn).has(message.recipient):
            # Put on the list after it was queued: it never leaves, and the outbox says why.
            return self.finish(message.id, State.CANCELLED, OPTED_OUT)
        stamp = now()
        claimed = self.conn.execute(
            "UPDATE messages SET state = ?, sending_at = ?, updated_at = ?, "
            "attempts = attempts + 1, claimed_by = ? WHERE id = ? AND state = ?",
            (State.SENDING, stamp, stamp, team.session_id(self.conn), message.id,
             State.QUEUED),
        ).rowcount
        return None if claimed else Change(message.id, self._state_of(message.id))

    def accepted(self, message_id: int, reply: SendResult) -> Change:
        stamp = now()
        self.conn.execute(
            "UPDATE messages SET state = ?, gateway_id = ?, accepted_at = ?, "
            "updated_at = ?, error = NULL, error_code = NULL, error_params = NULL, "
            "retry_at = NULL WHERE id = ?",
            (State.ACCEPTED, reply.sms_id, stamp, stamp, message_id),
        )
        return Change(message_id, State.ACCEPTED)

    def apply_raced(self, gateway_ids: Sequence[str]) -> list[Change]:
        """After the accepted replies are committed: statuses that raced ahead of them were
        kept, and apply now (one look for the whole batch; usually none)."""
        if not gateway_ids:
            return []
        marks = ", ".join("?" * len(gateway_ids))
        # On a team database an apply may be keeping them at this moment: wait for it.
        with transaction(self.conn) if is_team(self.conn) else nullcontext():
            hold(self.conn, STATUS_APPLY)
            raced = [row[0] for row in self.conn.execute(
                f"SELECT DISTINCT gateway_id FROM status_updates WHERE gateway_id IN ({marks})",
                gateway_ids)]
        return [change for gateway_id in raced for change in self.apply_pending(gateway_id)]

    def finish(self, message_id: int, state: State, error: MessageError) -> Change:
        stamp = now()
        self.conn.execute(
            "UPDATE messages SET state = ?, error = ?, error_code = ?, error_params = ?, "
            "updated_at = ?, final_at = ? WHERE id = ?",
            (state, error.text, error.code.value, error.params_json, stamp, stamp,
             message_id),
        )
        return Change(message_id, state)

    def requeue(self, message_id: int, error: MessageError, *, backoff: float) -> Change:
        stamp = now()
        # On the server's clock: any workstation's due() compares it.
        retry_at = server_now(self.conn) + backoff if backoff else None
        self.conn.execute(
            "UPDATE messages SET state = ?, error = ?, error_code = ?, error_params = ?, "
            "updated_at = ?, retry_at = ? WHERE id = ?",
            (State.QUEUED, error.text, error.code.value, error.params_json, stamp,
             retry_at, message_id),
        )
        return Change(message_id, State.QUEUED)

    def _state_of(self, message_id: int) -> State:
        row = self.conn.execute("SELECT state FROM messages WHERE id = ?",
                                (message_id,)).fetchone()
        return State(row[0]) if row else State.CANCELLED

    # --- balance ---------------------------------------------------------------------------

    def record_balance(self, balance: Decimal) -> None:
        self.conn.execute("INSERT INTO balance_history (at, balance) VALUES (?, ?)",
                          (now(), str(balance)))
