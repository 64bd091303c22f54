"""Scheduled sends in core: a local time read into a UTC instant across summer-time changes
(Europe/Athens and Europe/Paris, by zone and by $TZ), and the scheduled messages released,
held when long overdue, rescheduled and cancelled."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.sending.schedule import (
    OVERDUE_AFTER,
    Due,
    Schedule,
    TimeCode,
    TimeRefused,
    local_instant,
    local_text,
    parse_time,
    read_send_at,
)
from desktop_sms.core.states import State

ATHENS, PARIS = ZoneInfo("Europe/Athens"), ZoneInfo("Europe/Paris")


def utc(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


@pytest.fixture(params=["Europe/Athens", "Europe/Paris"])
def local_zone(request: pytest.FixtureRequest) -> Iterator[str]:
    """The process's local time set through $TZ, as a user's system sets it."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


# --- reading a time ---------------------------------------------------------------------

@pytest.mark.parametrize("text", ["2026-12-01 09:00", "2026-12-01T09:00", " 2026-12-01  9:00 ",
                                  "2026/12/1 09:00", "2026-12-01 09.00", "2026-12-01 09:00:00"])
def test_the_usual_ways_of_writing_a_time_are_read(text: str) -> None:
    assert parse_time(text) == datetime(2026, 12, 1, 9, 0)


def test_an_explicit_offset_is_the_instant_itself() -> None:
    assert parse_time("2026-12-01T07:00Z").timestamp() == utc("2026-12-01 07:00")
    assert local_instant(parse_time("2026-12-01 09:00+02:00"), PARIS).instant == utc(
        "2026-12-01 07:00")


@pytest.mark.parametrize("text", ["", "tomorrow", "2026-12-01", "09:00", "2026-02-30 09:00",
                                  "2026-12-01 25:00", "2026-12-01 09:00 +15:00",
                                  "2026-12-01 09:00 EET", "１２"])
def test_anything_else_is_refused_with_the_format_to_use(text: str) -> None:
    with pytest.raises(TimeRefused, match="YYYY-MM-DD HH:MM") as refused:
        parse_time(text)
    assert refused.value.problem.code is TimeCode.BAD_TIME
    assert refused.value.problem.params == {"text": text}


@pytest.mark.parametrize(("zone", "wall", "expected"), [
    (ATHENS, "2026-12-01 09:00", "2026-12-01 07:00"),  # winter: UTC+2
    (ATHENS, "2026-07-01 09:00", "2026-07-01 06:00"),  # summer: UTC+3
    (PARIS, "2026-12-01 09:00", "2026-12-01 08:00"),
    (PARIS, "2026-07-01 09:00", "2026-07-01 07:00"),
    (ATHENS, "2026-03-29 02:59", "2026-03-29 00:59"),  # the minute before the gap
    (ATHENS, "2026-03-29 04:00", "2026-03-29 01:00"),  # the first after it
])
def test_a_wall_time_is_its_instant_in_that_zone(zone: ZoneInfo, wall: str,
                                                 expected: str) -> None:
    assert local_instant(datetime.fromisoformat(wall), zone) == (utc(expected), None)


@pytest.mark.parametrize(("zone", "wall", "start", "end"), [
    (ATHENS, "2026-03-29 03:30", "03:00", "04:00"),
    (ATHENS, "2026-03-29 03:00", "03:00", "04:00"),
    (PARIS, "2026-03-29 02:30", "02:00", "03:00"),
])
def test_a_time_the_clocks_skip_is_refused_naming_the_gap(zone: ZoneInfo, wall: str,
                                                          start: str, end: str) -> None:
    with pytest.raises(TimeRefused) as refused:
        local_instant(datetime.fromisoformat(wall), zone)
    assert refused.value.problem.code is TimeCode.NO_SUCH_TIME
    assert refused.value.problem.params == {"time": wall, "start": start, "end": end}
    assert str(refused.value) == (f"{wall} does not exist in local time: the clocks go "
                                  f"forward from {start} to {end} that night; choose a time "
                                  "outside it")


@pytest.mark.parametrize(("zone", "wall", "first", "names"), [
    (ATHENS, "2026-10-25 03:30", "2026-10-25 00:30", ("EEST", "EET")),
    (PARIS, "2026-10-25 02:30", "2026-10-25 00:30", ("CEST", "CET")),
])
def test_a_time_that_happens_twice_is_the_first_and_says_so(
        zone: ZoneInfo, wall: str, first: str, names: tuple[str, str]) -> None:
    send_at = local_instant(datetime.fromisoformat(wall), zone)
    assert send_at.instant == utc(first)
    assert send_at.note is not None and send_at.note.code is TimeCode.TWICE
    assert send_at.note.params == {"time": wall, "first": f"{wall} {names[0]}",
                                   "second": f"{wall} {names[1]}"}
    # An hour later it is the other one: the instants are an hour apart, as lived.
    assert local_text(send_at.instant + 3600, zone) == f"{wall} {names[1]}"


def test_the_system_local_time_is_followed_through_tz(local_zone: str) -> None:
    zone = ZoneInfo(local_zone)
    for wall in ("2026-12-01 09:00", "2026-07-01 09:00", "2026-10-25 02:30",
                 "2026-10-25 03:30", "2026-03-29 02:30", "2026-03-29 03:30"):
        try:
            expected = local_instant(datetime.fromisoformat(wall), zone)
        except TimeRefused as refused:
            with pytest.raises(TimeRefused) as again:
                local_instant(datetime.fromisoformat(wall))
            assert again.value.problem == refused.problem
        else:
            assert local_instant(datetime.fromisoformat(wall)) == expected, wall
    summer = read_send_at("2026-07-01 09:00", now=0)
    assert local_text(summer.instant) == local_text(summer.instant, zone)


def test_a_past_time_is_refused_for_a_new_schedule() -> None:
    now = utc("2026-12-01 07:00")  # 09:00 in Athens
    with pytest.raises(TimeRefused, match="2026-12-01 09:00 EET is in the past") as refused:
        read_send_at("2026-12-01 09:00", now=now, zone=ATHENS)
    assert refused.value.problem.code is TimeCode.PAST_TIME
    assert read_send_at("2026-12-01 09:01", now=now, zone=ATHENS).instant == now + 60
    with pytest.raises(TimeRefused, match="does not exist"):  # the gap, even in the future
        read_send_at("2026-03-29 03:30", now=0, zone=ATHENS)


# --- the scheduled messages -----------------------------------------------------------------

def schedule(outbox: Outbox, at: float, count: int = 1) -> list[int]:
    return outbox.enqueue([NewMessage(f"+3069123456{i:02d}", f"at {at}") for i in range(count)],
                          send_at=at)


def states(outbox: Outbox, ids: list[int]) -> list[State]:
    found = [outbox.get(i) for i in ids]
    return [m.state for m in found if m is not None]


def test_due_messages_are_released_and_the_long_overdue_held(outbox: Outbox) -> None:
    now = 1_800_000_000.0
    long_overdue = schedule(outbox, now - OVERDUE_AFTER - 1, 2)
    due = schedule(outbox, now - OVERDUE_AFTER)  # an hour late: still sent
    on_time = schedule(outbox, now)
    later = schedule(outbox, now + 60)
    plans = Schedule(outbox.conn)
    release = plans.release_due(now)
    assert release.released == [Due(due[0], now - OVERDUE_AFTER), Due(on_time[0], now)]
    assert release.held == [Due(i, now - OVERDUE_AFTER - 1) for i in long_overdue]
    assert states(outbox, due + on_time) == [State.QUEUED] * 2
    assert states(outbox, long_overdue + later) == [State.SCHEDULED] * 3
    assert outbox.next_due() is not None and outbox.next_due().id == due[0]  # type: ignore[union-attr]
    # Asked again, nothing more is due; the held ones are held again, until told.
    assert plans.release_due(now) == ([], release.held)
    assert plans.next_send_at(now) == now + 60
    assert plans.send_now([*long_overdue, on_time[0]]) == long_overdue  # on_time was queued
    assert plans.release_due(now + 60) == ([Due(later[0], now + 60)], [])
    assert plans.next_send_at(now + 60) is None


def test_a_person_running_resume_releases_everything_due(outbox: Outbox) -> None:
    now = 1_800_000_000.0
    ids = schedule(outbox, now - 5 * OVERDUE_AFTER) + schedule(outbox, now - 1)
    release = Schedule(outbox.conn).release_due(now, overdue_after=None)
    assert [d.id for d in release.released] == ids
    assert release.held == []


def test_reschedule_only_what_has_not_left(outbox: Outbox) -> None:
    now = 1_800_000_000.0
    scheduled = schedule(outbox, now + 60)
    (queued,) = outbox.enqueue([NewMessage("+306912345678", "now")])
    (sent,) = outbox.enqueue([NewMessage("+306912345679", "gone")])
    outbox.conn.execute("UPDATE messages SET state = 'accepted' WHERE id = ?", (sent,))
    (cancelled,) = schedule(outbox, now + 60)
    outbox.cancel([cancelled])
    plans = Schedule(outbox.conn)
    changed = plans.reschedule([*scheduled, queued, sent, cancelled, 999], now + 7200)
    assert changed == [*scheduled, queued]
    for message_id in changed:
        message = outbox.get(message_id)
        assert message is not None
        assert (message.state, message.send_at) == (State.SCHEDULED, now + 7200)
    assert states(outbox, [sent, cancelled]) == [State.ACCEPTED, State.CANCELLED]
    assert plans.next_send_at(now) == now + 7200
    # A queued message claimed for sending meanwhile is no longer rescheduled.
    (claimed,) = outbox.enqueue([NewMessage("+306912345670", "claimed")])
    outbox.conn.execute("UPDATE messages SET state = 'sending' WHERE id = ?", (claimed,))
    assert plans.reschedule([claimed], now + 7200) == []


def test_cancel_takes_scheduled_messages_too(outbox: Outbox) -> None:
    ids = schedule(outbox, 1_800_000_000.0, 2)
    assert outbox.cancel(ids) == ids
    assert states(outbox, ids) == [State.CANCELLED] * 2
    assert Schedule(outbox.conn).release_due(1_900_000_000.0) == ([], [])


@pytest.mark.parametrize("typed", [
    "2026-12-01 09:00+05:99",  # was read as +06:39
    "9999-12-31 23:59",  # 'year 10000 is out of range', not our words
    "0001-01-02 00:00",  # was "1-01-02 00:00 LMT is in the past"
    "２０２６-12-01 09:00",  # full-width digits: \d took them
])
def test_odd_times_a_hostile_review_found_are_refused_as_bad_times(typed: str) -> None:
    with pytest.raises(TimeRefused) as refused:
        read_send_at(typed, now=0.0, zone=ZoneInfo("Europe/Athens"))
    assert refused.value.problem.code is TimeCode.BAD_TIME
