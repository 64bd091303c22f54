"""The address book's names and custom fields (schema 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_sms.core import store
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.errors import InputError


@pytest.fixture
def book(tmp_path: Path) -> AddressBook:
    return AddressBook(store.connect(tmp_path / "db.sqlite3"))


def test_first_last_names_and_fields_round_trip(book: AddressBook) -> None:
    contact_id = book.add(" Ελένη Παπά ", "+306912345671", first_name=" Ελένη ",
                          last_name="Παπά", fields={"City": "Αθήνα", "Blank": "  ",
                                                    "Odd": "a\x1fb\x1e\"c"})
    contact = book.get(contact_id)
    assert contact is not None
    assert (contact.name, contact.first_name, contact.last_name) == ("Ελένη Παπά", "Ελένη",
                                                                      "Παπά")
    # A blank value is no field; any character survives.
    assert dict(contact.fields) == {"City": "Αθήνα", "Odd": "a\x1fb\x1e\"c"}
    assert book.field_names() == ["City", "Odd"]


def test_update_keeps_what_is_not_given_and_replaces_fields(book: AddressBook) -> None:
    contact_id = book.add("Claire Dubois", "+33612345678", first_name="Claire",
                          fields={"Ville": "Lyon", "Code": "69001"})
    book.update(contact_id, name="Claire D.", number="+33612345678", notes="")
    contact = book.get(contact_id)
    assert contact is not None and contact.first_name == "Claire"
    assert dict(contact.fields) == {"Ville": "Lyon", "Code": "69001"}
    book.update(contact_id, name="Claire D.", number="+33612345678", notes="",
                first_name="", fields={"Ville": "Paris"})
    contact = book.get(contact_id)
    assert contact is not None and contact.first_name == ""
    assert dict(contact.fields) == {"Ville": "Paris"}
    assert book.field_names() == ["Ville"]


def test_fields_go_with_the_contact(book: AddressBook) -> None:
    contact_id = book.add("Nikos", "+306944123456", fields={"City": "Patra"})
    book.delete([contact_id])
    assert book.field_names() == []
    with pytest.raises(InputError):
        book.add("  ", "+306944123456")
