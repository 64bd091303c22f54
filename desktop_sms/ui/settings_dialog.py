"""File → Settings: the account (password via the keyring) and preferences. The keyring
is only touched by the worker, through the session: it may be slow, or ask to be
unlocked, and the window must not wait for it."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_sms.core.credentials import CredentialsError
from desktop_sms.core.plan import Code, Problem, account_problems
from desktop_sms.core.sending.pacing import MAX_CONCURRENCY
from desktop_sms.core.settings import Settings
from desktop_sms.ui import language, problem_text
from desktop_sms.ui.appearance import Tint, tint
from desktop_sms.ui.widgets import add_rows, form_box, region_box, tell_later

if TYPE_CHECKING:
    from desktop_sms.ui.error_text import Failure
    from desktop_sms.ui.session import Session
    from desktop_sms.ui.worker import GatewayWorker


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: Settings, session: Session, *,
                 demo: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.session = session
        self.demo = demo

        self.url_edit = QLineEdit(settings.gateway_url)
        self.url_edit.setObjectName("urlEdit")
        self.user_edit = QLineEdit(settings.username)
        self.user_edit.setObjectName("userEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("easysms password"))
        self.keyring_label = QLabel()
        self.keyring_label.setObjectName("keyringLabel")
        self.keyring_label.setWordWrap(True)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("testButton")
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)

        self.sender_edit = QLineEdit(settings.default_sender)
        self.sender_edit.setObjectName("defaultSenderEdit")
        self.region_box = region_box("regionBox", settings.default_region)
        self.refresh_spin = QSpinBox()
        self.refresh_spin.setObjectName("refreshSpin")
        self.refresh_spin.setRange(10, 3600)
        self.refresh_spin.setSuffix(self.tr(" s"))
        self.refresh_spin.setValue(settings.refresh_seconds)
        self.cost_spin = QSpinBox()
        self.cost_spin.setObjectName("costCheckSpin")
        self.cost_spin.setRange(0, 100_000)
        self.cost_spin.setSuffix(self.tr(" recipients"))
        self.cost_spin.setValue(settings.cost_check_over)
        self.concurrency_spin = QSpinBox()
        self.concurrency_spin.setObjectName("concurrencySpin")
        self.concurrency_spin.setRange(1, MAX_CONCURRENCY)
        self.concurrency_spin.setSuffix(self.tr(" at once"))
        self.concurrency_spin.setValue(settings.pace.concurrency)
        self.pace_spin = QSpinBox()
        self.pace_spin.setObjectName("maxPerMinuteSpin")
        self.pace_spin.setRange(0, 100_000)
        self.pace_spin.setSpecialValueText(self.tr("no limit"))
        self.pace_spin.setSuffix(self.tr(" a minute"))
        self.pace_spin.setValue(settings.pace.max_per_minute)
        self.notify_box = QCheckBox(self.tr("Notify when a message is delivered or fails"))
        self.notify_box.setObjectName("notifyBox")
        self.notify_box.setChecked(settings.notifications)
        self.language_box = QComboBox()
        self.language_box.setObjectName("languageBox")
        self.language_box.addItem(self.tr("System language"), "")
        for code, name in language.NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(settings.language)))
        language_note = QLabel(self.tr("Applies after a restart."))
        language_note.setObjectName("languageNote")
        language_note.setWordWrap(True)

        account, account_form = form_box(self.tr("easysms account"), [
            (self.tr("Gateway &URL:"), self.url_edit), (self.tr("Us&ername:"), self.user_edit),
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

        preferences, form = form_box(self.tr("Preferences"), [
            (self.tr("Default &sender ID:"), self.sender_edit),
            (self.tr("Default &country:"), self.region_box),
            (self.tr("&Refresh statuses every:"), self.refresh_spin),
            (self.tr("Show the cost &before sending to more than:"), self.cost_spin),
            (self.tr("Send &messages:"), self.concurrency_spin),
            (self.tr("Send at m&ost:"), self.pace_spin)])
        form.addRow("", self.notify_box)
        add_rows(form, [(self.tr("&Language:"), self.language_box)])
        form.addRow("", language_note)

        from desktop_sms.ui.team_settings import TeamSection

        self.team = TeamSection(settings, session)
        self.team.box.setEnabled(not demo)  # the demo keeps to its own folder's file
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(account)
        layout.addWidget(self.team.box)
        layout.addWidget(preferences)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self._test)
        self.resize(560, self.sizeHint().height())
        username = settings.username
        session.run(lambda worker: keyring_state(worker, username), self._show_keyring)

    def _words(self, problem: Problem) -> str:
        """An account problem in words: the address's here, the sender's as Compose says
        them."""
        match problem.code:
            case Code.URL_NOT_WEB_ADDRESS:
                return self.tr("'{0}' is not a web address (https://…).").format(
                    problem.params["url"])
            case Code.URL_HAS_LOGIN:
                return self.tr("The gateway URL must not contain a username or password; "
                               "enter them in the account settings instead.")
            case Code.URL_PLAIN_HTTP:
                return self.tr("The gateway URL must start with https:// — plain http would "
                               "send your password unencrypted (it is only allowed for a "
                               "simulator on this computer).")
        return problem_text.describe(problem)

    def _show_keyring(self, state: tuple[bool, bool, str]) -> None:
        saved, usable, description = state
        if saved:
            self.password_edit.setPlaceholderText(self.tr("(saved)"))
        if not self.demo:
            self.keyring_label.setText(description)
            if not usable:
                tint(self.keyring_label, Tint.WARNING)

    def _test(self) -> None:
        tint(self.test_result, None)
        self.test_result.setText(self.tr("Testing…"))
        self.test_button.setEnabled(False)
        url, username = self.url_edit.text().strip(), self.user_edit.text().strip()
        password = self.password_edit.text() or None  # None: the saved one
        self.session.run(lambda worker: worker.test_connection(url, username, password),
                         self._tested, lambda failure: self.show_test_result(False,
                                                                             failure.text))

    def _tested(self, balance: Decimal) -> None:
        self.show_test_result(True, self.tr("Connected. Balance: {0} credits.").format(balance))

    def show_test_result(self, ok: bool, text: str) -> None:
        self.test_button.setEnabled(True)
        tint(self.test_result, Tint.OK if ok else Tint.ERROR)
        self.test_result.setText(text)

    def accept(self) -> None:
        url = self.url_edit.text().strip()
        problems = account_problems(url, self.sender_edit.text())
        if problems:
            QMessageBox.warning(self, self.tr("Settings"), self._words(problems[0]))
            return
        team_problem = self.team.problem()
        if team_problem is not None:
            QMessageBox.warning(self, self.tr("Settings"), team_problem)
            return
        username = self.user_edit.text().strip()
        password = self.password_edit.text()
        if self.password_edit.isEnabled() and password and username:
            # Posted now, so it is stored before the account is applied (the worker takes
            # requests in order), and the dialog does not wait behind a long send.
            self.session.run(lambda worker: worker.credentials.set(username, password),
                             self._password_saved, self._password_not_saved)
        self._save(url)

    def _password_saved(self, in_keyring: bool) -> None:
        if not in_keyring:
            tell_later(self.parentWidget(), self.tr("Password"), self.tr(
                "No system keyring is available, so the password is kept for this "
                "session only. It was not written to any file."))

    def _password_not_saved(self, failure: Failure) -> None:
        if failure.needs_telling:
            tell_later(self.parentWidget(), self.tr("Password"), failure.text, warning=True)

    def _save(self, url: str) -> None:
        username = self.user_edit.text().strip()
        self.settings.gateway_url = url
        self.settings.username = username
        self.settings.default_sender = self.sender_edit.text()
        self.settings.default_region = str(self.region_box.currentData())
        self.settings.refresh_seconds = self.refresh_spin.value()
        self.settings.notifications = self.notify_box.isChecked()
        self.settings.cost_check_over = self.cost_spin.value()
        self.settings.concurrency = self.concurrency_spin.value()
        self.settings.max_per_minute = self.pace_spin.value()
        self.settings.language = str(self.language_box.currentData())
        if self.team.save(self._password_not_saved):
            tell_later(self.parentWidget(), self.tr("Shared team database"), self.tr(
                "The new database is used after a restart of desktop-sms."))
        super().accept()


def keyring_state(worker: GatewayWorker, username: str) -> tuple[bool, bool, str]:
    """On the worker: is a password saved for ``username``; is the keyring usable; its
    description. A keyring that cannot be read counts as nothing saved."""
    credentials = worker.credentials
    try:
        saved = bool(credentials.get(username)) if username else False
    except CredentialsError:
        saved = False
    return saved, credentials.usable, credentials.describe()
