"""Problems shown to the user: from the worker, from the data folder, and exceptions nobody
expected. Always on the GUI thread, never inside a paint, each text once.

An exception in a worker slot or a Qt virtual reaches sys.excepthook on whatever thread
raised it; a dialog opened there crashed the window ("double free"). The hook only logs
and posts the text here, by a queued signal; this object, living on the GUI thread, shows it
from the event loop.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_sms.core.storage_errors import is_storage_error
from desktop_sms.ui.storage_text import storage_text
from desktop_sms.ui.team_text import is_slow_answer, is_team_error, team_text

log = logging.getLogger(__name__)


class ProblemReporter(QObject):
    report = Signal(str, bool)  # text, fatal: emit from any thread
    fatal = Signal(str)  # after a fatal problem was shown: the window closes
    shown_one = Signal(str)  # any problem, once shown (the self-test stops on it)
    # The team database's server went away (the first failure of the window's own reads):
    # the status bar says so, with Retry; its words.
    server_away = Signal(str)

    def __init__(self, parent: QWidget, folder: Path, log_path: Path | None = None) -> None:
        super().__init__(parent)
        self.window = parent
        self.folder = folder
        self.log_path = log_path
        # No one to click a dialog away (--self-test, --quit-when-ready): stderr instead.
        self.headless = False
        self.shown: list[str] = []
        self.box: QMessageBox | None = None
        self._fatal_text: str | None = None
        self._away = False  # the server's first failure was told: the next are quiet
        # From another thread this arrives queued; from the GUI thread it would run at
        # once, maybe inside a paint: _later defers it to the event loop either way.
        self.report.connect(self._later)

    def show(self, text: str, fatal: bool) -> None:
        if self._fatal_text is not None:
            return  # closing already; the first fatal problem is the one that matters
        if fatal:
            self._fatal_text = text
            text += "\n\n" + self.tr("desktop-sms will close now.")
        elif self.box is not None and self.box.isVisible():
            if self.box.text() != text:  # one box at a time: it shows the latest problem
                self.shown.append(text)
                self.shown_one.emit(text)
                self.box.setText(text)
            return
        self.shown.append(text)
        self.shown_one.emit(text)
        if self.headless:
            print("error: " + " ".join(text.split()), file=sys.stderr)
            if fatal:
                self.fatal.emit(self._fatal_text or text)
            return
        from PySide6.QtCore import Qt  # its first import costs 18 ms: not at start-up

        box = QMessageBox(QMessageBox.Icon.Critical if fatal else QMessageBox.Icon.Warning,
                          "desktop-sms", text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("problemBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if fatal:
            box.finished.connect(lambda _result: self.fatal.emit(self._fatal_text or text))
        self.box = box
        box.destroyed.connect(self._forget_box)
        box.open()  # not exec(): no nested event loop inside whatever slot reported this

    def lost_server(self, error: BaseException) -> None:
        """Any thread: a team database's failure nobody caught. Every read the window makes
        fails while its server is away; the first is logged and told, once, by the status
        bar (not a dialog each), until back()."""
        if self._away:
            log.debug("the team database is still away: %s", error)
            return
        self._away = True
        log.warning("the team database went away: %s", error)
        self.server_away.emit(team_text(error))

    def away(self) -> None:
        """The team database went away (the status bar says so): the window's own reads
        failing until back() are quiet."""
        self._away = True

    def back(self) -> None:
        """The team database was opened again: its next failure is told."""
        self._away = False

    def _later(self, text: str, fatal: bool) -> None:
        QTimer.singleShot(0, self, lambda: self.show(text, fatal))

    def _forget_box(self) -> None:
        self.box = None

    def describe(self, error: BaseException) -> tuple[str, bool]:
        """The words and fatality of an exception nobody caught."""
        if is_storage_error(error):
            return storage_text(error, self.folder)
        # The type only: an exception's own text may quote anything (a password in a
        # URL, a message); the log file has it, with the traceback.
        return self.with_log_path(self.tr(
            "Something went wrong that desktop-sms did not expect ({0}). Your messages are "
            "safe.").format(type(error).__name__)), False

    def with_log_path(self, text: str) -> str:
        """``text``, then where the details are."""
        if not self.log_path:
            return text
        return f"{text}\n\n{self.tr('The details are in the log file:')}\n{self.log_path}"


def install_excepthook(reporter: ProblemReporter) -> Callable[[], None]:
    """Unexpected exceptions, from any thread, are logged and shown (once, on the GUI
    thread). Returns a function that puts the previous hook back."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        if is_slow_answer(error):  # the server is there, busy: the next refresh reads again
            logging.getLogger("desktop_sms").warning("the team database was slow: %s", error)
            return
        if is_team_error(error):  # not a bug: the server went away (or was not reached)
            reporter.lost_server(error)
            return
        logging.getLogger("desktop_sms").critical("unexpected error",
                                                  exc_info=(kind, error, trace))
        try:
            reporter.report.emit(*reporter.describe(error))
        except RuntimeError:  # the reporter is gone (shutting down): the log has it
            pass

    sys.excepthook = hook
    return lambda: setattr(sys, "excepthook", previous)
