"""On a team database the times workstations compare go by the server's clock: a desk
whose own clock is an hour fast neither releases everyone's scheduled messages an hour
early nor stamps a retry's backoff on its own clock."""

from __future__ import annotations

import time

import pytest

from desktop_sms.core import store
from desktop_sms.core.outbox.message_errors import INTERRUPTED
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.sending.schedule import Schedule
from desktop_sms.core.states import State
from tests.postgres_server import PostgresServer

HOUR = 3600.0


def test_the_offset_is_measured_once_per_connection(conn: store.Connection) -> None:
    # The test server runs on this computer's clock; the SQLite file has no other.
    assert store.clock_offset(conn) == 0.0
    if store.is_team(conn):
        assert conn.clock_offset == 0.0  # kept: not a round trip each time


@pytest.fixture
def fast_desk(postgres_server: PostgresServer) -> Outbox:
    conn = postgres_server.connect(postgres_server.new_database())
    # This desk's clock reads an hour ahead of the server's (and of this process's
    # time.time(), which stands for the server's here).
    conn.clock_offset = -HOUR
    return Outbox(conn)


def test_a_fast_desk_does_not_release_the_schedule_early(fast_desk: Outbox) -> None:
    server_time = time.time()
    (message_id,) = fast_desk.enqueue([NewMessage("+306912345601", "at nine")],
                                      send_at=server_time + 1800)
    plans = Schedule(fast_desk.conn)
    desk_time = server_time + HOUR  # what the window's clock says
    release = plans.release_due(desk_time)
    assert (release.released, release.held) == ([], [])
    assert fast_desk.get(message_id).state is State.SCHEDULED  # type: ignore[union-attr]
    # When to look again, on the desk's clock: half an hour from now.
    next_at = plans.next_send_at(desk_time)
    assert next_at == pytest.approx(desk_time + 1800, abs=1.0)
    # Half an hour later by the server it goes, and is not taken for an overdue one.
    release = plans.release_due(desk_time + 1801)
    assert [due.id for due in release.released] == [message_id]
    fast_desk.conn.close()


def test_a_retry_backoff_is_stamped_on_the_server_clock(fast_desk: Outbox) -> None:
    (message_id,) = fast_desk.enqueue([NewMessage("+306912345601", "retry")])
    with store.transaction(fast_desk.conn):
        (claimed,) = fast_desk.due(1)
        assert fast_desk.claim(claimed) is None
        fast_desk.requeue(message_id, INTERRUPTED, backoff=60.0)
    retry_at = fast_desk.conn.execute("SELECT retry_at FROM messages WHERE id = ?",
                                      (message_id,)).fetchone()[0]
    assert retry_at == pytest.approx(time.time() - HOUR + 60.0, abs=2.0)
    assert fast_desk.due(1) == []  # its backoff runs on the same clock
    fast_desk.conn.close()
