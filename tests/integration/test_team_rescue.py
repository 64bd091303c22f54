"""A status reply kept in a rescue file (the team database could not store it) is stored by
the next refresh of that data folder, whichever workstation fetches the statuses now:
storing it takes nothing from the gateway (review 15, defect 8)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop_sms.core import status_fetch, team
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.rescue import private_dir
from desktop_sms.core.sending.engine import Engine
from desktop_sms.core.states import State
from desktop_sms.gateway.client import GatewayClient
from desktop_sms.gateway.protocol import format_status_reply
from desktop_sms.simulator import GatewaySimulator
from tests.conftest import SENTINEL_PASSWORD
from tests.integration.test_team import Office
from tests.integration.test_team import office as office  # the fixture

GR = "+306912345678"


def rescued_at(sim: GatewaySimulator, outbox: Outbox, folder: Path) -> int:
    """A message accepted by the gateway whose delivery report was fetched and could not be
    stored: it is only in ``folder``'s rescue file now."""
    with GatewayClient(sim.url, "demo", SENTINEL_PASSWORD) as client:
        (message_id,) = outbox.enqueue([NewMessage(GR, "rescued status")])
        Engine(outbox, client).run()
        time.sleep(0.5)  # the simulator reports 'd' by now
        updates = client.get_status()
    assert updates
    rescue = private_dir(status_fetch._rescue_dir(folder), create=True)
    (rescue / "reply-1.txt").write_text(format_status_reply(updates), encoding="ascii")
    return message_id


def test_refresh_stores_the_rescued_reply_though_another_is_the_poller(
        office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # the command's too
    with office.server.connect(office.database) as poller:
        message_id = rescued_at(office.sim, Outbox(poller), office.root / "a")
        assert team.is_poller(poller)  # another workstation's window, say
        fetched = office.sim.request_count("get_status")
        done = office.run("a", "refresh")
        assert done.returncode == 0, done.stderr
        assert office.sim.request_count("get_status") == fetched  # the poller's to fetch
        message = Outbox(poller).get(message_id)
        assert message is not None and message.state is State.DELIVERED
        assert not list(status_fetch._rescue_dir(office.root / "a").glob("reply-*"))
