"""The schema's change notices (NOTIFY, which the windows' listeners wait for) on a real
PostgreSQL server: told when a statement changed rows, not when it changed none."""

from __future__ import annotations

import psycopg

from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from tests.postgres_server import PostgresServer


def _notices(listening: psycopg.Connection[tuple[object, ...]]) -> list[str]:
    return [notice.payload for notice in listening.notifies(timeout=0.3)]


def test_a_statement_that_changes_no_row_tells_nobody(postgres_server: PostgresServer) -> None:
    name = postgres_server.new_database()
    with postgres_server.connect(name) as conn, postgres_server.admin(name) as listening:
        listening.execute("LISTEN desktop_sms")
        ids = Outbox(conn).enqueue([NewMessage("+306912345671", "one")])
        assert _notices(listening) == ["messages"]
        for statement in ("UPDATE messages SET retry_at = NULL WHERE id < 0",
                          "DELETE FROM contacts WHERE id < 0",
                          "INSERT INTO opt_outs (number, added_at) SELECT '+1', 0 WHERE false"):
            conn.execute(statement)
            assert _notices(listening) == [], statement
        conn.execute("UPDATE messages SET retry_at = NULL WHERE id = ?", (ids[0],))
        assert _notices(listening) == ["messages"]
        conn.execute("DELETE FROM messages")
        assert _notices(listening) == ["messages"]
        conn.execute("TRUNCATE status_updates, templates")
        assert _notices(listening) == ["templates"]
