"""The gateway simulator in a process of its own, reached through a multiprocessing manager.

The soak measures this process's memory, descriptors and threads. An in-process simulator
would be counted too: it keeps every accepted message and every request line, about
0.7 kB per message, which at 10,000 messages is most of the 10 MB budget and none of the
app's doing. In its own process it is out of the figures, and ``accepted()`` still answers.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.managers import BaseManager
from typing import Any

from desktop_sms.simulator import GatewaySimulator
from desktop_sms.simulator.server import AcceptedSms


class SimulatorHost:
    """Lives in the manager's process: a started simulator and the inspection the test needs."""

    def __init__(self, users: dict[str, str], balance: int, sent_delay: float,
                 final_delay: float) -> None:
        self._sim = GatewaySimulator(users=users, balance=balance, sent_delay=sent_delay,
                                     final_delay=final_delay).start()

    def url(self) -> str:
        return self._sim.url

    def accepted(self) -> list[AcceptedSms]:
        return self._sim.accepted()

    def request_count(self, action: str) -> int:
        return self._sim.request_count(action)

    def balance(self) -> int:
        return self._sim.balance

    def stop(self) -> None:
        self._sim.stop()


class _Manager(BaseManager):
    pass


_Manager.register("SimulatorHost", SimulatorHost)


@contextmanager
def simulator_process(**kwargs: Any) -> Iterator[SimulatorHost]:
    """A SimulatorHost proxy (same methods) whose simulator runs in a spawned process."""
    # spawn, not fork: this process already runs Qt's threads, which a fork would not copy.
    manager = _Manager(ctx=multiprocessing.get_context("spawn"))
    manager.start()
    try:
        host: SimulatorHost = manager.SimulatorHost(**kwargs)  # type: ignore[attr-defined]
        try:
            yield host
        finally:
            host.stop()
    finally:
        manager.shutdown()
