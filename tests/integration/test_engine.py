"""The sending engine against the simulator over real HTTP: requests overlap, never more
than asked, pacing with a clock the test drives, and every stop condition."""

from __future__ import annotations

import threading
import time

import pytest

from desktop_sms.core.optout import OptOutList
from desktop_sms.core.outbox.messages import Change, NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.sending.engine import Engine, StopReason
from desktop_sms.core.sending.pacing import Pace, Pacer
from desktop_sms.core.states import State
from desktop_sms.gateway.client import GatewayClient
from desktop_sms.simulator import FaultKind, GatewaySimulator
from tests.conftest import SENTINEL_PASSWORD


def numbers(count: int) -> list[NewMessage]:
    return [NewMessage(f"+3069{i:08d}", f"message {i}") for i in range(count)]


class FakeClock:
    """Time moves only when the engine sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def states(outbox: Outbox) -> list[State]:
    return [m.state for m in outbox.messages()]


@pytest.mark.alone  # the overlap is read off the clock
def test_requests_overlap_but_never_more_than_asked(
        sim: GatewaySimulator, client: GatewayClient, outbox: Outbox) -> None:
    sim.latency = 0.2
    outbox.enqueue(numbers(8))
    started = time.monotonic()
    result = Engine(outbox, client, pace=Pace(concurrency=4)).run()
    elapsed = time.monotonic() - started
    assert (result.attempted, result.stop) == (8, StopReason.DONE)
    assert elapsed < 1.2, elapsed  # one at a time: 1.6 s at least; four at once: ~0.4 s
    assert sim.peak_in_flight == 4
    assert states(outbox) == [State.ACCEPTED] * 8
    assert len({a.mobile_number for a in sim.accepted()}) == 8  # each once


def test_at_most_concurrency_messages_are_sending_at_any_commit(
        sim: GatewaySimulator, client: GatewayClient, outbox: Outbox) -> None:
    sim.latency = 0.02
    outbox.enqueue(numbers(30))
    seen: list[int] = []

    def look(_change: Change) -> None:  # on the calling thread, after each commit
        seen.append(outbox.count(State.SENDING))

    Engine(outbox, client, pace=Pace(concurrency=3), on_change=look).run()
    assert seen and max(seen) <= 3
    assert sim.peak_in_flight <= 3


def test_pacing_spaces_the_requests_on_the_given_clock(
        sim: GatewaySimulator, client: GatewayClient, outbox: Outbox) -> None:
    clock = FakeClock()
    started: list[float] = []
    outbox.enqueue(numbers(4))
    engine = Engine(outbox, client, pace=Pace(concurrency=4, max_per_minute=30),
                    clock=clock)
    original = engine.pacer.started

    def stamp() -> None:
        started.append(clock.now)
        original()

    engine.pacer.started = stamp  # type: ignore[method-assign]
    wall = time.monotonic()
    assert engine.run().attempted == 4
    assert time.monotonic() - wall < 5  # the minutes passed on the fake clock only
    gaps = [b - a for a, b in zip(started, started[1:], strict=False)]
    assert len(gaps) == 3 and all(gap >= 2.0 for gap in gaps), gaps  # 60 s / 30
    assert sim.peak_in_flight == 1  # spaced out: never two at once


def test_pacer_allows_one_per_spacing() -> None:
    clock = FakeClock()
    pacer = Pacer(60, clock)
    assert pacer.allowance(4) == 1
    pacer.started()
    assert (pacer.allowance(4), pacer.wait()) == (0, 1.0)
    clock.sleep(1.0)
    assert pacer.allowance(4) == 1
    assert Pacer(0, clock).allowance(4) == 4  # no limit


def test_refused_credentials_stop_and_keep_the_rest_queued(
        sim: GatewaySimulator, outbox: Outbox) -> None:
    outbox.enqueue(numbers(10))
    with GatewayClient(sim.url, "demo", "wrong") as wrong:
        result = Engine(outbox, wrong, pace=Pace(concurrency=4)).run()
    assert result.stop is StopReason.AUTH and result.attempted <= 4
    assert states(outbox) == [State.QUEUED] * 10 and sim.accepted() == []


def test_balance_exhausted_stops_and_keeps_the_rest_queued(
        sim: GatewaySimulator, client: GatewayClient, outbox: Outbox) -> None:
    sim.balance = 5
    sim.latency = 0.01
    outbox.enqueue(numbers(20))
    result = Engine(outbox, client, pace=Pace(concurrency=4)).run()
    assert result.stop is StopReason.BALANCE
    counts = {state: states(outbox).count(state) for state in set(states(outbox))}
    assert counts == {State.ACCEPTED: 5, State.QUEUED: 15}  # refused ones are queued again
    assert len(sim.accepted()) == 5 and result.balance is not None


def test_a_reply_that_shows_too_little_credit_stops_before_asking(
        sim: GatewaySimulator, client: GatewayClient, outbox: Outbox) -> None:
    sim.balance = 3
    outbox.enqueue([NewMessage("+306912345678", "x" * 300)] * 3)  # 2 parts each
    result = Engine(outbox, client, pace=Pace(concurrency=1)).run()
    assert result.stop is StopReason.BALANCE and result.error is None  # not refused: told
    assert sim.request_count("send_sms") == 1  # 1 credit left after the first: no second ask
    assert states(outbox) == [State.ACCEPTED, State.QUEUED, State.QUEUED]


def test_a_send_in_doubt_stops_new_claims_and_the_in_flight_ones_finish(
        sim: GatewaySimulator, client: GatewayClient, outbox: Outbox) -> None:
    sim.latency = 0.1
    outbox.enqueue(numbers(12))
    sim.inject("send_sms", FaultKind.HTTP_500, times=1)
    result = Engine(outbox, client, pace=Pace(concurrency=4)).run()
    assert result.stop is StopReason.IN_DOUBT and result.in_doubt is not None
    found = states(outbox)
    assert found.count(State.UNKNOWN) == 1
    assert found.count(State.ACCEPTED) == 3  # the others in flight with it, recorded
    assert found.count(State.QUEUED) == 8 and found.count(State.SENDING) == 0
    assert sim.request_count("send_sms") == 4


def test_an_opted_out_number_is_cancelled_not_sent(
        sim: GatewaySimulator, client: GatewayClient, outbox: Outbox) -> None:
    ids = outbox.enqueue(numbers(6))
    OptOutList(outbox.conn).add(["+306900000003"], "replied STOP")
    changes: list[Change] = []
    Engine(outbox, client, on_change=changes.append).run()
    assert sorted(c.message_id for c in changes) == ids  # one change per message
    stopped = outbox.get(ids[3])
    assert stopped is not None and stopped.state is State.CANCELLED
    assert "opt-out" in (stopped.error or "")
    assert "306900000003" not in {a.mobile_number for a in sim.accepted()}
    assert len(sim.accepted()) == 5


def test_a_stop_asked_sends_nothing_new_and_records_the_in_flight_ones(
        sim: GatewaySimulator, client: GatewayClient, outbox: Outbox) -> None:
    sim.latency = 0.1
    outbox.enqueue(numbers(40))
    stop = threading.Event()
    done: list[Change] = []

    def count(change: Change) -> None:
        done.append(change)
        if len(done) == 6:
            stop.set()

    result = Engine(outbox, client, pace=Pace(concurrency=4), should_stop=stop.is_set,
                    on_change=count).run()
    assert result.stop is StopReason.ASKED
    found = states(outbox)
    assert found.count(State.SENDING) == 0
    assert found.count(State.ACCEPTED) == len(sim.accepted()) == result.attempted
    # Told after the round's commit, which may have claimed a few more: at most the 6
    # finished, the 4 in flight, and the 4 claimed with the 6th result.
    assert 6 <= result.attempted <= 14 and found.count(State.QUEUED) == 40 - result.attempted


@pytest.mark.parametrize("bad", [0, 9])
def test_concurrency_is_one_to_eight(bad: int) -> None:
    with pytest.raises(ValueError, match="1 to 8"):
        Pace(concurrency=bad)


def test_one_client_is_shared_by_the_sender_threads(sim: GatewaySimulator,
                                                    outbox: Outbox) -> None:
    """Eight threads on one requests.Session: every reply reaches its own message."""
    sim.latency = 0.01
    ids = outbox.enqueue(numbers(200))
    with GatewayClient(sim.url, "demo", SENTINEL_PASSWORD) as client:
        result = Engine(outbox, client, pace=Pace(concurrency=8)).run()
    assert result.attempted == 200 and sim.peak_in_flight == 8
    by_id = {a.sms_id: a.mobile_number for a in sim.accepted()}
    for message_id in ids:
        message = outbox.get(message_id)
        assert message is not None and message.gateway_id is not None
        assert "+" + by_id[message.gateway_id] == message.recipient


def test_one_pacer_spaces_the_requests_of_drains_one_after_another(
        sim: GatewaySimulator, client: GatewayClient, outbox: Outbox) -> None:
    # A hostile review: each drain started with a fresh pacer, so the window sent at
    # once after every Compose send, poll or Resume, whatever the limit.
    clock = FakeClock()
    pace = Pace(concurrency=4, max_per_minute=6)
    pacer = Pacer(pace.max_per_minute, clock)
    outbox.enqueue(numbers(1))
    Engine(outbox, client, pace=pace, clock=clock, pacer=pacer).run()
    first = clock.now
    outbox.enqueue(numbers(1))
    Engine(outbox, client, pace=pace, clock=clock, pacer=pacer).run()
    assert clock.now - first >= 10.0  # 60 s / 6, across the two drains
    assert len(sim.accepted()) == 2
