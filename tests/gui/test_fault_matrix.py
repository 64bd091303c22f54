"""Every gateway action × every fault the simulator injects, through the real paths: the
command line (a process, as users run it) and the window's worker (on its thread). Each
row: what the user is told, the messages' final states, the exit code. The table is
printed (pytest -s) and kept in docs/reliability.md."""

from __future__ import annotations

import sqlite3
import subprocess
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_sms.core import store
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.simulator import FaultKind, GatewaySimulator
from desktop_sms.ui import worker
from desktop_sms.ui.main_window import MainWindow
from tests.integration.test_cli import run_cli

GR, UK = "306912345678", "447911123456"
TIMEOUT = 1.0  # seconds the client waits for an answer in these tests
HANG = 4.0  # a hanging gateway holds the request this long (longer than TIMEOUT)
ROWS: list[str] = []

# The final states of the two messages of a send: the first request meets the fault.
SENT = ("accepted", "accepted")
REFUSED = ("queued", "queued")  # refused before processing: safe to send later, kept
IN_DOUBT = ("unknown", "queued")  # may have been processed: flagged, and sending stops
SEND: dict[FaultKind, tuple[int, tuple[str, str], str]] = {
    FaultKind.DELAY: (0, SENT, ""),
    FaultKind.HTTP_401: (1, REFUSED, "refused the username or password"),
    FaultKind.AUTH_BODY: (1, REFUSED, "refused the username or password"),
    FaultKind.HTTP_500: (1, IN_DOUBT, "server error (HTTP 500)"),
    FaultKind.HTTP_503: (1, IN_DOUBT, "server error (HTTP 503)"),
    FaultKind.RESET: (1, IN_DOUBT, "broke before it answered"),
    FaultKind.GARBAGE: (1, IN_DOUBT, "not text"),
    FaultKind.HTML: (1, IN_DOUBT, "web page"),
    FaultKind.TRUNCATED: (1, IN_DOUBT, "cut off"),
    FaultKind.HUGE: (1, IN_DOUBT, "too large"),
    FaultKind.HANG: (1, IN_DOUBT, "did not answer within 1 s"),
}
# balance and refresh: (exit code, words). 5xx and resets are retried (nothing is charged
# for asking): the fault is injected once, so the retry succeeds.
ASK: dict[FaultKind, tuple[int, str]] = {
    FaultKind.DELAY: (0, ""),
    FaultKind.HTTP_401: (1, "refused the username or password"),
    FaultKind.AUTH_BODY: (1, "refused the username or password"),
    FaultKind.HTTP_500: (0, ""),
    FaultKind.HTTP_503: (0, ""),
    FaultKind.RESET: (0, ""),
    FaultKind.GARBAGE: (1, "not text"),
    FaultKind.HTML: (1, "web page"),
    FaultKind.TRUNCATED: (1, "cut off"),
    FaultKind.HUGE: (1, "too large"),
    FaultKind.HANG: (1, "did not answer within 1 s"),
}


# get_status is retried only when the request never left: the gateway drains what it
# reports, so a lost reply is told, with what it means, instead of being retried silently.
LOST = "any delivery reports the gateway sent in that reply are lost"
STATUS = {**ASK, FaultKind.HTTP_500: (1, LOST), FaultKind.HTTP_503: (1, LOST),
          FaultKind.RESET: (1, LOST), FaultKind.HANG: (1, LOST)}


@pytest.fixture(scope="module", autouse=True)
def print_table() -> Iterator[None]:
    yield
    print("\n| path | action | fault | exit / outcome | final states | the user is told |")
    print("|---|---|---|---|---|---|")
    for row in ROWS:
        print(row)


def inject(sim: GatewaySimulator, action: str, fault: FaultKind) -> None:
    delay = 0.2 if fault is FaultKind.DELAY else HANG
    sim.inject(action, fault, delay=delay, times=1)


def error_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert len(lines) == (1 if done.returncode else 0), done.stderr
    assert "Traceback" not in done.stderr
    return lines[0].removeprefix("error: ") if lines else ""


def states(data: Path) -> tuple[str, ...]:
    """The messages' states, oldest first, read from the file: what `outbox` prints (that
    command has its own tests), without a process start for each of the rows."""
    uri = f"file:{store.database_path(data)}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        return tuple(state for (state,) in conn.execute("SELECT state FROM messages ORDER BY id"))


def short(text: str) -> str:
    return text if len(text) <= 110 else text[:107] + "…"


@pytest.mark.parametrize("fault", list(FaultKind), ids=lambda f: f.value)
def test_cli_send(sim: GatewaySimulator, tmp_path: Path, fault: FaultKind) -> None:
    inject(sim, "send_sms", fault)
    # One at a time: the first request meets the fault, and what follows is the row.
    done = run_cli(sim, tmp_path, "--timeout", str(TIMEOUT), "send", "--to", GR, "--to", UK,
                   "--text", "matrix", "--concurrency", "1")
    told = error_line(done)
    final = states(tmp_path)
    ROWS.append(f"| command | send_sms | {fault.value} | exit {done.returncode} | "
                f"{', '.join(final)} | {short(told) or '—'} |")
    code, expected, words = SEND[fault]
    assert (done.returncode, final) == (code, expected)
    assert words in told
    accepted_twice = len({a.mobile_number for a in sim.accepted()}) < len(sim.accepted())
    assert not accepted_twice


@pytest.mark.parametrize("fault", list(FaultKind), ids=lambda f: f.value)
@pytest.mark.parametrize("command", ["balance", "refresh"])
def test_cli_ask(sim: GatewaySimulator, tmp_path: Path, fault: FaultKind, command: str) -> None:
    assert run_cli(sim, tmp_path, "send", "--to", GR, "--text", "matrix").returncode == 0
    time.sleep(0.3)  # delivered at the simulator: a status waits
    inject(sim, "get_balance" if command == "balance" else "get_status", fault)
    done = run_cli(sim, tmp_path, "--timeout", str(TIMEOUT), command)
    told = error_line(done)
    final = states(tmp_path)
    action = "get_balance" if command == "balance" else "get_status"
    ROWS.append(f"| command | {action} | {fault.value} | exit {done.returncode} | "
                f"{', '.join(final)} | {short(told) or '—'} |")
    code, words = (ASK if command == "balance" else STATUS)[fault]
    assert done.returncode == code and words in told
    if command == "balance":
        assert (done.stdout.strip() == "999") is (code == 0)
    elif code == 0:
        assert final == ("delivered",)  # the retry or the slow answer brought it
    else:
        # The gateway answered (or dropped) after draining: those updates are gone there,
        # so the message keeps its last state; nothing is made up.
        assert final == ("accepted",)


# --- the window's worker -------------------------------------------------------------------

@pytest.fixture
def short_timeouts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "READ_TIMEOUT", TIMEOUT)


class Seen(QObject):
    """Worker signals, received on the GUI thread (a queued connection): pytest-qt's
    waitSignal runs its callback on the emitting thread and stops its timer from there."""

    def __init__(self) -> None:
        super().__init__()
        self.finished = 0
        self.connection: list[tuple[bool, str]] = []

    @Slot()
    def drained(self) -> None:
        self.finished += 1

    @Slot(bool, str)
    def connection_changed(self, ok: bool, text: str) -> None:
        self.connection.append((ok, text))


def stop_polling(window: MainWindow) -> None:
    """Only the request the row is about: no timer poll may run before it is read."""
    window.session.schedule_polling = lambda: None  # type: ignore[method-assign]
    window.session.timer.stop()
    QApplication.processEvents()


def told_in_window(window: MainWindow) -> str:
    shown = " / ".join(window.problems.shown)
    label = window.connection_label.text().lstrip("●▲ ")
    return shown or label


@pytest.mark.parametrize("fault", list(FaultKind), ids=lambda f: f.value)
def test_window_send(short_timeouts: None, qtbot: QtBot, window: MainWindow,
                     sim: GatewaySimulator, fault: FaultKind) -> None:
    qtbot.waitUntil(lambda: window.session.is_sender and sim.request_count("get_balance") > 0,
                    timeout=5000)
    qtbot.wait(100)
    stop_polling(window)  # one drain, not the timer's retries, is what this row shows
    window.settings.concurrency = 1  # the first request meets the fault (as above)
    inject(sim, "send_sms", fault)
    seen = Seen()
    window.session.drain_finished.connect(seen.drained)
    window.session.enqueue([NewMessage("+" + GR, "matrix"), NewMessage("+" + UK, "matrix")])
    qtbot.waitUntil(lambda: seen.finished == 1, timeout=10_000)
    final = tuple(m.state.value for m in window.reader.messages())
    told = told_in_window(window)
    ROWS.append(f"| window | send_sms | {fault.value} | — | {', '.join(final)} | "
                f"{short(told)} |")
    _, expected, words = SEND[fault]
    assert final == expected
    assert words in told
    if expected == IN_DOUBT:
        assert "may or may not have reached the gateway" in told and "paused" in told
    assert window.session.worker_thread.thread.isRunning()


@pytest.mark.parametrize("fault", list(FaultKind), ids=lambda f: f.value)
@pytest.mark.parametrize("action", ["get_balance", "get_status"])
def test_window_poll(short_timeouts: None, qtbot: QtBot, window: MainWindow,
                     sim: GatewaySimulator, fault: FaultKind, action: str) -> None:
    qtbot.waitUntil(lambda: window.session.is_sender and sim.request_count("get_balance") > 0,
                    timeout=5000)
    stop_polling(window)
    seen = Seen()
    window.session.drain_finished.connect(seen.drained)
    window.session.enqueue([NewMessage("+" + GR, "matrix")])
    qtbot.waitUntil(lambda: seen.finished == 1, timeout=5000)
    qtbot.wait(300)  # delivered at the simulator
    inject(sim, action, fault)
    window.session.connection_changed.connect(seen.connection_changed)
    window.session.poll()
    qtbot.waitUntil(lambda: len(seen.connection) == 1, timeout=10_000)
    ok, label = seen.connection[0]
    final = tuple(m.state.value for m in window.reader.messages())
    told = " / ".join(window.problems.shown) or label
    ROWS.append(f"| window | {action} | {fault.value} | {'ok' if ok else 'problem'} | "
                f"{', '.join(final)} | {short(told)} |")
    code, words = (ASK if action == "get_balance" else STATUS)[fault]
    assert ok is (code == 0) and words in told
    if action == "get_status" and code == 0:
        assert final == ("delivered",)
    elif action == "get_status":
        assert final in (("accepted",), ("sent",))  # not delivered: that reply was lost
