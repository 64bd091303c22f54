from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A developer's real keyring must never be touched by the suite.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

from desktop_sms.core import store
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.gateway.client import GatewayClient
from desktop_sms.simulator import GatewaySimulator

SENTINEL_PASSWORD = "S3ntinel-pa55word-7f3a9c"


@pytest.fixture
def sim() -> Iterator[GatewaySimulator]:
    with GatewaySimulator(
        users={"demo": SENTINEL_PASSWORD}, balance=1000, sent_delay=0.05, final_delay=0.2
    ) as simulator:
        yield simulator


@pytest.fixture
def client(sim: GatewaySimulator) -> Iterator[GatewayClient]:
    with GatewayClient(
        sim.url, "demo", SENTINEL_PASSWORD, timeout=(2.0, 1.0), backoff=0.01
    ) as gateway:
        yield gateway


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = store.connect(store.database_path(tmp_path))
    yield connection
    connection.close()


@pytest.fixture
def outbox(conn: sqlite3.Connection) -> Outbox:
    return Outbox(conn)
