"""Database and unexpected errors in the worker thread (issue 9, defect 2): they reach the
user once, on the GUI thread, in plain words, and the window goes on or closes cleanly —
never a crash by signal (a dialog opened from the worker thread did that), never a hang."""

from __future__ import annotations

import sqlite3
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop_sms.core import store
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.states import State
from desktop_sms.simulator import GatewaySimulator
from desktop_sms.ui.main_window import MainWindow
from desktop_sms.ui.problems import install_excepthook


def problem_box(window: MainWindow) -> QMessageBox | None:
    box = window.problems.box
    return box if box is not None and box.isVisible() else None


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before the window: its worker opens its connection with this timeout."""
    monkeypatch.setattr(store.sqlite, "BUSY_TIMEOUT_SECONDS", 0.2)


def test_a_locked_database_is_told_once_and_the_message_comes_back(
        short_busy_timeout: None, qtbot: QtBot, window: MainWindow, sim: GatewaySimulator,
        tmp_path: Path) -> None:
    qtbot.waitUntil(lambda: window.session.is_sender, timeout=5000)
    other = sqlite3.connect(store.database_path(tmp_path), isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
    tab = window.compose
    tab.recipients_edit.setText("+306912345678")
    tab.message_edit.setPlainText("while locked")
    tab.recheck()
    tab.send_button.click()
    qtbot.waitUntil(lambda: problem_box(window) is not None, timeout=5000)
    box = problem_box(window)
    assert box is not None and box.thread() is QApplication.instance().thread()
    assert "in use by another program" in box.text() and "will close" not in box.text()
    # Nothing lost: the message is back in the fields; nothing was sent.
    qtbot.waitUntil(lambda: tab.message_edit.toPlainText() == "while locked", timeout=5000)
    assert tab.recipients_edit.tokens() == ["+306912345678"]
    assert "back in the fields" in tab.notice_label.text()
    assert sim.request_count("send_sms") == 0
    # The same problem again does not stack a second dialog.
    window.session.enqueue([NewMessage("+306912345678", "again")])
    qtbot.wait(600)
    assert window.problems.shown.count(box.text()) == 1
    box.accept()
    other.execute("ROLLBACK")
    other.close()
    # The window went on: once the lock is gone, sending works.
    tab.message_edit.setPlainText("after the lock")
    tab.recipients_edit.setText("+306912345678")
    tab.recheck()
    tab.send_button.click()
    qtbot.waitUntil(lambda: len(sim.accepted()) == 1, timeout=5000)
    assert window.session.worker_thread.thread.isRunning()


def test_a_damaged_database_at_open_is_told_and_requests_are_refused_not_lost(
        qtbot: QtBot, tmp_path: Path, sim: GatewaySimulator) -> None:
    from desktop_sms.core.credentials import CredentialStore
    from desktop_sms.core.settings import Settings
    from tests.conftest import SENTINEL_PASSWORD

    db = store.database_path(tmp_path)
    conn = store.connect(db)
    Outbox(conn).enqueue([NewMessage("+306912345678", "waiting")])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # Stored status replies: read by the worker's start-up recovery, never by the window.
    root, size = (conn.execute("SELECT rootpage FROM sqlite_master WHERE name = "
                               "'status_replies'").fetchone()[0],
                  conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    with open(db, "r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\xba\xad" * (size // 2))
    gui = sqlite3.connect(db, isolation_level=None)
    gui.row_factory = sqlite3.Row
    credentials = CredentialStore(system=False)
    credentials.set("demo", SENTINEL_PASSWORD, session_only=True)
    window = MainWindow(tmp_path, gui, Settings(gateway_url=sim.url, username="demo"),
                        credentials)
    window.show()
    try:
        qtbot.waitUntil(lambda: problem_box(window) is not None, timeout=10_000)
        box = problem_box(window)
        assert box is not None
        assert "is damaged" in box.text() and str(db) in box.text()
        assert "will close" not in box.text()  # the window stays, with a way out
        assert "is damaged" in window.connection_label.text()
        retry = window.findChild(QPushButton, "retryButton")
        assert retry is not None and retry.isVisible()
        assert not window.session.is_sender  # it let go of the database and the lock
        box.accept()
        # A send now is answered (not dropped): refused, and the message comes back.
        tab = window.compose
        tab.recipients_edit.setText("+306912345678")
        tab.message_edit.setPlainText("while damaged")
        tab.recheck()
        tab.send_button.click()
        qtbot.waitUntil(lambda: tab.message_edit.toPlainText() == "while damaged",
                        timeout=5000)
        assert "could not open its database" in window.problems.shown[-1]
        assert window.isVisible() and window.session.worker_thread.thread.isRunning()
        assert sim.request_count("send_sms") == 0
    finally:
        window.shutdown()
        window.deleteLater()
        gui.close()


@pytest.mark.parametrize(("error", "words", "closes"), [
    (sqlite3.DatabaseError("database disk image is malformed"),
     ("is damaged", "will close now"), True),
    (RuntimeError("a bug in cancel"), ("did not expect", "RuntimeError"), False),
])
def test_an_error_inside_a_request_is_shown_and_only_damage_closes_the_window(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        error: Exception, words: tuple[str, ...], closes: bool) -> None:
    qtbot.waitUntil(lambda: window.session.is_sender, timeout=5000)

    def failing(self: Outbox, ids: object) -> list[int]:
        raise error

    monkeypatch.setattr(Outbox, "cancel", failing)
    window.session.cancel([1])
    qtbot.waitUntil(lambda: problem_box(window) is not None, timeout=5000)
    box = problem_box(window)
    assert box is not None and all(word in box.text() for word in words), words
    box.accept()
    if closes:  # cleanly: the worker's thread is gone
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
        assert not window.session.worker_thread.thread.isRunning()
    else:  # the worker takes the next request
        assert window.session.worker_thread.thread.isRunning()


def test_the_exception_hook_shows_errors_of_any_thread_on_the_gui_thread(
        qtbot: QtBot, window: MainWindow) -> None:
    shown_on: list[QThread] = []
    original = window.problems.show

    def spy(text: str, fatal: bool) -> None:
        shown_on.append(QThread.currentThread())
        original(text, fatal)

    window.problems.report.disconnect()
    window.problems.report.connect(spy)
    restore = install_excepthook(window.problems)
    try:
        def fail_off_the_gui_thread() -> None:
            try:
                raise sqlite3.DatabaseError("database disk image is malformed")
            except sqlite3.DatabaseError:
                sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]

        thread = threading.Thread(target=fail_off_the_gui_thread)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: bool(shown_on), timeout=5000)
    finally:
        restore()
    assert shown_on == [QApplication.instance().thread()]
    assert "is damaged" in window.problems.shown[0]
    box = problem_box(window)
    assert box is not None
    box.accept()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_messages_still_queued_after_a_failed_drain_stay_queued(
        qtbot: QtBot, window: MainWindow, sim: GatewaySimulator) -> None:
    # The drain ends (progress bar hidden) even when it stops early.
    from desktop_sms.simulator import FaultKind

    sim.inject("send_sms", FaultKind.HTML, times=1)
    texts = [chr(ord("a") + i) for i in range(8)]
    window.session.enqueue([NewMessage(f"+3069123456{i:02d}", text)
                            for i, text in enumerate(texts)])
    qtbot.waitUntil(lambda: window.reader.count(State.UNKNOWN) == 1, timeout=5000)
    # Sending paused itself: the rest waits for a person (it went at the next poll before,
    # so a failing gateway used up a whole list), then goes on Resume.
    qtbot.waitUntil(lambda: window.progress.resume_button.isVisible(), timeout=5000)
    waiting = window.reader.count(State.QUEUED)
    assert waiting >= len(texts) - window.settings.concurrency
    qtbot.wait(600)  # three polls
    assert window.reader.count(State.QUEUED) == waiting
    window.progress.resume_button.click()
    qtbot.waitUntil(lambda: len(sim.accepted()) == len(texts), timeout=5000)
    # 'a' was accepted, its reply lost: never sent again by itself.
    assert sorted(a.text for a in sim.accepted()) == texts


def test_problems_share_one_box_showing_the_latest(qtbot: QtBot, window: MainWindow) -> None:
    # A hostile review: texts that differ a little ("12.5 MB free", "12.4 MB free") each
    # opened a dialog of their own, stacking them.
    window.problems.show("The disk has 12.5 MB free.", False)
    window.problems.show("The disk has 12.4 MB free.", False)
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1 and boxes[0].text() == "The disk has 12.4 MB free."
    boxes[0].accept()


def test_a_nearly_full_disk_is_told_in_the_status_bar_and_sending_goes_on(
        qtbot: QtBot, window: MainWindow, sim: GatewaySimulator,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_sms.core import status_fetch

    qtbot.waitUntil(lambda: sim.request_count("get_balance") > 0, timeout=5000)  # polled
    monkeypatch.setattr(status_fetch, "MIN_FREE_BYTES", 1 << 62)  # more than any disk has
    fetched_before = sim.request_count("get_status")
    window.session.enqueue([NewMessage("+306912345678", "still goes")])
    qtbot.waitUntil(lambda: len(sim.accepted()) == 1, timeout=5000)
    window.session.poll()
    qtbot.waitUntil(lambda: "statuses were not fetched" in window.connection_label.text(),
                    timeout=5000)
    assert problem_box(window) is None and window.problems.shown == []
    assert sim.request_count("get_status") == fetched_before  # left at the gateway
