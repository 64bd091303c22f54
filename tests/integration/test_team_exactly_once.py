"""Exactly once, with several writers on one database: a message sent again is not sent
again a second time (two workstations pressing at once, or a campaign's send again then
the message's own), on both engines; and the gateway's replies a workstation holds when
its connection to the team database drops are recorded, not thrown away."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_sms.core import status_fetch, store, team
from desktop_sms.core.errors import Refusal
from desktop_sms.core.outbox.campaign_actions import send_again as send_campaign_again
from desktop_sms.core.outbox.message_errors import INTERRUPTED, ErrorCode, MessageError
from desktop_sms.core.outbox.messages import NewCampaign, NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.outbox.refusals import OutboxFault
from desktop_sms.core.sending import held_replies
from desktop_sms.core.sending.engine import Engine
from desktop_sms.core.sending.pacing import Pace
from desktop_sms.core.states import State
from desktop_sms.gateway.client import GatewayClient
from desktop_sms.simulator import GatewaySimulator
from tests.conftest import SENTINEL_PASSWORD
from tests.engines import another_writer
from tests.postgres_server import PostgresServer, running_server

GR = "+306912345601"


def _failed(outbox: Outbox, count: int = 1, *, campaign: bool = False) -> list[int]:
    ids = outbox.enqueue([NewMessage(f"{GR[:-1]}{i}", f"text {i}") for i in range(count)],
                         campaign=NewCampaign("C", "text", None) if campaign else None)
    with store.transaction(outbox.conn):
        for message_id in ids:
            outbox.finish(message_id, State.FAILED, INTERRUPTED)
    return ids


def _copies(outbox: Outbox, message_id: int) -> int:
    return int(outbox.conn.execute("SELECT count(*) FROM messages WHERE resend_of = ?",
                                   (message_id,)).fetchone()[0])


def test_a_message_sent_again_is_not_sent_again_twice(outbox: Outbox) -> None:
    (failed,) = _failed(outbox)
    again = outbox.send_again(failed)
    with pytest.raises(Refusal, match=f"message {failed} was sent again already") as refused:
        outbox.send_again(failed)
    assert refused.value.code is OutboxFault.ALREADY_SENT_AGAIN
    assert refused.value.params == {"id": failed, "again": again}
    assert _copies(outbox, failed) == 1
    # The copy, once failed in its turn, may be sent again: it was not sent again yet.
    with store.transaction(outbox.conn):
        outbox.finish(again, State.FAILED, INTERRUPTED)
    assert outbox.get(outbox.send_again(again)).resend_of == again  # type: ignore[union-attr]


def test_a_campaign_sent_again_then_one_of_its_messages(outbox: Outbox) -> None:
    first, second = _failed(outbox, 2, campaign=True)
    campaign_id = outbox.get(first).campaign_id  # type: ignore[union-attr]
    assert campaign_id is not None
    assert len(send_campaign_again(outbox, campaign_id).ids) == 2
    for message_id in (first, second):
        with pytest.raises(Refusal) as refused:
            outbox.send_again(message_id)
        assert refused.value.code is OutboxFault.ALREADY_SENT_AGAIN
        assert _copies(outbox, message_id) == 1


def test_two_workstations_send_a_message_again_at_once(outbox: Outbox) -> None:
    """The second asks while the first has read the message and not yet committed its
    copy: it must wait for the first (a row lock on a team database, the one writer on the
    SQLite file), then find it sent again."""
    (failed,) = _failed(outbox)
    source = store.source_of(outbox.conn)
    first_inserting, second_started = threading.Event(), threading.Event()
    outcomes: dict[str, object] = {}

    class HeldAtInsert(Outbox):
        def insert(self, messages: Sequence[NewMessage], *, campaign: NewCampaign | None = None,
                   send_at: float | None = None) -> list[int]:
            first_inserting.set()  # inside send_again's transaction, its reads done
            second_started.wait(10)
            time.sleep(0.5)  # the second would read now, if it did not wait for the first
            return super().insert(messages, campaign=campaign, send_at=send_at)

    def press(name: str, make: type[Outbox]) -> None:
        conn = another_writer(source)
        try:
            if name == "second":
                first_inserting.wait(10)
                second_started.set()
            outcomes[name] = make(conn).send_again(failed)
        except Refusal as exc:
            outcomes[name] = exc.code
        finally:
            conn.close()

    threads = [threading.Thread(target=press, args=("first", HeldAtInsert)),
               threading.Thread(target=press, args=("second", Outbox))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert isinstance(outcomes["first"], int)
    assert outcomes["second"] is OutboxFault.ALREADY_SENT_AGAIN
    assert _copies(outbox, failed) == 1


# --- a connection dropped mid-send -------------------------------------------------------

@dataclass
class Desk:
    """Workstation A, draining on its own thread, the simulator slow to reply."""

    outbox: Outbox
    thread: threading.Thread
    outcome: dict[str, object]


def _start_sending(outbox: Outbox, sim: GatewaySimulator, count: int) -> tuple[list[int], Desk]:
    # None ends in 0: the simulator fails those.
    ids = outbox.enqueue([NewMessage(f"+3069{20000001 + i}", "dropped") for i in range(count)])
    outcome: dict[str, object] = {}

    def run() -> None:
        with GatewayClient(sim.url, "demo", SENTINEL_PASSWORD, timeout=(2.0, 10.0)) as client:
            try:
                outcome["result"] = Engine(outbox, client, pace=Pace(concurrency=4)).run()
            except sqlite3.Error as exc:
                outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.monotonic() + 10
    while _in_state(outbox, ids) != {State.SENDING}:
        assert time.monotonic() < deadline, "the requests never left"
        time.sleep(0.02)
    time.sleep(0.3)  # all out: the gateway has them, its replies are on their way
    return ids, Desk(outbox, thread, outcome)


def _in_state(outbox: Outbox, ids: list[int]) -> set[State]:
    source = store.source_of(outbox.conn)
    with closing(another_writer(source)) as conn:
        return {message.state for message in map(Outbox(conn).get, ids)
                if message is not None}


def _gateway_ids(outbox: Outbox, ids: list[int]) -> dict[int, str | None]:
    return {message.id: message.gateway_id for message in map(outbox.get, ids)
            if message is not None}


@pytest.fixture
def slow_sim() -> Iterator[GatewaySimulator]:
    with GatewaySimulator(users={"demo": SENTINEL_PASSWORD}, balance=100000, latency=1.5,
                          sent_delay=0.05, final_delay=0.2) as simulator:
        yield simulator


def test_replies_held_when_the_connection_drops_are_recorded(
        postgres_server: PostgresServer, slow_sim: GatewaySimulator, tmp_path: Path) -> None:
    """The reviewer's scenario: A's session is ended by the server while its 4 requests
    are out; B's recovery flags them unknown; the gateway accepts all 4. A's replies must
    not be thrown away: A reconnects and records them, and their statuses then apply."""
    database = postgres_server.new_database()
    a, b = (Outbox(postgres_server.connect(database)) for _ in range(2))
    ids, desk = _start_sending(a, slow_sim, 4)
    with closing(postgres_server.admin()) as admin:  # the network drops A's session
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE pid = %s", (a.conn.raw.info.backend_pid,))
    deadline = time.monotonic() + 5
    while not b.recover():  # once the server has let go of A's session
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert _in_state(b, ids) == {State.UNKNOWN}
    desk.thread.join(30)
    assert isinstance(desk.outcome.get("error"), sqlite3.OperationalError)  # still told
    accepted = {sms.sms_id for sms in slow_sim.accepted()}
    found = _gateway_ids(b, ids)
    assert _in_state(b, ids) == {State.ACCEPTED}
    assert set(found.values()) == accepted
    time.sleep(0.5)  # the gateway's delivery reports are ready
    with GatewayClient(slow_sim.url, "demo", SENTINEL_PASSWORD) as client:
        status_fetch.refresh(b, client, tmp_path)
    assert b.unmatched_updates() == 0
    assert _in_state(b, ids) == {State.DELIVERED}
    b.conn.close()


def test_replies_are_kept_in_a_file_when_the_server_is_gone(
        slow_sim: GatewaySimulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The server stops while A's requests are out, so A cannot reconnect: the replies go
    to a rescue file, recorded by the next start's recovery."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    with running_server() as server:
        database = server.new_database()
        ids, desk = _start_sending(Outbox(server.connect(database)), slow_sim, 3)
        with closing(server.admin()) as admin:  # the test server's commits are not flushed
            admin.execute("CHECKPOINT")
        server.stop()
        desk.thread.join(30)
        assert isinstance(desk.outcome.get("error"), sqlite3.OperationalError)
        server.start()
        later = Outbox(server.connect(database))  # the next start
        assert later.recover() == []  # none flagged unknown: their replies are recorded
        assert _in_state(later, ids) == {State.ACCEPTED}
        assert set(_gateway_ids(later, ids).values()) == {
            sms.sms_id for sms in slow_sim.accepted()}
        assert not list(tmp_path.rglob("sent-*.json"))  # recorded: the file is gone
        later.conn.close()


def test_a_held_reply_never_queues_again_what_recovery_flagged(
        postgres_server: PostgresServer) -> None:
    """A request that never left, held while the database was away: another workstation
    meanwhile flagged its message unknown and a person sent it again. Queueing the original
    again would send the number twice; it stays unknown for a person (it never left)."""
    with closing(postgres_server.connect(postgres_server.new_database())) as conn:
        outbox = Outbox(conn)
        (mid,) = outbox.enqueue([NewMessage("+306912345678", "held")])
        claimer = team.session_id(conn)
        conn.execute("UPDATE messages SET state = ?, claimed_by = ?, error = ?, error_code = ? "
                     "WHERE id = ?", (State.UNKNOWN, claimer, INTERRUPTED.text,
                                      INTERRUPTED.code.value, mid))
        copy = outbox.send_again(mid)
        never_left = MessageError("could not connect", ErrorCode.UNREACHABLE)
        held_replies.record(outbox, claimer or 0, [
            held_replies.Outcome(mid, State.QUEUED, never_left, retry_in=0.0)])
        states = {m: outbox.get(m).state for m in (mid, copy)}  # type: ignore[union-attr]
        assert states == {mid: State.UNKNOWN, copy: State.QUEUED}


def test_two_processes_restoring_the_kept_replies_at_once(
        postgres_server: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window and a command on one computer both recover: a kept file the other took
    meanwhile is not an error (it used to escape recover() as FileNotFoundError)."""
    from decimal import Decimal

    from desktop_sms.gateway import SendResult

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    database = postgres_server.new_database()
    with closing(postgres_server.connect(database)) as conn:
        outbox = Outbox(conn)
        ids = outbox.enqueue([NewMessage(f"+30691234{i:04d}", "kept") for i in range(40)])
        claimer = team.session_id(conn) or 0
        for message_id in ids:  # as 40 drains cut off would have kept them
            held_replies._keep(conn.source, claimer, [held_replies.Outcome(  # type: ignore[union-attr]
                message_id, State.ACCEPTED, reply=SendResult(f"g{message_id}", Decimal(1)))],
                sqlite3.OperationalError("gone"))
        errors: list[BaseException] = []

        def restore() -> None:
            with closing(postgres_server.connect(database)) as own:
                try:
                    held_replies.restore(Outbox(own))
                except BaseException as exc:
                    errors.append(exc)

        for _ in range(3):
            racers = [threading.Thread(target=restore) for _ in range(2)]
            for racer in racers:
                racer.start()
            for racer in racers:
                racer.join()
        assert errors == []
