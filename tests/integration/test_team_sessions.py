"""Several sessions on one team database (a real PostgreSQL server): claims never overlap,
recovery flags only the messages of a claimer that is gone, one session polls, and every
message says where and by whom it was queued (on the SQLite file too)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from desktop_sms.core import store, team
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.states import State
from desktop_sms.core.store import Connection
from desktop_sms.core.store.postgres import PgConnection
from tests.postgres_server import PostgresServer

GR = "+306912345678"


@pytest.fixture
def team_db(postgres_server: PostgresServer) -> Iterator[tuple[PostgresServer, str]]:
    yield postgres_server, postgres_server.new_database()


def _outbox(where: tuple[PostgresServer, str]) -> Outbox:
    server, name = where
    return Outbox(server.connect(name))


def _claim(outbox: Outbox, count: int) -> list[int]:
    """One engine round's claim: due and claim in one transaction."""
    with store.transaction(outbox.conn):
        due = outbox.due(count)
        for message in due:
            assert outbox.claim(message) is None
    return [m.id for m in due]


def test_two_sessions_never_take_the_same_queued_message(
        team_db: tuple[PostgresServer, str]) -> None:
    first, second = _outbox(team_db), _outbox(team_db)
    ids = first.enqueue([NewMessage(GR, f"m{i}") for i in range(6)])
    with store.transaction(first.conn):
        taken = [m.id for m in first.due(4)]  # locked until this transaction ends
        others = [m.id for m in second.due(4)]  # second is in autocommit: skips them
        assert taken == ids[:4] and others == ids[4:]
        for message in first.due(4):  # its own locks do not hide rows from itself
            first.claim(message)
    assert _claim(second, 4) == ids[4:]
    claimers = {m.id: m for m in first.messages(State.SENDING)}
    assert len(claimers) == 6
    rows = dict(first.conn.execute("SELECT id, claimed_by FROM messages").fetchall())
    assert {rows[i] for i in ids[:4]} == {team.session_id(first.conn)}
    assert {rows[i] for i in ids[4:]} == {team.session_id(second.conn)}
    assert team.session_id(first.conn) != team.session_id(second.conn)


def test_recovery_flags_only_a_gone_claimers_messages(
        team_db: tuple[PostgresServer, str]) -> None:
    alive, doomed, watcher = _outbox(team_db), _outbox(team_db), _outbox(team_db)
    alive.enqueue([NewMessage(GR, f"m{i}") for i in range(4)])
    mine = _claim(alive, 2)
    theirs = _claim(doomed, 2)
    assert watcher.recover() == [] and alive.recover() == []  # both claimers still live
    _gone(doomed.conn, team_db[0])  # as a SIGKILL does: the server ends it, frees its lock
    assert alive.recover() == theirs  # seen by the server at once
    assert watcher.recover() == []  # flagged once
    states = {m.id: m.state for m in watcher.messages()}
    assert [states[i] for i in mine] == [State.SENDING, State.SENDING]
    assert [states[i] for i in theirs] == [State.UNKNOWN, State.UNKNOWN]
    for message_id in theirs:
        message = watcher.get(message_id)
        assert message is not None and message.error_code == "interrupted"


def _gone(conn: Connection, server: PostgresServer) -> None:
    """Close ``conn`` and wait (bounded) until the server has ended its session: close()
    returns before the server has let go of the session's locks."""
    assert isinstance(conn, PgConnection)
    pid = conn.raw.info.backend_pid
    conn.close()
    deadline = time.monotonic() + 10
    with server.admin() as admin:
        while admin.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s",
                            (pid,)).fetchone() != (0,):
            assert time.monotonic() < deadline, "the server kept the closed session"
            time.sleep(0.01)


def test_one_session_polls_and_another_takes_over_when_it_goes(
        team_db: tuple[PostgresServer, str]) -> None:
    first, second = _outbox(team_db).conn, _outbox(team_db).conn
    assert team.is_poller(first) and team.is_poller(first)
    assert not team.is_poller(second)
    _gone(first, team_db[0])
    assert team.is_poller(second)
    second.close()


def test_a_sessions_row_says_where_and_who(team_db: tuple[PostgresServer, str]) -> None:
    conn = _outbox(team_db).conn
    assert isinstance(conn, PgConnection)
    session = team.session(conn)
    assert session is not None and team.session(conn) is session
    row = conn.execute("SELECT workstation, user_name FROM workstations WHERE id = ?",
                       (session.id,)).fetchone()
    assert tuple(row) == team.who()
    locks = conn.execute(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = "
        "pg_backend_pid() AND objid = ?", (session.id,)).fetchone()[0]
    assert locks == 1  # the session's lock: held for its life
    conn.close()


def test_queued_messages_say_where_and_by_whom(outbox: Outbox) -> None:
    (message_id,) = outbox.enqueue([NewMessage(GR, "hello")])
    message = outbox.get(message_id)
    assert message is not None
    workstation, user = team.who()
    assert workstation and (message.queued_on, message.queued_by) == (workstation, user)
    assert team.session_id(outbox.conn) is None or _claim(outbox, 1) == [message_id]


def test_the_sqlite_file_recovers_every_sending_message(outbox: Outbox) -> None:
    if store.is_team(outbox.conn):
        pytest.skip("the SQLite file's rule (a team database's: above)")
    ids = outbox.enqueue([NewMessage(GR, "a"), NewMessage(GR, "b")])
    _claim(outbox, 2)
    assert team.session_id(outbox.conn) is None and team.is_poller(outbox.conn)
    assert outbox.recover() == ids
