"""Contacts to CSV (UTF-8 with BOM, Windows-1253/1252) and vCard 4.0, read back with
Python's csv module and vobject; failures leave no file and the old one untouched."""

from __future__ import annotations

import codecs
import csv
from pathlib import Path

import pytest
import vobject

from desktop_sms.core import store
from desktop_sms.core.contact_export import COLUMNS, ENCODINGS, export_contacts, vcard
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.export_file import Code, ExportFailed, english
from desktop_sms.core.phone import country_code_apart, parse_number

GREEK = dict(name="Ελένη Παπαδοπούλου", number="+306912345671", first_name="Ελένη",
             last_name="Παπαδοπούλου", notes="Πελάτισσα; «VIP», πάντα\nστις 8",
             groups=("Πελάτες", "Αθήνα, κέντρο"), fields={"Πόλη": "Αθήνα"})
FRENCH = dict(name="Zoé Lefèvre", number="+33612345678", first_name="Zoé",
              last_name="Lefèvre", notes='Dit "bonjour", €5', groups=("Clients",),
              fields={"Ville": "Orléans"})


def add(book: AddressBook, person: dict[str, object]) -> int:
    return book.add(**person)  # type: ignore[arg-type]


@pytest.fixture
def book(conn: store.Connection) -> AddressBook:
    return AddressBook(conn)


def read_csv(path: Path, encoding: str) -> list[list[str]]:
    with open(path, encoding=encoding, newline="") as file:
        return list(csv.reader(file))


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize(("people", "encoding"), [
    ((GREEK, FRENCH), "utf-8-sig"),
    ((GREEK,), "cp1253"),
    ((FRENCH,), "cp1252"),
])
def test_csv_round_trip(book: AddressBook, tmp_path: Path,
                        people: tuple[dict[str, object], ...], encoding: str) -> None:
    for person in people:
        add(book, person)
    path = tmp_path / "contacts.csv"
    assert export_contacts(book, path, encoding=encoding) == len(people)
    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8) == (encoding == "utf-8-sig")
    header, *rows = read_csv(path, encoding)
    fields = sorted({name for person in people for name in person["fields"]})  # type: ignore[attr-defined]
    assert header == [*COLUMNS, *fields]
    assert COLUMNS == ("Name", "First name", "Last name", "Number", "Groups", "Notes")
    for row, person in zip(rows, people, strict=True):
        got = dict(zip(header, row, strict=True))
        assert (got["Name"], got["First name"], got["Last name"], got["Notes"]) == (
            person["name"], person["first_name"], person["last_name"], person["notes"])
        # Spaced for Excel, and read back to the same number.
        assert got["Number"] == person["number"].replace("+33", "+33 ").replace("+30", "+30 ")  # type: ignore[attr-defined]
        assert parse_number(got["Number"]).e164 == person["number"]
        assert got["Groups"] == "; ".join(sorted(person["groups"], key=str.casefold))  # type: ignore[call-overload]
        for name in fields:
            assert got[name] == person["fields"].get(name, "")  # type: ignore[attr-defined]


def test_csv_with_semicolons_for_excel_in_greece_and_france(book: AddressBook,
                                                              tmp_path: Path) -> None:
    add(book, GREEK)
    path = tmp_path / "contacts.csv"
    export_contacts(book, path, delimiter=";")
    with open(path, encoding="utf-8-sig", newline="") as file:
        header, row = list(csv.reader(file, delimiter=";"))
    assert header[:2] == ["Name", "First name"] and row[0] == GREEK["name"]


def test_a_character_the_encoding_lacks_is_refused_by_name_and_nothing_is_replaced(
        book: AddressBook, tmp_path: Path) -> None:
    for i in range(300):  # past the first rows: the refusal comes mid-file
        book.add(f"Νίκος {i}", f"+3069123{i:05d}")
    add(book, FRENCH)
    path = tmp_path / "contacts.csv"
    path.write_bytes(b"the previous export")
    with pytest.raises(ExportFailed) as raised:
        export_contacts(book, path, encoding="cp1253")
    failure = raised.value
    assert failure.code is Code.NOT_ENCODABLE
    assert failure.params == {"contact": "Zoé Lefèvre", "character": "'é' (U+00E9)",
                              "encoding": "Windows-1253"}
    assert "the contact 'Zoé Lefèvre' holds 'é' (U+00E9), which Windows-1253" in english(
        failure)
    assert path.read_bytes() == b"the previous export"
    assert leftovers(tmp_path) == []


def test_a_field_name_the_encoding_lacks_is_refused_by_name(book: AddressBook,
                                                           tmp_path: Path) -> None:
    book.add("Zoé", "+33612345678", fields={"Οδός": "Rue"})
    with pytest.raises(ExportFailed) as raised:
        export_contacts(book, tmp_path / "c.csv", encoding="cp1252")
    assert raised.value.params["column"] == "Οδός"
    assert not (tmp_path / "c.csv").exists() and leftovers(tmp_path) == []


def test_vcard_4_read_back_with_vobject(book: AddressBook, tmp_path: Path) -> None:
    add(book, GREEK)
    add(book, FRENCH)
    book.add("Μόνο όνομα", "+306944000000")
    path = tmp_path / "contacts.vcf"
    assert export_contacts(book, path) == 3
    raw = path.read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8)
    lines = raw.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    for line in lines:
        line.decode()  # folding never splits a character
    cards = list(vobject.readComponents(raw.decode()))
    assert len(cards) == 3
    eleni, zoe, only = cards
    assert eleni.version.value == "4.0"
    assert eleni.fn.value == GREEK["name"]
    assert (eleni.n.value.family, eleni.n.value.given) == ("Παπαδοπούλου", "Ελένη")
    assert eleni.tel.value == "+306912345671"
    assert eleni.tel.params["TYPE"] == ["cell"]
    assert eleni.note.value == GREEK["notes"]
    assert sorted(eleni.categories.value) == sorted(GREEK["groups"])  # type: ignore[call-overload]
    field = eleni.contents["x-desktop-sms-field"][0]
    assert (field.params["X-NAME"], field.value) == (["Πόλη"], "Αθήνα")
    assert zoe.note.value == FRENCH["notes"]
    assert "n" not in only.contents and "categories" not in only.contents


def test_vcard_folds_long_greek_lines_and_quotes_any_field_name(book: AddressBook) -> None:
    contact_id = book.add("Ω" * 100, "+306912345671",
                          fields={'say "hi"^\nthere': "a,b;c\\d"})
    contact = book.get(contact_id)
    assert contact is not None
    card = vcard(contact)
    assert b'X-DESKTOP-SMS-FIELD;X-NAME="say ^\'hi^\'^^^nthere":a\\,b\\;c\\\\d' in card.replace(
        b"\r\n ", b"")
    parsed = vobject.readOne(card.decode())
    assert parsed.fn.value == "Ω" * 100


def test_unknown_extension_and_unwritable_path(book: AddressBook, tmp_path: Path) -> None:
    with pytest.raises(ExportFailed) as raised:
        export_contacts(book, tmp_path / "contacts.txt")
    assert raised.value.code is Code.UNKNOWN_FORMAT
    assert ".csv or .vcf" in english(raised.value)
    with pytest.raises(ExportFailed) as raised:
        export_contacts(book, tmp_path / "no such folder" / "contacts.csv")
    assert raised.value.code is Code.CANNOT_WRITE
    # A folder in the way: written in full, then the rename fails; nothing is left behind.
    (tmp_path / "taken.csv").mkdir()
    (tmp_path / "taken.csv" / "inside").write_text("x")
    with pytest.raises(ExportFailed) as raised:
        export_contacts(book, tmp_path / "taken.csv")
    assert raised.value.code is Code.CANNOT_WRITE
    assert leftovers(tmp_path) == []


def test_country_code_apart() -> None:
    assert [country_code_apart(n) for n in ("+12025550123", "+33612345678", "+306912345671",
                                            "+3726123456", "+88234567890", "")] == [
        "+1 2025550123", "+33 612345678", "+30 6912345671", "+372 6123456", "+882 34567890",
        ""]


def test_the_encodings_offered_are_the_command_lines() -> None:
    from desktop_sms.args import build_parser

    parser = build_parser()
    args = parser.parse_args(["contacts", "export", "x.csv", "--encoding", "cp1253"])
    assert args.encoding == "cp1253"
    for encoding in ENCODINGS:
        parser.parse_args(["contacts", "export", "x.csv", "--encoding", encoding])


def test_csv_cells_a_spreadsheet_would_run_as_formulas_start_with_a_quote(
        book: AddressBook, tmp_path: Path) -> None:
    book.add("=cmd|' /C calc'!A0", "+306912345671", notes="+SUM(1,2)", first_name="-Ann",
             last_name="@x", groups=("=G",), fields={"=Field": "-1+2", "City": "Αθήνα"})
    path = tmp_path / "contacts.csv"
    export_contacts(book, path)
    header, row = read_csv(path, "utf-8-sig")
    assert header == [*COLUMNS, "'=Field", "City"]
    # Our number column ("+30 …") is ours and safe: it keeps its "+".
    assert row == ["'=cmd|' /C calc'!A0", "'-Ann", "'@x", "+30 6912345671", "'=G",
                   "'+SUM(1,2)", "'-1+2", "Αθήνα"]


@pytest.mark.parametrize("suffix", [".csv", ".vcf"])
def test_a_replaced_file_keeps_its_permissions(book: AddressBook, tmp_path: Path,
                                               suffix: str) -> None:
    add(book, GREEK)
    path = tmp_path / f"private{suffix}"
    path.write_bytes(b"the previous export")
    path.chmod(0o600)
    export_contacts(book, path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.read_bytes() != b"the previous export"
