"""One set of rules for a send (issue 10): Compose, the command line and a direct
``Outbox.enqueue`` refuse the same bad inputs with the same problem code, and queue nothing.

Compose is the real widget; the command line a real process against the simulator; the
outbox a real database (the same store for all three: the data folder's file, or the
team database)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_sms.cli_report import refusal
from desktop_sms.core import store
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.plan import MAX_TEXT_CHARS, Code, Draft, PlanRefused, make_plan
from desktop_sms.core.recipients import Resolver
from desktop_sms.simulator import GatewaySimulator
from desktop_sms.ui import problem_text
from desktop_sms.ui.compose_tab import ComposeTab
from tests.conftest import SENTINEL_PASSWORD

GR = "+306912345678"
EMPTY_GROUP = "Nobody"
REGION = "GR"  # the command line's default region in a new data folder


@dataclass(frozen=True)
class Bad:
    to: tuple[str, ...]
    text: str
    sender: str | None
    code: Code
    # What a caller that skips Compose would queue; None where there is no message to
    # build (no recipients, an empty group): such a plan gives no messages at all.
    message: NewMessage | None
    compose: bool = True  # False: a Qt text field drops a lone surrogate; it cannot hold one
    cli: bool = True  # False: a command line cannot carry a NUL


def bad(to: tuple[str, ...], text: str, code: Code, sender: str | None = None,
        recipient: str | None = GR, **where: bool) -> Bad:
    message = NewMessage(recipient, text, sender) if recipient else None
    return Bad(to, text, sender, code, message, **where)


CASES = {
    "invalid number": bad(("12345",), "Hello", Code.BAD_RECIPIENT, recipient="+12345"),
    "empty text": bad((GR,), "", Code.EMPTY_TEXT),
    "whitespace text": bad((GR,), " \n\t ", Code.EMPTY_TEXT),
    "too long text": bad((GR,), "x" * (MAX_TEXT_CHARS + 1), Code.TEXT_TOO_LONG),
    "NUL": bad((GR,), "a\x00b", Code.TEXT_INVISIBLE_CHAR, cli=False),
    "control char": bad((GR,), "stop\x1b[0m", Code.TEXT_INVISIBLE_CHAR),
    "lone surrogate": bad((GR,), "bad \udcff bytes", Code.TEXT_NOT_UNICODE, compose=False),
    "sender of 12": bad((GR,), "Hello", Code.SENDER_TOO_LONG, sender="MuchTooLongX"),
    "sender non-ASCII": bad((GR,), "Hello", Code.SENDER_BAD_CHARS, sender="Café"),
    "sender bad chars": bad((GR,), "Hello", Code.SENDER_BAD_CHARS, sender="Shop!"),
    "sender 17 digits": bad((GR,), "Hello", Code.SENDER_TOO_MANY_DIGITS,
                            sender="12345678901234567"),
    "empty group": bad((EMPTY_GROUP,), "Hello", Code.EMPTY_GROUP, recipient=None),
    "no recipients": bad((), "Hello", Code.NO_RECIPIENTS, recipient=None),
}


@pytest.fixture
def book(conn: sqlite3.Connection) -> AddressBook:
    book = AddressBook(conn)
    book.create_group(EMPTY_GROUP)
    return book


def run_send(sim: GatewaySimulator, data: Path, case: Bad,
             source: store.Source) -> subprocess.CompletedProcess[bytes]:
    args = [sys.executable, "-m", "desktop_sms", "--data-dir", str(data), "--gateway-url",
            sim.url, "--user", "demo", "send", "--text", case.text]
    for token in case.to:
        args += ["--group" if token == EMPTY_GROUP else "--to", token]
    if case.sender:
        args += ["--from", case.sender]
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_SMS_")}
    env["DESKTOP_SMS_PASSWORD"] = SENTINEL_PASSWORD
    if isinstance(source, store.TeamSource):  # the same store as the others: the team's
        env["DESKTOP_SMS_DATABASE"] = source.location.url
        env["DESKTOP_SMS_DATABASE_PASSWORD"] = source.password or ""
    # fsencode: a lone surrogate goes out as the invalid UTF-8 byte it stands for.
    return subprocess.run([os.fsencode(a) for a in args], capture_output=True, env=env,
                          timeout=60, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_compose_the_cli_and_enqueue_refuse_with_the_same_code(
        qtbot: QtBot, sim: GatewaySimulator, tmp_path: Path, book: AddressBook,
        outbox: Outbox, case: Bad) -> None:
    draft = Draft(case.to, case.text, case.sender)
    expected = make_plan(draft, Resolver(book, REGION)).problems
    assert [p.code for p in expected] == [case.code]

    if case.compose:
        tab = ComposeTab(book, "", REGION)
        qtbot.addWidget(tab)
        tab.recipients_edit.setText(", ".join(case.to))
        tab.message_edit.setPlainText(case.text)
        tab.sender_edit.setText(case.sender or "")
        tab.recheck()
        assert tab.plan().problems == expected
        assert not tab.send_button.isEnabled()
        assert tab.reason_label.text() == problem_text.describe(expected[0])
        sent: list[object] = []
        tab.send_requested.connect(sent.append)
        tab.send()  # Ctrl+Enter: refused too
        assert sent == []

    if case.cli:
        done = run_send(sim, tmp_path, case, store.source_of(outbox.conn))
        stderr = done.stderr.decode("utf-8", "replace")
        assert done.returncode == 2, stderr
        assert stderr == "error: " + " ".join(refusal(expected).split()) + "\n"
        assert sim.request_count() == 0

    if case.message is not None:
        with pytest.raises(PlanRefused) as refused:
            outbox.enqueue([case.message])
        assert [p.code for p in refused.value.problems] == [case.code]
    assert outbox.count() == 0  # none of them queued anything
