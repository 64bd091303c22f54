"""The opt-out list (schema 4): idempotent adds, removal, the list with the contact's name,
imports from real files, and numbers() as the send plan reads it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop_sms.core import store
from desktop_sms.core.contact_import import ImportRefused, RowCode, english
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.errors import InputError
from desktop_sms.core.optout import OptOutList
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.plan import Code, PlanRefused
from tests.book_store import another

DATA = Path(__file__).parent.parent / "data" / "contacts"


def test_adds_are_idempotent_and_say_how_many_were_new(conn: store.Connection) -> None:
    opt_outs = OptOutList(conn)
    assert opt_outs.add(["+306912345671", "+33612345678"], "replied STOP") == 2
    assert opt_outs.add(["+306912345671", "+306912345671", "+306944123456"], "again") == 1
    assert opt_outs.numbers() == {"+306912345671", "+33612345678", "+306944123456"}
    # The first reason stays: the number was on the list already.
    first = {o.number: o.source for o in opt_outs.list()}
    assert first["+306912345671"] == "replied STOP"
    assert opt_outs.count() == 3
    assert opt_outs.add([]) == 0


def test_only_e164_numbers_are_taken(conn: store.Connection) -> None:
    opt_outs = OptOutList(conn)
    for wrong in ("6912345671", "+30 691 234 5671", "+3069", ""):
        with pytest.raises(InputError, match="international form"):
            opt_outs.add(["+33612345678", wrong])
    assert opt_outs.count() == 0  # nothing of a refused add is kept


def test_remove(conn: store.Connection) -> None:
    opt_outs = OptOutList(conn)
    opt_outs.add(["+306912345671", "+33612345678"])
    assert opt_outs.remove(["+306912345671", "+306900000000"]) == 1
    assert opt_outs.numbers() == {"+33612345678"}
    assert opt_outs.remove(["+306912345671"]) == 0


def test_list_names_the_contact_and_searches(conn: store.Connection) -> None:
    book = AddressBook(conn)
    book.add("Ελένη Παπαδοπούλου", "+306912345671")
    book.add("Claire Dubois", "+33612345678")
    opt_outs = OptOutList(conn)
    opt_outs.add(["+306912345671"], "απάντησε ΣΤΟΠ")
    opt_outs.add(["+306944123456"], "typed")
    listed = opt_outs.list()
    assert [(o.number, o.source, o.name) for o in listed] == [  # the newest first
        ("+306944123456", "typed", ""),
        ("+306912345671", "απάντησε ΣΤΟΠ", "Ελένη Παπαδοπούλου"),
    ]
    assert [o.number for o in opt_outs.list("Ελένη")] == ["+306912345671"]
    assert [o.number for o in opt_outs.list("694 412")] == ["+306944123456"]
    assert [o.number for o in opt_outs.list("ΣΤΟΠ")] == ["+306912345671"]
    assert opt_outs.list("Claire") == []  # a contact, but not on the list
    assert len(opt_outs.list(limit=1)) == 1


def test_numbers_sees_other_connections_writes(conn: store.Connection) -> None:
    opt_outs = OptOutList(conn)
    assert opt_outs.numbers() == frozenset()
    other = another(conn)
    try:
        OptOutList(other).add(["+306912345671"])
        # A team database tells of another's commit by NOTIFY, which arrives a moment
        # after it (store.version): within a second, not at once.
        deadline = time.monotonic() + 1.0
        while not opt_outs.numbers() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert opt_outs.numbers() == {"+306912345671"}
        opt_outs.remove(["+306912345671"])
        assert opt_outs.numbers() == frozenset()
        assert OptOutList(other).numbers() == frozenset()
    finally:
        other.close()


def test_numbers_of_100k(conn: store.Connection) -> None:
    """Timings are printed, not asserted (bench/ measures speed)."""
    opt_outs = OptOutList(conn)
    numbers = [f"+3069{i:08d}" for i in range(100_000)]
    started = time.perf_counter()
    assert opt_outs.add(numbers, "bulk") == 100_000
    added = time.perf_counter() - started
    started = time.perf_counter()
    found = opt_outs.numbers()
    first = time.perf_counter() - started
    started = time.perf_counter()
    assert opt_outs.numbers() is found  # nothing changed: not read again
    again = time.perf_counter() - started
    assert found == frozenset(numbers)
    print(f"\n100,000 opt-outs: add {added * 1000:.0f} ms, numbers() {first * 1000:.1f} ms, "
          f"unchanged {again * 1000:.2f} ms")


def test_import_a_file_reports_added_already_and_rejected(conn: store.Connection) -> None:
    opt_outs = OptOutList(conn)
    opt_outs.add(["+306912345603"], "typed")
    done = opt_outs.import_file(DATA / "bad_rows.csv", "GR")
    # Lines 2 and 11 (written 0030…) are new; 6 repeats line 2 and 9 was on the list; the
    # others are rejected, each with its line and reason.
    assert (done.added, done.already) == (2, 2)
    assert [(i.line, i.code) for i in done.rejected] == [
        (3, RowCode.BAD_NUMBER), (4, RowCode.BAD_NUMBER), (5, RowCode.NO_NUMBER),
        (7, RowCode.MISSING_CELLS), (8, RowCode.EXTRA_CELLS)]
    assert english(done.rejected[0]) == "'+3069': too few digits"
    assert opt_outs.numbers() == {"+306912345601", "+306912345603", "+306912345604"}
    assert {o.number: o.source for o in opt_outs.list()}["+306912345601"] == "bad_rows.csv"
    # Again: every number is on the list already.
    again = opt_outs.import_file(DATA / "bad_rows.csv", "GR", source="clinic list")
    assert (again.added, again.already, len(again.rejected)) == (0, 4, 5)


def test_import_reads_national_numbers_in_the_region(conn: store.Connection) -> None:
    done = OptOutList(conn).import_file(DATA / "no_header.csv", "FR")
    assert (done.added, done.already, done.rejected) == (3, 0, [])
    assert OptOutList(conn).numbers() == {"+33612345690", "+33612345691", "+306912345692"}


def test_a_file_that_cannot_be_read_is_refused(conn: store.Connection,
                                                tmp_path: Path) -> None:
    with pytest.raises(ImportRefused, match="cannot open"):
        OptOutList(conn).import_file(tmp_path / "missing.csv", "GR")
    words = tmp_path / "words.csv"
    words.write_text("Name,City\nEleni,Athens\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="no column holds phone numbers"):
        OptOutList(conn).import_file(words, "GR")


def test_add_the_numbers_of_contacts_and_of_messages(conn: store.Connection) -> None:
    from desktop_sms.core.outbox.messages import NewMessage
    from desktop_sms.core.outbox.pipeline import Outbox

    book = AddressBook(conn)
    ids = [book.add(name, number) for name, number in (
        ("Ελένη", "+306912345671"), ("Ελένη (work)", "+306912345671"),
        ("Claire", "+33612345678"))]
    # Queued before the list has them (a queued message to a number on it is refused).
    message_ids = Outbox(conn).enqueue([NewMessage("+306944123456", "hi"),
                                        NewMessage("+306912345671", "hi")])
    opt_outs = OptOutList(conn)
    opt_outs.add(["+33612345678"])
    assert opt_outs.add_contacts([*ids, 999], "from Contacts") == (1, 2)
    assert {o.number: o.source for o in opt_outs.list()} == {
        "+306912345671": "from Contacts", "+33612345678": ""}
    assert opt_outs.add_recipients(message_ids, "from the Outbox") == (1, 2)
    assert "+306944123456" in opt_outs.numbers()
    # A Select All of many rows is one statement, past SQLite's parameter limit.
    assert opt_outs.add_contacts(range(1, 40_000)) == (0, 2)


def test_a_direct_enqueue_refuses_an_opted_out_number(conn: store.Connection) -> None:
    """Every send obeys the list, also one that made no plan (a message sent again, any
    caller of the outbox): refused whole, with the code the plan uses, nothing queued."""
    OptOutList(conn).add(["+33612345678"], "asked by phone")
    outbox = Outbox(conn)
    with pytest.raises(PlanRefused) as refused:
        outbox.enqueue([NewMessage("+306912345671", "hi"), NewMessage("+33612345678", "hi")])
    assert [p.code for p in refused.value.problems] == [Code.OPTED_OUT]
    assert "+33612345678" in str(refused.value)
    assert outbox.count() == 0
    assert len(outbox.enqueue([NewMessage("+306912345671", "hi")])) == 1
