"""The command line as a hostile but realistic user meets it (issue 9's defects 3 and 7-10):
refused sends leave nothing queued, every non-zero exit says why in one line, no wait is
silent or unbounded."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_sms.core import store
from desktop_sms.core.sender_lock import SenderLock
from desktop_sms.simulator import FaultKind, GatewaySimulator
from tests.conftest import SENTINEL_PASSWORD
from tests.integration.holders import holding
from tests.integration.test_cli import run_cli

GR = "306912345678"
UK = "447911123456"


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_SMS_")}
    env.update(extra)
    return env


def run_raw(data: Path, *args: str, env: dict[str, str] | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_sms", "--data-dir", str(data), *args],
        capture_output=True, text=True, env=env or cli_env(), timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def assert_one_error_line(done: subprocess.CompletedProcess[str], *words: str) -> None:
    """A non-zero exit with exactly one `error:` line, no traceback, and the words."""
    assert done.returncode != 0, done
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    for word in words:
        assert word in errors[0], errors[0]


def queued(sim: GatewaySimulator, data: Path) -> list[dict[str, object]]:
    listed = run_cli(sim, data, "outbox", "--json", "--state", "queued")
    assert listed.returncode == 0, listed.stderr
    result: list[dict[str, object]] = json.loads(listed.stdout)
    return result


# --- defect 3: a refused send is never sent later behind the user's back --------------------

@pytest.mark.parametrize("case", ["remote-http", "credentials-in-url", "no-password", "no-user"])
def test_a_send_refused_before_any_request_queues_nothing(
        sim: GatewaySimulator, tmp_path: Path, case: str) -> None:
    env = cli_env(DESKTOP_SMS_PASSWORD=SENTINEL_PASSWORD)
    account = ["--gateway-url", sim.url, "--user", "demo"]
    if case == "remote-http":
        account[1] = "http://gateway.example.com/srvauth/index"
    elif case == "credentials-in-url":
        account[1] = sim.url.replace("http://", "http://demo:x@")
    elif case == "no-password":
        env.pop("DESKTOP_SMS_PASSWORD")
    else:
        account = account[:2]
    refused = run_raw(tmp_path, *account, "send", "--to", GR, "--text", "first", env=env)
    assert refused.returncode == 2
    assert_one_error_line(refused)
    assert queued(sim, tmp_path) == []
    # The next send, to someone else, sends only its own message.
    done = run_cli(sim, tmp_path, "send", "--to", UK, "--text", "second")
    assert done.returncode == 0, done.stderr
    assert [(a.mobile_number, a.text) for a in sim.accepted()] == [(UK, "second")]


def test_send_never_sends_other_queued_messages(sim: GatewaySimulator, tmp_path: Path) -> None:
    sim.inject("send_sms", FaultKind.HTTP_401, times=1)
    kept = run_cli(sim, tmp_path, "send", "--to", GR, "--text", "kept")
    assert kept.returncode == 1
    assert_one_error_line(kept, "refused the username or password", "kept queued",
                          "desktop-sms resume", "outbox cancel")
    (waiting,) = queued(sim, tmp_path)
    done = run_cli(sim, tmp_path, "send", "--to", UK, "--text", "other")
    assert done.returncode == 0, done.stderr
    assert [a.text for a in sim.accepted()] == ["other"]
    assert [m["id"] for m in queued(sim, tmp_path)] == [waiting["id"]]
    cancelled = run_cli(sim, tmp_path, "outbox", "cancel", str(waiting["id"]))
    assert cancelled.returncode == 0, cancelled.stderr
    assert queued(sim, tmp_path) == []
    not_queued = run_cli(sim, tmp_path, "outbox", "cancel", str(waiting["id"]))
    assert_one_error_line(not_queued, "not cancelled")


@pytest.mark.parametrize("to", ["", "   "])
def test_an_empty_recipient_is_an_error(sim: GatewaySimulator, tmp_path: Path, to: str) -> None:
    done = run_cli(sim, tmp_path, "send", "--to", to, "--text", "hi")
    assert done.returncode == 2
    assert_one_error_line(done, "empty")
    assert sim.request_count() == 0 and queued(sim, tmp_path) == []


# --- defect 7: a second sender is named truthfully ---------------------------------------

def test_a_second_command_while_another_sends_says_so(sim: GatewaySimulator,
                                                      tmp_path: Path) -> None:
    store.connect(store.database_path(tmp_path)).close()
    with holding("sender-lock", tmp_path) as holder:
        for args in (("send", "--to", GR, "--text", "hi"), ("resume",)):
            done = run_cli(sim, tmp_path, *args)
            assert done.returncode == 1
            assert_one_error_line(done, "another desktop-sms command", str(holder.pid))
            assert "window" not in done.stderr
        assert queued(sim, tmp_path) == [] and sim.request_count() == 0


def test_a_send_while_the_window_sends_is_queued_for_it(sim: GatewaySimulator,
                                                        tmp_path: Path) -> None:
    store.connect(store.database_path(tmp_path)).close()
    with SenderLock(tmp_path, "window") as lock:  # what the window's worker takes
        assert lock.acquire()
        done = run_cli(sim, tmp_path, "send", "--to", GR, "--text", "for the window")
    assert done.returncode == 0, done.stderr
    assert "window" in done.stderr and "queued message 1" in done.stderr
    assert [m["text"] for m in queued(sim, tmp_path)] == ["for the window"]
    assert sim.request_count() == 0


# --- defect 8: every non-zero exit says why -------------------------------------------------

@pytest.mark.parametrize("fault", [FaultKind.HTML, FaultKind.RESET, FaultKind.HTTP_500])
def test_unknown_outcome_exits_1_with_an_error_line(sim: GatewaySimulator, tmp_path: Path,
                                                   fault: FaultKind) -> None:
    sim.inject("send_sms", fault, times=1)
    done = run_cli(sim, tmp_path, "send", "--to", GR, "--to", UK, "--text", "hi",
                   "--concurrency", "1")
    assert done.returncode == 1
    assert_one_error_line(done, "unknown", "check them before sending again", "kept queued")
    assert "\tunknown\t" in done.stdout
    # Sending stopped at the message in doubt: the other one waits, it was not sent.
    assert sim.request_count("send_sms") == 1 and len(queued(sim, tmp_path)) == 1


def test_a_send_refused_for_credit_exits_1_and_keeps_it_queued(tmp_path: Path) -> None:
    with GatewaySimulator(users={"demo": SENTINEL_PASSWORD}, balance=0) as poor:
        done = run_cli(poor, tmp_path, "send", "--to", GR, "--text", "hi")
    assert done.returncode == 1
    assert_one_error_line(done, "balance exhausted", "1 message(s) kept queued",
                          "desktop-sms resume")


# --- defect 9: no silent, unbounded waits -------------------------------------------------

@pytest.mark.parametrize("args", [("balance",), ("refresh",), ("send", "--to", GR, "--to", UK,
                                                               "--text", "hi",
                                                               "--concurrency", "1")])
def test_a_gateway_that_never_answers_is_a_bounded_announced_wait(
        sim: GatewaySimulator, tmp_path: Path, args: tuple[str, ...]) -> None:
    for action in ("send_sms", "get_balance", "get_status"):
        sim.inject(action, FaultKind.HANG, delay=30)
    started = time.monotonic()
    done = run_cli(sim, tmp_path, "--timeout", "3", *args)
    elapsed = time.monotonic() - started
    assert_one_error_line(done, "did not answer within 3 s")
    assert "waiting for the gateway 127.0.0.1 to answer" in done.stderr
    assert "gives up after 3 s" in done.stderr
    # One timeout, not one per retry or per message (the old code: ≈92 s, 30 s a message).
    assert sim.request_count() == 1
    assert elapsed < 25, elapsed
    if args[0] == "send":
        assert len(queued(sim, tmp_path)) == 1  # the second was never tried


def test_timeout_option_is_checked(sim: GatewaySimulator, tmp_path: Path) -> None:
    done = run_cli(sim, tmp_path, "--timeout", "never", "balance")
    assert done.returncode == 2 and "is not a number of seconds" in done.stderr


# --- defect 10: the smaller ones -----------------------------------------------------------

@pytest.mark.parametrize(("text", "reason"), [
    ("hello\x07bell", "control character (U+0007)"),
    ("\x1b[31m red", "control character (U+001B)"),
    ("bad \udcff bytes", "not valid text"),  # what invalid UTF-8 in argv decodes to
])
def test_invisible_or_invalid_text_is_refused(sim: GatewaySimulator, tmp_path: Path,
                                              text: str, reason: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop_sms", "--data-dir", str(tmp_path), "--gateway-url",
         sim.url, "--user", "demo", "send", "--to", GR, "--text", text],
        capture_output=True, env=cli_env(DESKTOP_SMS_PASSWORD=SENTINEL_PASSWORD), timeout=60,
        stdin=subprocess.DEVNULL,
    )
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, stderr
    assert stderr.startswith("error: ") and reason in stderr and stderr.count("\n") == 1
    assert sim.request_count() == 0


def test_arabic_indic_digits_sender_gets_the_right_reason(sim: GatewaySimulator,
                                                         tmp_path: Path) -> None:
    done = run_cli(sim, tmp_path, "send", "--to", GR, "--text", "hi", "--from", "١٢٣٤٥")
    assert_one_error_line(done, "may only use the letters A-Z")
    assert "16 digits" not in done.stderr


def test_resume_after_connection_refused_sends_the_message_in_backoff(
        sim: GatewaySimulator, tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}/srvauth/index"
        refused = run_raw(tmp_path, "--gateway-url", dead, "--user", "demo", "send", "--to", GR,
                          "--text", "after the outage",
                          env=cli_env(DESKTOP_SMS_PASSWORD=SENTINEL_PASSWORD))
    assert refused.returncode == 1
    assert_one_error_line(refused, "could not connect", "kept queued")
    resumed = run_cli(sim, tmp_path, "resume")
    assert resumed.returncode == 0, resumed.stderr
    assert "\taccepted\t" in resumed.stdout
    assert [a.text for a in sim.accepted()] == ["after the outage"]


def test_resume_after_a_crash_names_the_message_it_marked_unknown(
        sim: GatewaySimulator, tmp_path: Path) -> None:
    sim.inject("send_sms", FaultKind.HTTP_401, times=1)
    run_cli(sim, tmp_path, "send", "--to", GR, "--text", "in flight at the crash")
    with sqlite3.connect(store.database_path(tmp_path)) as conn:  # as a kill -9 leaves it
        conn.execute("UPDATE messages SET state = 'sending'")
    resumed = run_cli(sim, tmp_path, "resume")
    # A message that ended unknown is a message not sent for sure: exit 1, and one line.
    assert resumed.returncode == 1
    assert_one_error_line(resumed, "1 message(s) were being sent when desktop-sms stopped")
    assert "message 1 to +306912345678 was being sent" in resumed.stderr
    assert "unknown" in resumed.stderr and sim.request_count("send_sms") == 1


# --- found by a hostile review -----------------------------------------------------------

@pytest.mark.parametrize(("args", "words"), [
    (("--timeout", "abc", "balance"), "is not a number of seconds"),
    (("--timeout", "0", "balance"), "between 0.1 and 600"),
    (("send", "--to", GR), "--text"),
    (("outbox", "cancel", "abc"), "is not a message number"),
    (("outbox", "cancel", "99999999999999999999"), "there is no message"),
    (("frobnicate",), "unrecognized arguments: frobnicate"),
])
def test_usage_mistakes_are_one_error_line(sim: GatewaySimulator, tmp_path: Path,
                                           args: tuple[str, ...], words: str) -> None:
    done = run_cli(sim, tmp_path, *args)
    assert done.returncode == 2
    assert_one_error_line(done, words, "--help")
    assert done.stderr.count("\n") == 1  # no usage block before it


@pytest.mark.parametrize("option", ["--to", "--user", "--from"])
def test_invalid_utf8_in_any_argument_is_named(sim: GatewaySimulator, tmp_path: Path,
                                               option: str) -> None:
    args = {"--to": ["--to", "3069\udcff12345678"], "--user": ["--to", GR],
            "--from": ["--to", GR, "--from", "Sh\udcffop"]}[option]
    command = [sys.executable, "-m", "desktop_sms", "--data-dir", str(tmp_path),
               "--gateway-url", sim.url, "--user", "de\udcffmo" if option == "--user" else "demo",
               "send", *args, "--text", "hi"]
    done = subprocess.run([os.fsencode(part) for part in command], capture_output=True,
                          env=cli_env(DESKTOP_SMS_PASSWORD=SENTINEL_PASSWORD), timeout=60,
                          stdin=subprocess.DEVNULL)
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, stderr
    assert stderr.startswith(f"error: the value of {option} is not valid text (UTF-8)")
    assert stderr.count("\n") == 1 and "codec" not in stderr
    assert sim.request_count() == 0


def test_kill_during_a_hanging_send_says_what_is_left(sim: GatewaySimulator,
                                                      tmp_path: Path) -> None:
    sim.inject("send_sms", FaultKind.HANG, delay=20)
    env = cli_env(DESKTOP_SMS_PASSWORD=SENTINEL_PASSWORD)
    child = subprocess.Popen(
        [sys.executable, "-m", "desktop_sms", "--data-dir", str(tmp_path), "--gateway-url",
         sim.url, "--user", "demo", "send", "--to", GR, "--to", UK, "--text", "hi",
         "--concurrency", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while sim.request_count("send_sms") == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    child.terminate()  # SIGTERM, as `kill` or a logout sends
    _, stderr = child.communicate(timeout=30)
    done = subprocess.CompletedProcess(child.args, child.returncode, "", stderr)
    assert done.returncode == 130
    assert_one_error_line(done, "interrupted", "Message 1 was being sent",
                          "1 message(s) are still queued (message 2)", "desktop-sms resume",
                          "do not send them again")


def test_a_new_database_opened_by_several_processes_at_once(sim: GatewaySimulator,
                                                            tmp_path: Path) -> None:
    # Each process read the schema version before taking the write lock, and two ran
    # migration 1: "table contacts already exists".
    for round_ in range(6):
        folder = tmp_path / f"round{round_}"
        children = [subprocess.Popen(
            [sys.executable, "-m", "desktop_sms", "--data-dir", str(folder), "contacts",
             "list"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=cli_env(), stdin=subprocess.DEVNULL) for _ in range(4)]
        for child in children:
            _, stderr = child.communicate(timeout=60)
            assert child.returncode == 0, stderr
