"""kill -9 of the *window* during a 1,000-message send, then open it again: exactly once,
or flagged for a person.

The window runs in its own process (tests/integration/gui_sender.py) so that it can be
SIGKILLed; this process owns the simulator and reads the database file read-only.
Twenty runs spread the kills over the send: run k kills after a random point of the k-th
twentieth of the requests plus a random fraction of one message's time, so the kill lands
before, during and after requests, whatever the speed of the machine.

    CRASH_SEED=123 QT_QPA_PLATFORM=offscreen pytest tests/integration/test_gui_crash.py -s
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop_sms.core import store
from desktop_sms.core.sending.pacing import DEFAULT_CONCURRENCY
from desktop_sms.simulator import GatewaySimulator
from tests.conftest import SENTINEL_PASSWORD
from tests.integration.gui_sender import PASSWORD_ENV, numbers

RUNS = 20
COUNT = 1000
NUMBERS = numbers(COUNT)
SEED = int(os.environ.get("CRASH_SEED", time.time()))
LATENCY = 0.0005  # seconds per gateway reply: 1,000 messages take 2-3 s here
START_TIMEOUT = 15.0  # window process up and the batch committed
RESUME_TIMEOUT = 30.0  # the reopened window sends the rest and closes
RUN_BUDGET = 45.0  # one run, start to finish
MESSAGE_TIME = 0.004  # about one message's cycle (claim, request, commit) on this machine
RECOVERED = "being sent when the program stopped"  # "1 message was", "2 messages were"


@dataclass
class Figures:
    run: int
    seconds: float
    requests_at_kill: int
    accepted_at_kill: int
    sending_at_kill: int
    unknown: int
    unknown_reached: int  # of those, how many the gateway had in fact accepted


FIGURES: list[Figures] = []


@pytest.fixture(scope="module", autouse=True)
def summary() -> Iterator[None]:
    yield
    if FIGURES:
        total = sum(f.seconds for f in FIGURES)
        print(f"\nGUI crash suite (seed {SEED}): {len(FIGURES)} runs in {total:.1f} s; "
              f"accepted at kill {[f.accepted_at_kill for f in FIGURES]}; "
              f"unknown {[f.unknown for f in FIGURES]} "
              f"(total {sum(f.unknown for f in FIGURES)}, of which the gateway had "
              f"{sum(f.unknown_reached for f in FIGURES)})")


def driver(sim: GatewaySimulator, data: Path, mode: str, max_seconds: float) -> list[str]:
    return [sys.executable, "-m", "tests.integration.gui_sender", "--data", str(data),
            "--url", sim.url, "--max-seconds", str(max_seconds), mode,
            "--count", str(COUNT)]


def read_only(db: Path) -> sqlite3.Connection:
    """A connection that cannot alter the file: a normal close would checkpoint the WAL
    and so tidy up the very state the crash left for the next start."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    conn.row_factory = sqlite3.Row
    return conn


def committed_rows(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = read_only(db)
        try:
            return int(conn.execute("SELECT count(*) FROM messages").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0  # the schema is not there yet


def events(stdout: str) -> list[dict[str, Any]]:
    """The driver's JSON lines; anything else on stdout is a failure of its own."""
    try:
        return [json.loads(line) for line in stdout.splitlines()]
    except json.JSONDecodeError:
        pytest.fail(f"the window process wrote something unexpected on stdout:\n{stdout}")


def wait_for_batch(child: subprocess.Popen[str], db: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while committed_rows(db) < COUNT:
        if child.poll() is not None:
            _out, err = child.communicate()
            pytest.fail(f"the window process exited with {child.returncode} before the "
                        f"batch was committed:\n{err}")
        if time.monotonic() > deadline:
            child.kill()
            _out, err = child.communicate()
            pytest.fail(f"the window process did not commit the {COUNT}-message batch within "
                        f"{START_TIMEOUT:.0f} s (rows: {committed_rows(db)}):\n{err}")
        time.sleep(0.01)


def kill_at(child: subprocess.Popen[str], sim: GatewaySimulator, target: int,
            jitter: float) -> None:
    """SIGKILL once the simulator has seen ``target`` send requests, plus ``jitter``."""
    deadline = time.monotonic() + START_TIMEOUT + COUNT * MESSAGE_TIME * 5
    while sim.request_count("send_sms") < target:
        if child.poll() is not None:
            pytest.fail(f"the window process died by itself ({child.returncode}):\n"
                        f"{child.communicate()[1]}")
        if time.monotonic() > deadline:
            child.kill()
            pytest.fail(f"the send stalled at {sim.request_count('send_sms')} requests "
                        f"(waiting for {target}):\n{child.communicate()[1]}")
        time.sleep(0.0005)
    time.sleep(jitter)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL, "the window had already exited"


@pytest.mark.slow
@pytest.mark.parametrize("run", range(RUNS))
def test_sigkill_window_during_bulk_send_then_reopen(run: int, tmp_path: Path) -> None:
    started = time.monotonic()
    rng = random.Random(SEED * 1000 + run)
    target = int((run + rng.random()) / RUNS * COUNT)  # one kill in each twentieth
    jitter = rng.uniform(0.0, MESSAGE_TIME)
    env = dict(os.environ, **{PASSWORD_ENV: SENTINEL_PASSWORD})
    db = store.database_path(tmp_path)
    with GatewaySimulator(users={"demo": SENTINEL_PASSWORD}, balance=10**6,
                          latency=LATENCY, sent_delay=0.2, final_delay=0.4) as sim:
        child = subprocess.Popen(driver(sim, tmp_path, "send", RUN_BUDGET), env=env,
                                 stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        try:
            wait_for_batch(child, db)
            kill_at(child, sim, target, jitter)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait(timeout=10)
        sent_out, sent_err = child.communicate()
        # A first start on an empty folder has nothing to warn about, up to the kill.
        assert sent_err == "", sent_err
        assert not [e for e in events(sent_out) if e["event"] in ("dialog", "stuck")], sent_out
        requests_at_kill = sim.request_count("send_sms")
        at_kill = sim.accepted()

        # The file as the crash left it: every reply the gateway gave is either committed
        # with its id, or its message is still `sending` (the reply was not stored yet).
        with read_only(db) as conn:
            before = {r["recipient"]: r for r in conn.execute("SELECT * FROM messages")}
        conn.close()
        assert len(before) == COUNT
        sending_at_kill = sum(r["state"] == "sending" for r in before.values())
        # The window sends four at once (the default): at most four are in flight.
        assert sending_at_kill <= DEFAULT_CONCURRENCY, sending_at_kill
        for sms in at_kill:
            row = before["+" + sms.mobile_number]
            assert row["gateway_id"] == sms.sms_id or row["state"] == "sending", dict(row)

        try:
            resumed = subprocess.run(driver(sim, tmp_path, "resume", RESUME_TIMEOUT - 5),
                                     env=env, stdin=subprocess.DEVNULL, capture_output=True,
                                     text=True, timeout=RESUME_TIMEOUT)
        except subprocess.TimeoutExpired as exc:
            pytest.fail(f"the reopened window did not finish within {RESUME_TIMEOUT:.0f} s "
                        f"(it is killed):\n{exc.stderr!r}")
        accepted = sim.accepted()

    seconds = time.monotonic() - started
    log = events(resumed.stdout)
    drained = [e for e in log if e["event"] == "drained"]
    assert resumed.returncode == 0, (resumed.returncode, log, resumed.stderr)
    assert len(drained) == 1 and drained[0]["is_sender"], log
    # No Qt warning (e.g. a thread destroyed while running), traceback or logged problem.
    assert resumed.stderr == "", resumed.stderr
    dialogs: list[str] = drained[0]["dialogs"]

    with read_only(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = list(conn.execute("SELECT * FROM messages"))
    conn.close()
    by_number = {r["recipient"]: r for r in rows}
    states = Counter(r["state"] for r in rows)
    accepted_numbers = {"+" + sms.mobile_number for sms in accepted}
    reached = sum(r["state"] == "unknown" and r["recipient"] in accepted_numbers for r in rows)
    FIGURES.append(Figures(run, seconds, requests_at_kill, len(at_kill), sending_at_kill,
                           states["unknown"], reached))
    print(f"run {run} (seed {SEED}): killed after {requests_at_kill} requests "
          f"(+{jitter * 1000:.1f} ms), {len(at_kill)} accepted, {sending_at_kill} sending "
          f"({reached} of it reached the gateway); after reopening {dict(states)}; "
          f"{seconds:.1f} s")

    assert len(rows) == COUNT and sorted(by_number) == sorted(NUMBERS)  # nothing lost or added
    assert states["queued"] == 0 and states["sending"] == 0
    # Only the requests in flight at the kill can be in doubt, and they are the ones flagged.
    assert states["unknown"] == sending_at_kill <= DEFAULT_CONCURRENCY
    for row in rows:
        if row["state"] == "unknown":
            assert row["error"], "an unknown message says why"
    expected_dialogs = 1 if sending_at_kill else 0
    assert len(dialogs) == expected_dialogs, dialogs
    assert all(RECOVERED in text and text.startswith(f"{sending_at_kill} ")
               for text in dialogs), dialogs

    per_number = Counter("+" + sms.mobile_number for sms in accepted)
    assert not [n for n, times in per_number.items() if times > 1], "accepted twice"
    by_id = {sms.sms_id: sms for sms in accepted}
    assert len(by_id) == len(accepted)
    for row in rows:
        if row["gateway_id"] is not None:
            sms = by_id[row["gateway_id"]]  # no phantom id
            assert ("+" + sms.mobile_number, sms.text) == (row["recipient"], row["text"])
        else:
            assert row["state"] == "unknown", dict(row)
    for sms in accepted:
        row = by_number["+" + sms.mobile_number]
        assert row["gateway_id"] == sms.sms_id or row["state"] == "unknown", dict(row)
    # Everything not in doubt went out exactly once.
    sure = [r for r in rows if r["state"] != "unknown"]
    assert all(r["recipient"] in per_number for r in sure)
    assert seconds < RUN_BUDGET, f"run {run} took {seconds:.1f} s"
