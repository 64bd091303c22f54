"""File → Settings: the account (password via the keyring) and preferences."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_sms.core.credentials import CredentialsError, CredentialStore
from desktop_sms.core.settings import Settings
from desktop_sms.gateway import protocol
from desktop_sms.gateway.urls import check_gateway_url
from desktop_sms.ui.widgets import add_rows, sentence


class SettingsDialog(QDialog):
    test_requested = Signal(str, str, str)  # url, username, password

    def __init__(self, parent: QWidget | None, settings: Settings,
                 credentials: CredentialStore, *, demo: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.credentials = credentials

        self.url_edit = QLineEdit(settings.gateway_url)
        self.url_edit.setObjectName("urlEdit")
        self.user_edit = QLineEdit(settings.username)
        self.user_edit.setObjectName("userEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        try:
            stored = credentials.get(settings.username) if settings.username else None
        except CredentialsError:
            stored = None
        self.password_edit.setPlaceholderText(
            self.tr("(saved)") if stored else self.tr("easysms password"))
        self._stored_password = stored or ""
        self.keyring_label = QLabel(credentials.describe())
        self.keyring_label.setObjectName("keyringLabel")
        self.keyring_label.setWordWrap(True)
        if not credentials.usable:
            self.keyring_label.setStyleSheet("color: #d68910")
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("testButton")
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)

        self.sender_edit = QLineEdit(settings.default_sender)
        self.sender_edit.setObjectName("defaultSenderEdit")
        self.region_box = QComboBox()
        self.region_box.setObjectName("regionBox")
        for region in sorted(phonenumbers.SUPPORTED_REGIONS):
            code = phonenumbers.country_code_for_region(region)
            self.region_box.addItem(f"{region} (+{code})", region)
        self.region_box.setCurrentIndex(max(0, self.region_box.findData(settings.default_region)))
        self.refresh_spin = QSpinBox()
        self.refresh_spin.setObjectName("refreshSpin")
        self.refresh_spin.setRange(10, 3600)
        self.refresh_spin.setSuffix(self.tr(" s"))
        self.refresh_spin.setValue(settings.refresh_seconds)
        self.notify_box = QCheckBox(self.tr("Notify when a message is delivered or fails"))
        self.notify_box.setObjectName("notifyBox")
        self.notify_box.setChecked(settings.notifications)

        account = QGroupBox(self.tr("easysms account"))
        account_form = QFormLayout(account)
        add_rows(account_form, [(self.tr("Gateway &URL:"), self.url_edit),
                                (self.tr("&Username:"), self.user_edit),
                                (self.tr("&Password:"), self.password_edit)])
        account_form.addRow("", self.keyring_label)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        account_form.addRow(test_row)
        if demo:
            for widget in (self.url_edit, self.user_edit, self.password_edit):
                widget.setEnabled(False)
            self.keyring_label.setText(self.tr(
                "DEMO: the built-in simulator. Nothing here touches your real account "
                "or your keyring."))

        preferences = QGroupBox(self.tr("Preferences"))
        form = QFormLayout(preferences)
        add_rows(form, [(self.tr("Default &sender ID:"), self.sender_edit),
                        (self.tr("Default &country:"), self.region_box),
                        (self.tr("&Refresh statuses every:"), self.refresh_spin)])
        form.addRow("", self.notify_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(account)
        layout.addWidget(preferences)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self._test)
        self.resize(560, self.sizeHint().height())

    def password(self) -> str:
        return self.password_edit.text() or self._stored_password

    def _test(self) -> None:
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Testing…"))
        self.test_button.setEnabled(False)
        self.test_requested.emit(self.url_edit.text().strip(), self.user_edit.text().strip(),
                                 self.password())

    @Slot(bool, str)
    def show_test_result(self, ok: bool, text: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet("color: #27ae60" if ok else "color: #c0392b")
        self.test_result.setText(text)

    def accept(self) -> None:
        try:
            url = check_gateway_url(self.url_edit.text())
            if self.sender_edit.text():
                protocol.validate_originator(self.sender_edit.text())
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Settings"), sentence(exc))
            return
        username = self.user_edit.text().strip()
        if self.password_edit.isEnabled() and self.password_edit.text() and username:
            try:
                if not self.credentials.set(username, self.password_edit.text()):
                    QMessageBox.information(self, self.tr("Password"), self.tr(
                        "No system keyring is available, so the password is kept for this "
                        "session only. It was not written to any file."))
            except CredentialsError as exc:
                QMessageBox.warning(self, self.tr("Password"), str(exc))
        self.settings.gateway_url = url
        self.settings.username = username
        self.settings.default_sender = self.sender_edit.text()
        self.settings.default_region = str(self.region_box.currentData())
        self.settings.refresh_seconds = self.refresh_spin.value()
        self.settings.notifications = self.notify_box.isChecked()
        super().accept()
