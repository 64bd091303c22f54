"""Delivery statuses are drained from the gateway when fetched: a reply that cannot be
stored is rescued to a file and stored by the next refresh (issue 9, defect 5)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

from desktop_sms.core import status_fetch, store
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.sending.engine import Engine
from desktop_sms.core.states import State
from desktop_sms.core.store.postgres import PgConnection
from desktop_sms.gateway.client import GatewayClient
from desktop_sms.simulator import GatewaySimulator
from tests.engines import another_writer
from tests.postgres_server import PostgresServer

GR = "+306912345678"


@pytest.fixture(autouse=True)
def rescue_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(status_fetch, "_rescue_dir", lambda folder: tmp_path / "rescue")


def delivered_at_gateway(outbox: Outbox, client: GatewayClient) -> int:
    (message_id,) = outbox.enqueue([NewMessage(GR, "status me")])
    Engine(outbox, client).run()
    time.sleep(0.35)  # the simulator reports 's' and 'd' by now
    return message_id


def message_id_at(sim: GatewaySimulator) -> str:
    return sim.accepted()[0].sms_id


def fill_the_disk(outbox: Outbox, sim: GatewaySimulator) -> None:
    """No page may be added from here; the next reply is large enough to need some."""
    for number in range(5000):
        sim.push_status(f"foreign{number:06d}", "d")  # another client's messages
    pages = outbox.conn.execute("PRAGMA page_count").fetchone()[0]
    outbox.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(sqlite3.OperationalError, match="full"):
        outbox.enqueue([NewMessage(GR, "x" * 1500)] * 200)


class Broken(NamedTuple):
    said: str  # what the error says happened
    mend: Callable[[], Outbox]  # the store usable again: the outbox to go on with


def break_the_store(outbox: Outbox, sim: GatewaySimulator,
                    request: pytest.FixtureRequest) -> Broken:
    """The store fails the next write: the SQLite file's disk is full; the team database's
    server ends this workstation's session (as when it restarts or the network drops)."""
    if not store.is_team(outbox.conn):
        fill_the_disk(outbox, sim)

        def more_space() -> Outbox:
            outbox.conn.execute("PRAGMA max_page_count = 1073741823")
            return outbox
        return Broken("is full", more_space)
    server: PostgresServer = request.getfixturevalue("postgres_server")
    source = store.source_of(outbox.conn)
    assert isinstance(outbox.conn, PgConnection)
    with server.admin() as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (outbox.conn.raw.info.backend_pid,))
    return Broken("cannot be used", lambda: Outbox(another_writer(source)))


def test_a_reply_that_cannot_be_stored_is_rescued_and_stored_next_time(
        sim: GatewaySimulator, client: GatewayClient, outbox: Outbox, tmp_path: Path,
        request: pytest.FixtureRequest) -> None:
    message_id = delivered_at_gateway(outbox, client)
    broken = break_the_store(outbox, sim, request)
    with pytest.raises(status_fetch.StatusesNotStored, match="kept in") as info:
        status_fetch.refresh(outbox, client, tmp_path)
    assert broken.said in str(info.value) and "the next refresh stores them" in str(info.value)
    assert sim.request_count("get_status") == 1  # drained at the gateway: only the file has them
    rescued = list((tmp_path / "rescue").glob("reply-*.txt"))
    assert len(rescued) == 1 and f"|{message_id_at(sim)}|d" in rescued[0].read_text()

    outbox = broken.mend()
    message = outbox.get(message_id)
    assert message is not None and message.state is State.ACCEPTED
    changes = status_fetch.refresh(outbox, client, tmp_path)
    assert (message_id, State.DELIVERED) in changes
    message = outbox.get(message_id)
    assert message is not None and message.state is State.DELIVERED
    assert not rescued[0].exists()


def test_when_the_rescue_fails_too_the_user_is_told_the_statuses_are_lost(
        sim: GatewaySimulator, client: GatewayClient, outbox: Outbox, tmp_path: Path,
        request: pytest.FixtureRequest) -> None:
    delivered_at_gateway(outbox, client)
    break_the_store(outbox, sim, request)
    (tmp_path / "rescue").write_text("a file where the rescue folder should be")
    with pytest.raises(status_fetch.StatusesNotStored, match="are lost"):
        status_fetch.refresh(outbox, client, tmp_path)


def test_a_nearly_full_disk_leaves_statuses_at_the_gateway(
        sim: GatewaySimulator, client: GatewayClient, outbox: Outbox, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    message_id = delivered_at_gateway(outbox, client)
    monkeypatch.setattr(status_fetch, "MIN_FREE_BYTES", 1 << 62)  # more than any disk has
    if store.is_team(outbox.conn):  # kept on the server's disk: this one's is not asked
        status_fetch.refresh(outbox, client, tmp_path)
        message = outbox.get(message_id)
        assert message is not None and message.state is State.DELIVERED
        return
    with pytest.raises(status_fetch.StatusesNotFetched, match="wait at the gateway"):
        status_fetch.refresh(outbox, client, tmp_path)
    assert sim.request_count("get_status") == 0
    monkeypatch.undo()
    status_fetch.refresh(outbox, client, tmp_path)
    message = outbox.get(message_id)
    assert message is not None and message.state is State.DELIVERED


def test_a_rescue_folder_others_can_write_is_never_read(
        sim: GatewaySimulator, client: GatewayClient, outbox: Outbox, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # In a shared /tmp another user could plant a forged reply ("failed") or block ours.
    monkeypatch.undo()  # the real location, in a runtime folder of our own
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    (tmp_path / "run").mkdir()
    message_id = delivered_at_gateway(outbox, client)
    planted = status_fetch._rescue_dir(tmp_path)
    planted.mkdir(parents=True)
    planted.chmod(0o777)
    (planted / "reply-0.txt").write_text(f"{message_id_at(sim)}|f")
    status_fetch.refresh(outbox, client, tmp_path)
    message = outbox.get(message_id)
    assert message is not None and message.state is State.DELIVERED  # the gateway's word
    assert (planted / "reply-0.txt").exists()  # not read, not deleted


def test_an_unreadable_rescued_reply_is_set_aside_not_blocking(
        sim: GatewaySimulator, client: GatewayClient, outbox: Outbox, tmp_path: Path) -> None:
    message_id = delivered_at_gateway(outbox, client)
    rescue = tmp_path / "rescue"
    rescue.mkdir(mode=0o700)
    (rescue / "reply-1.txt").write_text("garbage!!")
    changes = status_fetch.refresh(outbox, client, tmp_path)
    assert (message_id, State.DELIVERED) in changes
    assert (rescue / "reply-1.unreadable").exists() and not (rescue / "reply-1.txt").exists()


def test_a_reply_of_no_update_that_cannot_be_stored_is_not_rescued(
        sim: GatewaySimulator, client: GatewayClient, outbox: Outbox, tmp_path: Path,
        request: pytest.FixtureRequest) -> None:
    """There is nothing to keep: an empty rescue file only said the store failed."""
    break_the_store(outbox, sim, request)
    client.get_status()  # nothing waits at the gateway any more
    try:
        status_fetch.refresh(outbox, client, tmp_path)
    except sqlite3.Error as exc:
        assert not isinstance(exc, status_fetch.StatusesNotStored)
    assert not list(tmp_path.glob("rescue/reply-*"))
