"""Which column is what: by Google's and Outlook's own headers, by English, French and
Greek words, and by content when the headers say nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_sms.core.contact_import import (
    Column,
    Fault,
    FileKind,
    Format,
    Role,
    Row,
    Table,
    guess_mapping,
    read_file,
)

DATA = Path(__file__).parent.parent / "data" / "contacts"


def table(headers: tuple[str, ...], *rows: tuple[str, ...]) -> Table:
    has_header = any(headers)
    return Table(FileKind.CSV, headers, tuple(Row(i + 2, r) for i, r in enumerate(rows)),
                 has_header)


def roles(headers: tuple[str, ...], *rows: tuple[str, ...]) -> list[Role]:
    return [c.role for c in guess_mapping(table(headers, *rows)).columns]


N, F, L, NUM, G, NO, FLD, IGN = (Role.NAME, Role.FIRST_NAME, Role.LAST_NAME, Role.NUMBER,
                                  Role.GROUP, Role.NOTES, Role.FIELD, Role.IGNORE)


@pytest.mark.parametrize(("headers", "expected"), [
    (("Name", "Mobile", "Group", "Notes"), [N, NUM, G, NO]),
    (("First name", "Last name", "Phone number", "City"), [F, L, NUM, FLD]),
    (("NOM", "Prénom", "Téléphone portable", "Groupe", "Remarques"), [L, F, NUM, G, NO]),
    (("Nom", "Téléphone"), [N, NUM]),  # 'Nom' alone is the whole name
    (("Nom de famille", "Prenom", "Numéro"), [L, F, NUM]),
    (("Όνομα", "Επώνυμο", "Κινητό", "Ομάδα", "Σημειώσεις"), [F, L, NUM, G, NO]),
    (("ΟΝΟΜΑ", "ΤΗΛΕΦΩΝΟ"), [N, NUM]),  # capitals without accents, 'Όνομα' alone
    (("Ονοματεπώνυμο", "Τηλέφωνο", "Πόλη"), [N, NUM, FLD]),
    # Several number columns: the mobile's wins, the others are kept as fields.
    (("Name", "Telephone", "Mobile", "Fax"), [N, FLD, NUM, FLD]),
    (("Όνομα", "Τηλέφωνο", "Κινητό"), [N, FLD, NUM]),
    (("  e-MAIL ", "Cell Phone", "NAME"), [FLD, NUM, N]),
])
def test_headers_in_english_french_and_greek(headers: tuple[str, ...],
                                             expected: list[Role]) -> None:
    assert roles(headers) == expected


def test_a_custom_field_is_named_by_its_header() -> None:
    mapping = guess_mapping(table(("Name", "Mobile", " Πόλη ", "")))
    assert mapping.columns[2] == Column(Role.FIELD, "Πόλη")
    assert mapping.columns[3] == Column(Role.IGNORE)  # no header, nothing to name it by


def test_by_content_when_no_header_says_number() -> None:
    rows = [("Ann", "+30 691 234 5601", "Athens"), ("Bob", "6912345602", "Patras")]
    assert roles(("Who", "Digits", "Where"), *rows) == [FLD, NUM, FLD]


def test_a_file_without_a_header_row() -> None:
    mapping = guess_mapping(read_file(DATA / "no_header.csv"))
    assert [c.role for c in mapping.columns] == [N, NUM]


def test_google_and_outlook_exports_need_no_mapping() -> None:
    google = guess_mapping(read_file(DATA / "google_contacts.csv"))
    assert google.format is Format.GOOGLE
    headers = read_file(DATA / "google_contacts.csv").headers
    by_header = dict(zip(headers, google.columns, strict=True))
    assert by_header["First Name"].role is F and by_header["Last Name"].role is L
    assert by_header["Phone 1 - Value"].role is NUM and by_header["Labels"].role is G
    assert by_header["Phone 1 - Label"].role is IGN
    assert by_header["Phone 2 - Value"] == Column(FLD, "Phone 2 - Value")
    legacy = guess_mapping(read_file(DATA / "google_contacts_legacy.csv"))
    assert legacy.format is Format.GOOGLE
    assert [legacy.columns[i].role for i in (0, 1, 3)] == [N, F, L]
    outlook_table = read_file(DATA / "outlook.csv")
    outlook = guess_mapping(outlook_table)
    assert outlook.format is Format.OUTLOOK
    by_header = dict(zip(outlook_table.headers, outlook.columns, strict=True))
    assert by_header["Mobile Phone"].role is NUM and by_header["Categories"].role is G
    assert by_header["Home Phone"] == Column(FLD, "Home Phone")
    assert by_header["Sensitivity"].role is IGN


def test_no_number_column_is_a_problem_and_a_role_is_moved_not_doubled() -> None:
    mapping = guess_mapping(table(("Name", "City"), ("Ann", "Athens")))
    assert [p.fault for p in mapping.problems()] == [Fault.NO_NUMBER_COLUMN]
    fixed = mapping.with_column(1, Column(NUM))
    assert fixed.problems() == [] and fixed.index(NUM) == 1
    moved = fixed.with_column(0, Column(NUM))
    assert [c.role for c in moved.columns] == [NUM, IGN]
    doubled = type(moved)((Column(NUM), Column(NUM)))
    assert [p.fault for p in doubled.problems()] == [Fault.ROLE_TWICE]
