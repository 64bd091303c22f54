from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A developer's real keyring must never be touched by the suite.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

from desktop_sms.core import store
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.gateway.client import GatewayClient
from desktop_sms.simulator import GatewaySimulator
from tests.postgres_server import REQUIRED_ENV, PostgresServer, running_server, unavailable

SENTINEL_PASSWORD = "S3ntinel-pa55word-7f3a9c"
# Test files whose tests share one costly session fixture: make test's workers (pytest-xdist)
# give each such file to one worker whole, so the bundle is built once.
ONE_WORKER_FILES = frozenset({"tests/bundle/test_bundle.py"})


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    if config.getvalue("dist") != "load":
        return None  # another --dist asked for by name: xdist's own
    # --dist loadgroup would do this with xdist_group marks, but it silently stops grouping
    # under pytest 9.2 (pytest-xdist issue 1386): the marks would be honoured by nothing.
    from xdist.scheduler import LoadScopeScheduling

    class OneWorkerFiles(LoadScopeScheduling):
        """Each test on its own (balanced like --dist load), except ONE_WORKER_FILES."""

        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return path if path in ONE_WORKER_FILES else nodeid

    return OneWorkerFiles(config, log)


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


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    why = unavailable()
    if why is not None:
        if os.environ.get(REQUIRED_ENV):
            pytest.fail(f"no PostgreSQL server for the team database tests: {why}")
        pytest.skip(why)
    with running_server() as server:
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def conn(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[store.Connection]:
    """Each core test runs on both engines: the SQLite file and a team database."""
    if request.param == "sqlite":
        connection: store.Connection = store.connect(store.database_path(tmp_path))
    else:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        connection = server.connect(server.new_database())
    yield connection
    connection.close()


@pytest.fixture
def outbox(conn: store.Connection) -> Outbox:
    return Outbox(conn)
