"""Scheduled sends on the command line, run as real processes against the simulator, in
Athens time: `send --at`, `outbox reschedule`, `outbox cancel`, `resume` sending what is
due, and a bad time as one error line."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop_sms.core import store
from desktop_sms.simulator import GatewaySimulator
from tests.conftest import SENTINEL_PASSWORD

ATHENS = ZoneInfo("Europe/Athens")


def run_cli(sim: GatewaySimulator, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DESKTOP_SMS_PASSWORD=SENTINEL_PASSWORD, TZ="Europe/Athens")
    env.pop("DESKTOP_SMS_GATEWAY_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_sms", "--data-dir", str(data),
         "--gateway-url", sim.url, "--user", "demo", *args],
        capture_output=True, text=True, env=env, timeout=60, stdin=subprocess.DEVNULL,
    )


def next_year(month_day_time: str) -> tuple[str, str]:
    """A local time next year, and how it prints (local and UTC)."""
    year = datetime.now().year + 1
    wall = datetime.fromisoformat(f"{year}-{month_day_time}")
    instant = wall.replace(tzinfo=ATHENS)
    shown = (f"{wall:%Y-%m-%d %H:%M} {instant.tzname()} "
             f"({instant.astimezone(ZoneInfo('UTC')):%Y-%m-%d %H:%M} UTC)")
    return f"{wall:%Y-%m-%d %H:%M}", shown


def set_send_at(data: Path, ids: list[int], instant: float) -> None:
    """Time passes: the message's time is now ``instant``."""
    with sqlite3.connect(store.database_path(data)) as conn:
        conn.executemany("UPDATE messages SET send_at = ? WHERE id = ?",
                         [(instant, i) for i in ids])
    conn.close()


def test_send_at_schedules_and_sends_nothing_now(sim: GatewaySimulator,
                                                 tmp_path: Path) -> None:
    at, shown = next_year("12-01 09:00")
    done = run_cli(sim, tmp_path, "send", "--to", "+306912345678", "--to", "+306912345679",
                   "--text", "Good morning", "--at", at)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"1\tscheduled\t{shown}", f"2\tscheduled\t{shown}"]
    assert f"scheduled messages 1–2 for {shown}" in done.stderr
    assert " EET (" in shown and ":00 UTC)" in shown  # winter: UTC+2
    listed = run_cli(sim, tmp_path, "outbox")
    assert listed.stdout.splitlines() == [f"1\t+306912345678\tscheduled\tat {shown}",
                                          f"2\t+306912345679\tscheduled\tat {shown}"]
    assert sim.request_count("send_sms") == 0
    # resume sends what is due: nothing yet.
    resumed = run_cli(sim, tmp_path, "resume")
    assert resumed.returncode == 0, resumed.stderr
    assert sim.accepted() == []


def test_reschedule_and_cancel_while_scheduled(sim: GatewaySimulator, tmp_path: Path) -> None:
    at, _ = next_year("12-01 09:00")
    later, later_shown = next_year("07-01 18:30")  # summer time: EEST
    assert run_cli(sim, tmp_path, "send", "--to", "+306912345678", "--to", "+306912345679",
                   "--text", "Hello", "--at", at).returncode == 0
    moved = run_cli(sim, tmp_path, "outbox", "reschedule", "1", "--at", later)
    assert moved.returncode == 0, moved.stderr
    assert moved.stdout == f"1\tscheduled\t{later_shown}\n"
    assert " EEST (" in later_shown
    cancelled = run_cli(sim, tmp_path, "outbox", "cancel", "2")
    assert (cancelled.returncode, cancelled.stdout) == (0, "2\tcancelled\n")
    listed = run_cli(sim, tmp_path, "outbox").stdout.splitlines()
    assert listed == [f"1\t+306912345678\tscheduled\tat {later_shown}",
                      "2\t+306912345679\tcancelled"]
    # A cancelled one keeps no time to change; one that does not exist neither.
    refused = run_cli(sim, tmp_path, "outbox", "reschedule", "1", "2", "9", "--at", at)
    assert refused.returncode == 2
    assert refused.stdout.startswith("1\tscheduled\t")
    assert refused.stderr.splitlines() == [
        "error: not rescheduled (sent or on its way, cancelled, or no such message): 2, 9"]
    again = run_cli(sim, tmp_path, "outbox", "cancel", "2")
    assert again.returncode == 2
    assert again.stderr == ("error: not cancelled (not queued or scheduled, or no such "
                            "message): 2\n")
    assert sim.request_count("send_sms") == 0


def test_resume_sends_what_is_due_and_names_the_long_overdue(sim: GatewaySimulator,
                                                             tmp_path: Path) -> None:
    at, _ = next_year("12-01 09:00")
    for number in ("+306912345671", "+306912345672", "+306912345673"):
        assert run_cli(sim, tmp_path, "send", "--to", number, "--text", "Hi",
                       "--at", at).returncode == 0
    now = time.time()
    set_send_at(tmp_path, [1], now - 60)  # due a minute ago
    set_send_at(tmp_path, [2], now - 3 * 3600)  # the computer was off
    done = run_cli(sim, tmp_path, "resume")
    assert done.returncode == 0, done.stderr
    sent = [line.split("\t")[:3] for line in done.stdout.splitlines()]
    assert sorted(sent) == [["1", "+306912345671", "accepted"], ["2", "+306912345672", "accepted"]]
    (warning,) = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
    assert warning.startswith("warning: message 2: due at ")
    assert warning.endswith("more than an hour ago; sending now")
    # Sent at once (several in flight): in either order.
    assert sorted(s.mobile_number for s in sim.accepted()) == ["306912345671", "306912345672"]
    listed = run_cli(sim, tmp_path, "outbox", "--state", "scheduled").stdout
    assert listed.startswith("3\t+306912345673\tscheduled\tat ")


@pytest.mark.parametrize(("at", "reason"), [
    ("next tuesday", "'next tuesday' is not a date and time: write it as YYYY-MM-DD HH:MM, "
                     "e.g. 2026-12-01 09:00 (local time)"),
    ("2020-01-01 09:00", "2020-01-01 09:00 EET is in the past: choose a later time"),
    ("{next}-03-29 03:30", "{next}-03-29 03:30 does not exist in local time: the clocks go "
                           "forward from 03:00 to 04:00 that night; choose a time outside it"),
])
def test_a_bad_or_past_time_is_one_error_line_and_nothing_queued(
        sim: GatewaySimulator, tmp_path: Path, at: str, reason: str) -> None:
    # The last Sunday of March, next year: when Athens moves its clocks forward.
    year = datetime.now().year + 1
    sunday = max(day for day in range(25, 32) if datetime(year, 3, day).weekday() == 6)
    at = at.replace("{next}-03-29", f"{year}-03-{sunday}")
    reason = reason.replace("{next}-03-29", f"{year}-03-{sunday}")
    done = run_cli(sim, tmp_path, "send", "--to", "+306912345678", "--text", "x", "--at", at)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"error: {reason}\n"
    assert run_cli(sim, tmp_path, "outbox").stdout == ""
    moved = run_cli(sim, tmp_path, "outbox", "reschedule", "1", "--at", at)
    assert (moved.returncode, moved.stderr) == (2, f"error: {reason}\n")
