"""A team database that cannot be used (no server there, the login refused, the server gone
away) is told in words a person can act on, and is never taken for a damaged file: a
server that is down comes back, so the window waits instead of closing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_sms.core.storage_errors import Problem, classify, explain, situation
from desktop_sms.core.store import location as team_location
from desktop_sms.core.store import postgres
from tests.postgres_server import ROLE_PASSWORD, PostgresServer, _free_port

WRONG_PASSWORD = "Wr0ng-pa55word-e81d"


def nobody_there(server: PostgresServer) -> sqlite3.Error:
    location = team_location.parse(f"postgresql://office@127.0.0.1:{_free_port()}/office")[0]
    with pytest.raises(postgres.TeamDatabaseError) as raised:
        postgres.connect(location, ROLE_PASSWORD)
    return raised.value


def refused_login(server: PostgresServer) -> sqlite3.Error:
    with pytest.raises(postgres.TeamDatabaseError) as raised:
        postgres.connect(server.location(server.new_database()), WRONG_PASSWORD)
    return raised.value


def gone_away(server: PostgresServer) -> sqlite3.Error:
    conn = server.connect(server.new_database())
    try:
        with server.admin() as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (conn.raw.info.backend_pid,))
        with pytest.raises(postgres.TeamDatabaseError) as raised:
            conn.execute("SELECT count(*) FROM messages")
    finally:
        conn.close()
    return raised.value


@pytest.mark.parametrize(("failure", "advice"), [
    (nobody_there, "database server is running"),
    (refused_login, "user name and password"),
    (gone_away, "database server is running"),
])
def test_a_team_database_that_cannot_be_used_is_worded_and_waited_for(
        postgres_server: PostgresServer, tmp_path: Path,
        failure: Callable[[PostgresServer], sqlite3.Error], advice: str) -> None:
    error = failure(postgres_server)
    assert isinstance(error, sqlite3.OperationalError)  # core's handlers catch it as ever
    assert classify(error, tmp_path) is Problem.UNREACHABLE
    found = situation(error, tmp_path)
    assert not found.fatal and found.own_words
    text = explain(error, tmp_path)
    assert text.startswith("The team database postgresql://office@127.0.0.1:")
    assert "Nothing is queued on this computer behind your back" in text
    assert advice in text and "then try again." in text
    assert str(tmp_path) not in text and "folder" not in text  # not the data folder's words
    assert ROLE_PASSWORD not in text and WRONG_PASSWORD not in text


def test_a_row_another_workstation_holds_too_long_is_busy_in_team_words(
        postgres_server: PostgresServer, tmp_path: Path) -> None:
    name = postgres_server.new_database()
    holder, waiter = postgres_server.connect(name), postgres_server.connect(name)
    try:
        holder.execute("BEGIN")
        holder.execute("LOCK TABLE opt_outs IN ACCESS EXCLUSIVE MODE")
        waiter.execute("SET lock_timeout = 100")
        with pytest.raises(sqlite3.OperationalError) as raised:
            waiter.execute("SELECT count(*) FROM opt_outs")
    finally:
        holder.close()
        waiter.close()
    assert classify(raised.value, tmp_path) is Problem.BUSY
    text = explain(raised.value, tmp_path)
    assert text.startswith("Another workstation held") and "Nothing was changed" in text
