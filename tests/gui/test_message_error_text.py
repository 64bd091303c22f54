"""Why a message did not go reaches the Outbox in the window's language: core stores the
English (the command line, exports) with a code and its values beside it
(core/outbox/message_errors.py); ui/message_error_text.py words it at display."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop_sms.core.outbox.message_errors import (
    INTERRUPTED,
    NOT_DELIVERED,
    OPTED_OUT,
    ErrorCode,
    MessageError,
    of_gateway,
)
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.states import State
from desktop_sms.gateway import AuthError, NetworkError
from desktop_sms.gateway.errors import ProtocolError, RejectedError
from desktop_sms.simulator import GatewaySimulator
from desktop_sms.ui import language
from desktop_sms.ui.main_window import MainWindow
from desktop_sms.ui.message_error_text import describe

ERROR_COLUMN = 6


@pytest.fixture
def greek() -> Iterator[None]:
    language.install("el")
    yield
    language.install("en")  # as tests/gui/conftest.py has it for every other test


def test_a_greek_window_shows_a_gateway_refusal_in_greek(
        qtbot: QtBot, window: MainWindow, sim: GatewaySimulator, greek: None) -> None:
    qtbot.waitUntil(lambda: window.session.is_sender, timeout=5000)
    sim.balance = 0  # the gateway refuses the send: -2|insufficient credit
    window.session.enqueue([NewMessage("+306912345678", "Καλημέρα")])

    def stored_error() -> str | None:
        message = window.reader.get(1)  # the first of a new data folder
        return message.error if message else None

    qtbot.waitUntil(lambda: stored_error() is not None, timeout=10_000)
    stored = window.reader.get(1)
    assert stored is not None
    assert stored.state is State.QUEUED  # kept: it goes once the account is topped up
    # The command line and exports keep the gateway's English.
    assert stored.error == "the gateway refused the message (code -2): -2|insufficient credit"
    greek_words = "Η πύλη απέρριψε το μήνυμα (κωδικός -2): -2|insufficient credit"
    model = window.outbox.model
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 1 and
                    model.data(model.index(0, ERROR_COLUMN)) == greek_words, timeout=5000)
    window.outbox.view.selectRow(0)
    assert greek_words in window.outbox.details.toPlainText()


def test_each_stored_error_is_worded_in_greek(greek: None) -> None:
    def said(error: MessageError) -> str:
        return describe(error.text, error.code.value, error.params_json)

    assert [said(e) for e in (
        of_gateway(RejectedError("-1", "invalid mobile_number")),
        of_gateway(AuthError("refused")),
        of_gateway(NetworkError("connection refused", maybe_sent=False)),
        of_gateway(NetworkError("no answer within 1 s", maybe_sent=True)),
        of_gateway(ProtocolError("not text")),
        of_gateway(ValueError("the message is empty")),
        OPTED_OUT, INTERRUPTED, NOT_DELIVERED)] == [
        "Η πύλη απέρριψε το μήνυμα (κωδικός -1): invalid mobile_number",
        "Η πύλη απέρριψε το όνομα χρήστη ή τον κωδικό πρόσβασης.",
        "Η πύλη δεν ήταν προσβάσιμη· το μήνυμα δεν στάλθηκε (connection refused).",
        "Η πύλη δεν απάντησε· το μήνυμα μπορεί να έχει σταλεί (no answer within 1 s).",
        "Η απάντηση της πύλης δεν ήταν αναγνώσιμη· το μήνυμα μπορεί να έχει σταλεί "
        "(not text).",
        "Το μήνυμα δεν στάλθηκε: η πύλη θα το απέρριπτε (the message is empty).",
        "Δεν στάλθηκε: ο αριθμός είναι στη λίστα απεγγραφών.",
        "Το πρόγραμμα σταμάτησε κατά την αποστολή· η πύλη μπορεί να έχει το μήνυμα.",
        "Το κινητό δίκτυο ανέφερε ότι το μήνυμα δεν μπόρεσε να παραδοθεί."]
    assert {e.value for e in ErrorCode} == {
        "rejected", "auth", "unreachable", "no_answer", "unreadable_answer", "refused_here",
        "opted_out", "interrupted", "not_delivered"}  # each worded above


def test_a_row_without_a_code_shows_its_stored_text(greek: None) -> None:
    # Written before migration 7, or by a newer version with a code this one lacks.
    assert describe("the gateway refused the message", None, None) == (
        "the gateway refused the message")
    assert describe("something new", "from_the_future", None) == "something new"
    assert describe(None, None, None) == ""
