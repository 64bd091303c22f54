"""`desktop-sms campaigns …` and `send --campaign`, run as real processes."""

from __future__ import annotations

import csv
import sqlite3
import time
import unicodedata
from pathlib import Path

from desktop_sms.core import store
from desktop_sms.simulator import FaultKind, GatewaySimulator
from tests.integration.holders import holding
from tests.integration.test_cli import run_cli
from tests.integration.test_cli_schedule import next_year

NUMBERS = ["--to", "306912345671", "--to", "306912345670", "--to", "306912345680"]


def test_send_makes_a_campaign_then_list_show_resend_export(
    sim: GatewaySimulator, tmp_path: Path
) -> None:
    sent = run_cli(sim, tmp_path, "send", *NUMBERS, "--text", "Sale today",
                   "--delivery-report")
    assert sent.returncode == 0, sent.stderr
    alone = run_cli(sim, tmp_path, "send", "--to", "306912345672", "--text", "just one")
    assert alone.returncode == 0, alone.stderr
    named = run_cli(sim, tmp_path, "send", "--to", "306912345673", "--text", "x",
                    "--campaign", "VIP")
    assert named.returncode == 0, named.stderr
    time.sleep(0.3)
    assert run_cli(sim, tmp_path, "refresh").returncode == 0

    listed = run_cli(sim, tmp_path, "campaigns", "list")
    assert listed.returncode == 0, listed.stderr
    header, vip, sale = listed.stdout.strip().split("\n")
    assert header.startswith("id\tname")
    assert vip.split("\t")[:2] == ["2", "VIP"]
    fields = sale.split("\t")
    assert fields[0] == "1" and fields[1].startswith("Sale today · ")
    assert fields[3:] == ["3", "delivered 1, failed 2", "33.3%", "3"]

    shown = run_cli(sim, tmp_path, "campaigns", "show", "1")
    assert "failed\t2" in shown.stdout and "text\tSale today" in shown.stdout

    again = run_cli(sim, tmp_path, "campaigns", "resend-failed", "1")
    assert again.returncode == 0, again.stderr  # accepted; their reports come later
    assert "sending 2 message(s) again as campaign 3" in again.stderr
    # Sent at once (several in flight): in either order.
    assert sorted(a.mobile_number for a in sim.accepted()[-2:]) == ["306912345670",
                                                                    "306912345680"]
    twice = run_cli(sim, tmp_path, "campaigns", "resend-failed", "1")
    assert twice.returncode == 0 and "nothing to send again" in twice.stderr
    assert len(sim.accepted()) == 7

    report = tmp_path / "report.csv"
    exported = run_cli(sim, tmp_path, "campaigns", "export", "1", str(report))
    assert exported.returncode == 0, exported.stderr
    with report.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == ["Campaign", fields[1]]
    assert len(rows) == rows.index([]) + 2 + 3


def test_campaign_errors_are_one_line(sim: GatewaySimulator, tmp_path: Path) -> None:
    for args in (("show", "9"), ("resend-failed", "9"), ("export", "9", "x.csv"),
                 ("show", "abc")):
        done = run_cli(sim, tmp_path, "campaigns", *args)
        assert done.returncode == 2, done.stderr
        assert done.stderr.count("error:") == 1 and "Traceback" not in done.stderr
    assert sim.request_count() == 0


def test_resend_failed_waits_for_another_sender(sim: GatewaySimulator, tmp_path: Path) -> None:
    sent = run_cli(sim, tmp_path, "send", *NUMBERS, "--text", "Sale", "--delivery-report")
    assert sent.returncode == 0, sent.stderr
    time.sleep(0.3)
    assert run_cli(sim, tmp_path, "refresh").returncode == 0
    with holding("sender-lock", tmp_path):
        busy = run_cli(sim, tmp_path, "campaigns", "resend-failed", "1", "--unknown")
    assert busy.returncode == 1 and busy.stderr.count("error:") == 1, busy.stderr
    assert "may arrive twice" in busy.stderr and "nothing was queued" in busy.stderr
    listed = run_cli(sim, tmp_path, "campaigns", "list")
    assert len(listed.stdout.strip().split("\n")) == 2  # no "(again)" campaign made
    assert len(sim.accepted()) == 3


def _printable(output: str) -> bool:
    """No control or format character but the line breaks and tabs of the output's own
    lines and columns (a joiner would be fine: none is sent here)."""
    return all(c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cf", "Zl", "Zp")
               for c in output)


def test_names_and_texts_never_print_control_characters(
    sim: GatewaySimulator, tmp_path: Path
) -> None:
    hostile = "\x1b[31mRED\x1b]0;pwned\x07 \u202etxt.exe"
    sent = run_cli(sim, tmp_path, "send", *NUMBERS[:4], "--text", "hi", "--campaign", hostile)
    assert sent.returncode == 0, sent.stderr
    too_long = run_cli(sim, tmp_path, "send", *NUMBERS[:4], "--text", "hi",
                       "--campaign", "x" * 120_000)
    assert too_long.returncode == 2 and too_long.stderr.count("error:") == 1
    assert "at most 100 characters" in too_long.stderr and len(too_long.stderr) < 300
    assert len(sim.accepted()) == 2  # the long one queued nothing
    # Stored before names were cleaned, or written by another program: shown escaped.
    with sqlite3.connect(store.database_path(tmp_path)) as conn:
        conn.execute("INSERT INTO campaigns (name, text, template, created_at) VALUES "
                     "('a\rb\x1b[2J\u2028c', 'line 1\nline 2\r\u202e', 'T\x9b', 0)")
    conn.close()
    listed = run_cli(sim, tmp_path, "campaigns", "list")
    assert listed.returncode == 0, listed.stderr
    assert _printable(listed.stdout), repr(listed.stdout)
    lines = listed.stdout.strip().split("\n")
    assert [line.split("\t")[1] for line in lines[1:]] == [
        "a\\rb\\x1b[2J\\u2028c", "[31mRED]0;pwned txt.exe"]
    shown = run_cli(sim, tmp_path, "campaigns", "show", "2")
    assert shown.returncode == 0, shown.stderr
    assert _printable(shown.stdout), repr(shown.stdout)
    assert "text\tline 1\\nline 2\\r\\u202e" in shown.stdout
    assert "template\tT\\x9b" in shown.stdout


def _finished(sim: GatewaySimulator, data: Path, campaign_id: int) -> str:
    shown = run_cli(sim, data, "campaigns", "show", str(campaign_id))
    assert shown.returncode == 0, shown.stderr
    (line,) = [line for line in shown.stdout.split("\n") if line.startswith("finished\t")]
    return line.removeprefix("finished\t")


def test_the_command_line_marks_campaigns_finished(
    sim: GatewaySimulator, tmp_path: Path
) -> None:
    """As the window does: once every message of a campaign is final, after the drain
    that made them so or the refresh that brought their reports."""
    sent = run_cli(sim, tmp_path, "send", *NUMBERS, "--text", "Sale", "--delivery-report")
    assert sent.returncode == 0, sent.stderr
    assert _finished(sim, tmp_path, 1) == ""  # accepted: the reports are to come
    time.sleep(0.3)
    assert run_cli(sim, tmp_path, "refresh").returncode == 0
    assert _finished(sim, tmp_path, 1) != ""

    sim.inject("send_sms", FaultKind.RESET, times=1)  # taken, the reply lost: unknown
    doubt = run_cli(sim, tmp_path, "send", "--to", NUMBERS[1], "--text", "x",
                    "--campaign", "Solo")
    assert doubt.returncode == 1 and "unknown" in doubt.stderr, doubt.stderr
    assert _finished(sim, tmp_path, 2) != ""
    at, _ = next_year("12-01 09:00")
    later = run_cli(sim, tmp_path, "send", *NUMBERS[:4], "--text", "x", "--at", at)
    assert later.returncode == 0, later.stderr
    assert run_cli(sim, tmp_path, "outbox", "cancel", "5", "6").returncode == 0
    assert _finished(sim, tmp_path, 3) != ""  # its last ones cancelled
    exported = tmp_path / "report.csv"
    assert run_cli(sim, tmp_path, "campaigns", "export", "2", str(exported)).returncode == 0
    with exported.open(encoding="utf-8-sig", newline="") as file:
        assert dict(row for row in csv.reader(file) if len(row) == 2)["Finished"] != ""
