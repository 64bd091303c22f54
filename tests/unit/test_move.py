"""`db move-to`: a filled SQLite file copied into a real PostgreSQL team database — counts and
contents equal, ids remapped with their references, nothing doubled by a second move, the
team's own data kept, the file untouched, a file still sending refused."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop_sms.core import store
from desktop_sms.core.contacts import AddressBook, Contact
from desktop_sms.core.optout import OptOutList
from desktop_sms.core.outbox.messages import NewCampaign, NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.store.move import MoveRefused, move_to
from desktop_sms.core.store.postgres import PgConnection
from desktop_sms.core.templates import Templates
from tests.postgres_server import PostgresServer


@pytest.fixture
def file(tmp_path: Path) -> Iterator[store.Connection]:
    conn = store.connect(store.database_path(tmp_path))
    yield conn
    conn.close()


@pytest.fixture
def team(postgres_server: PostgresServer) -> Iterator[PgConnection]:
    conn = postgres_server.connect(postgres_server.new_database())
    yield conn
    conn.close()


def fill(conn: store.Connection, gateway_id: str = "g1") -> None:
    book = AddressBook(conn)
    book.add("Ελένη Παπαδοπούλου", "+306912345671", notes="Πελάτισσα", groups=("Πελάτες", "VIP"),
             first_name="Ελένη", last_name="Παπαδοπούλου",
             fields={"Πόλη": "Αθήνα", "Email": "eleni@example.gr"})
    book.add("Zoé Lefèvre", "+33612345678", groups=("Clients",), fields={"Ville": "Orléans"})
    book.create_group("Empty")
    Templates(conn).save("Προσφορά", "Γεια σας {first_name}!")
    OptOutList(conn).add(["+306900000001", "+306912345671"], "asked")
    outbox = Outbox(conn)
    with store.transaction(conn):
        first = outbox.insert([NewMessage("+306912345671", "Καλημέρα"),
                               NewMessage("+33612345678", "Bonjour")],
                              campaign=NewCampaign("Spring", "Hi", None))
    conn.execute("UPDATE messages SET state = 'failed', gateway_id = ? WHERE id = ?",
                 (gateway_id, first[0]))
    with store.transaction(conn):
        outbox.insert([NewMessage("+306912345671", "Καλημέρα", resend_of=first[0])])
    # Only finished messages: a file with some still to send is refused (a test below).
    conn.execute("UPDATE messages SET state = 'delivered' WHERE state = 'queued'")
    outbox.record_balance(Decimal("12.5"))
    conn.execute("INSERT INTO status_updates (gateway_id, status, raw, received_at) "
                 "VALUES ('g9', 'D', 'g9|D', 1.5)")


def everything(conn: store.Connection) -> dict[str, Any]:
    """What a person sees, ids aside (they are the team database's)."""
    book = AddressBook(conn)
    ids = {row[0]: i for i, row in enumerate(conn.execute(
        "SELECT id FROM messages ORDER BY created_at, recipient, id"))}
    messages = [(r["recipient"], r["text"], r["state"], r["gateway_id"],
                 ids.get(r["resend_of"]), ids.get(r["batch_id"]), r["campaign"])
                for r in conn.execute(
                    "SELECT m.*, c.name AS campaign FROM messages m LEFT JOIN campaigns c "
                    "ON c.id = m.campaign_id ORDER BY m.created_at, m.recipient, m.id")]
    return {
        "contacts": sorted(c._replace(id=0, fields=dict(c.fields)) for c in book.search()),
        "groups": book.groups(),
        "templates": Templates(conn).list(),
        "opt_outs": sorted(OptOutList(conn).numbers()),
        "messages": messages,
        "balance": [tuple(r) for r in conn.execute("SELECT at, balance FROM balance_history")],
        "updates": [tuple(r) for r in conn.execute("SELECT gateway_id, raw FROM status_updates")],
    }


def counts(report: Any) -> dict[str, tuple[int, int]]:
    return {t.table: (t.in_file, t.copied) for t in report.tables}


def test_a_filled_file_moved_then_moved_again(file: store.Connection,
                                              team: PgConnection) -> None:
    fill(file)
    before = list(file.iterdump())  # type: ignore[union-attr]
    report = move_to(file, team)
    assert counts(report) == {
        "contacts": (2, 2), "groups": (4, 4), "group_members": (3, 3),
        "contact_fields": (3, 3), "templates": (1, 1), "opt_outs": (2, 2),
        "campaigns": (1, 1), "messages": (3, 3), "balance_history": (1, 1),
        "status_updates": (1, 1)}
    assert everything(team) == everything(file)
    eleni = AddressBook(team).by_number("+306912345671")
    assert isinstance(eleni, Contact) and eleni.fields == {"Πόλη": "Αθήνα",
                                                           "Email": "eleni@example.gr"}
    assert list(AddressBook(team).ordered_ids("αθηνα")) == [eleni.id]
    again = move_to(file, team)
    assert all(copied == 0 for _in_file, copied in counts(again).values())
    assert everything(team) == everything(file)
    assert list(file.iterdump()) == before  # type: ignore[union-attr]


def test_the_team_keeps_its_data_and_ids_come_from_its_sequences(
        file: store.Connection, team: PgConnection) -> None:
    fill(team, "t1")  # another workstation's: the same group names, opt-out and template
    ours = everything(team)
    fill(file)
    AddressBook(file).add("Νέος", "+306999999999", groups=("Πελάτες",))
    report = move_to(file, team)
    assert counts(report)["groups"] == (4, 0)
    assert counts(report)["opt_outs"] == (2, 0)
    assert counts(report)["templates"] == (1, 0)
    assert counts(report)["contacts"] == (3, 3)
    book = AddressBook(team)
    assert len(book.search()) == 5
    assert dict(book.groups())["Πελάτες"] == 3
    assert team.execute("SELECT count(*) FROM messages").fetchone()[0] == 6
    ids = [row[0] for row in team.execute("SELECT id FROM contacts ORDER BY id")]
    assert len(set(ids)) == 5
    assert team.execute("SELECT count(*) FROM moved_rows WHERE kind = 'contacts'"
                        ).fetchone()[0] == 3
    # A resent message points at its own original, moved with it, not at the team's.
    for (again,) in team.execute(
            "SELECT m.recipient FROM messages m JOIN messages o ON o.id = m.resend_of"):
        assert again == "+306912345671"
    assert sorted(row[0] for row in team.execute(
        "SELECT o.gateway_id FROM messages m JOIN messages o ON o.id = m.resend_of "
        "JOIN campaigns c ON c.id = o.campaign_id")) == ["g1", "t1"]
    assert ours["templates"] == Templates(team).list()


def test_a_file_still_sending_is_refused(file: store.Connection, team: PgConnection) -> None:
    fill(file)
    file.execute("UPDATE messages SET state = 'sending' WHERE id = 2")
    with pytest.raises(MoveRefused, match="1 message"):
        move_to(file, team)
    assert team.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0


@pytest.mark.parametrize("state", ["queued", "scheduled"])
def test_a_file_with_messages_still_to_send_is_refused(
        file: store.Connection, team: PgConnection, state: str) -> None:
    """Copied while still waiting in the file, they would go out from both places."""
    fill(file)
    file.execute("UPDATE messages SET state = ? WHERE id IN (2, 3)", (state,))
    with pytest.raises(MoveRefused, match="2 message.*send or cancel them first"):
        move_to(file, team)
    assert team.execute("SELECT count(*) FROM messages").fetchone()[0] == 0


def test_a_count_that_does_not_match_rolls_everything_back(
        file: store.Connection, team: PgConnection) -> None:
    """Rows lost on the way (here a trigger drops each opt-out silently): the counts tell,
    the table is named, and nothing stays half-moved."""
    fill(file)
    team.raw.execute("CREATE FUNCTION lose() RETURNS trigger LANGUAGE plpgsql AS "
                     "$$ BEGIN RETURN NULL; END $$")
    team.raw.execute("CREATE TRIGGER lose BEFORE INSERT ON opt_outs FOR EACH ROW "
                     "EXECUTE FUNCTION lose()")
    with pytest.raises(MoveRefused, match="opt_outs: 2 row.* 0 found"):
        move_to(file, team)
    for table in ("contacts", "groups", "moved_rows"):
        assert team.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
