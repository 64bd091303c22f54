"""The worker contract at its edges, as a hostile review found them: quitting with requests
still waiting, an error that cannot be worded, errors nobody expected, a stale selection,
and Settings while the worker is busy."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_sms.core import store
from desktop_sms.core.credentials import CredentialStore
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.settings import Settings
from desktop_sms.ui import error_text
from desktop_sms.ui.error_text import Failure, Kind
from desktop_sms.ui.main_window import MainWindow
from desktop_sms.ui.worker import GatewayWorker


def _busy_worker(window: MainWindow, seconds: float) -> None:
    """Keep the worker on one request for a while, as a long drain does."""
    started = threading.Event()

    def busy(_worker: GatewayWorker) -> None:
        started.set()
        time.sleep(seconds)

    window.session.run(busy)
    assert started.wait(5)


def test_requests_waiting_behind_a_running_one_are_done_before_quitting(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    qtbot.waitUntil(lambda: window.session.is_sender, timeout=5000)
    _busy_worker(window, 0.5)
    window.contacts._write(lambda book: book.add("Late Contact", "+306912340000"))
    window.session.enqueue([NewMessage("+306912345678", "last words")])
    window.shutdown()
    with sqlite3.connect(store.database_path(tmp_path)) as conn:
        assert conn.execute("SELECT text FROM messages").fetchall() == [("last words",)]
        assert conn.execute(
            "SELECT count(*) FROM contacts WHERE name = 'Late Contact'").fetchone() == (1,)
    worker = window.session.worker
    assert worker.is_sender is False and worker._outbox is None  # closed, lock let go


def test_a_failure_that_cannot_be_worded_still_ends_the_request_once(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.session.is_open, timeout=5000)
    window.problems.headless = True

    def cannot_look(_exc: BaseException, _folder: Path) -> tuple[str, bool]:
        raise PermissionError(13, "Permission denied")  # as Path.exists() can

    monkeypatch.setattr(error_text, "storage_text", cannot_look)
    results: list[object] = []
    failures: list[Failure] = []

    def broken(_worker: GatewayWorker) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    window.session.run(broken, results.append, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    qtbot.wait(200)
    assert results == [] and [f.kind for f in failures] == [Kind.UNEXPECTED]
    window.session.run(lambda _w: 42, results.append)  # the worker goes on
    qtbot.waitUntil(lambda: results == [42], timeout=5000)


@pytest.mark.parametrize(("task", "secret"), [
    (lambda _w: int("pa55word"), "pa55word"),  # a ValueError nobody meant for the user
    (lambda _w: {}["pa55word"], "pa55word"),
])
def test_an_unexpected_error_is_logged_with_its_traceback_and_shown_without_its_text(
        qtbot: QtBot, window: MainWindow, caplog: pytest.LogCaptureFixture,
        task: object, secret: str) -> None:
    qtbot.waitUntil(lambda: window.session.is_open, timeout=5000)
    window.problems.headless = True
    failures: list[Failure] = []
    with caplog.at_level(logging.WARNING, logger="desktop_sms.ui.worker"):
        window.session.run(task, on_error=failures.append)  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert failures[0].kind is Kind.UNEXPECTED
    assert window.problems.shown and not any(secret in t for t in window.problems.shown)
    assert [r for r in caplog.records if r.exc_info], "the log has the traceback"


def test_joining_a_group_with_contacts_deleted_meanwhile_is_not_a_data_folder_problem(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.session.is_open, timeout=5000)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.problems.headless = True
    tab = window.contacts
    _busy_worker(window, 0.5)
    tab.view.selectAll()
    tab.group_list.setCurrentRow(0)
    tab.delete_contacts()
    tab._membership(join=True)  # the selection is stale until the reload
    qtbot.wait(1500)
    assert window.problems.shown == []
    assert window.session.worker._outbox is not None  # the database is still in use
    assert tab.model.row_total() == 0


@pytest.mark.alone
def test_settings_save_at_once_while_the_worker_is_busy_and_the_password_follows(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.session.is_open, timeout=5000)
    dialog = window.open_settings()
    qtbot.waitUntil(lambda: bool(dialog.keyring_label.text()), timeout=5000)
    _busy_worker(window, 1.0)
    dialog.refresh_spin.setValue(999)
    dialog.password_edit.setText("a new password")
    started = time.perf_counter()
    dialog.accept()
    assert time.perf_counter() - started < 0.2
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert window.settings.refresh_seconds == 999
    credentials = window.session.worker.credentials
    qtbot.waitUntil(lambda: credentials.get("demo") == "a new password", timeout=5000)


def test_the_session_waits_for_the_first_paint_and_never_outlives_the_window(
        qtbot: QtBot, tmp_path: Path) -> None:
    """Start-up builds no session before the window is on screen (its imports cost the
    user time), builds it soon after, and one asked for after quitting never runs."""
    conn = store.connect(store.database_path(tmp_path), cache_kib=store.READER_CACHE_KIB)
    win = MainWindow(tmp_path, conn, Settings(), CredentialStore(system=False))
    assert win._session is None
    win.show()
    qtbot.waitUntil(lambda: win._session is not None, timeout=5000)
    win.shutdown()
    late = MainWindow(tmp_path, conn, Settings(), CredentialStore(system=False))
    late.shutdown()
    assert late._session is None
    assert not late.session.worker_thread.thread.isRunning()
    assert not late.session.timer.isActive()
    for window in (win, late):
        window.deleteLater()
    conn.close()
