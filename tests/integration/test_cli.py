"""The command line, run as a real process against the simulator."""

from __future__ import annotations

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
    accepted = sim.accepted()
    assert [(a.mobile_number, a.text, a.originator) for a in accepted] == [
        ("306912345678", "Καλημέρα 🎉", "Shop"), ("447911123456", "Καλημέρα 🎉", "Shop")
    ]
    assert accepted[0].sms_id in done.stdout
    time.sleep(0.3)
    status = run_cli(sim, tmp_path, "status")
    assert status.returncode == 0, status.stderr
    assert f"{accepted[0].sms_id}\tdelivered" in status.stdout


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
    (("send", "--to", "+30 691", "--text", "hi"), "international mobile number"),
    (("send", "--to", "306912345678", "--text", "hi", "--from", "WayTooLongSender"), "limit is 11"),
    (("send", "--text", "hi"), "at least one --to"),
])
def test_bad_input_is_one_clear_line_and_no_request(
    sim: GatewaySimulator, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    done = run_cli(sim, tmp_path, *args)
    assert done.returncode != 0
    assert done.stderr.startswith("error: ") and message in done.stderr
    assert done.stderr.count("\n") == 1
    assert sim.request_count() == 0


def test_wrong_password(sim: GatewaySimulator, tmp_path: Path) -> None:
    done = run_cli(sim, tmp_path, "balance", password="nope")
    assert done.returncode == 1
    assert "refused the username or password" in done.stderr


def test_gateway_fault_is_reported(sim: GatewaySimulator, tmp_path: Path) -> None:
    sim.inject("send_sms", FaultKind.HTML)
    done = run_cli(sim, tmp_path, "send", "--to", "306912345678", "--text", "hi")
    assert done.returncode == 1
    assert "web page" in done.stderr
    assert SENTINEL_PASSWORD not in done.stderr + done.stdout


def test_missing_password_without_terminal(sim: GatewaySimulator, tmp_path: Path) -> None:
    done = run_cli(sim, tmp_path, "balance", password="")
    assert done.returncode == 2
    assert "no password" in done.stderr
