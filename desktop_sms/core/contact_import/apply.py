"""Writing a checked import to the address book: one transaction, so that a failure or a
cancel leaves the book as it was; rows written in chunks with executemany."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import islice
from typing import TypeVar

from desktop_sms.core import contacts
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
    try:
        with transaction(book.conn):
            plan = plan.against(existing_numbers(book))
            total, done = plan.added + plan.updated, 0
            for chunk in _chunks(plan.to_add):
                book.insert(contacts.NewContact(c.name, c.number, c.notes, c.first_name,
                                                c.last_name, c.groups, c.fields)
                            for c in chunk)
                done = _step(done + len(chunk), total, progress, cancelled)
            for pairs in _chunks(plan.to_update):
                _update(book, pairs)
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


def _update(book: AddressBook, rows: list[tuple[int, NewContact]]) -> None:
    """What the row has replaces what the contact had; a blank cell changes nothing."""
    book.conn.executemany(
        "UPDATE contacts SET name = coalesce(nullif(?, ''), name), "
        "first_name = coalesce(nullif(?, ''), first_name), "
        "last_name = coalesce(nullif(?, ''), last_name), "
        "notes = coalesce(nullif(?, ''), notes), updated_at = ? WHERE id = ?",
        ((c.name if c.named else "", c.first_name, c.last_name, c.notes, now(), i)
         for i, c in rows))
    book.join_groups((i, c.groups) for i, c in rows)
    book.merge_fields((i, c.fields) for i, c in rows)  # and the search keys, after all
