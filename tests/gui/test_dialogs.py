"""Contacts editing, groups, settings (password to the keyring only), welcome, self-test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_sms.core.credentials import SERVICE, CredentialStore
from desktop_sms.core.settings import SETTINGS_FILE, Settings
from desktop_sms.ui.contacts_tab import ContactDialog
from desktop_sms.ui.main_window import MainWindow
from desktop_sms.ui.settings_dialog import SettingsDialog
from desktop_sms.ui.welcome import WelcomeDialog
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


def test_groups_create_rename_fill_and_delete(qtbot: QtBot, window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    tab = window.contacts
    answers = iter([("Friends", True), ("Best friends", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.new_group()
    names = [tab.group_list.item(i).text() for i in range(tab.group_list.count())]
    assert names == ["Friends", "Team"]
    tab.group_list.setCurrentRow(0)
    tab.rename_group()
    assert tab.current_group() == "Best friends"
    tab.view.selectRow(0)  # Claire Dubois
    tab.join_button.click()
    assert [c.name for c in window.book.members("Best friends")] == ["Claire Dubois"]
    assert tab.model.contact(0).groups == ("Best friends",)
    tab.view.selectRow(0)
    tab.leave_button.click()
    assert window.book.members("Best friends") == []
    tab.delete_group_button.click()
    assert [name for name, _ in window.book.groups()] == ["Team"]


def test_search_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.contacts
    qtbot.keyClicks(tab.search_edit, "geor")
    assert [tab.model.contact(r).name for r in range(tab.model.rowCount())] == ["Nikos Georgiou"]
    tab.search_edit.clear()
    assert tab.model.rowCount() == 3


def test_settings_store_password_in_keyring_never_in_the_file(
    qtbot: QtBot, tmp_path: Path, window: MainWindow
) -> None:
    backend = MemoryKeyring()
    settings = Settings()
    dialog = SettingsDialog(None, settings, CredentialStore(backend))
    qtbot.addWidget(dialog)
    assert "MemoryKeyring" in dialog.keyring_label.text()
    dialog.url_edit.setText("https://www.net2sms.gr/srvauth/index")
    dialog.user_edit.setText("anna")
    dialog.password_edit.setText("S3ntinel-settings")
    dialog.sender_edit.setText("Shop")
    dialog.accept()
    settings.save(tmp_path)
    assert backend.items == {(SERVICE, "anna"): "S3ntinel-settings"}
    written = (tmp_path / SETTINGS_FILE).read_text()
    assert "anna" in written and "S3ntinel" not in written


def test_settings_refuse_plain_http_to_a_remote_host(qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(str(a[2])))
    settings = Settings()
    dialog = SettingsDialog(None, settings, CredentialStore(system=False))
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
