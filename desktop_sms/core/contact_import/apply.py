"""Writing a checked import to the address book: one transaction, so that a failure or a
cancel leaves the book as it was; rows written in chunks with executemany."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from itertools import islice
from typing import TypeVar

from desktop_sms.core.contact_import.checking import (
    PROGRESS_EVERY,
    Cancelled,
    ImportPlan,
    NewContact,
    Progress,
)
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.store import now, transaction

T = TypeVar("T")


class _Cancel(Exception):
    """Unwinds the transaction when the user cancels."""


def existing_numbers(book: AddressBook) -> dict[str, tuple[int, str]]:
    """Each number in the book → (the oldest contact with it: id, name)."""
    found: dict[str, tuple[int, str]] = {}
    for number, contact_id, name in book.conn.execute(
            "SELECT number, id, name FROM contacts ORDER BY id"):
        found.setdefault(number, (contact_id, name))
    return found


def apply_import(book: AddressBook, plan: ImportPlan, *, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> ImportPlan | None:
    """Write ``plan``: the plan as written (checked against the book again inside the
    transaction, so its counts are what happened), or None if ``cancelled()`` turned true
    between chunks; then nothing was written. Any error also leaves the book unchanged."""
    conn = book.conn
    try:
        with transaction(conn):
            plan = plan.against(existing_numbers(book))
            total, done = plan.added + plan.updated, 0
            groups = _group_ids(conn, plan)
            next_id = int(conn.execute(
                "SELECT coalesce(max(id), 0) + 1 FROM contacts").fetchone()[0])
            for chunk in _chunks(plan.to_add):
                ids = range(next_id, next_id + len(chunk))
                next_id += len(chunk)
                _insert(conn, list(zip(ids, chunk, strict=True)), groups)
                done = _step(done + len(chunk), total, progress, cancelled)
            for pairs in _chunks(plan.to_update):
                _update(conn, pairs, groups)
                done = _step(done + len(pairs), total, progress, cancelled)
    except _Cancel:
        return None
    return plan


def _step(done: int, total: int, progress: Progress | None, cancelled: Cancelled | None) -> int:
    if progress is not None:
        progress(done, total)
    if cancelled is not None and cancelled():
        raise _Cancel
    return done


def _chunks(items: Sequence[T]) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, PROGRESS_EVERY)):
        yield chunk


def _group_ids(conn: sqlite3.Connection, plan: ImportPlan) -> dict[str, int]:
    """The id of every group the import names, created if missing (names match
    case-insensitively, as the groups table does)."""
    names = {g for c in plan.to_add for g in c.groups}
    names |= {g for _, c in plan.to_update for g in c.groups}
    ids = {}
    for name in names:
        conn.execute("INSERT OR IGNORE INTO groups (name) VALUES (?)", (name,))
        ids[name] = int(conn.execute("SELECT id FROM groups WHERE name = ?",
                                     (name,)).fetchone()[0])
    return ids


def _insert(conn: sqlite3.Connection, rows: list[tuple[int, NewContact]],
            groups: dict[str, int]) -> None:
    stamp = now()
    conn.executemany(
        "INSERT INTO contacts (id, name, number, notes, first_name, last_name, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ((i, c.name, c.number, c.notes, c.first_name, c.last_name, stamp, stamp)
         for i, c in rows))
    _fields_and_groups(conn, rows, groups)


def _update(conn: sqlite3.Connection, rows: list[tuple[int, NewContact]],
            groups: dict[str, int]) -> None:
    """What the row has replaces what the contact had; a blank cell changes nothing."""
    conn.executemany(
        "UPDATE contacts SET name = coalesce(nullif(?, ''), name), "
        "first_name = coalesce(nullif(?, ''), first_name), "
        "last_name = coalesce(nullif(?, ''), last_name), "
        "notes = coalesce(nullif(?, ''), notes), updated_at = ? WHERE id = ?",
        ((c.name if c.named else "", c.first_name, c.last_name, c.notes, now(), i)
         for i, c in rows))
    _fields_and_groups(conn, rows, groups)


def _fields_and_groups(conn: sqlite3.Connection, rows: list[tuple[int, NewContact]],
                       groups: dict[str, int]) -> None:
    # Through contacts, as AddressBook does: a contact deleted since the plan is skipped.
    conn.executemany(
        "INSERT OR REPLACE INTO contact_fields (contact_id, name, value) "
        "SELECT id, ?, ? FROM contacts WHERE id = ?",
        ((name, value, i) for i, c in rows for name, value in c.fields.items()))
    conn.executemany(
        "INSERT OR IGNORE INTO group_members (group_id, contact_id) "
        "SELECT ?, id FROM contacts WHERE id = ?",
        ((groups[g], i) for i, c in rows for g in c.groups))
