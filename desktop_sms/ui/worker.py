"""The gateway worker: a QObject on its own QThread that owns the HTTP session, the
writing database connection and the keyring. The GUI talks to it only through the
session (ui/session.py): each request is a function run here, and each ends with exactly
one outcome sent back, a result or a ``Failure``."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop_sms.args import CA_BUNDLE_ENV
from desktop_sms.core import status_fetch, store, team
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.credentials import CredentialsError, CredentialStore
from desktop_sms.core.errors import InputError, Refusal
from desktop_sms.core.outbox.campaigns import mark_finished
from desktop_sms.core.outbox.messages import Change
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.phone import warm_up
from desktop_sms.core.sender_lock import SenderLock
from desktop_sms.core.sending.engine import Engine, StopReason
from desktop_sms.core.sending.pacing import Pace, Pacer, SystemClock
from desktop_sms.core.states import State
from desktop_sms.core.storage_errors import is_storage_error
from desktop_sms.core.store.opening import open_store
from desktop_sms.ui.error_text import (
    Failure,
    Kind,
    NoAccount,
    NotOpen,
    Refused,
    failure_of,
    unexpected,
)
from desktop_sms.ui.locale_text import fmt, number
from desktop_sms.ui.state_names import state_name
from desktop_sms.ui.widgets import sentence

if TYPE_CHECKING:
    from desktop_sms.gateway.client import GatewayClient

log = logging.getLogger(__name__)
REPORT_INTERVAL = 0.05  # seconds between progress reports while draining
# Seconds: connecting, and waiting for each answer (README: the window's bounded waits).
CONNECT_TIMEOUT, READ_TIMEOUT = 5.0, 20.0


class OpenFailed(Refused):
    """The database could not be opened; the text says why and what to do."""

    kind = Kind.NOT_OPEN


class Opened(NamedTuple):
    is_sender: bool
    recovered: int  # messages found 'sending' and marked unknown
    balance: Decimal | None


class Polled(NamedTuple):
    when: float | None  # statuses fetched at (None: not the sending window)
    due: bool  # messages wait to be sent: drain next


def logged_failure(exc: Exception, folder: Path) -> Failure:
    """What a request off the GUI thread failed with, in words for a person; logged by
    its kind (a bug with its traceback, which the person never sees)."""
    try:
        failure = failure_of(exc, folder)
    except Exception:  # even wording it failed (the folder cannot be looked at)
        log.critical("wording a failure failed", exc_info=True)
        failure = unexpected(exc)
    if failure.kind is Kind.UNEXPECTED:
        log.critical("unexpected error off the GUI thread", exc_info=exc)
    elif failure.kind is Kind.STORAGE:
        log.error("data folder problem (fatal: %s): %s", failure.fatal, exc)
    else:
        log.warning("%s: %s", failure.kind.value, exc)
    return failure


class GatewayWorker(QObject):
    # The contract: request number, result, Failure | None. One per request, in order.
    outcome = Signal(int, object, object)
    # Events while a request runs, relayed by the session to the window.
    messages_changed = Signal(object)  # [message id], batched while draining
    progress = Signal(int, int)  # done, total of the current drain
    balance_changed = Signal(str)  # Decimal as text
    connection_changed = Signal(bool, str)  # ok, message for the status bar
    notify = Signal(str, str)  # title, text: for the tray
    close_requested = Signal()  # asked by WorkerThread.stop(), run on the worker's thread

    def __init__(self, folder: Path, credentials: CredentialStore, region: str = "", *,
                 team: store.TeamSource | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.team = team  # a shared team database, else the SQLite file in ``folder``
        self.region = region
        self.credentials = credentials
        self._stop = threading.Event()
        # Set from the GUI thread while a drain runs here: no new requests.
        self._paused = threading.Event()
        self._pacer: Pacer | None = None  # kept across drains: the limit holds between them
        self._short_of_credit = False  # the last drain stopped for the balance
        self._outbox: Outbox | None = None
        self._book: AddressBook | None = None
        self._client: GatewayClient | None = None
        self._no_client = self.tr("No account set up: open File → Settings to enter it.")
        self._lock = SenderLock(folder, "window")
        self.is_sender = False

    @Slot(int, object)
    def run(self, number: int, task: Callable[[GatewayWorker], Any]) -> None:
        """Run one request and send back its one outcome. No exception leaves here: it
        would reach sys.excepthook on this thread (a dialog opened off the GUI thread
        crashed the window)."""
        try:
            value = task(self)
        except Exception as exc:
            failure = logged_failure(exc, self.folder)
            # Fatal: waiting cannot help. Not open: the team database went away; Retry
            # opens a new session (the lost one cannot be used again).
            if failure.fatal or failure.kind is Kind.NOT_OPEN:
                self._let_go_of_database()
            self.outcome.emit(number, None, failure)
        else:
            self.outcome.emit(number, value, None)

    # --- what requests use ----------------------------------------------------------------

    @property
    def outbox(self) -> Outbox:
        if self._outbox is None:
            raise NotOpen(self.tr(
                "This was not done: desktop-sms could not open its database. Fix the cause "
                "shown in the status bar, then press Retry."))
        return self._outbox

    @property
    def book(self) -> AddressBook:
        self.outbox  # noqa: B018 (raises NotOpen)
        assert self._book is not None
        return self._book

    @property
    def client(self) -> GatewayClient:
        if self._client is None:
            raise NoAccount(self._no_client)
        return self._client

    # --- life cycle -----------------------------------------------------------------------

    def open(self) -> Opened:
        self._let_go_of_database()  # Retry after a failed open starts afresh
        try:
            outbox = Outbox(open_store(self.folder, self.team))
            self._outbox, self._book = outbox, AddressBook(outbox.conn)
            # Only the process holding the lock may recover or send; a second window on
            # the same folder still shows the outbox but leaves sending to the first.
            self.is_sender = self._lock.acquire()
            recovered = len(outbox.recover()) if self.is_sender else 0
            balance = outbox.last_balance()
        except Exception as exc:
            self._let_go_of_database()
            if not is_storage_error(exc):
                raise
            raise OpenFailed(failure_of(exc, self.folder).text) from exc
        warm_up(self.region)
        return Opened(self.is_sender, recovered, balance)

    @Slot()
    def close(self) -> None:
        """The last request: what was asked before it has run (nothing is dropped); then
        the thread's loop ends."""
        if self._client:
            self._client.close()
            self._client = None
        self._let_go_of_database()
        QThread.currentThread().quit()

    def _let_go_of_database(self) -> None:
        if self._outbox:
            store.close_quietly(self._outbox.conn)
            self._outbox = self._book = None
        self._lock.release()
        self.is_sender = False

    def request_stop(self) -> None:
        """Thread-safe, for quitting: a running drain stops after the messages in flight,
        and no later drain starts."""
        self._stop.set()

    def pause(self, paused: bool = True) -> None:
        """Thread-safe: a running drain makes no new request (those in flight finish and
        are recorded), and no drain sends until pause(False)."""
        (self._paused.set if paused else self._paused.clear)()

    def cancel_queued(self) -> list[int]:
        """Cancel every message not sent yet; queued behind the drain that pause() ends."""
        cancelled = self.outbox.cancel([m.id for m in self.outbox.messages(State.QUEUED)])
        self.pause(False)
        return cancelled

    def configure(self, url: str, username: str) -> None:
        """Use this account. The password is read here, off the GUI thread: a keyring
        may take its time (or ask the user to unlock it). Fails with NoAccount."""
        if self._client:
            self._client.close()
            self._client = None
        try:
            password = self.credentials.get(username) if username else None
            if not username or not password:
                self._no_client = self.tr(
                    "No account set up: open File → Settings to enter it.")
            else:
                self._client = self._new_client(url, username, password)
                return
        except CredentialsError as exc:
            self._no_client = str(exc)
        except InputError as exc:
            self._no_client = failure_of(exc, self.folder).text
        raise NoAccount(self._no_client)

    def _new_client(self, url: str, username: str, password: str,
                    **options: Any) -> GatewayClient:
        # Imported here, on the worker thread: requests is not needed to show the window.
        from desktop_sms.gateway.client import GatewayClient
        from desktop_sms.gateway.errors import CaBundleError

        try:
            return GatewayClient(url, username, password,
                                 timeout=(CONNECT_TIMEOUT, READ_TIMEOUT),
                                 ca_bundle=os.environ.get(CA_BUNDLE_ENV) or None, **options)
        except CaBundleError as exc:  # a code: worded in the window's language
            raise Refusal(str(exc), exc.fault, path=exc.shown, reason=exc.reason) from exc
        except ValueError as exc:  # the address, which Settings checked before saving
            raise InputError(str(exc)) from exc

    # --- gateway requests -----------------------------------------------------------------

    def drain(self, pace: Pace | None = None) -> bool:
        """Send what is due. Without an account it waits quietly: the status bar says so
        already, and the poll after the account is set drains. True when a send ended in
        doubt and sending paused itself (the session keeps the pause, as a person's)."""
        outbox, client = self.outbox, self._client
        if (client is None or not self.is_sender or self._stop.is_set()
                or self._paused.is_set()):
            return False
        # After running out, ask first rather than send one more to be refused.
        credit = self.fetch_balance() if self._short_of_credit else None
        total = outbox.count(State.QUEUED)
        done, last = 0, time.monotonic()
        pending: list[int] = []

        def report() -> None:
            nonlocal last
            self.messages_changed.emit(pending[:])
            self.progress.emit(done, total)
            pending.clear()
            last = time.monotonic()

        def changed(change: Change) -> None:
            # Batched: one signal per message made the GUI thread run 2,000 slots a
            # second during a bulk send, each waiting for the GIL.
            nonlocal done
            done += 1
            pending.append(change.message_id)
            if time.monotonic() - last >= REPORT_INTERVAL:
                report()

        pace = pace or Pace()
        if self._pacer is None or self._pacer.per_minute != pace.max_per_minute:
            self._pacer = Pacer(pace.max_per_minute, SystemClock())
        engine = Engine(outbox, client, pace=pace, credit=credit, on_change=changed,
                        should_stop=lambda: self._stop.is_set() or self._paused.is_set(),
                        pacer=self._pacer)
        try:
            result = engine.run()
        finally:  # also after a database error: the rows already sent are shown
            if pending:
                report()
        was_short, self._short_of_credit = (self._short_of_credit,
                                            result.stop is StopReason.BALANCE)
        if result.balance is not None and result.attempted:
            self.balance_changed.emit(str(result.balance))
        self._notify_finished(outbox)
        if self._short_of_credit:
            self._report_no_credit(outbox, result.balance, not was_short)
        elif result.error is not None:
            raise result.error
        elif result.in_doubt is not None:
            # Until a person looks: each poll would otherwise send the next few into the
            # same doubt, and a failing gateway would use up the whole list.
            self._paused.set()
            self._report_in_doubt(outbox, result.in_doubt)
            return True
        elif result.attempted:
            self.connection_changed.emit(True, self.tr("Connected"))
        return False

    def poll(self) -> Polled:
        """Statuses, then balance; says whether anything waits to be sent (e.g. after a
        network outage)."""
        outbox, client = self.outbox, self.client
        not_fetched, when = "", None
        if self.is_sender:
            # A team database: a killed workstation's in-flight messages are flagged within
            # a poll, and only the poller fetches (get_status drains the account's reports).
            if store.is_team(outbox.conn) and (gone := outbox.recover()):
                self.messages_changed.emit(gone)
            try:
                changes = (status_fetch.refresh(outbox, client, self.folder)
                           if team.is_poller(outbox.conn)
                           else status_fetch.restore_rescued(outbox, self.folder))
            except status_fetch.StatusesNotFetched as exc:
                # Passing, and nothing is lost: the status bar (after the balance, which
                # would say "Connected"), not a dialog every poll; sending goes on.
                not_fetched, changes = sentence(exc), []
            if changes:
                self.messages_changed.emit([c.message_id for c in changes])
                self._notify_final(outbox, changes)
                outbox.checkpoint()  # after the GUI has its answer
            self._notify_finished(outbox)
            when = time.time()
        self.fetch_balance()
        if not_fetched:
            self.connection_changed.emit(False, not_fetched)
        return Polled(when, self.is_sender and outbox.next_due() is not None)

    def fetch_balance(self) -> Decimal:
        outbox, client = self.outbox, self.client
        balance = client.get_balance()
        outbox.record_balance(balance)
        self.balance_changed.emit(str(balance))
        self.connection_changed.emit(True, self.tr("Connected"))
        return balance

    def test_connection(self, url: str, username: str, password: str | None) -> Decimal:
        """The balance, asked once with these details; no password: the saved one."""
        if password is None:
            password = self.credentials.get(username) or ""
        with self._new_client(url, username, password, retries=0) as client:
            return client.get_balance()

    # --- helpers --------------------------------------------------------------------------

    def _report_in_doubt(self, outbox: Outbox, message_id: int) -> None:
        """A send ended unknown and sending paused: say which, why, and what to do."""
        message = outbox.get(message_id)
        if message is None:
            return
        text = self.tr(
            "Message {0} to {1} may or may not have reached the gateway ({2}). It is marked "
            "unknown in the Outbox: check it before sending it again. Sending is paused: "
            "press Resume when the gateway works again.").format(message.id, message.recipient,
                                                     message.error)
        log.warning("send in doubt: message %s: %s", message.id, message.error)
        self.connection_changed.emit(False, text)
        self.notify.emit(self.tr("A message may not have been sent"), text)

    def _report_no_credit(self, outbox: Outbox, balance: Decimal | None, news: bool) -> None:
        text = self.tr(
            "Sending stopped: the balance ({0}) does not cover the next message. %Ln "
            "message(s) stay queued and go once the account is topped up.", "",
            outbox.count(State.QUEUED)).format("—" if balance is None else number(balance))
        self.connection_changed.emit(False, text)
        if news:  # the status bar says it at every poll; the tray once
            self.notify.emit(self.tr("Sending stopped"), text)

    def _notify_finished(self, outbox: Outbox) -> None:
        """A campaign whose last message became final: told once (finished_at is set)."""
        for finished in mark_finished(outbox.conn):
            self.notify.emit(self.tr("Campaign finished"), self.tr(
                "“{0}”: every message has its final state; see the Outbox.").format(finished.name))

    def _notify_final(self, outbox: Outbox, changes: Sequence[Change]) -> None:
        final = [c for c in changes if c.state in (State.DELIVERED, State.FAILED)]
        if len(final) == 1:
            message = outbox.get(final[0].message_id)
            if message is not None:
                self.notify.emit(
                    self.tr("Message {0}").format(state_name(message.state)),
                    f"{message.recipient}: {message.text[:60]}",
                )
        elif final:
            delivered = sum(c.state is State.DELIVERED for c in final)
            self.notify.emit(self.tr("Delivery reports"), fmt(self.tr(
                "{0:,} delivered, {1:,} failed"), delivered, len(final) - delivered))

