"""1,000 messages through the outbox (`desktop-sms send` as a process, start-up included)
against a raw `requests` loop (one at a time, one Session), the same simulator, in its own
process; with no added latency and with a 100 ms round trip. Prints figures; no asserts.

With no latency the floor is the disk: every round commits (fsync) before its requests
leave, and at most `concurrency` messages go per round, so 1,000 messages at 4 at once
cost at least 250 fsyncs.

Run: .venv/bin/python -m bench.bulk_send [COUNT]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

from bench.simproc import simulator_process

TEXT = "Bulk benchmark message"
NUMBERS = [f"+3069{i:08d}" for i in range(100_000)]


def ours(url: str, count: int, concurrency: int) -> float:
    """Messages a second, from the command's start to its exit."""
    with tempfile.TemporaryDirectory() as data:
        args = [sys.executable, "-m", "desktop_sms", "--data-dir", data, "--gateway-url", url,
                "--user", "demo", "send", "--text", TEXT, "--concurrency", str(concurrency)]
        for number in NUMBERS[:count]:
            args += ["--to", number]
        env = dict(os.environ, DESKTOP_SMS_PASSWORD="demo")
        start = time.perf_counter()
        done = subprocess.run(args, env=env, capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, timeout=3600)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"the send failed: {done.stderr[-500:]}")
        assert done.stdout.count("\taccepted") == count, Path(data)
        return count / elapsed


def raw(url: str, count: int) -> float:
    with requests.Session() as session:
        session.auth = ("demo", "demo")
        session.trust_env = False
        start = time.perf_counter()
        for number in NUMBERS[:count]:
            response = session.get(url, params={
                "cmd": "easysms", "action": "send_sms", "text": TEXT,
                "mobile_number": number[1:]}, timeout=30)
            assert response.content.startswith(b"1|")
        return count / (time.perf_counter() - start)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    # Without latency a run takes about a second and this VM's load swings it by a third:
    # the raw loop and ours alternate, five times each, and the medians are compared.
    for latency, target, concurrencies, runs in (("0", 0.6, (1, 4, 8), 5),
                                                  ("0.1", 3.0, (4, 8), 1)):
        with simulator_process("--latency", latency) as url:
            rates: dict[int, list[float]] = {c: [] for c in (0, *concurrencies)}
            for _ in range(runs):
                rates[0].append(raw(url, count))
                for concurrency in concurrencies:
                    rates[concurrency].append(ours(url, count, concurrency))
            base = statistics.median(rates[0])
            print(f"{count} messages, round trip +{float(latency) * 1000:.0f} ms"
                  f"{f', median of {runs} alternating runs' if runs > 1 else ''}:")
            print(f"  raw requests loop, one at a time : {base:8.1f} messages/s")
            for concurrency in concurrencies:
                rate = statistics.median(rates[concurrency])
                print(f"  desktop-sms send, concurrency {concurrency} : {rate:8.1f} messages/s"
                      f" = {rate / base:.2f}× the raw loop"
                      + (f" (target ≥ {target}×)" if concurrency == 4 else ""))


if __name__ == "__main__":
    main()
