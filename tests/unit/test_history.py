"""The outbox's read-only queries: what the Outbox tab and its search thread read."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_sms.core import store
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.outbox.history import History, HistoryRow, OutboxFilter
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.states import (
    DELIVERY_RANK,
    IN_FLIGHT,
    STATE_BY_VALUE,
    UNFINISHED,
    State,
    sql_list,
)
from desktop_sms.gateway.protocol import DeliveryStatus, delivery_status

ELENI, NIKOS, MARIA = "+306912345678", "+306987654321", "+306911111111"


@pytest.fixture
def outbox(conn: sqlite3.Connection) -> Outbox:
    """Five messages, oldest first: ids 1..5; 2 and 4 cancelled; Eleni in the book."""
    box = Outbox(conn)
    box.enqueue([NewMessage(ELENI, "Dinner at eight"), NewMessage(NIKOS, "Invoice 42 is due"),
                 NewMessage(MARIA, "Dinner moved"), NewMessage(ELENI, "See you"),
                 NewMessage(NIKOS, "Paid, thanks")])
    box.cancel([2, 4])
    AddressBook(conn).add("Eleni Papadopoulou", ELENI)
    return box


def test_a_page_is_newest_first_with_typed_fields(outbox: Outbox) -> None:
    history = History(outbox.conn)
    everything = OutboxFilter()
    assert history.count_shown(everything) == 5
    assert [row.id for row in history.page(everything, 0, 10)] == [5, 4, 3, 2, 1]
    assert [row.id for row in history.page(everything, 1, 2)] == [4, 3]
    (row,) = history.page(everything, 4, 10)
    assert isinstance(row, HistoryRow)
    assert (row.id, row.recipient, row.text, row.parts, row.gateway_id, row.error) == (
        1, ELENI, "Dinner at eight", 1, None, None)
    assert row.state is State.QUEUED
    assert row.contact == "Eleni Papadopoulou"
    assert row.created_at == pytest.approx(outbox.get(1).created_at)  # type: ignore[union-attr]
    assert history.page(everything, 0, 1)[0].contact is None  # Nikos is not in the book


def test_filter_by_state(outbox: Outbox) -> None:
    history = History(outbox.conn)
    cancelled = OutboxFilter(State.CANCELLED)
    assert history.count_shown(cancelled) == 2
    assert [row.id for row in history.page(cancelled, 0, 10)] == [4, 2]
    assert all(row.state is State.CANCELLED for row in history.page(cancelled, 0, 10))
    assert list(history.matching_ids(cancelled)) == [4, 2]
    assert history.count_shown(OutboxFilter(State.DELIVERED)) == 0


@pytest.mark.parametrize(("text", "ids"), [
    ("dinner", [3, 1]),  # the message text, any case
    ("6987 654", [5, 2]),  # the number, typed with a space
    ("papadopoulou", [4, 1]),  # the name of the contact with that number
    ("nothing like it", []),
])
def test_text_search(outbox: Outbox, text: str, ids: list[int]) -> None:
    history = History(outbox.conn)
    assert list(history.matching_ids(OutboxFilter(text=text))) == ids
    assert history.count_shown(OutboxFilter(text=text)) == len(ids)


def test_text_and_state_together(outbox: Outbox) -> None:
    history = History(outbox.conn)
    assert list(history.matching_ids(OutboxFilter(State.QUEUED, "Eleni"))) == [1]


def test_rows_by_id_keep_the_order_asked_and_skip_deleted_ones(outbox: Outbox) -> None:
    history = History(outbox.conn)
    assert outbox.delete([4]) == 1
    rows = history.rows([5, 4, 1, 3])
    assert [row.id for row in rows] == [5, 1, 3]
    assert rows[1] == history.page(OutboxFilter(), 3, 1)[0]
    assert history.rows([]) == []


def test_the_search_thread_reads_through_its_own_read_only_connection(
        outbox: Outbox) -> None:
    source = History(outbox.conn).source()
    if isinstance(source, store.TeamSource):
        assert source == outbox.conn.source  # type: ignore[union-attr]
    else:
        assert source == store.database_path(source.parent)
    conn = store.connect_read_only(source)
    try:
        history = History(conn)
        assert list(history.matching_ids(OutboxFilter(text="dinner"))) == [3, 1]
        assert history.get(3).text == "Dinner moved"  # type: ignore[union-attr]
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("DELETE FROM messages")
    finally:
        conn.close()


def test_counts_and_lists(outbox: Outbox) -> None:
    history = History(outbox.conn)
    assert history.count() == 5
    assert history.count(State.QUEUED, State.CANCELLED) == 5
    assert [m.id for m in history.messages(State.CANCELLED)] == [2, 4]
    assert [m.id for m in history.messages(limit=2, newest_first=True)] == [5, 4]
    assert history.get(99) is None
    assert history.last_balance() is None


def test_state_sets_come_from_one_table() -> None:
    assert IN_FLIGHT == (State.ACCEPTED, State.SENT)
    assert set(UNFINISHED) == {State.SCHEDULED, State.QUEUED, State.SENDING, State.ACCEPTED,
                               State.SENT}
    assert sql_list(IN_FLIGHT) == "'accepted', 'sent'"
    # Every status the gateway's letters mean is a state, so the outbox reads the letters
    # through the protocol's one table.
    assert {STATE_BY_VALUE[status.value] for status in DeliveryStatus} == {
        *DELIVERY_RANK, State.UNKNOWN} - {State.ACCEPTED}
    assert delivery_status("D") is DeliveryStatus.DELIVERED
    assert delivery_status("?") is DeliveryStatus.UNKNOWN
