"""The session: owns the gateway worker, its thread and the polling timer, and is the one
way the GUI asks the worker for anything.

``run(task, on_result, on_error)`` posts ``task`` (a function of the worker, run on its
thread) and calls exactly one of the callbacks on the GUI thread when it ends. Adding a
request is one function on the worker side and one callback here or in the widget.
"""

from __future__ import annotations

import gc
import itertools
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop_sms.core.credentials import CredentialStore
from desktop_sms.core.errors import InputError
from desktop_sms.core.outbox.messages import NewCampaign, NewMessage
from desktop_sms.core.settings import Settings
from desktop_sms.core.store import TeamSource
from desktop_sms.ui.error_text import Failure, Kind, failure_of
from desktop_sms.ui.problems import ProblemReporter
from desktop_sms.ui.widgets import sentence
from desktop_sms.ui.worker import GatewayWorker, Opened, Polled
from desktop_sms.ui.worker_thread import WorkerThread

T = TypeVar("T")
Task = Callable[[GatewayWorker], T]
OnError = Callable[[Failure], None]
FAST_POLL_MS = 5_000  # while messages are on their way
# Told in the status bar, where the next success replaces them; not a dialog every poll.
PASSING = frozenset({Kind.GATEWAY, Kind.ACCOUNT})


class Session(QObject):
    # Worker events, relayed on the GUI thread (none after shutdown).
    messages_changed = Signal(object)  # [message id]
    messages_added = Signal(object)  # [message id]; [] when rows went away
    balance_changed = Signal(str)  # Decimal as text
    connection_changed = Signal(bool, str)  # ok, text for the status bar
    statuses_polled = Signal(float)  # time of the poll
    progress = Signal(int, int)  # done, total of the current drain
    drain_finished = Signal()  # after every drain, whatever its end
    paused_changed = Signal(bool)  # sending paused (kept across restarts) or resumed
    notify = Signal(str, str)  # title, text: for the tray
    open_failed = Signal(str)  # what failed: the window offers Retry and Settings
    opened = Signal()
    polling = Signal()  # each poll: the scheduler releases what is due (ui/scheduler.py)
    _post = Signal(int, object)  # request number, task: queued to the worker's thread

    def __init__(self, folder: Path, credentials: CredentialStore, settings: Settings,
                 problems: ProblemReporter, busy: Callable[[], bool],
                 parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.time,
                 team: TeamSource | None = None) -> None:
        super().__init__(parent)
        self.clock = clock  # what "now" is for scheduled sends: a test moves it on
        self.settings = settings
        self.problems = problems
        self._busy = busy  # messages on their way: poll faster
        self._numbers = itertools.count(1)
        self._waiting: dict[int, tuple[Callable[[Any], None] | None, OnError | None]] = {}
        self._closed = False
        self.is_open = False
        self.is_sender = False
        self.opening = False  # an open asked and not yet ended
        self._poll_when_open = False  # Retry: a poll once open
        self.worker = GatewayWorker(folder, credentials, settings.default_region, team=team)
        if settings.sending_paused:  # paused before the last quit: still paused
            self.worker.pause()
        self.worker_thread = WorkerThread(self.worker)
        self._post.connect(self.worker.run)
        w = self.worker
        w.outcome.connect(self._deliver)
        # Events pass through as they are, queued to the GUI thread; none after shutdown,
        # which blocks this object's signals.
        for event, relayed in ((w.messages_changed, self.messages_changed),
                               (w.progress, self.progress),
                               (w.balance_changed, self.balance_changed),
                               (w.connection_changed, self.connection_changed),
                               (w.notify, self.notify)):
            event.connect(relayed)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.schedule_polling()
        self._drains = 0  # asked and not yet ended
        self._open()  # the first request: those made before the thread starts wait behind it

    # --- the contract ---------------------------------------------------------------------

    def run(self, task: Task[T], on_result: Callable[[T], None] | None = None,
            on_error: OnError | None = None) -> int:
        """Run ``task`` on the worker. Then, on the GUI thread, exactly one of: on_result
        with its value; or, for a failure, on_error (to undo, and to tell a known
        failure its own way). Unexpected and fatal failures are told by the session
        (once, with the log file), before on_error; without on_error every failure is."""
        number = next(self._numbers)
        self._waiting[number] = (on_result, on_error)
        self._post.emit(number, task)
        return number

    @Slot(int, object, object)
    def _deliver(self, number: int, value: object, failure: Failure | None) -> None:
        on_result, on_error = self._waiting.pop(number, (None, None))
        if self._closed:  # an answer that was already queued when we stopped
            return
        if failure is None:
            if on_result is not None:
                on_result(value)
            return
        self.report(failure)
        if on_error is not None:
            on_error(failure)
        else:
            self.tell(failure)

    def report(self, failure: Failure) -> None:
        """Tell a bug (by its type and the log file) or a fatal failure, once: whoever
        asked is told of the others by its own on_error."""
        if failure.kind is Kind.NOT_OPEN:  # the team database went away
            self.went_away(failure.text)
        if failure.kind is Kind.UNEXPECTED:
            self.problems.show(self.problems.with_log_path(failure.text), False)
        elif failure.fatal:
            self.problems.show(failure.text, True)

    def went_away(self, text: str) -> None:
        """The team database went away: the status bar's Retry opens anew."""
        if self.is_open:
            self.is_open = self.is_sender = False
            self.open_failed.emit(text)

    def tell(self, failure: Failure) -> None:
        """Show a known failure in a dialog (the others were told already)."""
        if failure.needs_telling:
            self.problems.show(sentence(failure.text), False)

    def _in_status_bar(self, failure: Failure) -> None:
        if failure.kind is Kind.NOT_OPEN:
            return  # the status bar says so already, with Retry
        if failure.kind in PASSING:
            self.connection_changed.emit(False, failure.text)
        else:
            self.tell(failure)

    # --- life cycle -----------------------------------------------------------------------

    def start(self) -> None:
        """Start the thread (after the first paint): it opens the database first."""
        # What start-up built (Qt bindings, phone metadata) lives as long as the window:
        # out of the collector's sight, a full collection no longer walks it. One took
        # 50-65 ms, holding the GIL, when a 100,000-update status reply was parsed.
        gc.freeze()
        self.worker_thread.start()

    def retry(self, *, quiet: bool = False) -> None:
        """Open again after a failed open, once its cause is fixed; ``quiet``: the team
        window's own retry, whose failure the status bar tells (no dialog each time)."""
        if self.opening:  # one open at a time: its outcome comes soon
            return
        self._poll_when_open = True
        self._open(quiet=quiet)

    def _open(self, *, quiet: bool = False) -> None:
        self.opening = True
        self.run(GatewayWorker.open, self._opened,
                 self._open_failed_quietly if quiet else self._open_failed)

    def _opened(self, opened: Opened) -> None:
        self.opening = False
        self.is_open, self.is_sender = True, opened.is_sender
        self.opened.emit()  # first: a team window asks for its new reading session
        if self._poll_when_open:  # what waited meanwhile: sent, its statuses fetched
            self._poll_when_open = False
            self.poll()
        if opened.recovered:
            self.problems.show(self.tr(
                "%Ln message(s) were being sent when the program stopped; they are "
                "marked unknown. Check the Outbox before sending them again.", "",
                opened.recovered), False)
        if opened.balance is not None:
            self.balance_changed.emit(str(opened.balance))

    def _open_failed(self, failure: Failure) -> None:
        self._open_failed_quietly(failure)
        self.tell(failure)

    def _open_failed_quietly(self, failure: Failure) -> None:
        self.opening = self.is_open = self.is_sender = False
        self.open_failed.emit(failure.text)

    def shutdown(self) -> None:
        """Stop the timer and the worker thread and wait for it: nothing left running."""
        self._closed = True
        self.blockSignals(True)
        self.timer.stop()
        self.worker_thread.stop()
        self._waiting.clear()

    # --- requests -------------------------------------------------------------------------

    def apply_account(self) -> None:
        url, username = self.settings.gateway_url, self.settings.username
        self.run(lambda w: w.configure(url, username), on_error=self._in_status_bar)

    def poll(self) -> None:
        """Statuses, then balance, then anything still queued."""
        self.polling.emit()
        self.run(GatewayWorker.poll, self._polled, self._in_status_bar)

    def _tick(self) -> None:
        if self.is_open:  # after a failed open, Retry opens again, not the timer
            self.poll()

    def _polled(self, polled: Polled) -> None:
        if polled.when is not None:
            self.statuses_polled.emit(polled.when)
            self.schedule_polling()
        if polled.due and not self._drains:  # one still to run will send them
            self.drain()

    def drain(self) -> None:
        self._drains += 1
        pace = self.settings.pace  # read for each drain: a change applies to the next one
        self.run(lambda w: w.drain(pace), self._drained, self._drain_failed)

    def pause(self) -> None:
        """No new requests (those on their way finish and are recorded), and nothing is
        sent until resume(), also after a restart."""
        self.worker.pause()  # thread-safe: the running drain sees it at once
        self._keep_paused(True)

    def resume(self) -> None:
        self.worker.pause(False)
        self._keep_paused(False)
        self.drain()

    def stop_sending(self, cancel_rest: bool) -> None:
        """Cancel: the rest is cancelled, or kept queued and paused."""
        if not cancel_rest:
            self.pause()
            return
        self.worker.pause()  # the drain ends; the cancel waits behind it on the worker

        def cancelled(ids: list[int]) -> None:
            self._keep_paused(False)
            self.messages_changed.emit(ids)

        def not_cancelled(failure: Failure) -> None:
            self._keep_paused(True)  # nothing goes until the user decides again
            self.tell(failure)

        self.run(GatewayWorker.cancel_queued, cancelled, not_cancelled)

    def _keep_paused(self, paused: bool) -> None:
        self.settings.sending_paused = paused
        self.settings.save(self.worker.folder)
        self.paused_changed.emit(paused)

    def _drained(self, paused_itself: bool) -> None:
        self._drains -= 1
        if paused_itself:  # a send ended in doubt: held, and shown, as a person's pause
            self._keep_paused(True)
        self.drain_finished.emit()
        self.schedule_polling()

    def _drain_failed(self, failure: Failure) -> None:
        self._in_status_bar(failure)
        self._drained(False)

    def enqueue(self, messages: Sequence[NewMessage],
                give_back: Callable[[list[NewMessage]], None] | None = None, *,
                campaign: NewCampaign | None = None, send_at: float | None = None) -> None:
        """Queue and send (or schedule, for ``send_at``, a UTC instant); messages that
        could not be queued go to ``give_back``."""
        batch = list(messages)

        def not_queued(failure: Failure) -> None:
            if give_back is not None:
                give_back(batch)
            self.tell(failure)

        self.run(lambda w: w.outbox.enqueue(batch, campaign=campaign, send_at=send_at),
                 self.added, not_queued)

    def added(self, ids: list[int]) -> None:
        """Messages were queued (here, or by a request of a widget's own): shown, sent."""
        self.messages_added.emit(ids)
        self.schedule_polling()
        if ids:
            self.drain()

    def cancel(self, ids: list[int]) -> None:
        self.run(lambda w: w.outbox.cancel(ids), self.messages_changed.emit)

    def send_again(self, ids: list[int]) -> None:
        def again(w: GatewayWorker) -> tuple[list[int], list[Failure]]:
            new_ids, refused = [], []
            for message_id in ids:
                try:
                    new_ids.append(w.outbox.send_again(message_id))
                except InputError as exc:  # this one cannot; the others still go
                    refused.append(failure_of(exc, w.folder))
            return new_ids, refused

        def sent_again(outcome: tuple[list[int], list[Failure]]) -> None:
            new_ids, refused = outcome
            for failure in refused:
                self.tell(failure)
            if new_ids:
                self.added(new_ids)

        self.run(again, sent_again)

    def delete(self, ids: list[int]) -> None:
        def reread(failure: Failure | None = None) -> None:
            self.messages_added.emit([])  # one transaction: the view re-reads it
            if failure is not None:
                self.tell(failure)

        self.run(lambda w: w.outbox.delete(ids), lambda _count: reread(), reread)

    # --- polling --------------------------------------------------------------------------

    def schedule_polling(self) -> None:
        interval = FAST_POLL_MS if self._busy() else self.settings.refresh_seconds * 1000
        if self.timer.interval() != interval or not self.timer.isActive():
            self.timer.start(interval)
