"""Contacts exported (CSV, vCard) and imported back into another book come back as they
were: groups apart, custom fields by name, text a spreadsheet would take for a formula."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_sms.core import store
from desktop_sms.core.contact_export import export_contacts
from desktop_sms.core.contact_import import (
    apply_import,
    check_import,
    existing_numbers,
    guess_mapping,
    read_file,
)
from desktop_sms.core.contacts import AddressBook, Contact


@pytest.fixture
def books(conn: store.Connection, tmp_path: Path,
          request: pytest.FixtureRequest) -> Iterator[tuple[AddressBook, AddressBook]]:
    """Out of one book into another on the same engine."""
    if store.is_team(conn):
        server = request.getfixturevalue("postgres_server")
        target = server.connect(server.new_database())
    else:
        target = store.connect(tmp_path / "target.sqlite3")
    yield AddressBook(conn), AddressBook(target)
    target.close()


def round_trip(books: tuple[AddressBook, AddressBook], path: Path) -> list[Contact]:
    source, target = books
    export_contacts(source, path)
    table = read_file(path)
    plan = check_import(table, guess_mapping(table), region="GR",
                        existing=existing_numbers(target))
    assert plan is not None
    assert (plan.rejected, plan.skipped, plan.warnings) == ([], [], [])
    assert apply_import(target, plan) is not None
    return list(target.each())


@pytest.mark.parametrize("suffix", [".csv", ".vcf"])
def test_groups_come_back_apart(books: tuple[AddressBook, AddressBook], tmp_path: Path,
                                suffix: str) -> None:
    books[0].add("Ann", "+306912345671", groups=("G", "H", "Αθήνα, κέντρο"))
    [ann] = round_trip(books, tmp_path / f"contacts{suffix}")
    assert sorted(ann.groups) == ["G", "H", "Αθήνα, κέντρο"]


@pytest.mark.parametrize("suffix", [".csv", ".vcf"])
def test_custom_fields_come_back_by_name(books: tuple[AddressBook, AddressBook],
                                         tmp_path: Path, suffix: str) -> None:
    # Named like columns the import knows (Mobile, Notes): still fields, never the number.
    fields = {"City": "Αθήνα", "Tags; x": "a,b;c", 'say "hi"': "x\\y", "Mobile": "+33612345678",
              "Notes": "a field, not the notes"}
    books[0].add("Ann", "+306912345671", notes="the notes", fields=fields)
    books[0].add("Bob", "+306912345672", fields={"City": "Πάτρα"})
    ann, bob = round_trip(books, tmp_path / f"contacts{suffix}")
    assert (ann.name, ann.number, ann.notes) == ("Ann", "+306912345671", "the notes")
    assert dict(ann.fields) == fields
    assert dict(bob.fields) == {"City": "Πάτρα"}


@pytest.mark.parametrize("suffix", [".csv", ".vcf"])
def test_text_like_a_formula_comes_back_as_typed(books: tuple[AddressBook, AddressBook],
                                                 tmp_path: Path, suffix: str) -> None:
    books[0].add("=cmd|' /C calc'!A0", "+306912345671", notes="+SUM(1,2)",
                 first_name="-Ann", last_name="@x", groups=("=G", "H"),
                 fields={"=Field": "-1+2", "Plain": "'quoted' as typed"})
    [ann] = round_trip(books, tmp_path / f"contacts{suffix}")
    assert (ann.name, ann.notes, ann.first_name, ann.last_name) == (
        "=cmd|' /C calc'!A0", "+SUM(1,2)", "-Ann", "@x")
    assert sorted(ann.groups) == ["=G", "H"]
    assert dict(ann.fields) == {"=Field": "-1+2", "Plain": "'quoted' as typed"}
