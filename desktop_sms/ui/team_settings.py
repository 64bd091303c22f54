"""Settings → "Shared team database": the PostgreSQL address an office shares (empty: this
computer's own file), its password (kept in the keyring, never in the settings file), and
Test connection. The keyring and the server are reached on the worker, never here."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton

from desktop_sms.core.credentials import CredentialsError
from desktop_sms.core.errors import InputError
from desktop_sms.core.settings import Settings
from desktop_sms.core.store import location as team_location
from desktop_sms.ui.appearance import Tint, tint
from desktop_sms.ui.team_text import address_text, is_team_error, team_text
from desktop_sms.ui.widgets import form_box

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGroupBox

    from desktop_sms.ui.error_text import Failure
    from desktop_sms.ui.session import Session
    from desktop_sms.ui.worker import GatewayWorker


class Tested(NamedTuple):
    ok: bool
    text: str


class Reached(NamedTuple):
    """What Test connection found: the schema's number (0: not set up yet), the messages."""
    schema: int
    messages: int


class TeamSection(QObject):
    def __init__(self, settings: Settings, session: Session) -> None:
        super().__init__()
        self.settings = settings
        self.session = session
        self.url_edit = QLineEdit(settings.team_database)
        self.url_edit.setObjectName("teamUrlEdit")
        self.url_edit.setPlaceholderText("postgresql://USER@HOST/DATABASE")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("teamPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("database password"))
        self.hint = QLabel(self.tr(
            "Empty: the data stays in this computer's own file. A server that is not on this "
            "computer is reached over an encrypted connection (TLS), its certificate checked. "
            "The password is kept in the system keyring. Changes apply after a restart."))
        self.hint.setObjectName("teamHint")
        self.hint.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test d&atabase"))
        self.test_button.setObjectName("teamTestButton")
        self.move_button = QPushButton(self.tr("Mo&ve my data to the team database…"))
        self.move_button.setObjectName("teamMoveButton")
        self.move_button.setToolTip(self.tr(
            "Copy this computer's contacts, lists and messages into the team database; "
            "this computer's file is kept."))
        self.test_result = QLabel()
        self.test_result.setObjectName("teamTestResult")
        self.test_result.setWordWrap(True)
        self.box: QGroupBox
        self.box, form = form_box(self.tr("Shared team database"), [
            (self.tr("&Database address:"), self.url_edit),
            (self.tr("Database pass&word:"), self.password_edit)])
        self.box.setObjectName("teamBox")
        form.addRow("", self.hint)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.move_button)
        row.addWidget(self.test_result, 1)
        form.addRow(row)
        self.test_button.clicked.connect(self.test)
        from desktop_sms.ui.team_move import TeamMove

        self.mover = TeamMove(self)
        self.move_button.clicked.connect(self.mover.ask)
        self.url_edit.textChanged.connect(self.update_move)
        self.update_move()

    def update_move(self) -> None:
        """Moving is offered while this window uses this computer's file and an address is
        typed, one move at a time."""
        self.move_button.setEnabled(bool(self.url_edit.text().strip())
                                    and self.session.worker.team is None
                                    and not self.mover.busy)

    def chosen(self) -> bool:
        """The typed address is the one used from the next start."""
        url = self.url_edit.text().strip()
        return self.problem() is None and bool(url) and (
            team_location.parse(url)[0].url == self.settings.team_database)

    def choose(self) -> None:
        """Use the typed address from the next start (its password to the keyring), kept
        at once: the data is there already, whatever becomes of this dialog."""
        self.save(lambda failure: self.show_status(False, failure.text))
        self.settings.save(self.session.worker.folder)

    def problem(self) -> str | None:
        """Why the address cannot be saved, in words; None when it can (or is empty)."""
        url = self.url_edit.text().strip()
        if not url:
            return None
        try:
            team_location.parse(url)
        except InputError as exc:
            return address_text(exc)
        return None

    def save(self, on_error: Callable[[Failure], None]) -> bool:
        """Keep the address, without a password (one typed into it goes to the keyring
        with the one typed below, on the worker). True when it changed: it applies after
        a restart. Call after problem() said None."""
        url = self.url_edit.text().strip()
        kept, password = "", self.password_edit.text()
        if url:
            location, in_url = team_location.parse(url)
            kept, password = location.url, password or in_url or ""
            if password:
                name = location.keyring_name
                self.session.run(lambda w: w.credentials.set(name, password),
                                 on_error=on_error)
        changed = kept != self.settings.team_database
        self.settings.team_database = kept
        return changed

    def test(self) -> None:
        tint(self.test_result, None)
        problem = self.problem()
        if problem is not None:
            self.show_result(Tested(False, problem))
            return
        url = self.url_edit.text().strip()
        if not url:
            self.show_result(Tested(True, self.tr("No team database: the data stays in this "
                                                  "computer's own file.")))
            return
        self.test_result.setText(self.tr("Testing…"))
        self.test_button.setEnabled(False)
        password = self.password_edit.text() or None  # None: the one kept in the keyring
        self.session.run(lambda worker: test_team(worker, url, password), self._tested,
                         lambda failure: self.show_result(Tested(False, failure.text)))

    def _tested(self, found: Reached | str) -> None:
        if isinstance(found, str):
            self.show_result(Tested(False, found))
        elif found.schema == 0:
            self.show_result(Tested(True, self.tr(
                "Connected: the database is empty; desktop-sms sets it up when it first opens "
                "it.")))
        else:
            self.show_result(Tested(True, self.tr(
                "Connected: schema {0}, %Ln message(s).", "", found.messages).format(
                    found.schema)))

    def show_result(self, tested: Tested) -> None:
        self.test_button.setEnabled(True)
        self.show_status(tested.ok, tested.text)

    def show_status(self, ok: bool | None, text: str) -> None:
        """The section's line: a test's or a move's outcome (None: under way)."""
        tint(self.test_result, None if ok is None else Tint.OK if ok else Tint.ERROR)
        self.test_result.setText(text)


def test_team(worker: GatewayWorker, url: str, password: str | None) -> Reached | str:
    """On the worker (it owns the keyring): connect once, read the schema and the messages
    count. A server's refusal (in words) is an answer here, not the open database's
    failure."""
    from desktop_sms.core.outbox.history import History
    from desktop_sms.core.store import postgres

    location, password = team_password(worker, url, password)
    try:
        conn = postgres.connect(location, password, migrate=False, read_only=True,
                                application="desktop-sms settings")
        try:
            schema = postgres.schema_version(conn)
            return Reached(schema, History(conn).count() if schema else 0)
        finally:
            conn.close()
    except Exception as exc:
        if not is_team_error(exc):
            raise
        return team_text(exc)


def team_password(worker: GatewayWorker, url: str,
                  typed: str | None) -> tuple[team_location.TeamLocation, str | None]:
    """On the worker: the database ``url`` names, and the password to use: the one typed,
    else one in the address, else the keyring's."""
    location, in_url = team_location.parse(url)
    password = typed or in_url
    if password is None:
        try:
            password = worker.credentials.get(location.keyring_name)
        except CredentialsError:
            password = None  # libpq may still find one (PGPASSWORD, ~/.pgpass)
    return location, password
