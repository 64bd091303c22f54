"""Settings → Shared team database → "Move my data to the team database…", against a real
PostgreSQL server: the report per table, the team database holding the file's data, nothing
copied twice, a file with messages still to send refused in words, the switch kept for the
next start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop_sms.core import store
from desktop_sms.core.credentials import CredentialStore
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.settings import SETTINGS_FILE, Settings
from desktop_sms.core.store import location as team_location
from desktop_sms.simulator import GatewaySimulator
from desktop_sms.ui.main_window import MainWindow
from desktop_sms.ui.team_move import MoveReportDialog
from desktop_sms.ui.team_settings import TeamSection
from tests.conftest import SENTINEL_PASSWORD
from tests.postgres_server import ROLE_PASSWORD, PostgresServer
from tests.unit.test_move import everything, fill

MOVE_MS = 20_000


@pytest.fixture
def filled_window(qtbot: QtBot, sim: GatewaySimulator,
                  tmp_path: Path) -> Iterator[MainWindow]:
    """A window on this computer's file, filled: contacts in Greek, groups, fields, an
    opt-out list, a template, a finished campaign, a balance."""
    conn = store.connect(store.database_path(tmp_path), cache_kib=store.READER_CACHE_KIB)
    fill(conn)
    settings = Settings(gateway_url=sim.url, username="demo", default_sender="Shop")
    credentials = CredentialStore(system=False)
    credentials.set("demo", SENTINEL_PASSWORD, session_only=True)
    window = MainWindow(tmp_path, conn, settings, credentials)
    window.show()
    qtbot.waitExposed(window)
    # The first poll's balance is recorded too: moved with the rest, whenever it comes.
    qtbot.waitUntil(lambda: window.refresh_label.text() != "", timeout=10_000)
    yield window
    window.shutdown()
    window.deleteLater()
    conn.close()


def _section(window: MainWindow, server: PostgresServer, name: str) -> TeamSection:
    team = window.open_settings().team
    assert not team.move_button.isEnabled()  # no address yet
    team.url_edit.setText(server.url(name))
    team.password_edit.setText(ROLE_PASSWORD)
    assert team.move_button.isEnabled()
    return team


def _move(qtbot: QtBot, team: TeamSection) -> None:
    """Press the button, confirm, and wait until the move has ended."""
    team.move_button.click()
    box = team.mover.confirm
    assert box is not None and box.isVisible()
    assert "kept as it" in box.text()
    go = box.findChild(QPushButton, "teamMoveGo")
    assert go is not None
    go.click()
    qtbot.waitUntil(lambda: not team.mover.busy, timeout=MOVE_MS)


def _copied(report: MoveReportDialog) -> dict[str, tuple[str, str]]:
    table = report.table
    return {table.item(row, 0).text(): (table.item(row, 1).text(), table.item(row, 2).text())
            for row in range(table.rowCount())}


def test_the_file_moved_from_settings_then_again_copies_nothing_twice(
        qtbot: QtBot, filled_window: MainWindow, postgres_server: PostgresServer) -> None:
    window = filled_window
    name = postgres_server.empty_database()  # set up by the move itself
    team = _section(window, postgres_server, name)
    _move(qtbot, team)
    report = team.mover.report
    assert report is not None and report.isVisible(), team.test_result.text()
    assert team.test_result.text() == "Moved: 22 rows copied."
    assert _copied(report) == {
        "Contacts": ("2", "2"), "Groups": ("4", "4"), "Group memberships": ("3", "3"),
        "Contacts' custom fields": ("3", "3"), "Templates": ("1", "1"),
        "Opt-out list": ("2", "2"), "Campaigns": ("1", "1"), "Messages": ("3", "3"),
        "Balance history": ("2", "2"), "Delivery reports not yet matched": ("1", "1")}
    with postgres_server.connect(name) as other:
        assert everything(other) == everything(window.conn)
    assert window.settings.team_database == ""  # not chosen unasked

    report.use_button.click()
    location = team_location.parse(postgres_server.url(name))[0]
    assert window.settings.team_database == location.url
    saved = (window.folder / SETTINGS_FILE).read_text()
    assert location.url in saved and ROLE_PASSWORD not in saved
    qtbot.waitUntil(lambda: window._credentials.get(location.keyring_name) == ROLE_PASSWORD)
    assert "next start" in report.next_start.text()
    report.close()

    _move(qtbot, team)  # again: nothing doubled
    again = team.mover.report
    assert again is not None and again is not report
    assert {copied for _in_file, copied in _copied(again).values()} == {"0"}
    assert not again.use_button.isEnabled()  # chosen already
    with postgres_server.connect(name) as other:
        assert everything(other) == everything(window.conn)
    assert window.session.is_open and window.problems.shown == []
    again.close()
    team.box.window().close()


def test_a_file_with_a_queued_message_is_refused_in_words_and_nothing_copied(
        qtbot: QtBot, filled_window: MainWindow, postgres_server: PostgresServer) -> None:
    window = filled_window
    window.session.pause()  # it stays queued
    Outbox(window.conn).enqueue([NewMessage("+306912345672", "still to go")])
    name = postgres_server.new_database()
    team = _section(window, postgres_server, name)
    _move(qtbot, team)
    assert team.mover.report is None
    assert team.test_result.text() == (
        "1 message on this computer is still queued or scheduled. Send or cancel it first: "
        "moved, it would go out from here and from the team database. Nothing was copied.")
    with postgres_server.connect(name) as other:
        assert other.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0
    assert team.move_button.isEnabled()  # once the message is sent or cancelled
    assert window.session.is_open and window.problems.shown == []
    team.box.window().close()


def test_a_wrong_password_is_said_and_the_window_keeps_its_file(
        qtbot: QtBot, filled_window: MainWindow, postgres_server: PostgresServer) -> None:
    team = _section(filled_window, postgres_server, postgres_server.new_database())
    team.password_edit.setText("wrong")
    _move(qtbot, team)
    assert "refused the user name or password" in team.test_result.text()
    assert "wrong" not in team.test_result.text()
    assert filled_window.session.is_open  # the move's failure, not the window's database
    team.box.window().close()
