"""The address book's and the outbox's refusals reach the window in its language: core
raises a code with its values (core/contacts.py BookFault, core/outbox/refusals.py),
ui/book_text.py and ui/outbox_refusal_text.py word it; the CLI keeps the English."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_sms.core import store
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.errors import Refusal
from desktop_sms.core.outbox.campaign_actions import campaign_or_refuse
from desktop_sms.core.outbox.campaigns import Campaigns
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.ui import language
from desktop_sms.ui.error_text import Kind, failure_of


@pytest.fixture
def book(tmp_path: Path) -> Iterator[AddressBook]:
    conn = store.connect(tmp_path / "db.sqlite3")
    found = AddressBook(conn)
    found.create_group("Ομάδα")
    yield found
    conn.close()


def refused(act: Callable[[], object], folder: Path) -> tuple[str, str]:
    with pytest.raises(Refusal) as caught:
        act()
    failure = failure_of(caught.value, folder)
    assert failure.kind is Kind.INPUT
    return failure.text, str(caught.value)


@pytest.mark.parametrize("code", ["el", "fr"])
def test_each_address_book_refusal_is_worded_in_the_window_language(
        book: AddressBook, tmp_path: Path, code: str) -> None:
    language.install(code)
    try:
        said = [
            refused(lambda: book.add(" ", "+306900000000"), tmp_path),
            refused(lambda: book.create_group(" "), tmp_path),
            refused(lambda: book.create_group(" Ομάδα "), tmp_path),
            refused(lambda: book.rename_group("Λείπει", "Νέα"), tmp_path),
            refused(lambda: book.member_ids("Λείπει"), tmp_path),
        ]
    finally:
        language.install("en")  # as tests/gui/conftest.py has it for every other test
    words = {
        "el": ["Μια επαφή χρειάζεται όνομα.", "Μια ομάδα χρειάζεται όνομα.",
               "Υπάρχει ήδη ομάδα με το όνομα «Ομάδα».",
               "Δεν υπάρχει ομάδα με το όνομα «Λείπει».",
               "Δεν υπάρχει ομάδα με το όνομα «Λείπει»."],
        "fr": ["Un contact a besoin d'un nom.", "Un groupe a besoin d'un nom.",
               "Il existe déjà un groupe nommé «\u00a0Ομάδα\u00a0».",
               "Il n'existe aucun groupe nommé «\u00a0Λείπει\u00a0».",
               "Il n'existe aucun groupe nommé «\u00a0Λείπει\u00a0»."],
    }
    assert [window for window, _ in said] == words[code]
    # The command line and the log keep the English.
    assert [english for _, english in said] == [
        "a contact needs a name", "a group needs a name",
        "there is already a group called 'Ομάδα'", "there is no group called 'Λείπει'",
        "there is no group called 'Λείπει'"]


def test_the_outbox_refusals_are_worded_in_greek(tmp_path: Path) -> None:
    conn = store.connect(tmp_path / "outbox.sqlite3")
    try:
        outbox = Outbox(conn)
        (cancelled,) = outbox.enqueue([NewMessage("+306912345678", "Γεια")])
        outbox.cancel([cancelled])
        queued = outbox.send_again(cancelled)
        language.install("el")
        try:
            said = [
                refused(lambda: outbox.send_again(99), tmp_path),
                refused(lambda: outbox.send_again(queued), tmp_path),
                refused(lambda: campaign_or_refuse(Campaigns(conn), 7), tmp_path),
                refused(lambda: outbox.send_again(cancelled), tmp_path),
            ]
        finally:
            language.install("en")
    finally:
        conn.close()
    assert said == [
        ("Το μήνυμα #99 δεν υπάρχει πλέον.", "message 99 does not exist"),
        ("Το μήνυμα #2 είναι πλέον «σε αναμονή»: μόνο αποτυχημένα, απορριφθέντα, άγνωστα ή "
         "ακυρωμένα μηνύματα μπορούν να σταλούν ξανά.",
         "message 2 is queued; only failed, unknown, rejected, cancelled messages can be "
         "sent again"),
        ("Η καμπάνια #7 δεν υπάρχει πλέον.", "there is no campaign 7"),
        ("Το μήνυμα #1 έχει ήδη σταλεί ξανά, ως μήνυμα #2.",
         "message 1 was sent again already, as message 2"),
    ]


def test_a_gateway_the_account_cannot_use_is_said_in_greek(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The CA bundle named by DESKTOP_SMS_CA_BUNDLE was refused in the gateway client's
    # English, in the status bar of a Greek window. (The address is checked in Settings.)
    from desktop_sms.core.credentials import CredentialStore
    from desktop_sms.ui.worker import GatewayWorker, NoAccount

    credentials = CredentialStore(system=False)
    credentials.set("demo", "pw", session_only=True)
    worker = GatewayWorker(tmp_path, credentials)
    missing = tmp_path / "ca.pem"
    monkeypatch.setenv("DESKTOP_SMS_CA_BUNDLE", str(missing))
    language.install("el")
    try:
        with pytest.raises(NoAccount) as bundle:
            worker.configure("https://gw.example/srvauth/index", "demo")
        (tmp_path / "folder.pem").mkdir()
        monkeypatch.setenv("DESKTOP_SMS_CA_BUNDLE", str(tmp_path / "folder.pem"))
        with pytest.raises(NoAccount) as folder:
            worker.configure("https://gw.example/srvauth/index", "demo")
    finally:
        language.install("en")
    assert str(bundle.value) == f"Το αρχείο αρχών πιστοποίησης «{missing}» δεν υπάρχει."
    assert str(folder.value).startswith("Το «")
