"""The window on a shared team database, against a real PostgreSQL server: Settings'
section, others' changes shown within a second, the server going away and coming back."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.credentials import CredentialStore
from desktop_sms.core.optout import OptOutList
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.settings import SETTINGS_FILE, Settings
from desktop_sms.core.store import TeamSource, postgres
from desktop_sms.core.store import location as team_location
from desktop_sms.core.store.opening import open_store
from desktop_sms.simulator import GatewaySimulator
from desktop_sms.ui import session
from desktop_sms.ui.main_window import MainWindow
from desktop_sms.ui.problems import install_excepthook
from desktop_sms.ui.settings_dialog import SettingsDialog
from tests.conftest import SENTINEL_PASSWORD
from tests.postgres_server import ROLE_PASSWORD, PostgresServer, running_server

LIVE_MS = 1500  # "within a second", with room for a loaded machine


def _window(qtbot: QtBot, folder: Path, conn: postgres.PgConnection,
            sim: GatewaySimulator) -> MainWindow:
    settings = Settings(gateway_url=sim.url, username="demo", default_sender="Shop",
                        team_database=conn.location.url)
    credentials = CredentialStore(system=False)
    credentials.set("demo", SENTINEL_PASSWORD, session_only=True)
    window = MainWindow(folder, conn, settings, credentials)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10_000)
    return window


def reader(server: PostgresServer, name: str, folder: Path) -> postgres.PgConnection:
    """The window's own session, opened as app.py opens it (bounded)."""
    conn = open_store(folder, TeamSource(server.location(name), ROLE_PASSWORD), reader=True)
    assert isinstance(conn, postgres.PgConnection)
    return conn


@pytest.fixture
def team_window(qtbot: QtBot, sim: GatewaySimulator, tmp_path: Path,
                postgres_server: PostgresServer,
                monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[MainWindow, str]]:
    monkeypatch.setattr(session, "FAST_POLL_MS", 200)
    name = postgres_server.new_database()
    conn = reader(postgres_server, name, tmp_path)
    window = _window(qtbot, tmp_path, conn, sim)
    yield window, name
    window.shutdown()
    assert not window.session.worker_thread.thread.isRunning()
    assert not window.team_link.listener.isRunning()
    window.deleteLater()
    conn.close()


# --- Settings ------------------------------------------------------------------------------


def test_a_password_typed_into_the_address_goes_to_the_keyring_never_the_file(
        qtbot: QtBot, window: MainWindow, postgres_server: PostgresServer) -> None:
    dialog = window.open_settings()
    url = postgres_server.url("office_db").replace("office@", f"office:{ROLE_PASSWORD}@")
    dialog.team.url_edit.setText(url)
    dialog.accept()
    location = team_location.parse(url)[0]
    assert window.settings.team_database == location.url
    assert ROLE_PASSWORD not in location.url
    text = (window.folder / SETTINGS_FILE).read_text()
    assert location.url in text and ROLE_PASSWORD not in text
    qtbot.waitUntil(lambda: window._credentials.get(location.keyring_name) == ROLE_PASSWORD)


def test_a_bad_address_is_refused_in_words(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.open_settings()
    for typed, words in (("mysql://office@server/db", "must start with postgresql://"),
                         ("postgresql://server/db", "names no user"),
                         ("postgresql://office@server/", "names no database"),
                         ("postgresql://office@db.example.com/x?sslmode=disable",
                          "must be encrypted")):
        dialog.team.url_edit.setText(typed)
        assert words in (dialog.team.problem() or ""), typed
    dialog.team.url_edit.setText("")  # empty: the computer's own file
    assert dialog.team.problem() is None
    dialog.reject()


def test_test_connection_says_the_schema_and_the_count_or_why_not(
        qtbot: QtBot, window: MainWindow, postgres_server: PostgresServer) -> None:
    name = postgres_server.new_database()
    with postgres_server.connect(name) as other:
        Outbox(other).enqueue([NewMessage("+306912345671", "hello")])
    dialog: SettingsDialog = window.open_settings()
    team = dialog.team
    team.url_edit.setText(postgres_server.url(name))
    team.password_edit.setText(ROLE_PASSWORD)
    team.test_button.click()
    qtbot.waitUntil(lambda: team.test_result.text().startswith("Connected"), timeout=10_000)
    assert team.test_result.text() == (
        f"Connected: schema {len(postgres.MIGRATIONS)}, 1 message.")
    team.password_edit.setText("wrong")
    team.test_button.click()
    qtbot.waitUntil(lambda: team.test_button.isEnabled(), timeout=10_000)
    assert "refused the user name or password" in team.test_result.text()
    assert "wrong" not in team.test_result.text()
    assert window.session.is_open  # a failed test is not the open database's failure
    dialog.reject()


# --- others' changes, live ---------------------------------------------------------------


def test_other_workstations_changes_show_within_a_second(
        qtbot: QtBot, team_window: tuple[MainWindow, str],
        postgres_server: PostgresServer) -> None:
    window, name = team_window
    outbox_model, contacts_model = window.outbox.model, window.contacts.model
    compose = window.compose
    with postgres_server.connect(name) as other:  # another workstation
        AddressBook(other).add("Maria Oikonomou", "+306977000001")
        qtbot.waitUntil(lambda: contacts_model.row_total() == 1, timeout=LIVE_MS)
        ids = Outbox(other).enqueue([NewMessage("+306977000001", "from the other desk")])
        qtbot.waitUntil(lambda: outbox_model.row_total() == 1, timeout=LIVE_MS)
        Outbox(other).cancel(ids)
        qtbot.waitUntil(lambda: (row := outbox_model.row(0)) is not None
                        and row.state.value == "cancelled", timeout=LIVE_MS)
        compose.recipients_edit.setText("+306977000001")
        compose.message_edit.setPlainText("offer")
        compose.recheck()
        OptOutList(other).add(["+306977000001"])
        qtbot.waitUntil(lambda: "+306977000001" in compose.opted_out, timeout=LIVE_MS)


def test_quitting_stops_the_outbox_filters_pending_reread(
        qtbot: QtBot, team_window: tuple[MainWindow, str]) -> None:
    """Its timer outlived the window: a second later it asked a deleted session (seen as
    'Signal source has been deleted' in whatever test ran next)."""
    window, _name = team_window
    window.session.messages_added.emit([])  # others queued: the lists are read again soon
    timer = window.outbox.queued_from._timer
    assert timer.isActive()
    window.shutdown()
    assert not timer.isActive()


# --- the server goes away ------------------------------------------------------------------


def test_a_dropped_session_says_so_as_the_team_database_error_each_time(
        postgres_server: PostgresServer) -> None:
    with running_server() as server:
        conn = server.connect(server.new_database())
        server.stop()
        for _ in range(2):  # the second used to raise psycopg's own OperationalError
            with pytest.raises(postgres.TeamDatabaseError):
                conn.execute("SELECT 1")


def test_server_away_the_status_bar_says_so_nothing_is_queued_retry_comes_back(
        qtbot: QtBot, sim: GatewaySimulator, tmp_path: Path,
        postgres_server: PostgresServer) -> None:
    with running_server() as server:
        name = server.new_database()
        conn = reader(server, name, tmp_path)
        window = _window(qtbot, tmp_path, conn, sim)
        # The window's own reads meanwhile fail too (Compose re-checks after Send; a poll's
        # end reads): they reach the window's hook, as in the program (a test's
        # captureExceptions kept them from it, and the status bar waited for another path).
        restore = install_excepthook(window.problems)
        try:
            compose = window.compose
            compose.recipients_edit.setText("+306912345671")
            compose.message_edit.setPlainText("while the server is away")
            compose.recheck()  # checked while the server answered
            server.stop()
            label = window.connection_label
            compose.send_button.click()
            qtbot.waitUntil(lambda: "cannot be reached" in label.text(), timeout=10_000)
            assert not [text for text in window.problems.shown if "did not expect" in text]
            assert "127.0.0.1" in label.text()
            assert not window.session.is_open
            retry = window.findChild(QPushButton, "retryButton")
            assert retry is not None and retry.isVisible()
            # Compose keeps its text: nothing was queued, here or anywhere
            qtbot.waitUntil(lambda: compose.message_edit.toPlainText() != "", timeout=5000)
            assert not list((tmp_path).glob("*.db"))  # no local file behind the user's back
            box = window.problems.box
            if box is not None:
                box.close()
            server.start()
            retry.click()
            qtbot.waitUntil(lambda: window.session.is_open and window.team_link.reading,
                            timeout=10_000)
            assert not retry.isVisible()
            assert window.reader.count() == 0  # the window reads through its new session
            with server.connect(name) as other:  # and the listener is back
                AddressBook(other).add("Back Again", "+306977000002")
            qtbot.waitUntil(lambda: window.contacts.model.row_total() == 1,
                            timeout=5000)
        finally:
            restore()
            window.shutdown()
            window.deleteLater()
            conn.close()


def _dialogs(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_server_away_the_windows_own_reads_fail_quietly_into_the_status_bar(
        qtbot: QtBot, sim: GatewaySimulator, tmp_path: Path, caplog: pytest.LogCaptureFixture,
        postgres_server: PostgresServer) -> None:
    """The window's own reads on the GUI thread (tabs, Compose's checks, the opt-out list)
    each failed into a dialog of their own; the first now puts the window in the status
    bar's "cannot be reached" state with Retry, the others are quiet, logged once."""
    with running_server() as server:
        name = server.new_database()
        conn = reader(server, name, tmp_path)
        window = _window(qtbot, tmp_path, conn, sim)
        restore = install_excepthook(window.problems)
        try:
            window.outbox  # noqa: B018 (built while the server answers)
            window.contacts  # noqa: B018
            compose = window.compose
            compose.recipients_edit.setText("+306912345671")
            compose.message_edit.setPlainText("while the server is away")
            compose.recheck()
            qtbot.wait(300)
            caplog.clear()
            caplog.set_level(logging.DEBUG, "desktop_sms.ui.problems")
            server.stop()
            # As the window's signals, menus and timers call them (from the event loop).
            window.tabs.setCurrentWidget(window.outbox)
            window.session.messages_added.emit([])
            window.tabs.setCurrentWidget(window.contacts)
            QTimer.singleShot(0, window.contacts.reload)
            window.tabs.setCurrentWidget(compose)
            compose.recipients_edit.setText("+306912345671, +306912345672")
            qtbot.wait(300)  # Compose re-checks after a typing pause
            QTimer.singleShot(0, window.open_opt_outs)
            qtbot.wait(100)
            compose.send_button.click()
            label = window.connection_label
            qtbot.waitUntil(lambda: "cannot be reached" in label.text(), timeout=10_000)
            qtbot.wait(500)  # what was still to fail has failed
            assert "127.0.0.1" in label.text()
            assert not window.session.is_open
            retry = window.findChild(QPushButton, "retryButton")
            assert retry is not None and retry.isVisible()
            assert len(window.problems.shown) <= 1, window.problems.shown  # Send's, if any
            assert len(_dialogs(window)) <= 1
            # The window's own reads (the worker logs each request it could not do).
            reads = [r for r in caplog.records if r.name == "desktop_sms.ui.problems"]
            assert [r.levelno for r in reads][:1] == [logging.WARNING]
            assert len(reads) > 2 and {r.levelno for r in reads[1:]} == {logging.DEBUG}
            assert not [r for r in caplog.records if r.levelno >= logging.CRITICAL]
            for box in _dialogs(window):
                box.close()

            server.start()
            retry.click()
            qtbot.waitUntil(lambda: window.session.is_open and window.team_link.reading,
                            timeout=10_000)
            assert not retry.isVisible()
            told = len(window.problems.shown)
            compose.recheck()  # reads again, through the session opened anew
            window.contacts.reload()
            assert len(window.problems.shown) == told
            # Away a second time: told again (the first outage's quiet is over).
            server.stop()
            QTimer.singleShot(0, window.contacts.reload)
            qtbot.waitUntil(lambda: retry.isVisible(), timeout=10_000)
            server.start()
        finally:
            restore()
            window.shutdown()
            window.deleteLater()
            conn.close()


# --- start-up ------------------------------------------------------------------------------


def test_the_default_start_does_not_load_psycopg(tmp_path: Path) -> None:
    code = ("import sys; from desktop_sms.app import main; "
            f"code = main(['--data-dir', {str(tmp_path)!r}, '--quit-when-ready']); "
            "print('psycopg' in sys.modules, code)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DESKTOP_SMS_DATABASE", None)
    started = time.monotonic()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=60, check=True).stdout
    assert out.split()[-2:] == ["False", "0"], (out, time.monotonic() - started)


def test_a_slow_answer_keeps_the_window_open_and_quiet(
        qtbot: QtBot, team_window: tuple[MainWindow, str]) -> None:
    """A read the live server was too slow for (the window's 2.5 s bound) is not the server
    gone: no 'cannot be reached', no reopening, no dialog; the next refresh reads again."""
    window, _name = team_window
    restore = install_excepthook(window.problems)
    try:
        qtbot.waitUntil(lambda: window.session.is_open, timeout=10_000)
        try:
            window.conn.execute("SELECT pg_sleep(30)")
        except Exception as exc:  # what a slot's read would let through to the hook
            sys.excepthook(type(exc), exc, exc.__traceback__)
        qtbot.wait(300)
        assert window.session.is_open
        assert "cannot be reached" not in window.connection_label.text()
        assert window.problems.shown == []
    finally:
        restore()
