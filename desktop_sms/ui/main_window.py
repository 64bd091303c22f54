"""The main window: tabs, status bar, menus and tray. It lays out and relays: the
session (ui/session.py) owns the worker, its thread and the polling timer."""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QIcon, QPixmapCache
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSystemTrayIcon,
    QTabWidget,
    QWidget,
)

from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.credentials import CredentialStore
from desktop_sms.core.settings import SETTINGS_FILE, Settings
from desktop_sms.core.states import IN_FLIGHT, State
from desktop_sms.core.store import Connection
from desktop_sms.ui.announce import announce
from desktop_sms.ui.appearance import colours
from desktop_sms.ui.compose_tab import ComposeTab
from desktop_sms.ui.problems import ProblemReporter
from desktop_sms.ui.send_progress import SendProgress
from desktop_sms.ui.status_line import StatusLine
from desktop_sms.ui.window_menus import build_menus

if TYPE_CHECKING:
    from desktop_sms.core.outbox.history import History
    from desktop_sms.core.plan import SendPlan
    from desktop_sms.ui.contacts_tab import ContactsTab
    from desktop_sms.ui.optout_dialog import OptOutDialog
    from desktop_sms.ui.outbox_tab import OutboxTab
    from desktop_sms.ui.session import Session
    from desktop_sms.ui.settings_dialog import SettingsDialog

CONTACTS_TAB, OUTBOX_TAB = 1, 2  # Compose is the first tab
START_DELAY_MS = 200
PIXMAP_CACHE_KIB = 2048
TABS_DELAY_MS = 50  # after the first paint


class MainWindow(QMainWindow):
    def __init__(self, folder: Path, conn: Connection, settings: Settings,
                 credentials: CredentialStore, *, demo: bool = False,
                 icon: QIcon | None = None,
                 before_connect: Callable[[], None] | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        # Qt's style keeps up to 10 MB of drawn pixmaps (one per progress value, size…):
        # bounded, but in a window that runs for weeks it was most of the memory growth
        # the soak suite measured. Our widgets are plain; 2 MB keeps drawing cached.
        QPixmapCache.setCacheLimit(PIXMAP_CACHE_KIB)
        self.folder = folder
        self.settings = settings
        self.demo = demo
        self._before_connect = before_connect  # e.g. start the demo's simulator
        self._shut_down = False
        self._credentials = credentials
        self.book = AddressBook(conn)
        title = "desktop-sms"
        self.setWindowTitle(f"{title} — DEMO" if demo else title)
        if icon:
            self.setWindowIcon(icon)

        self.compose = ComposeTab(self.book, settings.default_sender, settings.default_region)
        self.compose.cost_check_over = settings.cost_check_over
        self.compose.send_at.clock = self._clock = clock  # now, for scheduled sends
        self.conn = conn
        # Contacts and Outbox are built just after the first paint (or when first used):
        # their Qt classes and models cost start-up time the user would wait through.
        self._contacts: ContactsTab | None = None
        self._outbox: OutboxTab | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.compose, self.tr("&Compose"))
        self.tabs.addTab(QWidget(), self.tr("C&ontacts"))
        self.tabs.addTab(QWidget(), self.tr("O&utbox"))
        self.tabs.currentChanged.connect(self._build_tab)
        self.setCentralWidget(self.tabs)

        bar = self.statusBar()
        self.status = StatusLine(bar, lambda: self.session.retry(), self.open_settings)
        self.balance_label = self.status.balance_label
        self.connection_label = self.status.connection_label
        self.refresh_label = self.status.refresh_label
        self.progress = SendProgress()
        self.progress.set_paused(settings.sending_paused)
        self.progress.pause_clicked.connect(lambda: self.session.pause())
        self.progress.resume_clicked.connect(lambda: self.session.resume())
        self.progress.cancel_chosen.connect(lambda rest: self.session.stop_sending(rest))
        if demo:
            demo_label = QLabel(self.tr("DEMO"))
            demo_label.setObjectName("demoLabel")
            badge = colours()  # the same in both schemes
            demo_label.setStyleSheet(f"background: {badge.badge_back}; color: "
                                     f"{badge.badge_text}; font-weight: bold; "
                                     "border-radius: 3px; padding: 0 0.3em")
            bar.addWidget(demo_label)
        bar.addWidget(self.connection_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.refresh_label)
        bar.addPermanentWidget(self.balance_label)

        self.problems = ProblemReporter(self, folder)
        self.problems.fatal.connect(self._close_after_fatal_problem)
        self._fatal_problem = False
        # The session (worker, thread, timer) is built on first use, after the first paint
        # at the latest: importing its modules cost start-up time the user waited through.
        self._session: Session | None = None
        self.compose.send_requested.connect(self._send)
        build_menus(self)
        self.tray: QSystemTrayIcon | None = None
        if icon and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.windowTitle())
            self.tray.activated.connect(self._bring_to_front)
            from desktop_sms.ui.tray_menu import attach_menu  # Hide to the tray, Quit

            attach_menu(self.tray, self)
            self.tray.show()

        self._restore_geometry()
        # Connect and poll once the window is on screen: the worker then imports the HTTP
        # stack, which would otherwise compete with the first paint.
        QTimer.singleShot(START_DELAY_MS, self, self._connect_and_poll)
        QTimer.singleShot(TABS_DELAY_MS, self, self._build_remaining_tabs)

    # --- wiring ----------------------------------------------------------------------------

    @property
    def session(self) -> Session:
        if self._session is None:
            from desktop_sms.ui.session import Session
            from desktop_sms.ui.team_window import team_of

            self._session = Session(self.folder, self._credentials, self.settings,
                                    self.problems, self._busy, self, clock=self._clock,
                                    team=team_of(self.conn))
            self._wire_session(self._session)
            if self._shut_down:  # asked for after quitting: nothing may start running
                self._session.shutdown()
        return self._session

    @cached_property
    def reader(self) -> History:
        from desktop_sms.core.outbox.history import History

        return History(self.conn)

    def _wire_session(self, s: Session) -> None:
        s.messages_changed.connect(self._messages_changed)
        s.messages_added.connect(self._messages_added)
        s.balance_changed.connect(self._balance_changed)
        s.connection_changed.connect(self.status.connection_changed)
        s.statuses_polled.connect(self.status.statuses_polled)
        s.progress.connect(self.progress.show_progress)
        s.drain_finished.connect(self.progress.drain_ended)
        s.paused_changed.connect(self.progress.set_paused)
        s.notify.connect(self._notify)
        s.open_failed.connect(self.status.open_failed)
        s.opened.connect(self.status.opened)
        from desktop_sms.ui.scheduler import Scheduler

        self.scheduler = Scheduler(self, s)
        if s.worker.team is not None:  # others' changes shown live; Retry reads anew
            from desktop_sms.ui.team_window import TeamLink

            self.team_link = TeamLink(self, s, s.worker.team)

    @property
    def contacts(self) -> ContactsTab:
        if self._contacts is None:
            from desktop_sms.ui.contacts_tab import ContactsTab

            self._contacts = ContactsTab(self.book, self.settings.default_region,
                                         self.session, self._window_state())
            self._contacts.send_to.connect(self._compose_to)
            self._contacts.changed.connect(self.compose.refresh_names)
            self._replace_tab(CONTACTS_TAB, self._contacts)
        return self._contacts

    @property
    def outbox(self) -> OutboxTab:
        if self._outbox is None:
            from desktop_sms.ui.outbox_tab import OutboxTab

            self._outbox = OutboxTab(self.conn, self.session)
            self._outbox.cancel_requested.connect(self.session.cancel)
            self._outbox.send_again_requested.connect(self.session.send_again)
            self._outbox.delete_requested.connect(self.session.delete)
            self._outbox.reschedule_requested.connect(self.scheduler.ask_new_time)
            self._replace_tab(OUTBOX_TAB, self._outbox)
        return self._outbox

    def _replace_tab(self, index: int, widget: QWidget) -> None:
        current = self.tabs.currentIndex()
        placeholder, title = self.tabs.widget(index), self.tabs.tabText(index)
        self.tabs.blockSignals(True)  # no currentChanged while the tab is swapped
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, title)  # the placeholder's, translated
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()

    def _build_tab(self, index: int) -> None:
        if index == CONTACTS_TAB:
            self.contacts  # noqa: B018 (built on first access)
        elif index == OUTBOX_TAB:
            self.outbox  # noqa: B018

    def _build_remaining_tabs(self) -> None:
        if self._shut_down:
            return
        self.session  # noqa: B018 (built on first access)
        self._finish_compose()
        self._build_tab(CONTACTS_TAB)
        self._build_tab(OUTBOX_TAB)

    def _finish_compose(self) -> None:
        """Compose's parts that read the database or import more, after the first paint:
        the opt-out list, and the templates."""
        from desktop_sms.core.optout import OptOutList
        from desktop_sms.ui.templates_menu import TemplatesMenu

        compose = self.compose
        compose.add_tool(TemplatesMenu(compose, lambda: self.session,
                                       compose.message_edit.toPlainText, compose.replace_text,
                                       self.conn))
        compose.set_opt_outs(OptOutList(self.conn))

    # --- account and settings -------------------------------------------------------------

    def _connect_and_poll(self) -> None:
        if self._shut_down:
            return
        self.session.start()  # not earlier: it would compete with the first paint
        if self._before_connect:
            self._before_connect()
        self.session.apply_account()
        self.session.poll()  # balance, and whatever changed while we were closed

    def open_settings(self) -> SettingsDialog:
        from desktop_sms.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self, self.settings, self.session, demo=self.demo)
        dialog.finished.connect(lambda result: self._settings_closed(dialog, result))
        dialog.open()
        return dialog

    def open_opt_outs(self) -> OptOutDialog:
        from desktop_sms.ui.optout_dialog import OptOutDialog

        dialog = self.findChild(OptOutDialog) or OptOutDialog(self, self.session)
        dialog.show_list(self.settings.default_region)
        return dialog

    def _settings_closed(self, dialog: SettingsDialog, result: int) -> None:
        if result:
            self.settings.save(self.folder)
            self.compose.sender_edit.setText(self.settings.default_sender)
            self.compose.set_region(self.settings.default_region)
            self.compose.cost_check_over = self.settings.cost_check_over
            if self._contacts:
                self._contacts.region = self.settings.default_region
            self.session.apply_account()
            self.session.schedule_polling()
            self.session.poll()

    # --- worker results ---------------------------------------------------------------------

    def _send(self, plan: SendPlan) -> None:
        campaign = self.compose.campaign_edit.campaign(plan)  # before sent() clears it

        def queue() -> None:
            messages = plan.messages()
            # Asked first: Compose then clears and re-checks, which reads the database and
            # fails when a team's server went away; what was not queued still comes back.
            self.session.enqueue(messages, self.compose.give_back, campaign=campaign,
                                 send_at=self.compose.send_at.confirmed)
            self.compose.sent(plan)
            said = self.compose.send_at.queued_text(len(messages))
            self.statusBar().showMessage(said, 5000)
            announce(self, said)
            self.tabs.setCurrentWidget(self.outbox)

        if len(plan.sendable) > self.settings.cost_check_over:
            from desktop_sms.ui.cost_check import check_cost  # a dialog: when first used

            # Until the check ends, Compose can neither send again (a second batch) nor
            # change what this plan sends (the check would send the old text).
            self.compose.setEnabled(False)
            self.statusBar().showMessage(self.tr("Fetching the balance for the cost check…"))
            check_cost(self, self.session, plan, queue, lambda: self._cost_checked())
        else:
            queue()

    def _cost_checked(self) -> None:
        self.statusBar().clearMessage()
        self.compose.setEnabled(True)
        self.compose.message_edit.setFocus()

    def _bring_to_front(self, _reason: object) -> None:
        self.showNormal()
        self.raise_()

    def _compose_to(self, tokens: list[str]) -> None:
        self.compose.add_recipients(tokens)
        self.tabs.setCurrentWidget(self.compose)
        self.compose.message_edit.setFocus()

    def _messages_changed(self, ids: list[int]) -> None:
        if self._outbox:  # not built yet: it reads the fresh state when it is
            self._outbox.model.messages_changed(ids)

    def _messages_added(self, ids: list[int]) -> None:
        if self._outbox:
            self._outbox.model.messages_added(ids)

    def _balance_changed(self, balance: str) -> None:
        value = Decimal(balance)
        self.status.balance_changed(value)
        self.compose.set_balance(value)

    @Slot(str)
    def _close_after_fatal_problem(self, _text: str) -> None:
        self._fatal_problem = True
        self.close()

    def _notify(self, title: str, text: str) -> None:
        if self.tray and self.settings.notifications:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 5000)

    def _busy(self) -> bool:
        """Messages on their way: the session polls faster."""
        return self.reader.count(*IN_FLIGHT, State.QUEUED) > 0

    # --- window state and quitting -----------------------------------------------------------

    def _window_state(self) -> QSettings:
        return QSettings(str(self.folder / SETTINGS_FILE), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        self._saved_geometry = self._window_state().value("window/geometry")
        if self._saved_geometry is None or not self.restoreGeometry(self._saved_geometry):
            self.resize(1000, 680)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        # After a fatal problem the database may not even be readable: just close.
        queued = 0 if self._fatal_problem else self.reader.count(State.QUEUED, State.SCHEDULED)
        if queued and self._session and self._session.is_sender and self.isVisible():
            answer = QMessageBox.question(
                self, self.tr("Quit desktop-sms?"),
                self.tr("%Ln message(s) are still queued or scheduled. They stay and are "
                        "sent the next time you start desktop-sms. Quit now?", "", queued))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop the timer and the worker thread and wait for it: nothing left running."""
        if self._shut_down:
            return
        self._shut_down = True
        for timer in self.findChildren(QTimer):  # the tabs' typing pauses
            timer.stop()
        geometry = self.saveGeometry()
        if geometry != self._saved_geometry:  # no settings write when nothing moved
            state = self._window_state()
            state.setValue("window/geometry", geometry)
            state.sync()
        if self._session and self._session.worker.team is not None:
            self.team_link.stop()
        if self._session:
            self._session.shutdown()
        if self._outbox:
            self._outbox.shutdown()
        if self._contacts:
            self._contacts.shutdown()
        if self.tray:
            self.tray.hide()
