"""A 100,000-update status reply applied to 1,000,000 messages on a team database
(issue 15: <= 2 s), beside the same on the SQLite file.

Run: .venv/bin/python -m bench.team_statuses   (needs Debian's postgresql package: the
server is the tests' own, tests/postgres_server.py, started in a temporary folder; it runs
with fsync off, so a real server's commit adds the WAL's flush, some tenths of a second)

Each database holds 1,000,000 messages: the last REPEATS bulk sends of 100,000 each in
flight (accepted), the rest finished. Each repeat applies one send's statuses
("delivered", in random order), stored and applied through Outbox.record_statuses as the
poller does: every apply meets rows never updated before, as a real reply does (undoing one
apply to repeat it would measure the undo's dead rows instead).
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from desktop_sms.core import store
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.gateway import StatusUpdate
from tests.postgres_server import running_server, unavailable

BATCH = 100_000
TOTAL = 1_000_000
REPEATS = 5
GATEWAY_BASE = 1795600000000000  # easysms's ids are numbers this long

# The messages, built by the database itself (a million INSERTs from Python would take
# longer than the rest of the run): ids 1..TOTAL, the last BATCH in flight.
_COLUMNS = ("INSERT INTO messages (id, batch_id, recipient, text, parts, state, attempts, "
            "created_at, updated_at, sending_at, accepted_at, gateway_id) ")
_VALUES = (f"SELECT n, n, '+3069' || (10000000 + n), 'Hello customer, your order is ready', "
           f"1, CASE WHEN n > {TOTAL - REPEATS * BATCH} THEN 'accepted' ELSE 'delivered' END, 1, "
           f"1.7e9 + n, 1.7e9 + n, 1.7e9 + n, 1.7e9 + n, CAST({GATEWAY_BASE} + n AS TEXT) ")
_FILL = {
    "sqlite": _COLUMNS + f"WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s "
                         f"WHERE n < {TOTAL}) " + _VALUES + "FROM s",
    "postgresql": _COLUMNS + _VALUES + f"FROM generate_series(1, {TOTAL}) AS n",
}
def tidy(conn: store.Connection) -> None:
    """What the engine does by itself between uses: SQLite copies its WAL back,
    PostgreSQL's autovacuum clears the old row versions an apply left."""
    if store.is_team(conn):
        conn.execute("VACUUM ANALYZE messages")
    else:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def applies(conn: store.Connection, engine: str) -> list[float]:
    conn.execute(_FILL[engine])
    tidy(conn)
    outbox = Outbox(conn)
    rng = random.Random(1)
    times: list[float] = []
    for repeat in range(REPEATS):
        last = TOTAL - repeat * BATCH  # each repeat its own send, newest first
        ids = rng.sample(range(last - BATCH + 1, last + 1), BATCH)
        updates = [StatusUpdate(str(GATEWAY_BASE + i), "d") for i in ids]
        start = time.perf_counter()
        changes = outbox.record_statuses(updates)
        times.append(time.perf_counter() - start)
        assert len(changes) == BATCH and outbox.unmatched_updates() == 0
        tidy(conn)
    return times


def spread(times: list[float]) -> str:
    return (f"{statistics.median(times):5.2f} s median of {len(times)} "
            f"({min(times):.2f}-{max(times):.2f})")


def main() -> None:
    what = f"store + apply {BATCH:,} updates to {TOTAL:,} messages"
    with tempfile.TemporaryDirectory() as tmp:
        conn = store.connect(store.database_path(Path(tmp)))
        try:
            print(f"SQLite file:     {what}: {spread(applies(conn, 'sqlite'))}")
        finally:
            conn.close()
    why = unavailable()
    if why is not None:
        print(f"team database: not measured ({why})")
        return
    with running_server() as server:
        team = server.connect(server.new_database())
        try:
            print(f"team PostgreSQL: {what}: {spread(applies(team, 'postgresql'))} "
                  "(target <= 2 s)")
        finally:
            team.close()


if __name__ == "__main__":
    main()
