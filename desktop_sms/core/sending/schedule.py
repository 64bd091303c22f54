"""Scheduled sends: a local date and time read into a UTC instant (safe across summer-time
changes), and the scheduled messages released to the queue when their time comes.

A scheduled message is ``scheduled`` with ``send_at``, a UTC instant: the local time it
was asked in is only for showing, so a move to or from summer time never shifts it. A wall
time the clocks skip (spring forward) is refused, naming the gap, rather than moved:
a person who asked for 03:30 should choose between 03:00 and 04:00 themselves. A wall
time that happens twice (autumn back) takes the first and says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from desktop_sms.core.errors import InputError
from desktop_sms.core.states import State
from desktop_sms.core.store import clock_offset, transaction
from desktop_sms.core.store import now as wall_clock

if TYPE_CHECKING:
    from desktop_sms.core.store import Connection

# Due longer ago than this (the program was not running, or the computer slept), a
# scheduled message is not sent without asking: the moment it was meant for has passed.
OVERDUE_AFTER = 3600.0
_DAY = 86400.0
WALL_FORMAT = "%Y-%m-%d %H:%M"

# "2026-12-01 09:00", "2026-12-01T09:00", "2026/12/1 9:00:00", "2026-12-01 09.00", and an
# explicit offset ("…Z", "…+02:00") for scripts that know the instant.
_TIME_RE = re.compile(
    r"(?P<y>\d{4})[-/](?P<mo>\d{1,2})[-/](?P<d>\d{1,2})(?:T|\s+)"
    r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::(?P<s>\d{2}))?"
    r"\s*(?P<zone>Z|UTC|[+-]\d{2}:?\d{2})?", re.IGNORECASE | re.ASCII)  # ASCII digits
# Years a schedule may name: beyond them a typo, and at their edges the clock's arithmetic
# fails (year 10000) or the zone is the 19th century's local mean time.
YEARS = range(2000, 3000)


class TimeCode(Enum):
    """What is wrong with a time asked for; the comment names each code's parameters."""

    BAD_TIME = "bad_time"  # text
    NO_SUCH_TIME = "no_such_time"  # time, start, end: the clocks skip start..end
    PAST_TIME = "past_time"  # time
    # A note, not a refusal: the time happens twice and the first is used.
    TWICE = "time_twice"  # time, first, second (each with its zone's name)


class TimeProblem(NamedTuple):
    code: TimeCode
    params: Mapping[str, str] = MappingProxyType({})


class TimeRefused(InputError):
    """A time that cannot be scheduled; ``problem`` says why, for the UI to word."""

    def __init__(self, problem: TimeProblem) -> None:
        super().__init__(english(problem))
        self.problem = problem


class SendAt(NamedTuple):
    instant: float  # UTC epoch seconds
    note: TimeProblem | None = None  # said, not refused (TWICE)


def english(problem: TimeProblem) -> str:
    """The problem in English, for the command line and logs."""
    p = problem.params
    match problem.code:
        case TimeCode.BAD_TIME:
            return (f"'{p['text']}' is not a date and time: write it as YYYY-MM-DD HH:MM, "
                    "e.g. 2026-12-01 09:00 (local time)")
        case TimeCode.NO_SUCH_TIME:
            return (f"{p['time']} does not exist in local time: the clocks go forward from "
                    f"{p['start']} to {p['end']} that night; choose a time outside it")
        case TimeCode.PAST_TIME:
            return f"{p['time']} is in the past: choose a later time"
        case TimeCode.TWICE:
            return (f"{p['time']} happens twice (the clocks go back that night): the first, "
                    f"{p['first']}, is used, not {p['second']}")


# --- local time --------------------------------------------------------------------------

def parse_time(text: str) -> datetime:
    """A typed date and time: naive (a local wall time), or aware when it names its
    offset. Raises TimeRefused (BAD_TIME)."""
    found = _TIME_RE.fullmatch(text.strip())
    refused = TimeRefused(TimeProblem(TimeCode.BAD_TIME, {"text": text}))
    if not found:
        raise refused
    try:
        year, month, day, hour, minute, second = (
            int(found[k] or 0) for k in ("y", "mo", "d", "h", "mi", "s"))
        wall = datetime(year, month, day, hour, minute, second)
    except ValueError:  # 2026-02-30, 25:00
        raise refused from None
    if year not in YEARS:
        raise refused
    zone = (found["zone"] or "").upper()
    if zone in ("Z", "UTC"):
        return wall.replace(tzinfo=UTC)
    if zone:
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:])
        offset = timedelta(hours=hours, minutes=minutes)
        if minutes >= 60 or offset > timedelta(hours=14):  # +05:99 is no offset
            raise refused
        return wall.replace(tzinfo=timezone(sign * offset))
    return wall


def local_instant(wall: datetime, zone: tzinfo | None = None) -> SendAt:
    """The UTC instant of a local wall time in ``zone`` (None: the system's local time,
    which follows $TZ). Raises TimeRefused (NO_SUCH_TIME) for a time the clocks skip; a
    time that happens twice is its first occurrence, with a TWICE note."""
    if wall.tzinfo is not None:  # the offset was given: nothing to resolve
        return SendAt(wall.timestamp())
    wall = wall.replace(microsecond=0)
    as_utc = wall.replace(tzinfo=UTC).timestamp()
    # Offsets in force a day either side: at most one change of the clocks lies between.
    before, after = _offset(as_utc - _DAY, zone), _offset(as_utc + _DAY, zone)
    found = sorted({as_utc - offset for offset in {before, _offset(as_utc, zone), after}
                    if _wall(as_utc - offset, zone) == wall})
    if not found:
        change = _change_between(as_utc - _DAY, as_utc + _DAY, zone)
        raise TimeRefused(TimeProblem(TimeCode.NO_SUCH_TIME, {
            "time": wall.strftime(WALL_FORMAT),
            "start": (_naive_utc(change) + timedelta(seconds=before)).strftime("%H:%M"),
            "end": (_naive_utc(change) + timedelta(seconds=after)).strftime("%H:%M"),
        }))
    if len(found) == 1:
        return SendAt(found[0])
    return SendAt(found[0], TimeProblem(TimeCode.TWICE, {
        "time": wall.strftime(WALL_FORMAT), "first": local_text(found[0], zone),
        "second": local_text(found[-1], zone)}))


def read_send_at(time: str | datetime, *, now: float, zone: tzinfo | None = None) -> SendAt:
    """A new schedule's instant from what was typed (or a wall time picked): read,
    resolved in local time, and refused when it has passed (PAST_TIME)."""
    wall = parse_time(time) if isinstance(time, str) else time
    send_at = local_instant(wall, zone)
    if send_at.instant <= now:
        raise TimeRefused(TimeProblem(TimeCode.PAST_TIME,
                                      {"time": local_text(send_at.instant, zone)}))
    return send_at


def local_text(instant: float, zone: tzinfo | None = None) -> str:
    """'2026-12-01 09:00 EET': an instant in local time, with the zone's name (which
    tells summer time apart)."""
    local = _local(instant, zone)
    return f"{local.strftime(WALL_FORMAT)} {local.tzname() or local.strftime('%z')}"


def utc_text(instant: float) -> str:
    return datetime.fromtimestamp(instant, UTC).strftime(WALL_FORMAT) + " UTC"


def local_and_utc(instant: float) -> str:
    """'2026-12-01 09:00 EET (2026-12-01 07:00 UTC)'."""
    return f"{local_text(instant)} ({utc_text(instant)})"


def _local(instant: float, zone: tzinfo | None) -> datetime:
    moment = datetime.fromtimestamp(instant, UTC)
    # astimezone() without a zone asks the C library (localtime), which follows $TZ.
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def _offset(instant: float, zone: tzinfo | None) -> float:
    offset = _local(instant, zone).utcoffset()
    assert offset is not None  # an aware datetime
    return offset.total_seconds()


def _wall(instant: float, zone: tzinfo | None) -> datetime:
    return _local(instant, zone).replace(tzinfo=None)


def _naive_utc(instant: float) -> datetime:
    return datetime.fromtimestamp(instant, UTC).replace(tzinfo=None)


def _change_between(low: float, high: float, zone: tzinfo | None) -> float:
    """The instant the offset changes between ``low`` and ``high`` (to the second)."""
    first = _offset(low, zone)
    while high - low > 1:
        middle = (low + high) / 2
        low, high = (middle, high) if _offset(middle, zone) == first else (low, middle)
    return float(round(high))


# --- the scheduled messages -----------------------------------------------------------------

class Due(NamedTuple):
    id: int
    send_at: float


class Release(NamedTuple):
    released: list[Due]  # now queued
    held: list[Due]  # overdue: still scheduled, until a person says what to do


class Schedule:
    """The scheduled messages, over the writer's connection (the worker's, or the
    command line's)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def release_due(self, now: float, *,
                    overdue_after: float | None = OVERDUE_AFTER) -> Release:
        """Queue, in one transaction, the scheduled messages due at ``now``, except those
        due more than ``overdue_after`` seconds ago (None: none are held), which stay
        scheduled and are returned as held. ``now`` is this computer's clock (the window's,
        which a test moves on); on a team database it is read on the server's, so that a
        desk whose clock is fast does not release everyone's schedule early."""
        now += clock_offset(self.conn)
        oldest = float("-inf") if overdue_after is None else now - overdue_after
        scheduled = State.SCHEDULED.value
        with transaction(self.conn):
            released = [Due(*row) for row in self.conn.execute(
                "UPDATE messages SET state = ?, updated_at = ? WHERE state = ? "
                "AND send_at <= ? AND send_at >= ? RETURNING id, send_at",
                (State.QUEUED.value, wall_clock(), scheduled, now, oldest))]
            held = [Due(*row) for row in self.conn.execute(
                "SELECT id, send_at FROM messages WHERE state = ? AND send_at < ? "
                "ORDER BY send_at, id", (scheduled, oldest))]
        return Release(sorted(released, key=lambda due: due.id), held)

    def send_now(self, ids: Iterable[int]) -> list[int]:
        """Queue those of ``ids`` still scheduled, whatever their time (a person said to
        send them); returns those queued."""
        return self._move(ids, "state = ?", (State.QUEUED.value,), (State.SCHEDULED,))

    def reschedule(self, ids: Iterable[int], send_at: float) -> list[int]:
        """Give those of ``ids`` that have not left a new time: scheduled ones, and queued
        ones not yet claimed for sending (they become scheduled; a claim takes only a
        queued row, so the two cannot both win). Returns those changed."""
        return self._move(ids, "state = ?, send_at = ?", (State.SCHEDULED.value, send_at),
                          (State.SCHEDULED, State.QUEUED))

    def next_send_at(self, after: float) -> float | None:
        """The earliest time a scheduled message falls due after ``after`` (those due
        before are released or held already): when to look again. Both on this computer's
        clock, as release_due's ``now``."""
        offset = clock_offset(self.conn)
        row = self.conn.execute(
            "SELECT min(send_at) FROM messages WHERE state = ? AND send_at > ?",
            (State.SCHEDULED.value, after + offset)).fetchone()
        return None if row[0] is None else float(row[0]) - offset

    def _move(self, ids: Iterable[int], assign: str, values: tuple[object, ...],
              states: tuple[State, ...]) -> list[int]:
        marks = ", ".join("?" * len(states))
        sql = (f"UPDATE messages SET {assign}, updated_at = ? WHERE id = ? "
               f"AND state IN ({marks}) RETURNING id")
        stamp, changed = wall_clock(), []
        with transaction(self.conn):
            for message_id in ids:
                row = self.conn.execute(
                    sql, (*values, stamp, message_id, *(s.value for s in states))).fetchone()
                if row:
                    changed.append(int(row[0]))
        return changed
