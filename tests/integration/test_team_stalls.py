"""A team database's server that stalls or whose network is cut silently (a real
PostgreSQL server, its backend stopped by SIGSTOP): every session notices a cut within
~15 s on both sides, and the window's own session never waits more than a few seconds."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator

import pytest

from desktop_sms.core.outbox.history import History
from desktop_sms.core.store import TeamSource, postgres
from desktop_sms.core.store.bounded import BOUND_SECONDS
from desktop_sms.core.store.opening import open_store
from tests.postgres_server import ROLE_PASSWORD, PostgresServer


@pytest.fixture
def reader(postgres_server: PostgresServer,
           tmp_path: os.PathLike[str]) -> Iterator[postgres.PgConnection]:
    """The window's own session, opened as the window opens it."""
    source = TeamSource(postgres_server.location(postgres_server.new_database()),
                        ROLE_PASSWORD)
    conn = open_store(tmp_path, source, reader=True)  # type: ignore[arg-type]
    assert isinstance(conn, postgres.PgConnection)
    yield conn
    conn.close()


def test_every_session_has_keepalives_on_both_sides(postgres_server: PostgresServer) -> None:
    with postgres_server.connect(postgres_server.new_database()) as conn:
        ours = conn.raw.info.get_parameters()
        assert (ours["keepalives"], ours["keepalives_idle"], ours["tcp_user_timeout"]) == (
            "1", "5", "15000")
        server = dict(conn.execute(
            "SELECT name, setting FROM pg_settings WHERE name IN ('tcp_keepalives_idle', "
            "'tcp_keepalives_interval', 'tcp_keepalives_count', 'tcp_user_timeout')"
        ).fetchall())
        assert server == {"tcp_keepalives_idle": "5", "tcp_keepalives_interval": "2",
                          "tcp_keepalives_count": "3", "tcp_user_timeout": "15000"}


def test_the_windows_session_fails_within_seconds_when_its_server_stalls(
        reader: postgres.PgConnection) -> None:
    history = History(reader)
    assert history.count() == 0
    pid = reader.raw.info.backend_pid
    os.kill(pid, signal.SIGSTOP)
    started = time.monotonic()
    try:
        with pytest.raises(postgres.TeamDatabaseError, match="did not answer within 3 s"):
            history.count()
        waited = time.monotonic() - started
    finally:
        os.kill(pid, signal.SIGCONT)
    print(f"\nthe stalled read returned after {waited:.2f} s")
    assert BOUND_SECONDS - 0.2 < waited < BOUND_SECONDS + 1.5
    with pytest.raises(postgres.TeamDatabaseError):  # and the next at once
        history.count()


def test_the_windows_session_stops_a_slow_statement_and_stays_usable(
        reader: postgres.PgConnection) -> None:
    started = time.monotonic()
    # A slow answer from a live server, not its absence: the window must not close its
    # sessions and reopen them for it (it would read the same slow page again, and again).
    with pytest.raises(postgres.TeamSlowAnswer, match="statement timeout") as caught:
        reader.execute("SELECT pg_sleep(30)")
    assert not isinstance(caught.value, postgres.TeamDatabaseError)
    assert time.monotonic() - started < BOUND_SECONDS
    assert reader.execute("SELECT 1").fetchone()[0] == 1


def test_a_workers_session_is_not_bounded(postgres_server: PostgresServer) -> None:
    with postgres_server.connect(postgres_server.new_database()) as conn:
        assert conn.execute("SHOW statement_timeout").fetchone()[0] == "0"
