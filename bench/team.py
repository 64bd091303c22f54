"""Two workstations on one team database send twice what one does (issue 15): 1,000
queued messages drained by `desktop-sms resume` at concurrency 4 against a 100 ms round
trip, by one process, then by two at once (two data folders, one database). Each run
starts from the same 1,000 queued messages; a rate is from the commands' start to the
last one's exit (start-up included). Prints both rates and the ratio, medians of 3.

A real PostgreSQL server is started as the tests start it (tests/postgres_server.py);
the simulator runs in its own process.

Run: .venv/bin/python -m bench.team [COUNT]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.simproc import simulator_process
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from tests.postgres_server import ROLE_PASSWORD, PostgresServer, running_server

CONCURRENCY = 4
RUNS = 3
TARGET = 1.8


def queue(server: PostgresServer, database: str, count: int) -> None:
    with server.connect(database) as conn:
        Outbox(conn).enqueue([NewMessage(f"+3069{i:08d}", "Team benchmark message")
                              for i in range(count)])


def drain(server: PostgresServer, url: str, count: int, desks: int) -> float:
    """Messages a second: ``desks`` workstations resume the queued ``count`` at once."""
    database = server.new_database()
    queue(server, database, count)
    env = dict(os.environ, DESKTOP_SMS_PASSWORD="demo",
               DESKTOP_SMS_DATABASE_PASSWORD=ROLE_PASSWORD)
    with tempfile.TemporaryDirectory() as root:
        start = time.perf_counter()
        running = [subprocess.Popen(
            [sys.executable, "-m", "desktop_sms", "--data-dir", str(Path(root) / str(desk)),
             "--gateway-url", url, "--user", "demo", "--database", server.url(database),
             "resume", "--concurrency", str(CONCURRENCY)],
            env=env, text=True, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE) for desk in range(desks)]
        outputs = [process.communicate(timeout=3600) for process in running]
        elapsed = time.perf_counter() - start
    for process, (_, err) in zip(running, outputs, strict=True):
        if process.returncode != 0:
            raise SystemExit(f"a resume failed: {err[-500:]}")
    sent = [out.count("\taccepted") for out, _ in outputs]
    assert sum(sent) == count and all(sent), sent  # each did a share, none twice
    return count / elapsed


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with running_server() as server, simulator_process("--latency", "0.1") as url:
        one, two = [], []
        for _ in range(RUNS):  # alternating, so that the machine's load swings both
            one.append(drain(server, url, count, 1))
            two.append(drain(server, url, count, 2))
    rate_one, rate_two = statistics.median(one), statistics.median(two)
    print(f"{count} messages, concurrency {CONCURRENCY} per workstation, round trip +100 ms, "
          f"median of {RUNS}:")
    print(f"  one workstation  : {rate_one:6.1f} messages/s")
    print(f"  two workstations : {rate_two:6.1f} messages/s")
    print(f"  ratio            : {rate_two / rate_one:.2f}× (target ≥ {TARGET}×)")


if __name__ == "__main__":
    main()
