"""The sending engine: what is queued goes out, several requests at once, paced, each
message exactly once or flagged for a person. The window's worker and the command line
both drain through here.

Every message is ``sending`` on disk before its request leaves. The requests run on
sender threads; all database work stays on the calling thread (its connection is not
shared), where one transaction records the results that have arrived and claims the
next messages: one fsync for a batch, not two per message. At most ``concurrency`` rows
are ``sending`` at any moment, so a crash leaves at most that many ``unknown`` (start-up
marks them); nothing that may have left is sent again automatically.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, Future, wait
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING

from desktop_sms.core import team
from desktop_sms.core.outbox.message_errors import MessageError, of_gateway
from desktop_sms.core.outbox.messages import Change, Message
from desktop_sms.core.phone import to_msisdn
from desktop_sms.core.sending import held_replies
from desktop_sms.core.sending.held_replies import Outcome
from desktop_sms.core.sending.pacing import Clock, Pace, Pacer, SystemClock
from desktop_sms.core.states import State
from desktop_sms.core.store import TeamSource, source_of, transaction
from desktop_sms.gateway import (
    AuthError,
    GatewayError,
    NetworkError,
    RejectedError,
    SendResult,
)

if TYPE_CHECKING:
    from desktop_sms.core.outbox.pipeline import Outbox
    from desktop_sms.gateway.client import GatewayClient

MAX_BACKOFF = 300.0  # seconds: the longest wait before a message that never left goes again
IDLE_SLICE = 0.1  # seconds: a paced wait looks at the stop flag this often
MAX_GRACE = 0.05  # seconds: the longest wait for more replies before a commit


class StopReason(Enum):
    """Why a drain ended; the window words it, the command line prints it."""

    DONE = "done"  # nothing more is due
    ASKED = "asked"  # a stop or pause was asked: the in-flight requests finished
    AUTH = "auth"  # the gateway refused the username or password (the rest stays queued)
    UNREACHABLE = "unreachable"  # a request never left: queued again, after a backoff
    IN_DOUBT = "in_doubt"  # a send ended unknown: no new requests after it
    BALANCE = "balance"  # the credit ran out (the rest stays queued)


@dataclass
class DrainResult:
    attempted: int = 0  # requests made
    stop: StopReason = StopReason.DONE
    # The error behind AUTH, UNREACHABLE or BALANCE (messages stay queued).
    error: GatewayError | None = None
    in_doubt: int | None = None  # the first message whose send ended unknown
    balance: Decimal | None = None  # as the last accepted reply said


def is_balance_refusal(exc: RejectedError) -> bool:
    """The gateway refused for want of credit (the simulator's "-2|insufficient credit";
    easysms documents no codes, so its words are what we go by)."""
    words = exc.body.lower()
    return "credit" in words or "balance" in words


def _request(client: GatewayClient, message: Message) -> SendResult:
    """On a sender thread: one HTTP request, no database."""
    return client.send_sms(
        to_msisdn(message.recipient), message.text, originator=message.sender,
        flash=message.flash, request_delivery=message.delivery_report,
    )


class _Senders:
    """``count`` daemon threads making the requests. Not a ThreadPoolExecutor: its threads
    are waited for at exit, so an interrupted command would hang on a hanging gateway
    instead of saying at once what it left in flight."""

    def __init__(self, client: GatewayClient, count: int) -> None:
        self.client = client
        self._jobs: queue.SimpleQueue[tuple[Future[SendResult], Message] | None] = (
            queue.SimpleQueue())
        self._count = count
        for _ in range(count):
            threading.Thread(target=self._serve, name="sms-sender", daemon=True).start()

    def submit(self, message: Message) -> Future[SendResult]:
        future: Future[SendResult] = Future()
        self._jobs.put((future, message))
        return future

    def close(self) -> None:
        """The threads end after the request each has in hand, if any."""
        for _ in range(self._count):
            self._jobs.put(None)

    def _serve(self) -> None:
        while (job := self._jobs.get()) is not None:
            future, message = job
            future.set_running_or_notify_cancel()
            try:
                future.set_result(_request(self.client, message))
            except BaseException as exc:  # told on the calling thread, which records it
                future.set_exception(exc)


class Engine:
    """One drain. ``client`` is shared by the sender threads: its requests.Session keeps
    a pool of at least MAX_CONCURRENCY connections, and no request changes the session."""

    def __init__(self, outbox: Outbox, client: GatewayClient, *, pace: Pace | None = None,
                 batch: int | None = None, ignore_backoff: bool = False,
                 should_stop: Callable[[], bool] = lambda: False,
                 on_change: Callable[[Change], None] = lambda change: None,
                 credit: Decimal | None = None, clock: Clock | None = None,
                 pacer: Pacer | None = None) -> None:
        self.outbox, self.client, self.pace = outbox, client, pace or Pace()
        self.batch, self.ignore_backoff = batch, ignore_backoff
        self.should_stop, self.on_change = should_stop, on_change
        self.clock = clock or SystemClock()
        # ``pacer``: the caller's, kept from one drain to the next so that the limit holds
        # across them (the window drains after every send, poll and Resume).
        self.pacer = pacer or Pacer(self.pace.max_per_minute, self.clock)
        # ``credit``: a balance fetched just before, when the last drain ran out of it.
        self.result = DrainResult(balance=credit)
        self._in_flight: dict[Future[SendResult], Message] = {}
        self._halted = False  # no new claims: a stop condition was met
        self._commit_time = 0.0  # seconds the last round's transaction took (its fsync)

    def run(self) -> DrainResult:
        senders = _Senders(self.client, self.pace.concurrency)
        # Who claims, known before a failure could make the database unreachable.
        claimer = team.session_id(self.outbox.conn)
        try:
            while self._step(senders):
                self._wait()
        except sqlite3.Error:
            if claimer is not None:  # a team database: its connection may be gone
                self._save_held(claimer)
            raise
        finally:
            senders.close()
        if self.result.stop is StopReason.DONE and self.should_stop():
            self.result.stop = StopReason.ASKED
        return self.result

    # --- one round: record what arrived, claim the next, send them -----------------------

    def _step(self, senders: _Senders) -> bool:
        """One transaction; False when nothing is in flight and nothing more will go."""
        arrived = [f for f in self._in_flight if f.done()]
        allowed = self._allowance(len(self._in_flight) - len(arrived))
        if not arrived and not allowed:
            return bool(self._in_flight) or self._pacing_holds()
        changes: dict[int, Change] = {}
        claimed: list[Message] = []
        accepted: list[str] = []
        started = time.perf_counter()
        with transaction(self.outbox.conn):
            # Picked inside the transaction that claims them: on a team database the rows
            # stay locked until they are ``sending``, so no other workstation takes them.
            candidates = self.outbox.due(allowed, batch=self.batch,
                                         ignore_backoff=self.ignore_backoff) if allowed else []
            for future in arrived:  # left in _in_flight until committed: see _save_held
                message = self._in_flight[future]
                change = self._record(message, future)
                changes[message.id] = change
                if change.state is State.ACCEPTED:
                    accepted.append(future.result().sms_id)
            if accepted and self.result.balance is not None:
                # The round's lowest: one row a round, not one per message of a campaign.
                self.outbox.record_balance(self.result.balance)
            for message in candidates:
                if self._halted:  # a result in this round said stop
                    break
                if self._short_of_credit(message):
                    break
                refused = self.outbox.claim(message)
                if refused is None:
                    claimed.append(message)
                else:
                    changes[message.id] = refused
        self._commit_time = time.perf_counter() - started
        for future in arrived:
            del self._in_flight[future]
        if not arrived and not candidates:
            return bool(self._in_flight) or self._pacing_holds()
        # Committed: the claimed requests may leave, and the results may be told.
        for message in claimed:
            self._in_flight[senders.submit(message)] = message
            self.pacer.started()
        self.result.attempted += len(claimed)
        for change in self.outbox.apply_raced(accepted):  # a status that raced ahead
            changes[change.message_id] = change
        for change in changes.values():
            self.on_change(change)
        return True

    def _allowance(self, busy: int) -> int:
        """How many messages this round may claim."""
        if self._halted or self.should_stop():
            return 0
        return max(0, self.pacer.allowance(self.pace.concurrency - busy))

    def _pacing_holds(self) -> bool:
        """Nothing in flight, nothing claimed: go on only if pacing held a message back."""
        if self._halted or self.should_stop() or not self.pacer.wait():
            return False
        return self.outbox.next_due(batch=self.batch,
                                    ignore_backoff=self.ignore_backoff) is not None

    def _wait(self) -> None:
        delay = self.pacer.wait()
        if self._in_flight:
            done, waiting = wait(self._in_flight, timeout=delay or None,
                                 return_when=FIRST_COMPLETED)
            if done and waiting:
                # Waiting for the other replies up to as long as a commit takes costs at
                # most that, and saves commits: one fsync for them all, not one each.
                wait(waiting, timeout=min(self._commit_time, MAX_GRACE),
                     return_when=ALL_COMPLETED)
        elif delay:
            self.clock.sleep(min(delay, IDLE_SLICE))

    def _short_of_credit(self, message: Message) -> bool:
        balance = self.result.balance
        if balance is None or balance >= message.parts:
            return False
        self._halt(StopReason.BALANCE)
        return True

    # --- one result, inside the round's transaction ---------------------------------------

    def _record(self, message: Message, future: Future[SendResult]) -> Change:
        return held_replies.write(self.outbox, self._outcome(message, future))

    def _outcome(self, message: Message, future: Future[SendResult]) -> Outcome:
        try:
            reply = future.result()
        except (RejectedError, ValueError) as exc:
            if isinstance(exc, RejectedError) and is_balance_refusal(exc):
                # Refused, so not sent: it may go once the account is topped up.
                self._halt(StopReason.BALANCE, exc)
                return Outcome(message.id, State.QUEUED, of_gateway(exc))
            return Outcome(message.id, State.REJECTED, of_gateway(exc))
        except AuthError as exc:
            self._halt(StopReason.AUTH, exc)
            return Outcome(message.id, State.QUEUED, of_gateway(exc))
        except NetworkError as exc:
            if not exc.maybe_sent:  # it never left: safe to send again, later
                self._halt(StopReason.UNREACHABLE, exc)
                return Outcome(message.id, State.QUEUED, of_gateway(exc),
                               retry_in=min(MAX_BACKOFF, 2.0 ** (message.attempts + 1)))
            return self._in_doubt(message, of_gateway(exc))
        except GatewayError as exc:  # ProtocolError: it answered; it may have accepted
            return self._in_doubt(message, of_gateway(exc))
        balance = self.result.balance
        self.result.balance = reply.balance if balance is None else min(balance,
                                                                          reply.balance)
        return Outcome(message.id, State.ACCEPTED, reply=reply)

    def _in_doubt(self, message: Message, error: MessageError) -> Outcome:
        """Stopping at the first ``unknown`` keeps a gateway that hangs or answers nonsense
        from turning a whole batch into messages a person must check one by one."""
        self._halt(StopReason.IN_DOUBT)
        if self.result.in_doubt is None:
            self.result.in_doubt = message.id
        return Outcome(message.id, State.UNKNOWN, error)

    def _save_held(self, claimer: int) -> None:
        """The team database failed mid-drain (its connection dropped, say): the replies
        in hand and those still coming are recorded over a new connection, or kept for
        the next start (held_replies), not thrown away with the round."""
        wait(self._in_flight)  # the requests out end: the client's timeouts bound this
        outcomes = [self._outcome(message, future)
                    for future, message in self._in_flight.items()]
        self._in_flight.clear()
        source = source_of(self.outbox.conn)
        assert isinstance(source, TeamSource)
        for change in held_replies.save(source, claimer, outcomes):
            self.on_change(change)

    def _halt(self, reason: StopReason, error: GatewayError | None = None) -> None:
        if not self._halted:  # the first reason is the one told
            self._halted = True
            self.result.stop, self.result.error = reason, error

