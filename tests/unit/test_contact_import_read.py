"""Reading contacts files: encodings, delimiters, Excel workbooks and vCards, from the
real files in tests/data/contacts, and the refusals a person understands."""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

import pytest

from desktop_sms.core.contact_import import (
    Fault,
    FileKind,
    ImportRefused,
    read_bytes,
    read_file,
    reading,
)
from desktop_sms.core.contact_import.encoding import detect, greek_likelier
from desktop_sms.core.contact_import.xlsx_reader import cell_text

DATA = Path(__file__).parent.parent / "data" / "contacts"


@pytest.mark.parametrize(("name", "encoding", "delimiter", "first_cells"), [
    ("greek_excel_cp1253.csv", "cp1253", ";",
     ("Γιάννης", "Παπαδόπουλος", "6912345678", "Πελάτες", "Αθήνα", "Πληρώνει τοις μετρητοίς")),
    ("french_excel_cp1252.csv", "cp1252", ";",
     ("Lefèvre", "Hélène", "06 12 34 56 78", "Clients", "Cliente fidèle — préfère les SMS",
      "Besançon")),
    ("utf8_bom.csv", "utf-8-sig", ",",
     ("Ελένη Παπά", "+306912345671", "Παπάς & Υιοί, Α.Ε.", "")),
    ("excel_unicode_text_utf16le.txt", "utf-16-le", "\t",
     ("Νίκος", "Γεωργίου", "+306912345672", "Αγαπά τον καφέ")),
    ("utf16be.txt", "utf-16-be", "\t", ("Σοφία Ιωάννου", "+306912345673")),
    ("outlook.csv", "cp1252", ",", None),
    ("no_header.csv", "utf-8", ";", ("Jean Dupont", "0612345690")),
])
def test_text_files_are_read_with_their_encoding_and_delimiter(
        name: str, encoding: str, delimiter: str, first_cells: tuple[str, ...] | None) -> None:
    table = read_file(DATA / name)
    assert (table.kind, table.encoding, table.delimiter) == (FileKind.CSV, encoding, delimiter)
    assert not table.headers[0].startswith("\ufeff")
    if first_cells is not None:
        assert table.rows[0].cells == first_cells


def test_greek_headers_and_line_numbers() -> None:
    table = read_file(DATA / "greek_excel_cp1253.csv")
    assert table.headers == ("Όνομα", "Επώνυμο", "Κινητό", "Ομάδα", "Πόλη", "Σημειώσεις")
    assert [row.line for row in table.rows] == [2, 3, 4, 5, 6]
    assert table.has_header


def test_a_list_without_a_header_row_keeps_its_first_row() -> None:
    table = read_file(DATA / "no_header.csv")
    assert not table.has_header and table.headers == ("", "")
    assert [row.line for row in table.rows] == [1, 2, 3]


def test_blank_lines_are_left_out_and_lines_counted_across_quoted_newlines(
        tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    path.write_text('Name,Mobile,Notes\n\n"Ann",+306912345601,"two\nlines"\nBob,+306912345602,\n',
                    encoding="utf-8")
    table = read_file(path)
    assert [(r.line, r.cells[0]) for r in table.rows] == [(3, "Ann"), (5, "Bob")]
    assert table.rows[0].cells[2] == "two\nlines"


def test_given_encoding_and_delimiter_override_the_guess() -> None:
    table = read_file(DATA / "greek_excel_cp1253.csv", encoding="cp1252", delimiter=",")
    assert (table.encoding, table.delimiter) == ("cp1252", ",")
    assert len(table.headers) == 1  # one column: what the preview shows until fixed


def test_an_encoding_that_does_not_fit_is_refused_by_name() -> None:
    with pytest.raises(ImportRefused, match="cannot be read as utf-8") as refused:
        read_file(DATA / "french_excel_cp1252.csv", encoding="utf-8")
    assert refused.value.fault is Fault.BAD_ENCODING
    with pytest.raises(ImportRefused, match="no-such-codec"):
        read_file(DATA / "utf8_bom.csv", encoding="no-such-codec")


# --- Windows-1253 or Windows-1252 -----------------------------------------------------------

@pytest.mark.parametrize(("text", "greek"), [
    ("Γιάννης Παπαδόπουλος;6912345678", True),
    ("ΟΝΟΜΑ;ΕΠΩΝΥΜΟ\nΖωή;Κωνσταντίνου", True),
    ("Hélène Lefèvre;0612345678", False),
    ("François;Nœl;Besançon;Zoé", False),
    # Greek names beside Latin e-mail addresses and company names are still Greek.
    ("Ελένη Παπά;eleni@example.com;Acme Ltd;Θεσσαλονίκη", True),
    ("Müller;Café;Crème brûlée;Ærø", False),
])
def test_greek_or_western_by_which_reading_is_plausible(text: str, greek: bool) -> None:
    encoding = "cp1253" if greek else "cp1252"
    data = text.encode(encoding)
    assert greek_likelier(data) is greek
    assert detect(data) == encoding


def test_utf8_wins_when_it_decodes_and_a_bom_always_wins() -> None:
    assert detect("Ζωή;Zoé".encode()) == "utf-8"
    assert detect(b"\xef\xbb\xbfName") == "utf-8-sig"
    assert detect("Name\tΖωή".encode("utf-16-le")) == "utf-16-le"  # no mark: by its zeros
    assert detect("Name\tΖωή".encode("utf-16-be")) == "utf-16-be"


# --- Excel workbooks --------------------------------------------------------------------------

def test_an_xlsx_written_by_libreoffice() -> None:
    table = read_file(DATA / "libreoffice.xlsx")
    assert table.kind is FileKind.XLSX and table.sheets == ("for_xlsx",)
    assert table.headers == ("Name", "Mobile", "Group", "Customer number", "Balance")
    assert [r.cells for r in table.rows] == [
        ("Ιωάννα Σταύρου", "306912345674", "Πελάτες", "100234", "12.5"),
        ("Mathéo Lefèbvre", "33612345675", "Clients", "100235", "-3"),
        ("Κώστας Δημητρίου", "+30 694 000 1111", "Πελάτες", "100236", "0"),
        ("Inès Martin", "447911123457", "Clients", "100237", "1000000"),
    ]
    assert [r.line for r in table.rows] == [2, 3, 4, 5]


def test_the_first_sheet_by_default_or_the_one_chosen() -> None:
    path = DATA / "libreoffice_two_sheets.xlsx"
    first = read_file(path)
    assert first.sheets == ("Σημειώσεις", "Πελάτες") and first.sheet == "Σημειώσεις"
    chosen = read_file(path, sheet="Πελάτες")
    assert chosen.sheet == "Πελάτες"
    assert chosen.rows[0].cells[:2] == ("Θεόδωρος Κολοκοτρώνης", "306912345681")
    with pytest.raises(ImportRefused, match="Σημειώσεις, Πελάτες") as refused:
        read_file(path, sheet="Sheet9")
    assert refused.value.fault is Fault.NO_SHEET


@pytest.mark.parametrize(("value", "text"), [
    (306912345678.0, "306912345678"), (3.06912345678e11, "306912345678"),
    (306912345678, "306912345678"), (12.5, "12.5"), (-3.0, "-3"), (None, ""), (True, "TRUE"),
    (datetime.datetime(2024, 1, 2), "2024-01-02"),
    (datetime.datetime(2024, 1, 2, 9, 30), "2024-01-02 09:30:00"),
    (datetime.date(2024, 1, 2), "2024-01-02"), ("  Ζωή ", "  Ζωή "),
])
def test_cells_read_as_a_person_sees_them(value: object, text: str) -> None:
    assert cell_text(value) == text


def test_a_damaged_workbook_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("[Content_Types].xml", "<not really/>")
    with pytest.raises(ImportRefused) as refused:
        read_file(broken)
    assert refused.value.fault is Fault.BROKEN_XLSX
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes((DATA / "libreoffice.xlsx").read_bytes()[:2000])
    with pytest.raises(ImportRefused):
        read_file(truncated)


# --- vCards -----------------------------------------------------------------------------------

def test_vcard_21_quoted_printable_greek_with_soft_line_breaks() -> None:
    table = read_file(DATA / "android_v21_qp.vcf")
    assert table.kind is FileKind.VCARD
    by_name = {r.cells[0]: dict(zip(table.headers, r.cells, strict=True)) for r in table.rows}
    yannis = by_name["Γιάννης Παπαδόπουλος"]
    assert (yannis["First name"], yannis["Last name"]) == ("Γιάννης", "Παπαδόπουλος")
    assert (yannis["Number"], yannis["Home phone"], yannis["Work phone"]) == (
        "+306912345610", "2101234567", "+30 210 765 4321")
    # The mobile is the number even when a home number comes first.
    katerina = by_name["Αικατερίνη Χατζηγεωργίου-Παπαναστασίου"]
    assert (katerina["Number"], katerina["Home phone"]) == ("6912345611", "+302101234568")
    assert katerina["Notes"] == ("Γειτόνισσα από τον τρίτο όροφο — πάντα χαμογελαστή και "
                                 "πρόθυμη να βοηθήσει")
    # No mobile: the first number is the number. Two mobiles: the second is kept.
    assert by_name["Μόνο Σταθερού"]["Number"] == "+302101234569"
    lucie = by_name["Lucie Martin"]
    assert (lucie["Number"], lucie["Other mobile"], lucie["Other phone"]) == (
        "+33612345612", "+33612345613", "+33140205053")
    assert by_name["Χωρίς Αριθμό"]["Number"] == ""
    assert [r.line for r in table.rows] == [1, 11, 30, 38, 45]


def test_vcard_30_and_40() -> None:
    v30 = read_file(DATA / "contacts_v30.vcf")
    sofia = dict(zip(v30.headers, v30.rows[0].cells, strict=True))
    assert (sofia["Name"], sofia["Number"], sofia["Home phone"]) == (
        "Σοφία Ιωάννου", "+306912345614", "+302101234570")
    assert (sofia["Groups"], sofia["Notes"]) == ("Φίλοι;Δουλειά", "Γενέθλια 3/5, φέρνει γλυκά")
    v40 = read_file(DATA / "contacts_v40.vcf")
    theo = dict(zip(v40.headers, v40.rows[0].cells, strict=True))
    assert (theo["Name"], theo["Number"], theo["Work phone"]) == (
        "Théo Lambert", "+33-6-12-34-56-16", "+33-1-40-20-50-55")


def test_an_unreadable_card_is_named_by_its_line_and_the_others_read() -> None:
    data = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nTEL;TYPE=CELL:+306912345601\r\n"
            "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN;=broken\r\n:::\r\nEND:VCARD\r\n")
    table = read_bytes(data.encode())
    assert [r.cells[0] for r in table.rows] == ["Ann"]
    assert table.unreadable == (6,)


# --- refusals ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("data", "fault"), [
    (b"", Fault.EMPTY),
    (b"  \r\n\r\n", Fault.EMPTY),
    (bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 100, Fault.OLD_EXCEL),
    (bytes(range(256)) * 20, Fault.NOT_CONTACTS),
    (b"\x7fELF\x02\x01\x01\x00" + b"\x00\x01\x02\x03" * 200, Fault.NOT_CONTACTS),
    (b"PK\x03\x04garbage", Fault.BROKEN_XLSX),
    (b"\x81\x8d\x8f\x90\x9d text", Fault.BAD_ENCODING),
])
def test_what_is_no_contacts_file_is_refused_with_its_reason(data: bytes, fault: Fault) -> None:
    with pytest.raises(ImportRefused) as refused:
        read_bytes(data)
    assert refused.value.fault is fault


def test_a_missing_or_too_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ImportRefused, match="cannot open .*nothing.csv"):
        read_file(tmp_path / "nothing.csv")
    with pytest.raises(ImportRefused, match="cannot open"):
        read_file(tmp_path)  # a folder
    big = tmp_path / "big.csv"
    big.write_bytes(b"Name,Mobile\n" + b"A,+306912345601\n" * 1000)
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ImportRefused) as refused:
        read_file(big)
    assert refused.value.fault is Fault.TOO_LARGE


def test_the_refusal_reads_as_a_sentence() -> None:
    with pytest.raises(ImportRefused) as refused:
        read_bytes(b"\x00\x01\x02\x03" * 100)
    assert str(refused.value) == "this file is not a CSV, Excel or vCard file"


def test_too_many_rows_are_refused_while_reading(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_sms.core.contact_import import table

    path = tmp_path / "long.csv"
    path.write_text("Name,Mobile\n" + "A,+306912345601\n" * 20, encoding="utf-8")
    monkeypatch.setattr(table, "MAX_ROWS", 10)
    with pytest.raises(ImportRefused, match="more than 10 rows") as refused:
        read_file(path)
    assert refused.value.fault is Fault.TOO_MANY_ROWS


def test_the_quote_a_spreadsheet_puts_before_a_formula_or_a_number_is_taken_off() -> None:
    table = read_file(DATA / "apostrophes.csv")
    assert [row.cells for row in table.rows] == [
        ("=Bob", "6912345615", "+1 for him"),
        ("C", "+306912345617", "'plain' quote stays")]


@pytest.mark.parametrize(("name", "encoding"), [
    *(("no_header.csv", codec) for codec in ("rot13", "hex", "base64", "zlib", "bz2", "uu",
                                             "quopri")),  # Python's codecs that are no text
    ("no_header.csv", "utf-16"),  # without a byte order mark
    ("contacts_v30.vcf", "utf-16"),
])
def test_an_encoding_that_is_not_a_text_encoding_or_lacks_its_mark_is_refused(
        name: str, encoding: str) -> None:
    with pytest.raises(ImportRefused) as refused:
        read_file(DATA / name, encoding=encoding)
    assert refused.value.fault is Fault.BAD_ENCODING
    assert refused.value.params == {"encoding": encoding}


def _csv(path: Path, columns: int, rows: int) -> Path:
    headers = ["Name", "Mobile", *(f"c{i}" for i in range(columns - 2))]
    lines = [",".join(headers)] + [",".join(["A", f"+3069123{i:05d}"] + ["x"] * (columns - 2))
                                   for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_file_wider_than_200_columns_is_refused(tmp_path: Path) -> None:
    assert read_file(_csv(tmp_path / "200.csv", 200, 3)).width == 200
    with pytest.raises(ImportRefused, match="more than 200 columns") as refused:
        read_file(_csv(tmp_path / "201.csv", 201, 3))
    assert (refused.value.fault, refused.value.params) == (Fault.TOO_MANY_COLUMNS,
                                                           {"limit": 200})
    # A row (not the header) as wide: refused as it is read.
    path = tmp_path / "ragged.csv"
    path.write_text("Name,Mobile\nA,+306912345601" + ",x" * 300 + "\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="more than 200 columns"):
        read_file(path)


def test_a_workbook_wider_than_200_columns_is_refused(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Wide")
    sheet.append(["Name", "Mobile"])
    sheet.append(["A", "6912345601", *["x"] * 250])
    path = tmp_path / "wide.xlsx"
    book.save(path)
    with pytest.raises(ImportRefused) as refused:
        read_file(path)
    assert refused.value.fault is Fault.TOO_MANY_COLUMNS


def test_a_vcard_with_more_than_200_columns_of_custom_fields_is_refused(tmp_path: Path) -> None:
    fields = "".join(f'X-DESKTOP-SMS-FIELD;X-NAME="f{i}":v\r\n' for i in range(200))
    path = tmp_path / "fields.vcf"
    path.write_text(f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nTEL:+306912345601\r\n{fields}"
                    "END:VCARD\r\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        read_file(path)
    assert refused.value.fault is Fault.TOO_MANY_COLUMNS


def test_too_many_cells_are_refused_while_reading(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_sms.core.contact_import import table

    monkeypatch.setattr(table, "MAX_CELLS", 100)
    assert len(read_file(_csv(tmp_path / "9x10.csv", 10, 9)).rows) == 9  # 10 rows of 10
    with pytest.raises(ImportRefused, match="more than 100 cells") as refused:
        read_file(_csv(tmp_path / "10x10.csv", 10, 10))
    assert (refused.value.fault, refused.value.params) == (Fault.TOO_MANY_CELLS,
                                                           {"limit": 100})
