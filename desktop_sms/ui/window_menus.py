"""The main window's menus (File, Help) and its About box. Their words keep the window's
context ("MainWindow"), so their translations are the window's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from desktop_sms import __version__
from desktop_sms.ui import shortcuts

if TYPE_CHECKING:
    from desktop_sms.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    translate = QCoreApplication.translate
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    settings = QAction(translate("MainWindow", "&Settings…"), window)
    settings.setObjectName("settingsAction")
    settings.setShortcuts(QKeySequence.StandardKey.Preferences)
    settings.triggered.connect(window.open_settings)
    file_menu.addAction(settings)
    refresh = QAction(translate("MainWindow", "&Refresh now"), window)
    refresh.setShortcuts(shortcuts.refresh_keys())
    refresh.triggered.connect(lambda: window.session.poll())
    file_menu.addAction(refresh)
    opt_outs = QAction(translate("MainWindow", "&Opt-out list…"), window)
    opt_outs.triggered.connect(window.open_opt_outs)
    file_menu.addAction(opt_outs)
    file_menu.addSeparator()
    quit_action = QAction(translate("MainWindow", "&Quit"), window)
    quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)
    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    about = QAction(translate("MainWindow", "&About desktop-sms"), window)
    about.triggered.connect(lambda: show_about(window))
    help_menu.addAction(about)
    shortcuts.install(window, help_menu)


def show_about(window: MainWindow) -> None:
    translate = QCoreApplication.translate
    QMessageBox.about(window, translate("MainWindow", "About desktop-sms"), translate(
        "MainWindow", "<h3>desktop-sms {0}</h3><p>Send SMS through the easysms gateway, keep "
        "an address book, and follow every message until it is delivered.</p>"
        "<p>Data folder: {1}</p>").format(__version__, window.folder))
