"""kill -9 during a bulk send, then `resume`: exactly once, or flagged for a person; one
at a time and with several requests in flight."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from desktop_sms.core import store
from desktop_sms.simulator import GatewaySimulator
from tests.conftest import SENTINEL_PASSWORD

COUNT = 300
NUMBERS = [f"+306911{i:06d}" for i in range(1, COUNT + 1)]
SEED = int(os.environ.get("CRASH_SEED", time.time()))


def cli(sim: GatewaySimulator, data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop_sms", "--data-dir", str(data),
            "--gateway-url", sim.url, "--user", "demo", *args]


def queued_rows(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM messages").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # the child has not created the schema yet


# (requests in flight, run): one at a time, and the engine's default of four at once.
RUNS = [(1, run) for run in range(4)] + [(4, run) for run in range(6)]


@pytest.mark.slow
@pytest.mark.parametrize(("concurrency", "run"), RUNS)
def test_sigkill_during_bulk_send_then_resume(concurrency: int, run: int,
                                              tmp_path: Path) -> None:
    rng = random.Random(SEED + run + 100 * concurrency)
    env = dict(os.environ, DESKTOP_SMS_PASSWORD=SENTINEL_PASSWORD)
    db = store.database_path(tmp_path)
    # Four at once go four times as fast: a longer round trip keeps the kills spread.
    with GatewaySimulator(users={"demo": SENTINEL_PASSWORD}, balance=10**6,
                          latency=0.003 * concurrency, sent_delay=0.2,
                          final_delay=0.4) as sim:
        args = ["send", "--text", f"bulk run {run}", "--concurrency", str(concurrency)]
        for number in NUMBERS:
            args += ["--to", number]
        child = subprocess.Popen(cli(sim, tmp_path, *args), env=env, stdin=subprocess.DEVNULL,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while queued_rows(db) < COUNT and time.monotonic() < deadline:
            time.sleep(0.005)
        assert queued_rows(db) == COUNT, "the batch is committed whole before sending starts"
        # Spread the kills over the send: from the first request to near the end.
        time.sleep(rng.uniform(0.0, 1.2) * (run + 1) / (2 + len(RUNS) // 2))
        child.kill()
        child.wait(timeout=10)
        at_kill = len(sim.accepted())

        resumed = subprocess.run(cli(sim, tmp_path, "resume"), env=env, capture_output=True,
                                 text=True, timeout=120, stdin=subprocess.DEVNULL)
        # A message in flight at the kill comes back unknown: named, and exit 1 for it.
        flagged = "were being sent when desktop-sms stopped" in resumed.stderr
        assert resumed.returncode == (1 if flagged else 0), resumed.stderr
        accepted = sim.accepted()

    print(f"run {run} at {concurrency} (seed {SEED}): {at_kill} accepted when killed")
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = {r["recipient"]: r for r in conn.execute("SELECT * FROM messages")}
    assert sorted(rows) == sorted(NUMBERS)  # every message is in the outbox
    states = Counter(r["state"] for r in rows.values())
    assert states["sending"] == 0 and states["queued"] == 0
    # Only a request in flight at the kill can be in doubt: at most one per sender.
    assert states["unknown"] <= concurrency
    assert (states["unknown"] > 0) is flagged

    per_number = Counter("+" + a.mobile_number for a in accepted)
    assert max(per_number.values()) == 1  # nothing accepted twice
    by_id = {a.sms_id: "+" + a.mobile_number for a in accepted}
    for sms in accepted:
        row = rows["+" + sms.mobile_number]
        if row["state"] != "unknown":
            assert row["gateway_id"] == sms.sms_id, row["state"]
    for row in rows.values():
        if row["gateway_id"] is not None:
            assert by_id[row["gateway_id"]] == row["recipient"]  # no phantom ids
        else:
            assert row["state"] == "unknown"
