"""Entry point: with a command it is the CLI; without one it opens the window."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from desktop_sms.args import parse

if TYPE_CHECKING:
    from argparse import Namespace

    from PySide6.QtWidgets import QApplication

    from desktop_sms.core.credentials import CredentialStore
    from desktop_sms.core.store import Connection, TeamSource
    from desktop_sms.demo import DemoGateway
    from desktop_sms.ui.main_window import MainWindow

SELF_TEST_NUMBER = "+30 691 234 5678"
SELF_TEST_SECONDS = 30


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else list(argv))
    if args.command:
        from desktop_sms.cli import run_command

        return run_command(args)
    if args.self_test:
        args.demo = True
    return run_gui(args)


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    from desktop_sms.core.paths import APP_NAME

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    from desktop_sms.ui import appearance

    appearance.follow(app)
    return app


class GuiSession(NamedTuple):
    """Everything a running window holds; ``close`` releases it all."""

    app: QApplication
    window: MainWindow
    conn: Connection
    demo: DemoGateway | None
    log_path: Path

    def close(self) -> None:
        self.window.shutdown()
        self.window.deleteLater()
        if self.demo:
            self.demo.stop()
        self.conn.close()
        logging.getLogger(__name__).info("stopped; log at %s", self.log_path)


def route_qt_messages() -> Callable[[], None]:
    """Qt's own warnings go to the log and stderr, except the offscreen platform's notice
    that it cannot propagate size hints, which says nothing about us. Returns a function
    that puts the previous handler back."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "does not support propagateSizeHints" in message:
            return
        logging.getLogger("qt").warning("%s", message)
        if kind != QtMsgType.QtDebugMsg:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)

    def restore() -> None:
        qInstallMessageHandler(previous)

    return restore


class StartupFailed(Exception):
    """The window cannot open; the text says why and what to do."""


def run_gui(args: Namespace) -> int:
    restore_messages = route_qt_messages()
    headless = bool(args.quit_when_ready or args.self_test)
    try:
        session = open_gui(args)
    except StartupFailed as exc:
        _tell_startup_failure(str(exc), headless=headless)
        restore_messages()
        return 1
    if session is None:
        restore_messages()
        return 0
    from desktop_sms.ui.problems import install_excepthook

    problems = session.window.problems
    problems.log_path = session.log_path
    problems.headless = headless
    restore_hook = install_excepthook(problems)
    try:
        if args.quit_when_ready:
            _wait_until_painted(session.window)
            return 1 if problems.shown else 0
        if args.self_test:
            return _self_test(session.window)
        return session.app.exec()
    finally:
        restore_hook()
        session.close()
        restore_messages()


def _tell_startup_failure(text: str, *, headless: bool) -> None:
    print("error: " + " ".join(text.split()), file=sys.stderr)
    if not headless:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "desktop-sms", text)


def open_gui(args: Namespace) -> GuiSession | None:
    """Open the window (after the welcome dialog on first start). None if the user left.
    StartupFailed when the data folder or database cannot be used."""
    from desktop_sms.core import paths
    from desktop_sms.core.storage_errors import is_storage_error
    from desktop_sms.ui.storage_text import storage_text
    from desktop_sms.ui.team_text import is_team_error

    app = _application()
    folder = paths.location(args.data_dir, demo=bool(args.demo))
    try:
        return _open_window(app, args)
    except Exception as exc:
        if not is_storage_error(exc):
            raise
        text = storage_text(exc, folder)[0]
        if is_team_error(exc):  # Settings cannot be reached without the window: the way back
            from desktop_sms.core.settings import SETTINGS_FILE
            from desktop_sms.ui.team_text import way_back

            text += "\n\n" + way_back(paths.data_dir(args.data_dir) / SETTINGS_FILE)
        raise StartupFailed(text) from None


def _open_window(app: QApplication, args: Namespace) -> GuiSession | None:
    from PySide6.QtWidgets import QDialog

    from desktop_sms.core import paths
    from desktop_sms.core.settings import Settings
    from desktop_sms.ui import language

    demo = bool(args.demo)
    folder = paths.data_dir(args.data_dir)
    language.install(Settings.load(paths.data_dir(args.data_dir, demo=demo)).language)
    if not demo and not args.quit_when_ready and not Settings.load(folder).has_account:
        from desktop_sms.ui.welcome import WelcomeDialog

        choice = WelcomeDialog().exec()
        if choice == QDialog.DialogCode.Rejected:
            return None
        demo = choice == WelcomeDialog.DEMO
    if demo:
        folder = paths.data_dir(args.data_dir, demo=True)
    from desktop_sms.logfile import setup_logging

    log_path = setup_logging(folder)
    logging.getLogger(__name__).info("starting (demo=%s) in %s", demo, folder)
    credentials = _credentials(demo)
    conn = _open_reader(folder, None if demo else _team(folder, args, credentials))
    try:
        window, demo_gateway = _build_window(folder, conn, demo, credentials)
    except BaseException:
        conn.close()
        raise
    window.show()
    if not demo and not window.settings.has_account:
        window.open_settings()
    return GuiSession(app, window, conn, demo_gateway, log_path)


def _credentials(demo: bool) -> CredentialStore:
    from desktop_sms.core.credentials import CredentialStore

    if not demo:
        return CredentialStore()
    from desktop_sms import demo as demo_mode

    # The demo never touches the real keyring: its password lives in this session only.
    credentials = CredentialStore(system=False)
    credentials.set(demo_mode.DEMO_USER, demo_mode.DEMO_PASSWORD, session_only=True)
    return credentials


def _team(folder: Path, args: Namespace, credentials: CredentialStore) -> TeamSource | None:
    """The team database chosen (--database, $DESKTOP_SMS_DATABASE, Settings), with its
    password, read here once: the window's first reads need it, and the worker opens its
    session with the same. None: the SQLite file (psycopg is then never loaded)."""
    from desktop_sms.core.settings import Settings
    from desktop_sms.core.store.opening import chosen_url, team_source

    url = chosen_url(getattr(args, "database", None), Settings.load(folder).team_database)
    return team_source(url, credentials) if url else None


def _open_reader(folder: Path, team: TeamSource | None) -> Connection:
    from desktop_sms.core.store.opening import open_store

    return open_store(folder, team, reader=True)


def _build_window(folder: Path, conn: Connection, demo: bool,
                  credentials: CredentialStore) -> tuple[MainWindow, DemoGateway | None]:
    from desktop_sms.core.settings import Settings

    settings = Settings.load(folder)
    demo_gateway = None
    if demo:
        from desktop_sms import demo as demo_mode
        from desktop_sms.core.contacts import AddressBook

        demo_gateway = demo_mode.DemoGateway(settings)
        demo_mode.prepare(settings, AddressBook(conn))
    from desktop_sms.ui.main_window import MainWindow
    from desktop_sms.ui.resources import app_icon

    window = MainWindow(folder, conn, settings, credentials, demo=demo, icon=app_icon(),
                        before_connect=demo_gateway.start if demo_gateway else None)
    return window, demo_gateway


def _wait_until_painted(window: MainWindow) -> None:
    """Run events until the window's first paint. A local event loop, not the
    application's: quitting it leaves a QApplication we were handed (tests) untouched."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject

    loop = QEventLoop()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                loop.quit()
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    window.update()
    loop.exec()


def _self_test(window: MainWindow) -> int:
    """Send one message through the Compose tab and wait until the Outbox shows it
    delivered. Prints one line; exit code 0 on success."""
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop_sms.core.outbox.messages import Message
    from desktop_sms.core.states import State
    from desktop_sms.ui.state_names import state_name  # in the window's language

    started = time.monotonic()
    compose = window.compose
    compose.recipients_edit.setText(SELF_TEST_NUMBER)
    compose.message_edit.setPlainText("desktop-sms self-test ✓")
    compose.recheck()  # as after a pause in typing
    compose.send_button.click()
    if compose.message_edit.toPlainText():  # Compose clears itself once it has sent
        print(f"self-test failed: Compose refused to send: {compose.reason_label.text()}",
              file=sys.stderr)
        return 1
    finished: list[Message] = []
    loop = QEventLoop()

    def check() -> None:
        messages = window.reader.messages(limit=1, newest_first=True)
        if messages and messages[0].state in (State.DELIVERED, State.FAILED, State.REJECTED,
                                              State.UNKNOWN):
            finished.append(messages[0])
            loop.quit()
        elif time.monotonic() - started > SELF_TEST_SECONDS:
            loop.quit()

    timer = QTimer(window, interval=100)
    timer.timeout.connect(check)
    timer.start()
    window.problems.shown_one.connect(loop.quit)  # reported on stderr already
    loop.exec()
    timer.stop()
    elapsed = time.monotonic() - started
    if window.problems.shown:
        print(f"self-test failed: {len(window.problems.shown)} problem(s) reported above",
              file=sys.stderr)
        return 1
    if not finished:
        print(f"self-test failed: not delivered within {SELF_TEST_SECONDS} s", file=sys.stderr)
        return 1
    message = finished[0]
    shown = window.outbox.model.data(window.outbox.model.index(0, 4))
    if message.state is not State.DELIVERED or shown != state_name(State.DELIVERED):
        print(f"self-test failed: message ended {message.state} (the Outbox shows {shown})",
              file=sys.stderr)
        return 1
    print(f"self-test passed: message {message.id} to {message.recipient} delivered in "
          f"{elapsed:.1f} s (gateway id {message.gateway_id})")
    return 0

