"""The address book's refusals reach the window in its language: core raises a code with
its values (core/contacts.py BookFault), ui/book_text.py words it; the CLI keeps the
English."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_sms.core import store
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.errors import Refusal
from desktop_sms.ui import language
from desktop_sms.ui.error_text import Kind, failure_of


@pytest.fixture
def book(tmp_path: Path) -> Iterator[AddressBook]:
    conn = store.connect(tmp_path / "db.sqlite3")
    found = AddressBook(conn)
    found.create_group("Ομάδα")
    yield found
    conn.close()


def refused(act: Callable[[], object], folder: Path) -> tuple[str, str]:
    with pytest.raises(Refusal) as caught:
        act()
    failure = failure_of(caught.value, folder)
    assert failure.kind is Kind.INPUT
    return failure.text, str(caught.value)


@pytest.mark.parametrize("code", ["el", "fr"])
def test_each_address_book_refusal_is_worded_in_the_window_language(
        book: AddressBook, tmp_path: Path, code: str) -> None:
    language.install(code)
    try:
        said = [
            refused(lambda: book.add(" ", "+306900000000"), tmp_path),
            refused(lambda: book.create_group(" "), tmp_path),
            refused(lambda: book.create_group(" Ομάδα "), tmp_path),
            refused(lambda: book.rename_group("Λείπει", "Νέα"), tmp_path),
            refused(lambda: book.member_ids("Λείπει"), tmp_path),
        ]
    finally:
        language.install("en")  # as tests/gui/conftest.py has it for every other test
    words = {
        "el": ["Μια επαφή χρειάζεται όνομα.", "Μια ομάδα χρειάζεται όνομα.",
               "Υπάρχει ήδη ομάδα με το όνομα «Ομάδα».",
               "Δεν υπάρχει ομάδα με το όνομα «Λείπει».",
               "Δεν υπάρχει ομάδα με το όνομα «Λείπει»."],
        "fr": ["Un contact a besoin d'un nom.", "Un groupe a besoin d'un nom.",
               "Il existe déjà un groupe nommé «\u00a0Ομάδα\u00a0».",
               "Il n'existe aucun groupe nommé «\u00a0Λείπει\u00a0».",
               "Il n'existe aucun groupe nommé «\u00a0Λείπει\u00a0»."],
    }
    assert [window for window, _ in said] == words[code]
    # The command line and the log keep the English.
    assert [english for _, english in said] == [
        "a contact needs a name", "a group needs a name",
        "there is already a group called 'Ομάδα'", "there is no group called 'Λείπει'",
        "there is no group called 'Λείπει'"]
