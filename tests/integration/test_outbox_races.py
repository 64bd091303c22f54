"""Two writers deciding from what they read, at once: two windows or commands on the SQLite
file (one writer at a time), or two workstations on a team database (read committed, where
each rule below holds only by a lock). Each race is started for real: a third connection
holds what both need, both wait for it, then both go at the same moment."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from desktop_sms.core import store
from desktop_sms.core.outbox.campaigns import Finished, mark_finished
from desktop_sms.core.outbox.messages import NewCampaign, NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.sending.schedule import Due, Schedule
from desktop_sms.core.states import State
from desktop_sms.gateway import SendResult, StatusUpdate
from tests.engines import another_writer

NUMBERS = [f"+3069123456{i:02d}" for i in range(10)]
LONG_ENOUGH = 0.5  # for a thread to reach the lock it then waits for


def race(source: store.Source, work: Callable[[store.Connection], Any],
         holder: store.Connection, table: str) -> list[Any]:
    """``work`` on two connections of their own at once, released together: ``holder``
    has written every row of ``table`` and commits once both are waiting."""
    results: list[Any] = []

    def one() -> None:
        conn = another_writer(source)
        try:
            results.append(work(conn))
        finally:
            conn.close()

    threads = [threading.Thread(target=one) for _ in range(2)]
    with store.transaction(holder):
        holder.execute(f"UPDATE {table} SET id = id")
        for thread in threads:
            thread.start()
        time.sleep(LONG_ENOUGH)
    for thread in threads:
        thread.join(30)
    assert len(results) == 2, "each racer returns"
    return results


def test_a_finished_campaign_is_told_once_by_one_of_two(outbox: Outbox) -> None:
    for name in ("c0", "c1", "c2"):
        outbox.enqueue([NewMessage(n, "x") for n in NUMBERS], campaign=NewCampaign(name, "x"))
    outbox.conn.execute("UPDATE messages SET state = 'delivered'")
    first, second = race(store.source_of(outbox.conn), mark_finished, outbox.conn, "campaigns")
    told: list[Finished] = first + second
    assert sorted(f.name for f in told) == ["c0", "c1", "c2"]  # each once, by one of them


def test_a_due_message_is_released_once_by_one_of_two(outbox: Outbox) -> None:
    ids = outbox.enqueue([NewMessage(n, "x") for n in NUMBERS], send_at=time.time() + 60)
    due = time.time() + 120

    def release(conn: store.Connection) -> list[Due]:
        return Schedule(conn).release_due(due).released

    first, second = race(store.source_of(outbox.conn), release, outbox.conn, "messages")
    assert sorted(d.id for d in first + second) == ids
    assert outbox.count(State.QUEUED) == len(ids)


@contextmanager
def applying_paused(source: store.Source, updates: list[StatusUpdate],
                    applied: threading.Event, go_on: threading.Event) -> Iterator[None]:
    """A poller on its own connection applying ``updates``: paused, inside its
    transaction, between its UPDATE and its commit."""

    class Paused(Outbox):
        def _update(self, *args: Any) -> list[tuple[int, str, str]]:
            changed = super()._update(*args)
            applied.set()
            go_on.wait(10)
            time.sleep(LONG_ENOUGH)  # the sender reaches its look for raced statuses
            return changed

    def poll() -> None:
        conn = another_writer(source)
        try:
            Paused(conn).record_statuses(updates)
        finally:
            conn.close()

    poller = threading.Thread(target=poll)
    poller.start()
    try:
        yield
    finally:
        go_on.set()
        poller.join(30)


def test_a_status_kept_while_its_send_reply_commits_is_applied_by_the_sender(
        outbox: Outbox) -> None:
    """The poller's UPDATE does not see the gateway id the sender is committing, so it
    keeps the status; the sender, just committed, looks for kept statuses before the
    poller has committed them. It must wait for them, not miss them (on the SQLite file
    the poller waits for the sender's commit instead, and applies the status itself)."""
    (message_id,) = outbox.enqueue([NewMessage(NUMBERS[0], "x")])
    applied, committed = threading.Event(), threading.Event()
    outbox.conn.execute("BEGIN")  # the sender's round (the engine's transaction)
    outbox.conn.execute("UPDATE messages SET state = 'sending' WHERE id = ?", (message_id,))
    outbox.accepted(message_id, SendResult("g-1", Decimal(10)))
    with applying_paused(store.source_of(outbox.conn), [StatusUpdate("g-1", "d")],
                         applied, committed):
        applied.wait(1)  # the team database's poller gets there; the file's waits to begin
        outbox.conn.execute("COMMIT")
        committed.set()
        outbox.apply_raced(["g-1"])
    message = outbox.get(message_id)
    assert message is not None and message.state is State.DELIVERED
    assert outbox.unmatched_updates() == 0


def test_a_stored_reply_another_writer_applied_first_is_not_applied_again(
        outbox: Outbox) -> None:
    """Between storing a reply and applying it, another writer's start-up applies the
    stored replies it finds: the first must not apply it (and keep its unknown ids) twice."""
    other = Outbox(another_writer(store.source_of(outbox.conn)))

    class Overtaken(Outbox):
        def _apply(self, gateway_id: str | None, replies: dict[int, Any]) -> Any:
            if replies:
                other.apply_pending()
            return super()._apply(gateway_id, replies)

    try:
        assert Overtaken(outbox.conn).record_statuses([StatusUpdate("999", "d")]) == []
    finally:
        other.conn.close()
    assert outbox.unmatched_updates() == 1
