"""The real MainWindow in a process of its own, so that a test can SIGKILL it mid-send.

    python -m tests.integration.gui_sender --data DIR --url URL send --count 1000
    python -m tests.integration.gui_sender --data DIR --url URL resume
    python -m tests.integration.gui_sender --data DIR --url URL --database PG_URL \
        --user alice --refresh 1 poll

The password comes from ``GUI_SENDER_PASSWORD`` (never argv: other users can read it) and
is kept in a session-only CredentialStore, as the GUI tests do. Events go to stdout as one
JSON object a line, flushed at once: the parent reads them even after a SIGKILL.

``send`` queues the messages through ``window.session.enqueue`` (the worker commits the batch and
drains it) and then just keeps the window open until it is killed. ``resume`` opens the
window again on the same folder (the worker recovers ``sending`` rows into ``unknown`` and
drains what is still queued), waits until nothing is queued or sending, and closes the
window the way a user would. ``poll`` just keeps the window open, polling every
``--refresh`` seconds, until it is killed (a team database's poller test); the database's
password comes from ``DESKTOP_SMS_DATABASE_PASSWORD``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

# Before any Qt import: no display, and never a developer's real keyring.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop_sms.app import route_qt_messages
from desktop_sms.core import store
from desktop_sms.core.credentials import CredentialStore
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.settings import Settings
from desktop_sms.core.states import State
from desktop_sms.core.store.opening import open_store, team_source
from desktop_sms.ui.main_window import OUTBOX_TAB, MainWindow

USER = "demo"
PASSWORD_ENV = "GUI_SENDER_PASSWORD"
WATCH_MS = 20  # how often the driver looks for dialogs and for the end of the drain
STARTED = time.monotonic()  # after the imports: event times are from the window's creation
EXIT_NOT_CLOSED = 3  # the window did not close cleanly
EXIT_STUCK = 4  # resume did not finish within --max-seconds


def numbers(count: int) -> list[str]:
    """The recipients of a run: distinct, so a number accepted twice means a double send."""
    return [f"+306911{i:06d}" for i in range(1, count + 1)]


def emit(event: str, **fields: object) -> None:
    print(json.dumps({"event": event, **fields}), flush=True)


class Driver(QObject):
    """A QObject living on the GUI thread: the worker's signals reach it queued, so its
    slots never run on the worker thread (their prints would interleave with the GUI's)."""

    def __init__(self, app: QApplication, window: MainWindow, max_seconds: float) -> None:
        super().__init__()
        self.app = app
        self.window = window
        self.deadline = time.monotonic() + max_seconds
        self.dialogs: list[str] = []
        self.polled = 0
        self.drains = 0
        self.exit_code = 0
        window.session.statuses_polled.connect(self._polled)
        window.session.drain_finished.connect(self._drained)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._watch_dialogs)
        self.timer.start(WATCH_MS)

    @Slot(float)
    def _polled(self, _when: float) -> None:
        self.polled += 1
        emit("polled", t=round(time.monotonic() - STARTED, 3))

    @Slot()
    def _drained(self) -> None:
        self.drains += 1
        emit("drain_finished", t=round(time.monotonic() - STARTED, 3))

    @Slot()
    def _watch_dialogs(self) -> None:
        # The worker's warnings open modal message boxes (a nested event loop): record what
        # the user would have read, then dismiss it as the user would.
        dialog = self.app.activeModalWidget()
        if isinstance(dialog, QMessageBox):
            self.dialogs.append(dialog.text())
            emit("dialog", text=dialog.text())
            dialog.done(QMessageBox.StandardButton.Ok)
        elif isinstance(dialog, QDialog):
            emit("dialog", text=f"unexpected {type(dialog).__name__}")
            self.dialogs.append(type(dialog).__name__)
            dialog.reject()
        if time.monotonic() > self.deadline:
            emit("stuck", queued=self.window.reader.count(State.QUEUED),
                 sending=self.window.reader.count(State.SENDING))
            self.exit_code = EXIT_STUCK
            self.timer.stop()
            self.window.shutdown()
            # exit(), not quit(): Qt 6's quit() first closes the windows, and this one
            # would ask whether to quit with messages still queued.
            self.app.exit(EXIT_STUCK)

    def watch_resume(self) -> None:
        self.timer.timeout.connect(self._resume_done)

    @Slot()
    def _resume_done(self) -> None:
        # Finished when the worker has polled once (the start-up poll drains what is due)
        # and the database holds nothing queued or sending. The window's own read-only
        # connection is what the user's Outbox shows.
        if self.polled == 0 or self.app.activeModalWidget() is not None:
            return
        reader = self.window.reader
        if reader.count(State.QUEUED, State.SENDING):
            return
        self.timer.stop()
        emit("drained", t=round(time.monotonic() - STARTED, 3), polls=self.polled,
             drains=self.drains, dialogs=self.dialogs, is_sender=self.window.session.is_sender)
        self.window.close()  # closeEvent: nothing queued, so no question; then shutdown()
        if self.window.isVisible() or self.window.session.worker_thread.thread.isRunning():
            emit("error", text="the window or its worker thread still runs after close()")
            self.exit_code = EXIT_NOT_CLOSED
        self.app.exit(self.exit_code)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gui_sender")
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--max-seconds", type=float, default=60.0,
                        help="give up (send: exit; resume: fail) after this long")
    parser.add_argument("mode", choices=("send", "resume", "poll"))
    parser.add_argument("--user", default=USER, help="the gateway's username")
    parser.add_argument("--database", default="", help="a team database's URL")
    parser.add_argument("--refresh", type=int, default=30, help="seconds between polls")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--text", default="gui crash")
    args = parser.parse_args(argv)

    restore_messages = route_qt_messages()  # Qt warnings to stderr, where the test sees them
    app = QApplication(sys.argv[:1])
    credentials = CredentialStore(system=False)
    credentials.set(args.user, os.environ[PASSWORD_ENV], session_only=True)
    conn = (open_store(args.data, team_source(args.database, credentials), reader=True)
            if args.database else store.connect(store.database_path(args.data)))
    settings = Settings(gateway_url=args.url, username=args.user,
                        refresh_seconds=args.refresh, team_database=args.database)
    window = MainWindow(args.data, conn, settings, credentials)
    window.show()
    window.tabs.setCurrentIndex(OUTBOX_TAB)  # the Outbox model follows the send, as a user's
    driver = Driver(app, window, args.max_seconds)

    if args.mode == "send":
        batch = [NewMessage(number, f"{args.text} {i}")
                 for i, number in enumerate(numbers(args.count))]
        # What the Compose tab's send does, minus the typing: one enqueue of the batch.
        QTimer.singleShot(0, lambda: window.session.enqueue(batch))
    elif args.mode == "resume":
        driver.watch_resume()
    emit("started", mode=args.mode, pid=os.getpid(), t=round(time.monotonic() - STARTED, 3))
    app.exec()
    window.shutdown()  # no-op after a clean close; stops the worker after --max-seconds
    window.deleteLater()
    conn.close()
    restore_messages()
    emit("exit", code=driver.exit_code)
    return driver.exit_code


if __name__ == "__main__":
    sys.exit(main())
