"""The gateway worker: a QObject on its own QThread that owns the HTTP session and the
writing database connection. The GUI talks to it only through queued signals."""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Concatenate, ParamSpec

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop_sms.args import CA_BUNDLE_ENV
from desktop_sms.core import status_fetch, store
from desktop_sms.core.credentials import CredentialsError, CredentialStore
from desktop_sms.core.outbox.messages import Change, NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.phone import warm_up
from desktop_sms.core.sender_lock import SenderLock
from desktop_sms.core.states import State
from desktop_sms.core.storage_errors import describe, is_storage_error
from desktop_sms.gateway import AuthError, GatewayError, NetworkError
from desktop_sms.ui.widgets import sentence

if TYPE_CHECKING:
    from desktop_sms.gateway.client import GatewayClient

log = logging.getLogger(__name__)
P = ParamSpec("P")
GIL_SWITCH_INTERVAL = 0.001  # seconds; Python's default is 0.005
REPORT_INTERVAL = 0.05  # seconds between progress reports while draining
# Seconds: connecting, and waiting for each answer (README: the window's bounded waits).
CONNECT_TIMEOUT, READ_TIMEOUT = 5.0, 20.0


def guarded(slot: Callable[Concatenate[GatewayWorker, P], None]
            ) -> Callable[Concatenate[GatewayWorker, P], None]:
    """No exception leaves a worker slot: it would reach sys.excepthook on this thread
    (a dialog opened off the GUI thread crashed the window). It becomes ``failed``."""

    def run(self: GatewayWorker, /, *args: P.args, **kwargs: P.kwargs) -> None:
        try:
            slot(self, *args, **kwargs)
        except Exception as exc:
            self.fail(exc)

    functools.update_wrapper(run, slot)
    return run


class GatewayWorker(QObject):
    # results, always delivered to the GUI thread by queued connection
    messages_changed = Signal(object)  # [message id]
    messages_added = Signal(object)  # [message id]
    balance_changed = Signal(str)  # Decimal as text
    connection_changed = Signal(bool, str)  # ok, message for the status bar
    statuses_polled = Signal(float)  # time of the poll
    progress = Signal(int, int)  # done, total of the current drain
    drain_finished = Signal()
    error = Signal(str)
    # text for a person, fatal: the data folder or database failed. Fatal ones do not go
    # away by waiting (damaged, read-only): the worker has let go of the database.
    failed = Signal(str, bool)
    enqueue_failed = Signal(object)  # [NewMessage] that were not queued: nothing is lost
    connection_tested = Signal(bool, str)
    close_requested = Signal()  # asked by WorkerThread.stop(), run on the worker's thread
    notify = Signal(str, str)  # title, text: for the tray

    def __init__(self, folder: Path, credentials: CredentialStore, region: str = "") -> None:
        super().__init__()
        self.folder = folder
        self.region = region
        self.credentials = credentials
        self._stop = threading.Event()
        self._outbox: Outbox | None = None
        self._client: GatewayClient | None = None
        self._lock = SenderLock(folder, "window")
        self.is_sender = False

    # --- life cycle (run on the worker thread) -----------------------------------------

    @Slot()
    @guarded
    def open(self) -> None:
        self._outbox = Outbox(store.connect(store.database_path(self.folder)))
        # Only the process holding the lock may recover or send; a second window on the
        # same folder still shows the outbox but leaves sending to the first.
        self.is_sender = self._lock.acquire()
        if self.is_sender:
            recovered = len(self._outbox.recover())
            if recovered:
                self.error.emit(self.tr(
                    "{0} message(s) were being sent when the program stopped; they are "
                    "marked unknown. Check the Outbox before sending them again."
                ).format(recovered))
        balance = self._outbox.last_balance()
        if balance is not None:
            self.balance_changed.emit(str(balance))
        warm_up(self.region)

    @Slot()
    def close(self) -> None:
        if self._client:
            self._client.close()
            self._client = None
        self._let_go_of_database()

    def _let_go_of_database(self) -> None:
        if self._outbox:
            try:
                self._outbox.conn.close()
            except sqlite3.Error:  # already reported; closing cannot make it worse
                log.debug("closing the database failed", exc_info=True)
            self._outbox = None
        self._lock.release()
        self.is_sender = False

    def fail(self, exc: Exception) -> None:
        """Report what went wrong to the GUI thread, in words; stop using a database that
        cannot recover by waiting."""
        if is_storage_error(exc):
            text, fatal = describe(exc, self.folder)
            log.error("data folder problem (fatal: %s): %s", fatal, exc)
            if fatal:
                self._let_go_of_database()
        else:
            log.critical("unexpected error in the gateway worker", exc_info=exc)
            text = self.tr("Something went wrong that desktop-sms did not expect ({0}). Your "
                           "messages are safe; the details are in the log file.").format(
                               type(exc).__name__)
            fatal = False
        self.failed.emit(text, fatal)

    def request_stop(self) -> None:
        """Thread-safe, for quitting: a running drain stops after the message in flight,
        and no later drain starts."""
        self._stop.set()

    @Slot(str, str)
    @guarded
    def configure(self, url: str, username: str) -> None:
        """Use this account. The password is read here, off the GUI thread: a keyring
        may take its time (or ask the user to unlock it)."""
        if self._client:
            self._client.close()
            self._client = None
        try:
            password = self.credentials.get(username) if username else None
        except CredentialsError as exc:
            self.connection_changed.emit(False, str(exc))
            return
        if not username or not password:
            self.connection_changed.emit(False, self.tr(
                "No account set up: open File → Settings to enter it."))
            return
        # Imported here, on the worker thread: requests is not needed to show the window.
        from desktop_sms.gateway.client import GatewayClient

        try:
            self._client = GatewayClient(url, username, password,
                                         timeout=(CONNECT_TIMEOUT, READ_TIMEOUT),
                                         ca_bundle=os.environ.get(CA_BUNDLE_ENV) or None)
        except ValueError as exc:
            self._client = None
            self.connection_changed.emit(False, str(exc))

    # --- work ------------------------------------------------------------------------------

    @Slot(object)
    @guarded
    def enqueue(self, messages: Sequence[NewMessage]) -> None:
        outbox = self._outbox
        if outbox is None:  # closed, or the database failed: give the messages back
            self.enqueue_failed.emit(list(messages))
            return
        try:
            ids = outbox.enqueue(list(messages))
        except ValueError as exc:
            self.enqueue_failed.emit(list(messages))
            self.error.emit(str(exc))
            return
        except Exception:
            self.enqueue_failed.emit(list(messages))  # Compose puts the text back
            raise
        self.messages_added.emit(ids)
        self.drain()

    @Slot()
    @guarded
    def drain(self) -> None:
        ready = self._connected()
        if ready is None or not self.is_sender:
            return
        try:
            self._drain(*ready)
        finally:  # also after a database error: the progress bar must not stay
            self.drain_finished.emit()

    def _drain(self, outbox: Outbox, client: GatewayClient) -> None:
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

        result = outbox.drain(client, should_stop=self._stop.is_set, on_change=changed)
        if pending:
            report()
        if result.error is not None:
            self._report(result.error)
        elif result.in_doubt is not None:
            self._report_in_doubt(outbox, result.in_doubt)
        elif result.attempted:
            self.connection_changed.emit(True, self.tr("Connected"))
        balance = outbox.last_balance()
        if balance is not None and result.attempted:
            self.balance_changed.emit(str(balance))

    @Slot()
    @guarded
    def poll(self) -> None:
        """Statuses, then balance, then anything still queued (e.g. after a network outage)."""
        ready = self._connected()
        if ready is None:
            return
        outbox, client = ready
        not_fetched = ""
        if self.is_sender:
            try:
                changes = status_fetch.refresh(outbox, client, self.folder)
            except GatewayError as exc:
                self._report(exc)
                return
            except status_fetch.StatusesNotFetched as exc:
                # Passing, and nothing is lost: the status bar (after the balance, which
                # would say "Connected"), not a dialog every poll; sending goes on.
                not_fetched, changes = sentence(exc), []
            except status_fetch.StatusesNotStored as exc:
                self.failed.emit(sentence(exc), False)
                return
            if changes:
                self.messages_changed.emit([c.message_id for c in changes])
                self._notify_final(outbox, changes)
                outbox.checkpoint()  # after the GUI has its answer
            self.statuses_polled.emit(time.time())
        self.fetch_balance()
        if self.is_sender and outbox.next_due() is not None:
            self.drain()
        if not_fetched:
            self.connection_changed.emit(False, not_fetched)

    @Slot()
    @guarded
    def fetch_balance(self) -> None:
        ready = self._connected()
        if ready is None:
            return
        outbox, client = ready
        try:
            balance = client.get_balance()
        except GatewayError as exc:
            self._report(exc)
            return
        outbox.record_balance(balance)
        self.balance_changed.emit(str(balance))
        self.connection_changed.emit(True, self.tr("Connected"))

    @Slot(object)
    @guarded
    def cancel(self, ids: list[int]) -> None:
        if self._outbox:
            self.messages_changed.emit(self._outbox.cancel(ids))

    @Slot(object)
    @guarded
    def send_again(self, ids: list[int]) -> None:
        outbox = self._outbox
        if outbox is None:  # closed: a request queued behind the quit
            return
        new_ids = []
        for message_id in ids:
            try:
                new_ids.append(outbox.send_again(message_id))
            except ValueError as exc:
                self.error.emit(str(exc))
        if new_ids:
            self.messages_added.emit(new_ids)
            self.drain()

    @Slot(object)
    @guarded
    def delete(self, ids: list[int]) -> None:
        if self._outbox:
            try:
                self._outbox.delete(ids)
            finally:  # the history stays as it was (one transaction); the view re-reads it
                self.messages_added.emit([])

    @Slot(str, str, str)
    @guarded
    def test_connection(self, url: str, username: str, password: str) -> None:
        from desktop_sms.gateway.client import GatewayClient

        try:
            with GatewayClient(url, username, password,
                               timeout=(CONNECT_TIMEOUT, READ_TIMEOUT),
                               retries=0) as client:
                balance = client.get_balance()
        except ValueError as exc:
            self.connection_tested.emit(False, str(exc))
        except AuthError:
            self.connection_tested.emit(False, self.tr(
                "The gateway refused the username or password."))
        except NetworkError as exc:
            self.connection_tested.emit(False, self.tr("No connection: {0}").format(exc))
        except GatewayError as exc:
            self.connection_tested.emit(False, self.tr(
                "This does not look like an easysms server: {0}").format(exc))
        else:
            self.connection_tested.emit(True, self.tr(
                "Connected. Balance: {0} credits.").format(balance))

    # --- helpers ------------------------------------------------------------------------------


    def _connected(self) -> tuple[Outbox, GatewayClient] | None:
        """The outbox and client, or None: closed (a request queued behind the quit) or
        no account configured yet."""
        if self._outbox is None or self._client is None:
            return None
        return self._outbox, self._client

    def _report(self, exc: GatewayError) -> None:
        if isinstance(exc, AuthError):
            text = self.tr("The gateway refused the username or password. Check them in "
                           "File → Settings; queued messages wait until then.")
        elif isinstance(exc, NetworkError) and not exc.maybe_sent:
            text = self.tr("Offline: {0}. Queued messages will be sent when the gateway "
                           "can be reached.").format(exc)
        else:
            text = str(exc)
        log.warning("gateway problem: %s", exc)
        self.connection_changed.emit(False, text)

    def _report_in_doubt(self, outbox: Outbox, message_id: int) -> None:
        """A send ended unknown and sending paused: say which, why, and what to do."""
        message = outbox.get(message_id)
        if message is None:
            return
        text = self.tr(
            "Message {0} to {1} may or may not have reached the gateway ({2}). It is marked "
            "unknown in the Outbox: check it before sending it again. Sending paused; the "
            "rest goes at the next refresh.").format(message.id, message.recipient,
                                                     message.error)
        log.warning("send in doubt: message %s: %s", message.id, message.error)
        self.connection_changed.emit(False, text)
        self.notify.emit(self.tr("A message may not have been sent"), text)

    def _notify_final(self, outbox: Outbox, changes: Sequence[Change]) -> None:
        final = [c for c in changes if c.state in (State.DELIVERED, State.FAILED)]
        if len(final) == 1:
            message = outbox.get(final[0].message_id)
            if message is not None:
                self.notify.emit(
                    self.tr("Message {0}").format(message.state.value),
                    f"{message.recipient}: {message.text[:60]}",
                )
        elif final:
            delivered = sum(c.state is State.DELIVERED for c in final)
            self.notify.emit(self.tr("Delivery reports"), self.tr(
                "{0} delivered, {1} failed").format(delivered, len(final) - delivered))


class WorkerThread:
    """Starts the worker on its own QThread and stops it cleanly (no running thread left)."""

    def __init__(self, worker: GatewayWorker) -> None:
        self.worker = worker
        self.thread = QThread()
        self.thread.setObjectName("gateway-worker")
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.open)
        worker.close_requested.connect(worker.close)  # queued: emitted from the GUI thread

    def start(self) -> None:
        """Requests sent before this wait in the worker's queue until it runs."""
        if not self.thread.isRunning():
            # While the worker runs Python (HTTP, parsing), every call from Qt into Python
            # on the GUI thread (a paint makes hundreds) may wait for the GIL up to this
            # long; 1 ms instead of the default 5 ms trimmed the worst stalls.
            sys.setswitchinterval(GIL_SWITCH_INTERVAL)
            self.thread.start()

    def stop(self, timeout_ms: int = 30_000) -> bool:
        if not self.thread.isRunning():
            return True
        self.worker.request_stop()
        # close() is queued behind any work in progress, then the loop ends.
        self.worker.close_requested.emit()
        self.thread.quit()
        return self.thread.wait(timeout_ms)
