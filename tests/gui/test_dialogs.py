"""Contacts editing, groups, settings (password to the keyring only), welcome, self-test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_sms.core import store
from desktop_sms.core.credentials import SERVICE, CredentialStore
from desktop_sms.core.settings import SETTINGS_FILE, Settings
from desktop_sms.simulator import GatewaySimulator
from desktop_sms.ui import language
from desktop_sms.ui.contacts_tab import ContactDialog
from desktop_sms.ui.main_window import MainWindow
from desktop_sms.ui.settings_dialog import SettingsDialog
from desktop_sms.ui.welcome import WelcomeDialog
from tests.conftest import SENTINEL_PASSWORD
from tests.gui.prompts import answer_prompts
from tests.unit.test_credentials import MemoryKeyring


def test_contact_dialog_checks_the_number_as_typed(qtbot: QtBot, window: MainWindow) -> None:
    dialog = ContactDialog(window, "GR")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.name_edit.setText("Anna")
    dialog.number_edit.setText("691 234")
    assert not ok.isEnabled() and "too few digits" in dialog.number_hint.text()
    dialog.number_edit.setText("691 234 5678")
    assert ok.isEnabled() and dialog.e164 == "+306912345678"
    assert dialog.number_hint.text() == "✔ +30 691 234 5678"
    dialog.name_edit.setText("  ")
    assert not ok.isEnabled()  # a contact needs a name


# Failed 3 times in 10 runs of tests/gui with 3 workers on 2 cores (the removal from the
# group never came): a race to find, not to hide; alone it has not failed.
@pytest.mark.alone
def test_groups_create_rename_fill_and_delete(qtbot: QtBot, window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    tab = window.contacts
    prompts = answer_prompts(monkeypatch, "Friends", "Best friends")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    def names() -> list[str]:
        return [tab.group_list.item(i).text() for i in range(tab.group_list.count())]

    # Written by the worker; the tab re-reads once it has.
    tab.new_group()
    qtbot.waitUntil(lambda: names() == ["Friends", "Team"], timeout=5000)
    assert tab.current_group() == "Friends"
    tab.rename_group()
    qtbot.waitUntil(lambda: tab.current_group() == "Best friends", timeout=5000)
    assert [p.shown for p in prompts] == ["", "Friends"]  # renaming starts from the name
    tab.view.selectRow(0)  # Claire Dubois
    tab.join_button.click()
    qtbot.waitUntil(lambda: tab.model.contact(0).groups == ("Best friends",), timeout=5000)
    assert [c.name for c in window.book.members("Best friends")] == ["Claire Dubois"]
    tab.view.selectRow(0)
    tab.leave_button.click()
    qtbot.waitUntil(lambda: window.book.members("Best friends") == [], timeout=5000)
    tab.delete_group_button.click()
    qtbot.waitUntil(lambda: [name for name, _ in window.book.groups()] == ["Team"],
                    timeout=5000)


def test_a_duplicate_group_name_is_refused_in_the_same_words(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[tuple[str, str]] = []
    answer_prompts(monkeypatch, "Team")
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text: warnings.append((title, text)))
    window.contacts.new_group()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert warnings == [("Contacts", "There is already a group called 'Team'.")]


def test_a_greek_window_refuses_a_duplicate_group_in_greek(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    answer_prompts(monkeypatch, "Team")
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text))
    language.install("el")
    try:
        window.contacts.new_group()
        qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    finally:
        language.install("en")
    assert warnings == ["Υπάρχει ήδη ομάδα με το όνομα «Team»."]


def test_search_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.contacts

    def names() -> list[str]:
        return [tab.model.contact(r).name for r in range(tab.model.rowCount())]

    # The search runs on its own thread; its answer replaces the rows in one step.
    qtbot.keyClicks(tab.search_edit, "geor")
    qtbot.waitUntil(lambda: names() == ["Nikos Georgiou"], timeout=5000)
    tab.search_edit.clear()
    assert tab.model.rowCount() == 3  # all again, at once


class ThreadRecordingKeyring(MemoryKeyring):
    """Records the thread of every keyring call: the GUI thread must make none."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[QThread] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.threads.append(QThread.currentThread())
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.threads.append(QThread.currentThread())
        super().set_password(service, username, password)


# Failed once in 13 runs of tests/gui with 3 workers on 2 cores; alone it has not failed.
@pytest.mark.alone
def test_settings_store_password_in_keyring_on_the_worker_never_in_the_file(
    qtbot: QtBot, tmp_path: Path, sim: GatewaySimulator
) -> None:
    backend = ThreadRecordingKeyring()
    backend.set_password(SERVICE, "demo", SENTINEL_PASSWORD)
    backend.threads.clear()
    folder = tmp_path
    conn = store.connect(store.database_path(folder))
    settings = Settings(gateway_url=sim.url, username="demo")
    window = MainWindow(folder, conn, settings, CredentialStore(backend))
    window.show()
    try:
        qtbot.waitUntil(lambda: "Connected" in window.connection_label.text(), timeout=5000)
        dialog = window.open_settings()
        qtbot.waitUntil(lambda: "ThreadRecordingKeyring" in dialog.keyring_label.text(),
                        timeout=5000)
        assert dialog.password_edit.placeholderText() == "(saved)"
        dialog.user_edit.setText("anna")
        dialog.password_edit.setText("S3ntinel-settings")
        dialog.sender_edit.setText("Shop")
        dialog.accept()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
        assert backend.items[(SERVICE, "anna")] == "S3ntinel-settings"
        assert settings.username == "anna"
        written = (folder / SETTINGS_FILE).read_text()
        assert "anna" in written and "S3ntinel" not in written
        # Read at start-up, read for the dialog, written on Save: all on the worker.
        worker_thread = window.session.worker_thread.thread
        assert len(backend.threads) >= 3
        assert all(thread is worker_thread for thread in backend.threads)
    finally:
        window.shutdown()
        window.deleteLater()
        conn.close()


def test_settings_refuse_plain_http_to_a_remote_host(qtbot: QtBot, window: MainWindow,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(str(a[2])))
    settings = Settings()
    dialog = SettingsDialog(None, settings, window.session)
    qtbot.addWidget(dialog)
    dialog.url_edit.setText("http://www.net2sms.gr/srvauth/index")
    dialog.accept()
    assert warnings and "https://" in warnings[0]
    assert settings.gateway_url.startswith("https://")  # unchanged


def test_welcome_offers_account_or_demo(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    demo = dialog.findChild(QPushButton, "demoButton")
    assert demo is not None
    demo.click()
    assert dialog.result() == WelcomeDialog.DEMO


def test_self_test_sends_through_the_window_and_sees_delivery(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop_sms", "--self-test", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("self-test passed: message 1 to +306912345678 delivered")
