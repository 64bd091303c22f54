"""`send` and `resume` with --concurrency and --max-per-minute, as a process."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop_sms.simulator import GatewaySimulator
from tests.integration.test_cli import run_cli

TO = [arg for i in range(8) for arg in ("--to", f"3069123456{i:02d}")]


def test_concurrency_overlaps_the_requests(sim: GatewaySimulator, tmp_path: Path) -> None:
    sim.latency = 0.2
    started = time.monotonic()
    done = run_cli(sim, tmp_path, "send", *TO, "--text", "hi", "--concurrency", "8")
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started < 5  # one at a time: 1.6 s of round trips alone
    assert sim.peak_in_flight == 8 and done.stdout.count("\taccepted\t") == 8


def test_max_per_minute_spaces_the_requests(sim: GatewaySimulator, tmp_path: Path) -> None:
    started = time.monotonic()
    done = run_cli(sim, tmp_path, "send", *TO[:6], "--text", "hi", "--max-per-minute", "300")
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started >= 0.4  # three requests, 0.2 s apart
    assert sim.peak_in_flight == 1


@pytest.mark.parametrize(("option", "value", "words"), [
    ("--concurrency", "9", "between 1 and 8"), ("--concurrency", "two", "not a whole number"),
    ("--max-per-minute", "-1", "between 0 and"),
])
def test_bad_values_are_refused_before_anything_is_queued(
        sim: GatewaySimulator, tmp_path: Path, option: str, value: str, words: str) -> None:
    done = run_cli(sim, tmp_path, "resume", option, value)
    assert done.returncode == 2 and words in done.stderr, done.stderr
    assert sim.request_count() == 0
