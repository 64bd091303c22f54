"""The tray icon's menu: the window can be hidden to the tray and go on sending (queued
messages, and scheduled ones when due) until Quit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon


def attach_menu(tray: QSystemTrayIcon, window: QMainWindow) -> QMenu:
    translate = QCoreApplication.translate
    menu = QMenu(window)
    menu.setObjectName("trayMenu")
    def bring_back() -> None:
        window.showNormal()
        window.raise_()
        window.activateWindow()

    show = menu.addAction(translate("Tray", "&Show desktop-sms"))
    show.triggered.connect(bring_back)
    # Hidden, not closed: the session, its timers and the worker go on.
    hide = menu.addAction(translate("Tray", "&Hide to the tray (scheduled messages still go "
                                            "out)"))
    hide.triggered.connect(window.hide)
    menu.addSeparator()
    quit_action = menu.addAction(translate("Tray", "&Quit"))
    quit_action.triggered.connect(window.close)
    tray.setContextMenu(menu)
    return menu
