"""The ``workstations`` table of a team database does not grow for ever (a row per window
or command): a session starting deletes the rows of sessions that are gone (their lock
free) and more than a day old, a bounded number each time — never a session at work,
however long it has run."""

from __future__ import annotations

import time

from desktop_sms.core import team
from tests.postgres_server import PostgresServer

DAY = 24 * 3600


def _rows(server: PostgresServer, database: str, started_at: float, count: int) -> list[int]:
    """Rows of sessions that are gone: no session holds their locks."""
    with server.connect(database) as conn:
        return [int(conn.execute(
            "INSERT INTO workstations (workstation, user_name, started_at) "
            "VALUES ('gone', 'ann', ?) RETURNING id", (started_at,)).fetchone()[0])
            for _ in range(count)]


def _ids(server: PostgresServer, database: str) -> set[int]:
    with server.connect(database) as conn:
        return {int(row[0]) for row in conn.execute("SELECT id FROM workstations")}


def test_a_starting_session_deletes_gone_sessions_older_than_a_day(
        postgres_server: PostgresServer) -> None:
    database = postgres_server.new_database()
    old_gone = _rows(postgres_server, database, time.time() - 2 * DAY, 3)
    recent_gone = _rows(postgres_server, database, time.time() - 3600, 2)
    with postgres_server.connect(database) as at_work:  # a window open for two days
        long_running = team.session_id(at_work)
        at_work.execute("UPDATE workstations SET started_at = ? WHERE id = ?",
                        (time.time() - 2 * DAY, long_running))
        with postgres_server.connect(database) as starting:
            new = team.session_id(starting)
            assert _ids(postgres_server, database) == {*recent_gone, long_running, new}
            assert not set(old_gone) & _ids(postgres_server, database)


def test_the_cleanup_is_bounded_at_each_start(postgres_server: PostgresServer) -> None:
    database = postgres_server.new_database()
    with postgres_server.connect(database) as conn:
        conn.execute("INSERT INTO workstations (workstation, user_name, started_at) "
                     "SELECT 'gone', 'ann', ? FROM generate_series(1, ?)",
                     (time.time() - 2 * DAY, team.CLEANUP_BATCH + 10))
    with postgres_server.connect(database) as starting:
        first = team.session_id(starting)
        assert len(_ids(postgres_server, database) - {first}) == 10  # the rest: next time
    with postgres_server.connect(database) as starting:
        second = team.session_id(starting)
        assert _ids(postgres_server, database) == {first, second}
