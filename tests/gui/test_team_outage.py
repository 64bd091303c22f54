"""The window on a team database whose server restarts or stalls (a real PostgreSQL server):
it opens its sessions again by itself, and sends and polls again without anyone pressing
Retry; a stalled server holds the GUI thread a few seconds at most."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.states import State
from desktop_sms.core.store.bounded import BOUND_SECONDS
from desktop_sms.simulator import GatewaySimulator
from desktop_sms.ui import session
from desktop_sms.ui.main_window import MainWindow
from desktop_sms.ui.problems import install_excepthook
from tests.gui.test_team_window import _window, reader, team_window  # noqa: F401
from tests.postgres_server import PostgresServer, running_server

GR = "+306912345671"


def _retry_shown(window: MainWindow) -> bool:
    retry = window.findChild(QPushButton, "retryButton")
    return retry is not None and retry.isVisible()


def test_after_a_server_restart_the_window_sends_and_polls_again_by_itself(
        qtbot: QtBot, sim: GatewaySimulator, tmp_path: Path, postgres_server: PostgresServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(session, "FAST_POLL_MS", 200)
    with running_server() as server:
        name = server.new_database()
        conn = reader(server, name, tmp_path)
        window = _window(qtbot, tmp_path, conn, sim)
        restore = install_excepthook(window.problems)
        try:
            window.settings.refresh_seconds = 1
            label = window.connection_label
            server.stop()
            qtbot.waitUntil(lambda: "Trying again in" in label.text(), timeout=10_000)
            assert not window.session.is_open and _retry_shown(window)
            assert "cannot be reached" in label.text()
            server.start()
            back = time.monotonic()
            with server.connect(name) as other:  # queued by another workstation meanwhile
                (mid,) = Outbox(other).enqueue([NewMessage(GR, "after the restart")])
                outbox = Outbox(other)
                # Sent, and its status fetched: this window holds the poller lock again.
                qtbot.waitUntil(lambda: outbox.get(mid).state is State.DELIVERED,  # type: ignore[union-attr]
                                timeout=40_000)
            print(f"\ndelivered {time.monotonic() - back:.1f} s after the server came back")
            qtbot.waitUntil(lambda: window.team_link.reading, timeout=5000)
            assert window.session.is_open and not _retry_shown(window)
            # No dialog for any of the tries (a status reply the server's stop cut short
            # may be told: kept in a rescue file, status_fetch's own words).
            assert not [text for text in window.problems.shown if "cannot be reached" in text]
            assert window.reader.count(State.DELIVERED) == 1  # the window reads anew too
        finally:
            restore()
            window.shutdown()
            window.deleteLater()
            conn.close()


def test_a_stalled_server_holds_the_window_a_few_seconds_then_it_comes_back(
        qtbot: QtBot,
        team_window: tuple[MainWindow, str]) -> None:  # noqa: F811
    window, _name = team_window
    restore = install_excepthook(window.problems)
    pid = window.conn.raw.info.backend_pid  # type: ignore[union-attr]
    os.kill(pid, signal.SIGSTOP)  # as a hung server, or a network gone silent
    # Without a bound the read waits for as long as the stall: it ends after 20 s.
    safety = threading.Timer(20, os.kill, (pid, signal.SIGCONT))
    safety.start()
    try:
        started = time.monotonic()
        window.session.messages_added.emit([])  # what a send, poll or notice does
        blocked = time.monotonic() - started
    finally:
        safety.cancel()
        os.kill(pid, signal.SIGCONT)
    try:
        print(f"\nthe GUI thread was blocked {blocked:.2f} s")
        assert blocked < BOUND_SECONDS + 1.5
        label = window.connection_label
        qtbot.waitUntil(lambda: "did not answer within 3 s" in label.text(), timeout=5000)
        qtbot.waitUntil(lambda: window.session.is_open and not _retry_shown(window),
                        timeout=20_000)
        qtbot.waitUntil(lambda: window.team_link.reading, timeout=10_000)
        assert window.conn.raw.info.backend_pid != pid  # type: ignore[union-attr]
        assert window.reader.count() == 0  # reads through its new session
        assert window.problems.shown == []
    finally:
        restore()


def test_coming_back_opens_the_windows_session_off_the_gui_thread(
        qtbot: QtBot, team_window: tuple[MainWindow, str],  # noqa: F811
        postgres_server: PostgresServer) -> None:
    """With the server slow to accept (here: its postmaster stopped), connecting takes up
    to 5 s: done on the GUI thread, it froze the window that long."""
    window, _name = team_window
    postmaster = int((postgres_server.folder / "data" / "postmaster.pid").read_text().split()[0])
    window.team_link._lost = True  # as after the server was away
    os.kill(postmaster, signal.SIGSTOP)
    try:
        started = time.monotonic()
        window.session.opened.emit()
        blocked = time.monotonic() - started
    finally:
        os.kill(postmaster, signal.SIGCONT)
    assert blocked < 0.5, blocked
    # It could not connect (or did): either way the window ends up open, reading anew.
    qtbot.waitUntil(lambda: window.session.is_open and not _retry_shown(window)
                    and window.team_link.reading, timeout=30_000)


def test_a_server_gone_is_told_within_seconds_with_nothing_asked(
        qtbot: QtBot, sim: GatewaySimulator, tmp_path: Path,
        postgres_server: PostgresServer) -> None:
    """Not only at the next poll (30 s), nor only by whichever read failed on the GUI thread
    (a test's captureExceptions hid those from the window: it waited, and was flaky)."""
    with running_server() as server:
        name = server.new_database()
        conn = reader(server, name, tmp_path)
        window = _window(qtbot, tmp_path, conn, sim)
        restore = install_excepthook(window.problems)  # a poll's end may read, and fail
        try:
            assert window.settings.refresh_seconds == 30
            server.stop()
            qtbot.waitUntil(lambda: "cannot be reached" in window.connection_label.text(),
                            timeout=5000)
            assert not window.session.is_open and _retry_shown(window)
        finally:
            restore()
            window.shutdown()
            window.deleteLater()
            conn.close()
