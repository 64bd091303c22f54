"""Pacing: at most so many requests a minute, evenly spaced, on a clock tests can drive."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Protocol

from desktop_sms.core.errors import InputError

# The engine's choices (README: Settings): requests in flight at once, and the range a
# person may set. easysms documents no limit; a few at once hides the round trip.
DEFAULT_CONCURRENCY, MAX_CONCURRENCY = 4, 8


@dataclass(frozen=True)
class Pace:
    concurrency: int = DEFAULT_CONCURRENCY  # requests in flight at once, 1 to 8
    max_per_minute: int = 0  # 0: no limit

    def __post_init__(self) -> None:
        if not 1 <= self.concurrency <= MAX_CONCURRENCY:
            raise InputError(f"concurrency must be 1 to {MAX_CONCURRENCY}, "
                             f"not {self.concurrency}")
        if self.max_per_minute < 0:
            raise InputError("the messages-per-minute limit cannot be negative")


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class Pacer:
    """Request starts spaced at least 60/``per_minute`` seconds apart (0: no limit).

    Even spacing rather than a bucket that allows bursts: a network that blocks senders
    for a rate would see a burst at the start of every minute.
    """

    def __init__(self, per_minute: int, clock: Clock) -> None:
        self.per_minute = per_minute
        self.spacing = 60.0 / per_minute if per_minute > 0 else 0.0
        self.clock = clock
        self._next = float("-inf")

    def wait(self) -> float:
        """Seconds until the next request may start (0: now)."""
        return max(0.0, self._next - self.clock.monotonic()) if self.spacing else 0.0

    def allowance(self, free: int) -> int:
        """How many requests may start now, given ``free`` slots."""
        if not self.spacing:
            return free
        return min(free, 1) if self.wait() == 0 else 0

    def started(self) -> None:
        if self.spacing:
            self._next = self.clock.monotonic() + self.spacing

