"""Checking and applying an import: counts and row-level reasons from the real files,
duplicates by policy, names that round-trip exactly, and an import that is whole or not
at all (cancelled or failed, the book is as it was)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop_sms.core import store
from desktop_sms.core.contact_import import (
    Fault,
    ImportPlan,
    ImportRefused,
    Policy,
    RowCode,
    RowIssue,
    apply_import,
    check_import,
    english,
    existing_numbers,
    guess_mapping,
    read_file,
    write_rejected,
)
from desktop_sms.core.contacts import AddressBook
from tests.book_store import dump, inserts_fail_after

DATA = Path(__file__).parent.parent / "data" / "contacts"


@pytest.fixture
def book(conn: store.Connection) -> AddressBook:
    return AddressBook(conn)


def snapshot(book: AddressBook) -> list[tuple[Any, ...]]:
    return dump(book.conn)


def plan_for(book: AddressBook, name: str, region: str = "GR",
             policy: Policy = Policy.SKIP, group: str | None = None) -> ImportPlan:
    table = read_file(DATA / name)
    plan = check_import(table, guess_mapping(table), region=region,
                        existing=existing_numbers(book), policy=policy, group=group)
    assert plan is not None
    return plan


def issues(found: list[RowIssue]) -> list[tuple[int, RowCode]]:
    return [(issue.line, issue.code) for issue in found]


@pytest.mark.parametrize(("name", "region", "added", "rejected", "warnings"), [
    ("greek_excel_cp1253.csv", "GR", 4, [(6, RowCode.BAD_NUMBER)], [5]),
    ("french_excel_cp1252.csv", "FR", 4, [(6, RowCode.NO_NUMBER)], [5]),
    ("utf8_bom.csv", "GR", 4, [], []),
    ("excel_unicode_text_utf16le.txt", "GR", 3, [], []),
    ("libreoffice.xlsx", "GR", 4, [], []),
    ("google_contacts.csv", "GR", 2, [(4, RowCode.NO_NUMBER)], []),
    ("outlook.csv", "FR", 2, [(4, RowCode.NO_NUMBER)], []),
    ("android_v21_qp.vcf", "GR", 4, [(38, RowCode.NO_NUMBER)], [30]),
    ("contacts_v30.vcf", "GR", 2, [], []),
    ("contacts_v40.vcf", "GR", 2, [], []),
    ("no_header.csv", "FR", 3, [], []),
])
def test_counts_and_reasons_of_each_file(book: AddressBook, name: str, region: str, added: int,
                                         rejected: list[tuple[int, RowCode]],
                                         warnings: list[int]) -> None:
    plan = plan_for(book, name, region)
    assert plan.added == added
    assert issues(plan.rejected) == rejected
    assert [w.line for w in plan.warnings] == warnings
    assert (plan.updated, plan.skipped_count) == (0, 0)


def test_bad_rows_each_with_its_line_and_reason(book: AddressBook) -> None:
    plan = plan_for(book, "bad_rows.csv")
    assert plan.added == 3
    assert issues(plan.rejected) == [
        (3, RowCode.BAD_NUMBER), (4, RowCode.BAD_NUMBER), (5, RowCode.NO_NUMBER),
        (7, RowCode.MISSING_CELLS), (8, RowCode.EXTRA_CELLS)]
    assert [english(i) for i in plan.rejected] == [
        "'+3069': too few digits",
        "'call me': only digits, spaces, dashes, brackets and a leading + are allowed",
        "no number",
        "the row has 1 cell(s); the number is in column 2",
        "the row has 5 cells but the header has 3 (a separator inside a value that is not "
        "in quotes?)"]
    assert issues(plan.skipped) == [(6, RowCode.DUPLICATE_IN_FILE)]
    assert english(plan.skipped[0]) == "+306912345601 is already on line 2"
    assert plan.rejected[1].cells == ("Letters", "call me", "Lyon")


def test_greek_and_french_names_round_trip_exactly(book: AddressBook) -> None:
    for name, region in (("greek_excel_cp1253.csv", "GR"), ("french_excel_cp1252.csv", "FR")):
        written = apply_import(book, plan_for(book, name, region))
        assert written is not None
    eutychia = book.by_number("+306971234567")
    assert eutychia is not None
    assert (eutychia.name, eutychia.first_name, eutychia.last_name) == (
        "Ευτυχία Μαϊστρέλη", "Ευτυχία", "Μαϊστρέλη")
    assert eutychia.groups == ("Πελάτες",) and dict(eutychia.fields) == {"Πόλη": "Θεσσαλονίκη"}
    spyros = book.by_number("+306945551234")
    assert spyros is not None and spyros.notes == "«Καλός» πελάτης"
    zoe = book.by_number("+33698765432")
    assert zoe is not None
    assert (zoe.name, zoe.notes, dict(zoe.fields)) == ("Zoé Brûlé", "Reçu « à l'œil »",
                                                       {"Ville": "Orléans"})
    francois = book.by_number("+33781234567")
    assert francois is not None and francois.name == "François Nœl"
    assert sorted(g for g, _ in book.groups()) == ["Clients", "Fournisseurs", "Πελάτες",
                                                   "Προμηθευτές"]


def test_vcard_numbers_kept_as_fields(book: AddressBook) -> None:
    assert apply_import(book, plan_for(book, "android_v21_qp.vcf")) is not None
    yannis = book.by_number("+306912345610")
    assert yannis is not None and yannis.name == "Γιάννης Παπαδόπουλος"
    assert dict(yannis.fields) == {"Home phone": "2101234567", "Work phone": "+30 210 765 4321"}


def test_the_whole_import_joins_a_group_created_if_missing(book: AddressBook) -> None:
    book.create_group("VIP")
    plan = plan_for(book, "utf8_bom.csv", group=" vip ")
    assert apply_import(book, plan) is not None
    assert book.groups() == [("VIP", 4)]  # the existing group, whatever its case
    plan = plan_for(book, "contacts_v40.vcf", group="Νέοι")
    assert apply_import(book, plan) is not None
    assert {m.name for m in book.members("Νέοι")} == {"Δανάη Αλεξίου", "Théo Lambert"}


def test_a_name_is_made_from_first_and_last_name_or_the_number(book: AddressBook,
                                                               tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text("First name;Last name;Mobile\nΆννα;;+306912345601\n;Κομνηνή;+306912345602\n"
                    ";;+306912345603\n", encoding="utf-8")
    table = read_file(path)
    plan = check_import(table, guess_mapping(table), region="GR", existing={})
    assert plan is not None
    assert [c.name for c in plan.to_add] == ["Άννα", "Κομνηνή", "+306912345603"]


def test_duplicates_against_the_book_by_policy(book: AddressBook) -> None:
    old = book.add("Old Name", "+306912345678", notes="keep me", fields={"Πόλη": "Λάρισα",
                                                                         "Old": "x"})
    skip = plan_for(book, "greek_excel_cp1253.csv")
    assert (skip.added, skip.updated) == (3, 0)
    assert issues(skip.skipped) == [(2, RowCode.DUPLICATE_IN_BOOK)]
    assert english(skip.skipped[0]) == "+306912345678 is already in the address book (Old Name)"
    keep = plan_for(book, "greek_excel_cp1253.csv", policy=Policy.KEEP)
    assert (keep.added, keep.updated, keep.skipped_count) == (4, 0, 0)
    update = plan_for(book, "greek_excel_cp1253.csv", policy=Policy.UPDATE)
    assert (update.added, update.updated, update.skipped_count) == (3, 1, 0)
    assert apply_import(book, update) is not None
    contact = book.get(old)
    assert contact is not None
    assert (contact.name, contact.first_name, contact.notes) == (
        "Γιάννης Παπαδόπουλος", "Γιάννης", "Πληρώνει τοις μετρητοίς")
    assert dict(contact.fields) == {"Πόλη": "Αθήνα", "Old": "x"}  # merged, not replaced
    assert contact.groups == ("Πελάτες",)
    assert len(book.search()) == 4


def test_an_update_leaves_what_the_row_does_not_have(book: AddressBook, tmp_path: Path) -> None:
    old = book.add("Ann Smith", "+306912345601", notes="note", first_name="Ann")
    path = tmp_path / "numbers.csv"
    path.write_text("Mobile,Notes\n+306912345601,\n", encoding="utf-8")
    table = read_file(path)
    plan = check_import(table, guess_mapping(table), region="GR",
                        existing=existing_numbers(book), policy=Policy.UPDATE)
    assert plan is not None and plan.updated == 1
    assert apply_import(book, plan) is not None
    contact = book.get(old)
    assert contact is not None
    assert (contact.name, contact.first_name, contact.notes) == ("Ann Smith", "Ann", "note")


def test_keep_both_keeps_duplicates_within_the_file_too(book: AddressBook) -> None:
    plan = plan_for(book, "bad_rows.csv", policy=Policy.KEEP)
    assert (plan.added, plan.skipped_count) == (4, 0)


def test_apply_checks_again_against_the_book_as_it_is_then(book: AddressBook) -> None:
    plan = plan_for(book, "utf8_bom.csv")
    assert plan.added == 4
    book.add("Meanwhile", "+306912345671")  # another window added one of them
    written = apply_import(book, plan)
    assert written is not None
    assert (written.added, written.skipped_count) == (3, 1)
    assert len(book.search()) == 4


def test_cancel_mid_apply_leaves_the_book_unchanged(book: AddressBook, tmp_path: Path) -> None:
    book.add("Already here", "+306900000000", fields={"Κάτι": "άλλο"})
    before = snapshot(book)
    path = tmp_path / "many.csv"
    path.write_text("Name,Mobile,Group,City\n" + "".join(
        f"Name {i},+3069{i:08d},Ομάδα {i % 3},Πόλη\n" for i in range(1, 5001)),
        encoding="utf-8")
    table = read_file(path)
    plan = check_import(table, guess_mapping(table), region="GR",
                        existing=existing_numbers(book), group="Import")
    assert plan is not None and plan.added == 5000
    seen: list[tuple[int, int]] = []
    written = apply_import(book, plan, progress=lambda done, total: seen.append((done, total)),
                           cancelled=lambda: len(seen) >= 2)
    assert written is None
    assert seen == [(2000, 5000), (4000, 5000)]
    assert snapshot(book) == before
    # Not cancelled, the same plan writes everything, with progress up to the total.
    seen.clear()
    written = apply_import(book, plan, progress=lambda done, total: seen.append((done, total)))
    assert written is not None and written.added == 5000 and seen[-1] == (5000, 5000)
    assert len(book.search()) == 5001
    assert dict(book.groups())["Import"] == 5000


def test_a_failure_mid_apply_leaves_the_book_unchanged(book: AddressBook) -> None:
    before = snapshot(book)
    # A real failure inside the transaction, from the database itself, on the third contact.
    with (inserts_fail_after(book.conn, 2, "disk on fire"),
          pytest.raises(sqlite3.IntegrityError, match="disk on fire")):
        apply_import(book, plan_for(book, "utf8_bom.csv"))
    assert snapshot(book) == before
    assert not book.conn.in_transaction


def test_check_can_be_cancelled_and_reports_progress(book: AddressBook) -> None:
    table = read_file(DATA / "utf8_bom.csv")
    mapping = guess_mapping(table)
    assert check_import(table, mapping, region="GR", existing={}, cancelled=lambda: True) is None
    seen: list[tuple[int, int]] = []
    check_import(table, mapping, region="GR", existing={},
                 progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 4), (4, 4)]


def test_no_number_column_is_refused_before_any_row(book: AddressBook, tmp_path: Path) -> None:
    path = tmp_path / "no_numbers.csv"
    path.write_text("Name,City\nAnn,Αθήνα\nBob,Πάτρα\n", encoding="utf-8")
    table = read_file(path)
    with pytest.raises(ImportRefused, match="no column holds phone numbers"):
        check_import(table, guess_mapping(table), region="GR", existing={})


def test_rejected_rows_saved_for_excel(book: AddressBook, tmp_path: Path) -> None:
    plan = plan_for(book, "greek_excel_cp1253.csv")
    out = tmp_path / "rejected.csv"
    write_rejected(plan, out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines() == [
        "Line;Όνομα;Επώνυμο;Κινητό;Ομάδα;Πόλη;Σημειώσεις;Reason",
        "6;Ζωή;Κωνσταντίνου;69123;Πελάτες;Πάτρα;;'69123': too few digits",
    ]
    # The rejected file imports again once fixed: its reason column becomes a field.
    again = read_file(out)
    assert (again.encoding, again.delimiter) == ("utf-8-sig", ";")
    bad = plan_for(book, "bad_rows.csv")
    write_rejected(bad, out, describe=lambda issue: issue.code.value, reason_header="Αιτία")
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Line,Name,Mobile,City,,,Αιτία"
    assert lines[4] == "7,Short Row,,,,,missing_cells"
    assert lines[5] == "8,Ragged,+306912345602,Lyon,extra,cells,extra_cells"


def test_imported_and_updated_contacts_are_found_by_search(book: AddressBook,
                                                            tmp_path: Path) -> None:
    """An import fills the folded search key as every other write does: a new contact and
    an updated one are found by any case and accents of their names and fields."""
    old = book.add("Ann Smith", "+306912345601")
    path = tmp_path / "customers.csv"
    path.write_text("Name,Mobile,City\nΕλένη Παπά,6912345602,Ηράκλειο\n"
                    "Ann Smith,+306912345601,Χανιά\n", encoding="utf-8")
    table = read_file(path)
    plan = check_import(table, guess_mapping(table), region="GR",
                        existing=existing_numbers(book), policy=Policy.UPDATE)
    assert plan is not None and (plan.added, plan.updated) == (1, 1)
    assert apply_import(book, plan) is not None
    new = book.by_number("+306912345602")
    assert new is not None
    assert list(book.ordered_ids("ελενη")) == [new.id]
    assert list(book.ordered_ids("ΗΡΑΚΛΕΙΟ")) == [new.id]
    assert list(book.ordered_ids("χανια")) == [old]


@pytest.mark.parametrize("name", ["no_header_short_number.csv", "no_header_blank_number.csv"])
def test_a_first_row_of_data_is_not_taken_for_a_header(book: AddressBook, name: str) -> None:
    # 'Alice,123' and 'Alice,': data whose number is wrong or missing, reported by line.
    table = read_file(DATA / name)
    assert not table.has_header
    plan = plan_for(book, name)
    assert plan.added + plan.updated + plan.skipped_count + plan.rejected_count == 3
    assert [c.name for c in plan.to_add] == ["Bob", "Carol"]
    assert [(i.line, i.cells[0]) for i in plan.rejected] == [(1, "Alice")]


@pytest.mark.parametrize(("name", "headers"), [
    ("header_of_digits.csv", ("1", "2", "3")),  # no cell with 3 digits: not data
    ("header_with_a_year.csv", ("2024", "Mobile")),  # a header word: a header
])
def test_a_header_row_is_a_header(book: AddressBook, name: str,
                                  headers: tuple[str, ...]) -> None:
    table = read_file(DATA / name)
    assert table.has_header and table.headers == headers
    plan = plan_for(book, name)
    assert plan.added == len(table.rows) and not plan.rejected


@pytest.mark.parametrize(("name", "added", "rejected"), [
    # the last card has no END:VCARD
    ("card_noend.vcf", ["A"], [(6, RowCode.UNREADABLE_CARD)]),
    # a BEGIN:VCARD inside a card that did not end
    ("card_nested.vcf", ["B"], [(1, RowCode.UNREADABLE_CARD)]),
    # a quoted-printable soft break ('=') right before END:VCARD: the card ends there
    ("card_qpsoft.vcf", ["B"], [(1, RowCode.NO_NUMBER)]),
    # a card with no properties
    ("card_emptycard.vcf", [], [(1, RowCode.UNREADABLE_CARD), (4, RowCode.NO_NUMBER)]),
])
def test_no_vcard_vanishes(book: AddressBook, name: str, added: list[str],
                           rejected: list[tuple[int, RowCode]]) -> None:
    plan = plan_for(book, name)
    assert [c.name for c in plan.to_add] == added
    assert issues(plan.rejected) == rejected


def test_a_line_separator_inside_a_vcard_value_is_no_line_break(book: AddressBook) -> None:
    # U+2028 and a form feed in card A's note: A is read, B's line is counted right.
    plan = plan_for(book, "card_u2028.vcf")
    assert [c.name for c in plan.to_add] == ["A"]
    assert issues(plan.rejected) == [(7, RowCode.BAD_NUMBER)]


def test_a_number_saved_as_excel_float_text_reads_as_the_number(book: AddressBook) -> None:
    plan = plan_for(book, "excel_float_numbers.csv")
    assert [c.number for c in plan.to_add] == ["+306912345618", "+306912345619",
                                               "+33612345678"]
    assert (plan.rejected, plan.warnings) == ([], [])


@pytest.mark.parametrize("name", ["greek_nfd.csv", "greek_nfd.vcf"])
def test_names_are_stored_composed_nfc(book: AddressBook, name: str) -> None:
    # A Mac writes 'ά' as 'α' and a combining accent; the book holds one form.
    assert apply_import(book, plan_for(book, name)) is not None
    contact = book.by_number("+306912345614")
    assert contact is not None
    assert (contact.name, contact.groups) == ("Γιάννης Παπαδόπουλος", ("Πελάτες",))
    assert [c.id for c in book.search("Γιάννης")] == [contact.id]


def test_control_characters_are_not_stored(book: AddressBook) -> None:
    # A line break or tab in a name, group or field becomes a space; other control
    # characters (NUL, BEL, C1) are dropped; notes keep their line breaks and tabs.
    assert apply_import(book, plan_for(book, "control_characters.csv")) is not None
    alice = book.by_number("+306912345604")
    assert alice is not None
    assert (alice.name, alice.first_name, alice.last_name, alice.groups, alice.notes) == (
        "Alice", "An na", "Smith Jones", ("G H",), "line1\nline2\tend")
    assert dict(alice.fields) == {"Ci ty": "Athens"}
    carol = book.by_number("+306912345603")
    assert carol is not None and carol.name == "Carol Multiline"


@pytest.mark.parametrize(("name", "fault", "params"), [
    ("header_only.csv", Fault.EMPTY, {}),
    ("empty_first_sheet.xlsx", Fault.EMPTY_SHEET, {"sheet": "E", "sheets": "D"}),
    ("libreoffice_two_sheets.xlsx", Fault.EMPTY_SHEET,
     {"sheet": "Σημειώσεις", "sheets": "Πελάτες"}),
])
def test_a_file_or_sheet_without_contacts_is_refused_naming_the_other_sheets(
        book: AddressBook, name: str, fault: Fault, params: dict[str, str]) -> None:
    # Read (the preview then offers the other sheets), but there is nothing to import.
    table = read_file(DATA / name)
    assert table.rows == ()
    with pytest.raises(ImportRefused) as refused:
        check_import(table, guess_mapping(table), region="GR", existing={})
    assert (refused.value.fault, refused.value.params) == (fault, params)


def test_fields_whose_names_differ_in_case_are_one_field(book: AddressBook) -> None:
    # The book holds a field name once whatever its case: both columns' values are kept.
    assert apply_import(book, plan_for(book, "fields_differing_in_case.csv")) is not None
    ann, bob = book.by_number("+306912345671"), book.by_number("+306912345672")
    assert ann is not None and bob is not None
    assert dict(ann.fields) == {"City": "Αθήνα, Πάτρα", "other phone": "2107654321, 2101234567"}
    assert dict(bob.fields) == {"City": "Λάρισα"}
