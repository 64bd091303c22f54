"""An idle window on a team database is quiet: it does not set off its own change notices
(a statement that changed no row tells nobody), and a notice from another workstation only
makes the window read again; the schedule is released on its timer and at polls."""

from __future__ import annotations

import time

import psycopg
import pytest
from pytestqt.qtbot import QtBot

from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.sending.schedule import Schedule
from desktop_sms.ui import scheduler
from desktop_sms.ui.main_window import MainWindow
from tests.gui.test_team_window import LIVE_MS
from tests.gui.test_team_window import team_window as team_window  # the fixture
from tests.postgres_server import PostgresServer

IDLE_MS = 3000


def _commits(admin: psycopg.Connection[tuple[object, ...]]) -> int:
    admin.execute("SELECT pg_stat_clear_snapshot()")
    found = admin.execute("SELECT xact_commit FROM pg_stat_database "
                          "WHERE datname = current_database()").fetchone()
    assert found is not None
    return int(str(found[0]))


def _notices(listening: psycopg.Connection[tuple[object, ...]]) -> list[str]:
    return [notice.payload for notice in listening.notifies(timeout=0.3)]


def test_an_idle_window_sets_off_no_notices_and_no_transactions(
        qtbot: QtBot, team_window: tuple[MainWindow, str],
        postgres_server: PostgresServer) -> None:
    """It did: each notice re-released the schedule, an UPDATE of no row whose statement
    trigger notified again, ~10 notices and ~40 transactions a second, for ever."""
    window, name = team_window
    qtbot.wait(500)  # what the opening reads and writes is over
    with postgres_server.admin(name) as admin, postgres_server.admin(name) as listening:
        listening.execute("LISTEN desktop_sms")
        time.sleep(1.5)  # the window's sessions report what they did at most once a second
        before = _commits(admin)
        qtbot.wait(IDLE_MS)
        time.sleep(1.5)
        after = _commits(admin)
        assert _notices(listening) == []
        # Only this test's own two reads of the counter (the idle window has no polls due).
        assert after - before <= 2, after - before


def test_another_workstations_change_is_shown_without_releasing_the_schedule(
        qtbot: QtBot, team_window: tuple[MainWindow, str], postgres_server: PostgresServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, name = team_window
    qtbot.wait(500)  # the opening's looks are over
    looks: list[float] = []
    release_due = scheduler._release_due

    def counted(worker: object, now: float) -> scheduler.Looked:
        looks.append(now)
        return release_due(worker, now)  # type: ignore[arg-type]

    monkeypatch.setattr(scheduler, "_release_due", counted)
    with postgres_server.connect(name) as other:
        ids = Outbox(other).enqueue([NewMessage("+306912345671", "later")],
                                    send_at=time.time() + 3600)
        qtbot.waitUntil(lambda: window.outbox.model.row_total() == 1, timeout=LIVE_MS)
        Schedule(other).reschedule(ids, time.time() + 7200)
        qtbot.wait(500)
    assert looks == []
    window.session.added(ids)  # queued by this window: its timer is set for it
    qtbot.waitUntil(lambda: len(looks) == 1, timeout=LIVE_MS)
