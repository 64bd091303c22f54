"""Arbitrary bytes into each importer: a result or the clear import error, never another
exception, and never half an import (the book is unchanged when the import fails)."""

from __future__ import annotations

import io
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop_sms.core import store
from desktop_sms.core.contact_import import (
    ImportRefused,
    apply_import,
    check_import,
    existing_numbers,
    guess_mapping,
    read_file,
)
from desktop_sms.core.contacts import AddressBook
from tests.book_store import dump, inserts_fail_after

DATA = Path(__file__).parent.parent / "data" / "contacts"
XLSX = (DATA / "libreoffice.xlsx").read_bytes()

# Near-misses pure noise rarely hits: the pieces contacts files are made of.
_PIECES = [b",", b";", b"\t", b"\r\n", b"\n", b'"', b"+30", b"69123456", b"0", b" ", b":::",
           b"Name", b"Mobile", "Όνομα".encode(), "Κινητό".encode("cp1253"), b"\xe9", b"\xff\xfe",
           b"\xef\xbb\xbf", b"\x00", b"BEGIN:VCARD", b"END:VCARD", b"TEL;CELL:", b"=C3=A9",
           b"ENCODING=QUOTED-PRINTABLE:", b"=\r\n", b"VERSION:2.1", b"FN:", b"N:", b"PK\x03\x04"]
near_text = st.lists(st.sampled_from(_PIECES), max_size=40).map(b"".join)
vcards = st.lists(st.sampled_from(_PIECES), max_size=30).map(
    lambda parts: b"BEGIN:VCARD\r\n" + b"".join(parts) + b"\r\nEND:VCARD\r\n")


@st.composite
def damaged_workbooks(draw: st.DrawFn) -> bytes:
    """The LibreOffice workbook with one of its parts replaced by arbitrary bytes."""
    with zipfile.ZipFile(io.BytesIO(XLSX)) as source:
        names = source.namelist()
        victim = draw(st.sampled_from(names))
        junk = draw(st.one_of(st.binary(max_size=200), near_text))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as target:
            for name in names:
                target.writestr(name, junk if name == victim else source.read(name))
    return out.getvalue()


@st.composite
def sheets(draw: st.DrawFn) -> bytes:
    """Sheets that look like contacts lists, in any of the encodings and delimiters."""
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    cell = st.text(alphabet="abcXYZ ΑαΒβΓγΩωάέ'\"+-0123456789;,\t", max_size=12)
    number = st.one_of(st.sampled_from(["+306912345601", "6912345602", "0030 694 555 1234",
                                        "2101234567", "+3069", ""]), cell)
    rows = draw(st.lists(st.tuples(cell, number, cell), max_size=8))
    lines = [delimiter.join(("Name", "Mobile", "Πόλη"))]
    lines += [delimiter.join(row[:draw(st.integers(1, 3))]) for row in rows]
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1253"]))
    return "\r\n".join(lines).encode(encoding)


files = st.one_of(sheets(), st.binary(max_size=400), near_text, vcards,
                  st.binary(max_size=200).map(lambda b: b"PK\x03\x04" + b), damaged_workbooks())


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def book(request: pytest.FixtureRequest) -> Iterator[AddressBook]:
    if request.param == "postgresql":
        server = request.getfixturevalue("postgres_server")
        conn: store.Connection = server.connect(server.new_database())
        yield AddressBook(conn)
        conn.close()
        return
    with tempfile.TemporaryDirectory() as folder:
        conn = store.connect(Path(folder) / "db.sqlite3")
        yield AddressBook(conn)
        conn.close()


def emptied(book: AddressBook) -> None:
    """The book as new, for each example (one database for them all: quicker)."""
    book.conn.execute("DELETE FROM contacts")
    book.conn.execute("DELETE FROM groups")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf"])
@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=files)
def test_any_bytes_give_a_result_or_the_import_error(book: AddressBook, tmp_path: Path,
                                                     suffix: str, data: bytes) -> None:
    path = tmp_path / f"contacts{suffix}"
    path.write_bytes(data)
    emptied(book)
    before = dump(book.conn)
    contacts = len(book.search())
    try:
        table = read_file(path)
        plan = check_import(table, guess_mapping(table), region="GR",
                            existing=existing_numbers(book))
    except ImportRefused as refused:
        event(f"refused: {refused.fault.value}")
        assert str(refused) and "\n" not in str(refused)
        assert dump(book.conn) == before
        return
    assert plan is not None
    rows = plan.added + plan.updated + plan.skipped_count + plan.rejected_count
    assert rows == len(table.rows) + len(table.unreadable)
    written = apply_import(book, plan)
    assert written is not None
    event("imported some" if written.added else "imported none")
    assert len(book.search()) == contacts + written.added


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.one_of(sheets(), near_text, vcards), fail_after=st.integers(0, 3))
def test_a_failed_apply_writes_nothing(book: AddressBook, tmp_path: Path, data: bytes,
                                       fail_after: int) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(data)
    emptied(book)
    book.add("Already here", "+306912345601", groups=("Πελάτες",))
    try:
        table = read_file(path)
        plan = check_import(table, guess_mapping(table), region="GR",
                            existing=existing_numbers(book))
    except ImportRefused:
        return
    assert plan is not None
    before = dump(book.conn)
    # A real failure in the database once more than fail_after contacts are written.
    with inserts_fail_after(book.conn, len(book.search()) + fail_after, "failed on purpose"):
        if plan.added > fail_after:
            with pytest.raises(sqlite3.IntegrityError, match="failed on purpose"):
                apply_import(book, plan)
            assert dump(book.conn) == before
        else:
            assert apply_import(book, plan) is not None
