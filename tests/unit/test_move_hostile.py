"""`db move-to` with a hostile SQLite file (review 15, defect 10), into a real PostgreSQL
team database: a value the team database cannot hold is one refusal naming the table and
the row, not an unexpected error; names that are two in the file and one to the team
database (it ignores case) are reported as merged, not as all copied."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_sms.core import storage_errors, store
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.store.move import MoveRefused, move_to
from desktop_sms.core.store.postgres import PgConnection
from tests.integration.test_cli_db import copied, run
from tests.postgres_server import PostgresServer
from tests.unit.test_move import file as file  # the fixtures
from tests.unit.test_move import team as team


def finished(conn: store.Connection) -> int:
    """Two messages, cancelled (a file still sending is refused first); the second's id."""
    outbox = Outbox(conn)
    ids = outbox.enqueue([NewMessage("+306912345671", "hello"),
                          NewMessage("+306912345672", "hi")])
    outbox.cancel(ids)
    return ids[1]


@pytest.mark.parametrize(("column", "value", "why"), [
    ("text", "a\x00b", "NUL"),
    ("attempts", 5_000_000_000, "out of range"),
    ("updated_at", "yesterday", "invalid input syntax"),
])
def test_a_value_the_team_database_cannot_hold_is_refused_naming_table_and_row(
        file: store.Connection, team: PgConnection, column: str, value: object,
        why: str) -> None:
    hostile = finished(file)
    file.execute(f"UPDATE messages SET {column} = ? WHERE id = ?", (value, hostile))
    with pytest.raises(MoveRefused) as refused:
        move_to(file, team)
    text = str(refused.value)
    assert (f"messages: the row of id {hostile} has a value the team database cannot hold"
            in text), text
    assert why in text and "nothing was moved" in text, text
    assert "\x00" not in text
    assert team.execute("SELECT count(*) FROM messages").fetchone()[0] == 0
    assert not team.in_transaction


def test_a_nul_in_the_team_database_is_a_refusal_of_the_sqlite3_kind(
        team: PgConnection) -> None:
    """Outside a move too: core's handlers see an sqlite3 error, not psycopg's."""
    with pytest.raises(sqlite3.DataError, match="NUL"):
        team.execute("INSERT INTO opt_outs (number, added_at) VALUES (?, 0)", ("+1\x00",))
    with pytest.raises(sqlite3.DataError, match="out of range"):
        team.execute("SELECT ?::integer", (5_000_000_000,))


def test_groups_one_to_the_team_database_are_reported_as_merged(
        file: store.Connection, team: PgConnection) -> None:
    book = AddressBook(file)
    contact = book.add("Maria", "+306912345671")
    for name in ("ΠΕΛΑΤΕΣ", "πελατες", "VIP"):
        book.create_group(name)
    file.execute("INSERT INTO group_members (group_id, contact_id) "
                 "SELECT id, ? FROM groups", (contact,))
    file.execute("INSERT INTO contact_fields (contact_id, name, value) VALUES "
                 "(?, 'ΠΌΛΗ', 'Αθήνα'), (?, 'πόλη', 'Πάτρα')", (contact, contact))
    report = move_to(file, team)
    moved = {t.table: (t.in_file, t.copied, t.merged) for t in report.tables}
    assert moved["groups"] == (3, 2, 2)
    assert moved["group_members"] == (3, 2, 2)
    assert moved["contact_fields"] == (2, 1, 2)
    assert moved["contacts"] == (1, 1, 0)
    assert sorted(r[0] for r in team.execute("SELECT name FROM groups")) in (
        ["VIP", "ΠΕΛΑΤΕΣ"], ["VIP", "πελατες"])


def test_the_command_says_which_names_were_merged(
        tmp_path: Path, postgres_server: PostgresServer) -> None:
    for name, number, group in (("Maria", "+306912345671", "ΠΕΛΑΤΕΣ"),
                                ("Nikos", "+306912345672", "πελατες")):
        added = run(tmp_path, "contacts", "add", name, number, "--group", group)
        assert added.returncode == 0, added.stderr
    done = run(tmp_path, "db", "move-to", postgres_server.url(postgres_server.new_database()))
    assert done.returncode == 0, done.stderr
    assert copied(done)["groups"] == (2, 1)
    assert ("groups: 2 in the file, 1 copied (2 of them are one to the team database, whose "
            "names ignore case: kept as one)") in done.stderr, done.stderr


def test_a_value_refused_elsewhere_is_told_and_does_not_close_the_window(
        team: PgConnection, tmp_path: Path) -> None:
    """A NUL typed or imported into a contact: told, not taken for a damaged store."""
    with pytest.raises(sqlite3.DataError) as refused:
        AddressBook(team).add("Mar\x00ia", "+306912345671")
    found = storage_errors.situation(refused.value, tmp_path)
    assert not found.fatal
    text = storage_errors.explain(refused.value, tmp_path)
    assert text.startswith("The team database refused a value (PostgreSQL text fields "), text
    assert text.endswith("Nothing was changed.") and "\x00" not in text
