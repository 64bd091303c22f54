"""The worker contract (issue 10): every request ends with one outcome on the GUI thread;
writes happen on the worker, so the window stays responsive while it is busy; a failed
open says what failed and Retry recovers once the cause is fixed."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThread, QTimer, Slot
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from bench.outbox_scale import accept
from desktop_sms.core import store
from desktop_sms.core.credentials import CredentialStore
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.sending.engine import Engine
from desktop_sms.core.settings import Settings
from desktop_sms.core.states import State
from desktop_sms.gateway import StatusUpdate
from desktop_sms.simulator import GatewaySimulator
from desktop_sms.ui import session
from desktop_sms.ui.contacts_tab import ContactDialog
from desktop_sms.ui.error_text import Failure, Kind
from desktop_sms.ui.main_window import MainWindow
from desktop_sms.ui.worker import GatewayWorker
from tests.conftest import SENTINEL_PASSWORD

UPDATES = 100_000
MAX_STALL = 0.050  # seconds


class Shown(QObject):
    """Problems as the reporter shows them, with the thread that showed each."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.threads: list[QThread] = []

    @Slot(str)
    def shown(self, text: str) -> None:
        self.texts.append(text)
        self.threads.append(QThread.currentThread())


class Heartbeat(QObject):
    """Ticks of a GUI-thread timer: the longest gap is the longest stall."""

    def __init__(self) -> None:
        super().__init__()
        self.ticks: list[float] = []
        self.timer = QTimer(self, interval=2)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def longest_gap(self) -> float:
        return max(b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False))


@pytest.fixture
def own_window(qtbot: QtBot, sim: GatewaySimulator, tmp_path: Path,
               monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[MainWindow, sqlite3.Connection]]:
    """A window on tmp_path whose worker opens only after the test has set the stage."""
    monkeypatch.setattr(session, "FAST_POLL_MS", 200)
    monkeypatch.setattr(store.sqlite, "BUSY_TIMEOUT_SECONDS", 0.2)  # the worker's connection
    conn = store.connect(store.database_path(tmp_path), cache_kib=store.READER_CACHE_KIB)
    other = sqlite3.connect(store.database_path(tmp_path), isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
    credentials = CredentialStore(system=False)
    credentials.set("demo", SENTINEL_PASSWORD, session_only=True)
    window = MainWindow(tmp_path, conn, Settings(gateway_url=sim.url, username="demo"),
                        credentials)
    window.show()
    yield window, other
    window.shutdown()
    window.deleteLater()
    other.close()
    conn.close()


def test_a_failed_open_is_shown_with_retry_and_retry_recovers_after_the_fix(
        qtbot: QtBot, own_window: tuple[MainWindow, sqlite3.Connection],
        sim: GatewaySimulator) -> None:
    window, other = own_window
    qtbot.waitUntil(lambda: window.findChild(QPushButton, "retryButton") is not None,
                    timeout=10_000)
    retry = window.findChild(QPushButton, "retryButton")
    assert retry is not None and retry.isVisible()
    label = window.connection_label.text()
    assert "in use by another program" in label  # what failed, in words
    assert "Settings…" in [b.text() for b in window.findChildren(QPushButton)]
    assert not window.session.is_open
    if window.problems.box is not None:
        window.problems.box.accept()
    # The fix: the other program lets go. Then Retry, and everything works.
    other.execute("ROLLBACK")
    retry.click()
    qtbot.waitUntil(lambda: window.session.is_sender, timeout=5000)
    assert not retry.isVisible()
    tab = window.compose
    tab.recipients_edit.setText("+306912345678")
    tab.message_edit.setPlainText("after the retry")
    tab.recheck()
    tab.send_button.click()
    qtbot.waitUntil(lambda: window.reader.count(State.DELIVERED) == 1, timeout=10_000)
    assert [a.text for a in sim.accepted()] == ["after the retry"]
    assert "Connected" in window.connection_label.text()


def test_an_unexpected_error_in_a_request_is_told_once_and_the_next_request_works(
        qtbot: QtBot, window: MainWindow, sim: GatewaySimulator, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    qtbot.waitUntil(lambda: window.session.is_sender, timeout=5000)
    window.problems.headless = True  # stderr instead of a dialog; shown_one still comes
    window.problems.log_path = tmp_path / "desktop-sms.log"
    shown = Shown()
    window.problems.shown_one.connect(shown.shown)
    ran_on: list[QThread] = []

    def broken(worker: GatewayWorker) -> int:
        ran_on.append(QThread.currentThread())
        raise RuntimeError("a bug in a request")

    results: list[object] = []
    failures: list[Failure] = []
    with caplog.at_level(logging.CRITICAL, logger="desktop_sms.ui.worker"):
        window.session.run(broken, results.append, failures.append)
        qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    qtbot.wait(200)  # room for a second report, were one made
    assert results == [] and [f.kind for f in failures] == [Kind.UNEXPECTED]
    assert ran_on == [window.session.worker_thread.thread]
    assert len(shown.texts) == 1
    assert shown.threads == [QApplication.instance().thread()]
    assert "RuntimeError" in shown.texts[0]
    assert "a bug in a request" not in shown.texts[0]  # its text is in the log only
    assert str(window.problems.log_path) in shown.texts[0]
    (record,) = [r for r in caplog.records if r.exc_info]  # the traceback, in the log
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError
    # The worker goes on: the next request, and a send end to end.
    window.session.run(lambda worker: worker.outbox.count(), results.append)
    qtbot.waitUntil(lambda: results == [0], timeout=5000)
    window.session.enqueue([NewMessage("+306912345678", "after the bug")])
    qtbot.waitUntil(lambda: window.reader.count(State.DELIVERED) == 1, timeout=10_000)
    assert len(shown.texts) == 1


@pytest.mark.alone
def test_a_contact_edit_while_the_worker_applies_100k_statuses_does_not_stall_the_window(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.session.is_sender, timeout=5000)
    monkeypatch.setattr(window.session, "schedule_polling", lambda: None)
    window.session.timer.stop()  # only the requests this test makes
    # 100,000 messages a bulk send left accepted, on the worker's connection.
    batch = [NewMessage(f"+3069{i:08d}", "bulk") for i in range(UPDATES)]
    prepared: list[list[int]] = []

    def prepare(worker: GatewayWorker) -> list[int]:
        ids = worker.outbox.enqueue(batch)
        accept(worker.outbox, ids)
        return ids

    window.session.run(prepare, prepared.append)
    qtbot.waitUntil(lambda: bool(prepared), timeout=120_000)
    updates = [StatusUpdate(str(1795600000000000 + i), "d")
               for i in prepared[0]]
    applying = threading.Event()
    applied: list[int] = []

    def apply(worker: GatewayWorker) -> int:
        applying.set()
        return len(worker.outbox.record_statuses(updates))

    tab = window.contacts
    window.tabs.setCurrentWidget(tab)
    tab.view.selectRow(0)  # Claire Dubois

    def edited(dialog: ContactDialog) -> int:
        dialog.name_edit.setText("Claire Dupont")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ContactDialog, "exec", edited)
    heartbeat = Heartbeat()
    window.session.run(apply, applied.append)
    qtbot.waitUntil(applying.is_set, timeout=5000)
    heartbeat.timer.start()
    started = time.perf_counter()
    tab.edit_contact()
    edit_took = time.perf_counter() - started
    assert not applied  # the edit was asked while the worker held the database
    names = lambda: [tab.model.contact(r).name for r in range(tab.model.rowCount())]  # noqa: E731
    qtbot.waitUntil(lambda: "Claire Dupont" in names(), timeout=60_000)
    heartbeat.timer.stop()
    assert applied == [UPDATES]  # the edit waited its turn on the worker, the window did not
    print(f"\nedit call {edit_took * 1000:.1f} ms; longest GUI stall "
          f"{heartbeat.longest_gap() * 1000:.1f} ms over {len(heartbeat.ticks)} ticks")
    assert edit_took < MAX_STALL
    assert heartbeat.longest_gap() < MAX_STALL


def test_a_database_error_inside_a_drain_still_ends_the_drain_and_is_told(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.session.is_sender, timeout=5000)
    finished: list[bool] = []
    window.session.drain_finished.connect(lambda: finished.append(True))

    def locked(self: Engine, *args: object, **kwargs: object) -> object:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Engine, "run", locked)
    window.session.enqueue([NewMessage("+306912345678", "stays queued")])
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert not window.progress.isVisible()
    qtbot.waitUntil(lambda: bool(window.problems.shown), timeout=5000)
    assert "in use by another program" in window.problems.shown[-1]
    assert window.reader.count(State.QUEUED) == 1  # nothing lost
    if window.problems.box is not None:
        window.problems.box.accept()
