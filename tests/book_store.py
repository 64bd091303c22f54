"""What the address-book tests need of either engine: the book's rows to compare before and
after, a real failure raised by the database in the middle of a write, a second writer."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop_sms.core import store

# Every table an import or an opt-out writes, with the order that lists it the same way on
# both engines.
BOOK_TABLES = {
    "contacts": "id", "groups": "id", "group_members": "group_id, contact_id",
    "contact_fields": "contact_id, name", "opt_outs": "number", "templates": "id",
}


def dump(conn: store.Connection) -> list[tuple[Any, ...]]:
    """Every row of the book's tables (iterdump is SQLite's only)."""
    rows: list[tuple[Any, ...]] = []
    for table, order in BOOK_TABLES.items():
        rows += [(table, *row) for row in conn.execute(
            f"SELECT * FROM {table} ORDER BY {order}").fetchall()]
    return rows


@contextmanager
def inserts_fail_after(conn: store.Connection, limit: int, message: str) -> Iterator[None]:
    """While inside: writing a contact when the book has more than ``limit`` fails in the
    database itself, as a broken constraint (``sqlite3.IntegrityError`` on both engines)."""
    if isinstance(conn, sqlite3.Connection):
        conn.execute(
            "CREATE TEMP TRIGGER fail AFTER INSERT ON contacts WHEN (SELECT count(*) FROM "
            f"contacts) > {limit} BEGIN SELECT RAISE(ABORT, '{message}'); END")
        try:
            yield
        finally:
            conn.execute("DROP TRIGGER fail")
        return
    conn.raw.execute(
        "CREATE FUNCTION fail_on_purpose() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF (SELECT count(*) FROM contacts) > {limit} THEN RAISE EXCEPTION USING "
        f"ERRCODE = 'check_violation', MESSAGE = '{message}'; END IF; RETURN NULL; END $$")
    conn.raw.execute("CREATE TRIGGER fail AFTER INSERT ON contacts FOR EACH ROW "
                     "EXECUTE FUNCTION fail_on_purpose()")
    try:
        yield
    finally:
        conn.raw.execute("DROP FUNCTION fail_on_purpose() CASCADE")


def another(conn: store.Connection) -> store.Connection:
    """A second writer on what ``conn`` opened (another window, another workstation)."""
    source = store.source_of(conn)
    if isinstance(source, Path):
        return store.connect(source)
    from desktop_sms.core.store import postgres

    return postgres.connect(source.location, source.password)
