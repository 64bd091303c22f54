"""The command line, run as a real process against the simulator."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_sms.simulator import FaultKind, GatewaySimulator
from tests.conftest import SENTINEL_PASSWORD


def run_cli(sim: GatewaySimulator, data: Path, *args: str,
            password: str = SENTINEL_PASSWORD) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DESKTOP_SMS_PASSWORD=password)
    env.pop("DESKTOP_SMS_GATEWAY_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_sms", "--data-dir", str(data),
         "--gateway-url", sim.url, "--user", "demo", *args],
        capture_output=True, text=True, env=env, timeout=60, stdin=subprocess.DEVNULL,
    )


def test_balance(sim: GatewaySimulator, tmp_path: Path) -> None:
    done = run_cli(sim, tmp_path, "balance")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1000"


def test_send_to_two_numbers_then_status(sim: GatewaySimulator, tmp_path: Path) -> None:
    done = run_cli(sim, tmp_path, "send", "--to", "306912345678", "--to", "447911123456",
                   "--text", "Καλημέρα 🎉", "--from", "Shop", "--delivery-report")
    assert done.returncode == 0, done.stderr
    # Both at once (the engine's concurrency): in either order.
    accepted = sorted(sim.accepted(), key=lambda a: a.mobile_number)
    assert [(a.mobile_number, a.text, a.originator) for a in accepted] == [
        ("306912345678", "Καλημέρα 🎉", "Shop"), ("447911123456", "Καλημέρα 🎉", "Shop")
    ]
    assert accepted[0].sms_id in done.stdout
    time.sleep(0.3)
    status = run_cli(sim, tmp_path, "status")
    assert status.returncode == 0, status.stderr
    assert f"+306912345678\tdelivered\t{accepted[0].sms_id}" in status.stdout
    assert "not known here" not in status.stderr


def test_environment_variables_are_an_alternative(sim: GatewaySimulator, tmp_path: Path) -> None:
    env = dict(os.environ, DESKTOP_SMS_PASSWORD=SENTINEL_PASSWORD,
               DESKTOP_SMS_GATEWAY_URL=sim.url, DESKTOP_SMS_USER="demo")
    done = subprocess.run(
        [sys.executable, "-m", "desktop_sms", "--data-dir", str(tmp_path), "balance"],
        capture_output=True, text=True, env=env, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1000"


@pytest.mark.parametrize(("args", "message"), [
    (("send", "--to", "+30 691", "--text", "hi"), "'+30 691': too few digits"),
    (("send", "--to", "306912345678", "--to", "hello?", "--text", "hi"), "nothing was sent"),
    (("send", "--to", "306912345678", "--text", "  "), "the message is empty"),
    (("send", "--group", "nobody", "--text", "hi"), "no group called 'nobody'"),
    (("send", "--to", "306912345678", "--text", "hi", "--from", "WayTooLongSender"), "limit is 11"),
    (("send", "--text", "hi"), "at least one --to NUMBER or --group"),
])
def test_bad_input_is_one_clear_line_and_no_request(
    sim: GatewaySimulator, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    done = run_cli(sim, tmp_path, *args)
    assert done.returncode != 0
    assert done.stderr.startswith("error: ") and message in done.stderr
    assert done.stderr.count("\n") == 1
    assert sim.request_count() == 0
    listed = run_cli(sim, tmp_path, "outbox")
    assert listed.returncode == 0 and listed.stdout == ""  # nothing was queued either


def test_wrong_password(sim: GatewaySimulator, tmp_path: Path) -> None:
    done = run_cli(sim, tmp_path, "balance", password="nope")
    assert done.returncode == 1
    assert "refused the username or password" in done.stderr


def test_gateway_fault_is_reported(sim: GatewaySimulator, tmp_path: Path) -> None:
    sim.inject("send_sms", FaultKind.HTML)
    done = run_cli(sim, tmp_path, "send", "--to", "306912345678", "--text", "hi")
    # The gateway answered nonsense: it may have accepted, so the message is flagged, not resent.
    assert done.returncode == 1
    assert "\tunknown\t" in done.stdout and "web page" in done.stdout
    assert SENTINEL_PASSWORD not in done.stderr + done.stdout


def test_missing_password_without_terminal(sim: GatewaySimulator, tmp_path: Path) -> None:
    done = run_cli(sim, tmp_path, "balance", password="")
    assert done.returncode == 2
    assert "no password" in done.stderr


def test_outbox_json_lists_every_field(sim: GatewaySimulator, tmp_path: Path) -> None:
    assert run_cli(sim, tmp_path, "send", "--to", "+30 691 234 5678", "--text",
                   "x" * 161).returncode == 0
    done = run_cli(sim, tmp_path, "outbox", "--json")
    assert done.returncode == 0, done.stderr
    (message,) = json.loads(done.stdout)
    assert message["to"] == "+306912345678"
    assert (message["parts"], message["state"]) == (2, "accepted")
    assert message["gateway_id"] == sim.accepted()[0].sms_id
    assert message["error"] is None
    assert message["created_at"].endswith("+00:00") and message["updated_at"]
    assert message["text"] == "x" * 161
    filtered = run_cli(sim, tmp_path, "outbox", "--json", "--state", "queued")
    assert json.loads(filtered.stdout) == []


def test_network_down_keeps_queue_and_resume_sends_it(sim: GatewaySimulator,
                                                      tmp_path: Path) -> None:
    sim.inject("send_sms", FaultKind.HTTP_401, times=1)
    # One at a time: the refusal stops the send before the second leaves.
    done = run_cli(sim, tmp_path, "send", "--to", "306912345678", "--to", "447911123456",
                   "--text", "later", "--concurrency", "1")
    assert done.returncode == 1 and "refused the username or password" in done.stderr
    queued = json.loads(run_cli(sim, tmp_path, "outbox", "--json", "--state", "queued").stdout)
    assert len(queued) == 2  # nothing lost
    resumed = run_cli(sim, tmp_path, "resume")
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.count("\taccepted\t") == 2
    assert [a.text for a in sim.accepted()] == ["later", "later"]


def test_refresh_prints_changes(sim: GatewaySimulator, tmp_path: Path) -> None:
    run_cli(sim, tmp_path, "send", "--to", "306912345670", "--text", "will fail")
    time.sleep(0.3)
    done = run_cli(sim, tmp_path, "refresh")
    assert done.returncode == 0, done.stderr
    assert "+306912345670\tfailed" in done.stdout


def test_contacts_and_group_send(sim: GatewaySimulator, tmp_path: Path) -> None:
    for name, number in [("Eleni", "6912345678"), ("Hans", "+49 1512 3456789")]:
        added = run_cli(sim, tmp_path, "contacts", "add", name, number, "--group", "Team")
        assert added.returncode == 0, added.stderr
    assert run_cli(sim, tmp_path, "contacts", "add", "Bad", "12").returncode == 2
    listing = run_cli(sim, tmp_path, "contacts", "list").stdout
    assert "Eleni\t+306912345678\tTeam" in listing and "Bad" not in listing
    done = run_cli(sim, tmp_path, "send", "--group", "team", "--to", "Hans", "--text", "hi")
    assert done.returncode == 0, done.stderr
    # The group and the contact name overlap: Hans gets one message, not two.
    assert sorted(a.mobile_number for a in sim.accepted()) == ["306912345678", "4915123456789"]


def test_refuses_database_from_newer_version(sim: GatewaySimulator, tmp_path: Path) -> None:
    import sqlite3

    with sqlite3.connect(tmp_path / "desktop_sms.sqlite3") as conn:
        conn.execute("PRAGMA user_version = 99")
    done = run_cli(sim, tmp_path, "outbox")
    assert done.returncode == 2 and "newer version" in done.stderr


def test_password_is_in_no_file_of_the_data_folder(sim: GatewaySimulator, tmp_path: Path) -> None:
    sim.inject("send_sms", FaultKind.HTTP_503, times=1)  # an error path writes too
    run_cli(sim, tmp_path, "send", "--to", "306912345678", "--text", "a")
    run_cli(sim, tmp_path, "send", "--to", "306912345678", "--text", "b")
    run_cli(sim, tmp_path, "refresh")
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name.endswith(".sqlite3") for p in files)
    for path in files:
        assert SENTINEL_PASSWORD.encode() not in path.read_bytes(), path


def test_a_group_send_merges_each_members_own_text(sim: GatewaySimulator,
                                                   tmp_path: Path) -> None:
    for name, number in [("Eleni Papadopoulou", "6912345678"), ("Hans Müller", "+4915123456789"),
                         ("+306944123456", "+306944123456")]:  # imported without a name
        added = run_cli(sim, tmp_path, "contacts", "add", name, number, "--group", "Team")
        assert added.returncode == 0, added.stderr
    done = run_cli(sim, tmp_path, "send", "--group", "Team", "--to", "+44 7911 123456",
                   "--to", "Hans Müller", "--text", "Hi {first_name}, {{10%}} off for {number}")
    assert done.returncode == 0, done.stderr
    assert sorted((a.mobile_number, a.text) for a in sim.accepted()) == [
        ("306912345678", "Hi Eleni, {10%} off for +30 691 234 5678"),
        ("306944123456", "Hi , {10%} off for +30 694 412 3456"),
        ("447911123456", "Hi , {10%} off for +44 7911 123456"),
        ("4915123456789", "Hi Hans, {10%} off for +49 1512 3456789"),
    ]
    assert done.stderr == (  # one warning for both, naming them
        "warning: 2 recipient(s) have no first_name (+44 7911 123456, +30 694 412 3456): it "
        "is left out of their message; {first_name|text} gives a fallback\n")
    listed = json.loads(run_cli(sim, tmp_path, "outbox", "--json").stdout)
    assert {m["text"] for m in listed} == {a.text for a in sim.accepted()}


@pytest.mark.parametrize(("text", "message"), [
    ("Hi {frist_name}", "there is no field called 'frist_name'"),
    ("Hi {first_name", "'{' at position 4 is not a placeholder"),
])
def test_a_bad_placeholder_refuses_the_send(sim: GatewaySimulator, tmp_path: Path,
                                            text: str, message: str) -> None:
    assert run_cli(sim, tmp_path, "contacts", "add", "Eleni", "6912345678", "--group",
                   "Team").returncode == 0
    done = run_cli(sim, tmp_path, "send", "--group", "Team", "--text", text)
    assert done.returncode == 2
    assert done.stderr.startswith(f"error: {message}") and done.stderr.count("\n") == 1
    assert sim.request_count("send_sms") == 0
