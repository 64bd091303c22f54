"""The outbox pipeline against the simulator over real HTTP."""

from __future__ import annotations

import socket
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_sms.core import store
from desktop_sms.core.optout import OptOutList
from desktop_sms.core.outbox.messages import Change, NewCampaign, NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.sending.engine import Engine, StopReason
from desktop_sms.core.sending.pacing import Pace
from desktop_sms.core.states import State
from desktop_sms.gateway import SendResult, StatusUpdate
from desktop_sms.gateway.client import GatewayClient
from desktop_sms.simulator import FaultKind, GatewaySimulator
from tests.conftest import SENTINEL_PASSWORD
from tests.engines import another_writer

ONE_AT_A_TIME = Pace(concurrency=1)  # the order of requests is the order of the queue
GR = "+306912345678"
FR = "+33612345678"


def test_drain_sends_in_order_and_records_ids(
    sim: GatewaySimulator, client: GatewayClient, outbox: Outbox
) -> None:
    ids = outbox.enqueue([NewMessage(GR, f"message {i}") for i in range(5)])
    changes: list[Change] = []
    result = Engine(outbox, client, pace=ONE_AT_A_TIME, on_change=changes.append).run()
    assert result.attempted == 5 and result.error is None
    assert [c.message_id for c in changes] == ids
    accepted = sim.accepted()
    assert [a.text for a in accepted] == [f"message {i}" for i in range(5)]
    for message_id, sms in zip(ids, accepted, strict=True):
        message = outbox.get(message_id)
        assert message is not None
        assert (message.state, message.gateway_id) == (State.ACCEPTED, sms.sms_id)
    assert outbox.last_balance() == 995


def test_statuses_reach_delivered_and_failed(
    sim: GatewaySimulator, client: GatewayClient, outbox: Outbox
) -> None:
    ok, bad = outbox.enqueue([NewMessage(GR, "a"), NewMessage("+306912345670", "b")])
    Engine(outbox, client).run()
    time.sleep(0.3)
    changes = outbox.record_statuses(client.get_status())
    assert {(c.message_id, c.state) for c in changes} == {
        (ok, State.DELIVERED), (bad, State.FAILED)
    }
    assert outbox.unmatched_updates() == 0
    failed = outbox.get(bad)
    assert failed is not None and failed.error is not None
    assert "could not be delivered" in failed.error


def test_status_never_moves_backwards(outbox: Outbox) -> None:
    (message_id,) = outbox.enqueue([NewMessage(GR, "x")])
    outbox.conn.execute("UPDATE messages SET state='accepted', gateway_id='77' WHERE id=?",
                        (message_id,))
    outbox.record_statuses([StatusUpdate("77", "d")])
    outbox.record_statuses([StatusUpdate("77", "s")])
    message = outbox.get(message_id)
    assert message is not None and message.state is State.DELIVERED
    outbox.record_statuses([StatusUpdate("77", "Q")])
    message = outbox.get(message_id)
    assert message is not None
    assert (message.state, message.gateway_status) == (State.DELIVERED, "Q")  # kept, shown


def _accepted(outbox: Outbox, *gateway_ids: str) -> list[int]:
    ids = outbox.enqueue([NewMessage(GR, f"to {g}") for g in gateway_ids])
    for message_id, gateway_id in zip(ids, gateway_ids, strict=True):
        outbox.conn.execute("UPDATE messages SET state='accepted', gateway_id=? WHERE id=?",
                            (gateway_id, message_id))
    return ids


def test_one_reply_with_several_updates_per_id_keeps_the_furthest(outbox: Outbox) -> None:
    both, tie, late = _accepted(outbox, "10", "11", "12")
    outbox.record_statuses([
        StatusUpdate("10", "s"),
        StatusUpdate("11", "d"),
        StatusUpdate("12", "s"),
        StatusUpdate("10", "d"),
        StatusUpdate("11", "f"),   # a tie: the first final wins
        StatusUpdate("12", "x"),  # recorded, moves nothing
    ])
    rows = {row["id"]: row for row in outbox.conn.execute(
        "SELECT id, state, gateway_status, error, sent_at, final_at FROM messages")}
    assert (rows[both]["state"], rows[both]["gateway_status"]) == ("delivered", "d")
    assert rows[both]["sent_at"] is not None and rows[both]["final_at"] is not None
    assert (rows[tie]["state"], rows[tie]["gateway_status"], rows[tie]["error"]) == (
        "delivered", "f", None)
    assert (rows[late]["state"], rows[late]["gateway_status"]) == ("sent", "x")
    assert rows[late]["sent_at"] is not None and rows[late]["final_at"] is None


def test_the_furthest_state_wins_even_when_a_later_letter_means_less(outbox: Outbox) -> None:
    # '2' (delivered, in the numeric spelling) then 's': the id ends delivered, showing 's'.
    numeric, upper = _accepted(outbox, "30", "31")
    changes = outbox.record_statuses([
        StatusUpdate("30", "2"),
        StatusUpdate("31", "S"),
        StatusUpdate("30", "s"),
    ])
    assert sorted(changes) == [(numeric, State.DELIVERED), (upper, State.SENT)]
    rows = dict(outbox.conn.execute("SELECT id, gateway_status FROM messages").fetchall())
    assert (rows[numeric], rows[upper]) == ("s", "S")


def test_a_reply_partly_for_unknown_ids_applies_the_rest_and_keeps_those(
    outbox: Outbox,
) -> None:
    (known,) = _accepted(outbox, "20")
    outbox.record_statuses([StatusUpdate("21", "s")])  # not ours yet
    changes = outbox.record_statuses([
        StatusUpdate("20", "f"),
        StatusUpdate("21", "d"),
        StatusUpdate("22", "d"),
    ])
    assert changes == [(known, State.FAILED)]
    assert outbox.unmatched_updates() == 3  # 21 twice, 22 once: each kept as received
    (later,) = _accepted(outbox, "21")
    assert outbox.apply_pending("21") == [(later, State.DELIVERED)]
    assert outbox.unmatched_updates() == 1
    kept = outbox.conn.execute("SELECT gateway_id, status, raw FROM status_updates").fetchall()
    assert [tuple(row) for row in kept] == [("22", "delivered", "d")]


def test_status_racing_ahead_of_the_send_reply_is_applied_later(
    sim: GatewaySimulator, client: GatewayClient, outbox: Outbox, tmp_path: Path
) -> None:
    # The send is accepted, but its reply is slow; meanwhile a poll (as the GUI's timer
    # would make) brings the final status for an id the outbox does not know yet.
    (message_id,) = outbox.enqueue([NewMessage(GR, "race")])
    sim.sent_delay = sim.final_delay = 0.0
    sim.inject("send_sms", FaultKind.DELAY, delay=0.5, times=1)

    source = store.source_of(outbox.conn)

    def send_on_writer_thread() -> None:
        writer = Outbox(another_writer(source))
        message = writer.get(message_id)
        assert message is not None
        Engine(writer, client).run()
        writer.conn.close()

    sender = threading.Thread(target=send_on_writer_thread)
    sender.start()
    early: list[StatusUpdate] = []
    with GatewayClient(sim.url, "demo", SENTINEL_PASSWORD) as poller:
        deadline = time.monotonic() + 5
        while not early and time.monotonic() < deadline:
            time.sleep(0.05)
            early = poller.get_status()
    assert early, "the simulator should report the status while the send reply is pending"
    assert outbox.record_statuses(early) == []  # id unknown yet: nothing applied...
    assert outbox.unmatched_updates() == len(early)  # ...but every update is kept
    sender.join(timeout=10)
    final = outbox.get(message_id)
    assert final is not None
    assert (final.state, final.gateway_id) == (State.DELIVERED, early[0].sms_id)
    assert outbox.unmatched_updates() == 0


def test_updates_for_foreign_ids_are_kept_not_applied(outbox: Outbox) -> None:
    changes = outbox.record_statuses([StatusUpdate("999", "d")])
    assert changes == [] and outbox.unmatched_updates() == 1


def test_ids_with_characters_a_copy_escapes_arrive_intact(outbox: Outbox) -> None:
    # The gateway's are plain; the team database's bulk path must not bend anyone else's.
    odd, foreign = "a\\b\tc\nd\re", "x\\y"
    (message_id,) = outbox.enqueue([NewMessage(GR, "odd")])
    outbox.accepted(message_id, SendResult(odd, Decimal(1)))
    changes = outbox.record_statuses([StatusUpdate(odd, "d"), StatusUpdate(foreign, "d")])
    assert changes == [Change(message_id, State.DELIVERED)]
    kept = outbox.conn.execute("SELECT gateway_id FROM status_updates").fetchall()
    assert [row[0] for row in kept] == [foreign]


@pytest.mark.parametrize(
    ("fault", "state", "requeued"),
    [(FaultKind.RESET, State.UNKNOWN, False), (FaultKind.HTTP_503, State.UNKNOWN, False),
     (FaultKind.HTML, State.UNKNOWN, False), (FaultKind.HTTP_401, State.QUEUED, True)],
)
def test_failures_map_to_states(
    sim: GatewaySimulator, client: GatewayClient, outbox: Outbox,
    fault: FaultKind, state: State, requeued: bool,
) -> None:
    ids = outbox.enqueue([NewMessage(GR, "one"), NewMessage(GR, "two")])
    sim.inject("send_sms", fault, times=1)
    result = Engine(outbox, client, pace=ONE_AT_A_TIME).run()
    first = outbox.get(ids[0])
    assert first is not None and first.state is state and first.error
    second = outbox.get(ids[1])
    # Either kind stops the drain: an auth failure (requeued, nothing charged) and a send in
    # doubt alike; the rest waits queued, never turned into more doubtful sends.
    assert second is not None and second.state is State.QUEUED
    assert (result.error is not None) is requeued
    assert result.in_doubt == (None if requeued else ids[0])
    assert sim.request_count("send_sms") == 1


def test_unreachable_gateway_requeues_with_backoff(outbox: Outbox) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/srvauth/index"
        (message_id,) = outbox.enqueue([NewMessage(GR, "x")])
        with GatewayClient(url, "demo", "pw") as dead:
            result = Engine(outbox, dead).run()
    message = outbox.get(message_id)
    assert message is not None and message.state is State.QUEUED
    assert result.error is not None and "could not connect" in str(result.error)
    assert outbox.next_due() is None  # backing off: not due yet


def test_a_refusal_for_credit_keeps_it_queued(sim: GatewaySimulator, outbox: Outbox) -> None:
    with GatewaySimulator(users={"demo": "pw"}, balance=0) as poor, \
            GatewayClient(poor.url, "demo", "pw") as client:
        (message_id,) = outbox.enqueue([NewMessage(GR, "x")])
        result = Engine(outbox, client).run()
    message = outbox.get(message_id)
    assert result.stop is StopReason.BALANCE
    assert message is not None and message.state is State.QUEUED  # refused: not sent
    assert message.error is not None and "insufficient credit" in message.error


def test_recover_marks_sending_unknown(outbox: Outbox) -> None:
    ids = outbox.enqueue([NewMessage(GR, "a"), NewMessage(GR, "b")])
    outbox.conn.execute("UPDATE messages SET state='sending' WHERE id=?", (ids[0],))
    assert outbox.recover() == [ids[0]]
    states = [m.state for m in outbox.messages()]
    assert states == [State.UNKNOWN, State.QUEUED]


def test_cancel_and_send_again(sim: GatewaySimulator, client: GatewayClient,
                               outbox: Outbox) -> None:
    a, b, c = outbox.enqueue([NewMessage(GR, "a"), NewMessage(GR, "b"), NewMessage(GR, "c")])
    assert outbox.cancel([a, b, 999]) == [a, b]
    assert outbox.cancel([a]) == []
    with pytest.raises(ValueError, match="only"):
        outbox.send_again(c)  # still queued: nothing to send again
    with pytest.raises(ValueError, match="does not exist"):
        outbox.send_again(999)
    again = outbox.send_again(a)
    message = outbox.get(again)
    assert message is not None
    assert (message.state, message.resend_of, message.text) == (State.QUEUED, a, "a")
    Engine(outbox, client).run()
    assert sorted(s.text for s in sim.accepted()) == ["a", "c"]  # sent at once: any order
    # Deleting an original that was sent again keeps the copy and clears the link.
    assert outbox.delete([a]) == 1
    copy = outbox.get(again)
    assert copy is not None and copy.resend_of is None


def test_enqueue_refuses_bad_input_whole(outbox: Outbox) -> None:
    with pytest.raises(ValueError):
        outbox.enqueue([NewMessage(GR, "fine"), NewMessage("306912345678", "no plus")])
    with pytest.raises(ValueError, match="empty"):
        outbox.enqueue([NewMessage(GR, "  ")])
    assert outbox.count() == 0


def test_parts_are_counted_at_enqueue(outbox: Outbox) -> None:
    ids = outbox.enqueue([NewMessage(GR, "x" * 161), NewMessage(GR, "Καλημέρα")])
    assert [outbox.get(i).parts for i in ids] == [2, 1]  # type: ignore[union-attr]


def test_reply_stored_but_not_applied_is_applied_at_start(outbox: Outbox) -> None:
    # As if the program died between storing a get_status reply and applying it.
    (message_id,) = outbox.enqueue([NewMessage(GR, "x")])
    outbox.conn.execute("UPDATE messages SET state='accepted', gateway_id='55' WHERE id=?",
                        (message_id,))
    outbox.conn.execute("INSERT INTO status_replies (received_at, body) "
                        "VALUES (0, '55|s|55|d|66|f')")
    outbox.recover()
    message = outbox.get(message_id)
    assert message is not None and message.state is State.DELIVERED
    assert outbox.conn.execute("SELECT count(*) FROM status_replies").fetchone()[0] == 0
    assert outbox.unmatched_updates() == 1  # 66 is not ours (yet): kept


def test_a_number_opted_out_after_queuing_is_never_sent(
        sim: GatewaySimulator, client: GatewayClient, outbox: Outbox) -> None:
    """The opt-out list is read again as each message is about to leave: one queued before
    its number went on the list is cancelled, saying why, and the rest go."""
    ids = outbox.enqueue([NewMessage("+306912345601", "queued before"),
                          NewMessage("+306912345602", "queued before")])
    OptOutList(outbox.conn).add(["+306912345601"], "replied STOP")
    result = Engine(outbox, client).run()
    assert result.error is None and result.in_doubt is None
    assert [a.mobile_number for a in sim.accepted()] == ["306912345602"]
    first = outbox.get(ids[0])
    assert first is not None
    assert (first.state, first.error) == (State.CANCELLED, "on the opt-out list: not sent")
    assert outbox.get(ids[1]) is not None and outbox.get(ids[1]).state is State.ACCEPTED


def test_a_campaign_names_its_batch_and_a_scheduled_one_waits(
    sim: GatewaySimulator, client: GatewayClient, outbox: Outbox
) -> None:
    later = time.time() + 3600
    ids = outbox.enqueue([NewMessage(GR, "Hi {first_name}"), NewMessage(FR, "Hi")],
                         campaign=NewCampaign("Offers", "Hi {first_name}", "offer"),
                         send_at=later)
    messages = [outbox.get(i) for i in ids]
    assert {(m.state, m.send_at) for m in messages if m} == {(State.SCHEDULED, later)}
    (campaign,) = {m.campaign_id for m in messages if m}
    row = outbox.conn.execute("SELECT name, text, template FROM campaigns WHERE id = ?",
                              (campaign,)).fetchone()
    assert tuple(row) == ("Offers", "Hi {first_name}", "offer")
    assert Engine(outbox, client).run().attempted == 0 and sim.accepted() == []
    assert outbox.cancel(ids[:1]) == ids[:1]  # a scheduled message can be cancelled
    assert outbox.delete(ids[1:]) == 0  # and is kept from "delete from history"
