"""Export… on the Contacts and Outbox tabs: a file dialog, then the export on a thread of
its own (never the GUI thread, nor the worker, which goes on sending and polling) with a
progress dialog and Cancel, then what happened.

``export_to(path, …)`` is the part after the dialog, for tests and for anything that
knows its file already."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QProgressBar, QProgressDialog, QWidget

from desktop_sms.core import store
from desktop_sms.core.contact_export import export_contacts
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.export_file import Progress, ShouldStop
from desktop_sms.core.outbox.campaign_actions import export_report
from desktop_sms.core.outbox.export import export_outbox
from desktop_sms.core.outbox.history import History, OutboxFilter
from desktop_sms.ui.export_words import export_words
from desktop_sms.ui.widgets import tell_later
from desktop_sms.ui.worker import logged_failure

if TYPE_CHECKING:
    from desktop_sms.ui.error_text import Failure
    from desktop_sms.ui.session import Session

# An export reads through a read-only connection of its own thread.
ExportTask = Callable[[store.Connection, Progress, ShouldStop], int]
SHOW_PROGRESS_AFTER_MS = 400


def list_separator() -> str:
    """The CSV separator Excel expects here: where the decimal point is a comma (Greece,
    France), Excel splits columns at semicolons and would show a comma file in one."""
    return ";" if QLocale().decimalPoint() == "," else ","


class _ExportThread(QThread):
    """Runs one export and says how it ended: an .xlsx of 100,000 messages takes half a
    minute, which on the worker would hold up sending and polling."""

    ended = Signal(object, object)  # count | None, Failure | None

    def __init__(self, folder: Path, source: store.Source, task: ExportTask,
                 progress: Progress, stop: ShouldStop) -> None:
        super().__init__()
        self.setObjectName("export")
        self._folder, self._source = folder, source
        self._task, self._progress, self._stop = task, progress, stop

    def run(self) -> None:
        try:
            conn = store.connect_read_only(self._source)
            try:
                count = self._task(conn, self._progress, self._stop)
            finally:
                conn.close()
        except Exception as exc:  # nothing may leave a thread: told as the worker's are
            self.ended.emit(None, logged_failure(exc, self._folder))
        else:
            self.ended.emit(count, None)


class _Exporter(QObject):
    """Runs one export at a time for ``parent`` and tells how it ended."""

    advanced = Signal(int, int)  # done, total: emitted on the worker's thread

    def __init__(self, parent: QWidget, session: Session) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.session = session
        self.running = False
        self._stop = threading.Event()
        self._progress: QProgressDialog | None = None
        self._thread: _ExportThread | None = None
        self._done: Callable[[int], str] = str  # words the count of the running export
        self.advanced.connect(self._advanced)  # queued: the dialog is the GUI thread's

    def _choose(self, name: str, filters: list[str]) -> tuple[Path, str] | None:
        """The file the user chose and the filter it was chosen with, or None."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, selected = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export"), str(Path(folder) / name), ";;".join(filters),
            filters[0])
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:  # the filter's own extension, as "(*.csv)" says
            path = path.with_suffix(selected.rsplit("*", 1)[-1].rstrip(")"))
        return path, selected

    def _run(self, task: ExportTask, done: Callable[[int], str]) -> None:
        if self.running:
            return
        self.running = True
        self._stop.clear()
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0,
                                   self.parent_widget)
        progress.setObjectName("exportProgress")
        bar = QProgressBar()
        bar.setAccessibleName(self.tr("Export progress"))
        progress.setBar(bar)
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        progress.canceled.connect(self._stop.set)
        self._progress = progress
        self._done = done
        worker = self.session.worker  # what it opened: the team database, or the file
        source = worker.team or store.database_path(worker.folder)
        thread = _ExportThread(worker.folder, source, task, self.advanced.emit,
                               self._stop.is_set)
        thread.ended.connect(self._thread_ended)  # queued: emitted on the thread
        self._thread = thread
        thread.start()

    def stop(self) -> None:
        """Quitting: cancel a running export (its temporary file goes) and wait for it."""
        if self._thread is not None:
            self._stop.set()
            self._thread.wait()

    @Slot(object, object)
    def _thread_ended(self, count: int | None, failure: Failure | None) -> None:
        if self._thread is not None:
            self._thread.wait()  # run() has returned: the thread object may go
            self._thread.deleteLater()
            self._thread = None
        if failure is None:
            self._ended(self._done(count or 0))
        else:
            self.session.report(failure)
            self._failed(failure)

    def _advanced(self, done: int, total: int) -> None:
        if self._progress is not None and not self._stop.is_set():
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _ended(self, text: str | None = None, *, warning: bool = False) -> None:
        self.running = False
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        if text:
            tell_later(self.parent_widget, self.tr("Export"), text, warning=warning)

    def _failed(self, failure: Failure) -> None:
        # Cancelled: the user knows. Unexpected or fatal: the session told it already.
        told = self._stop.is_set() or not failure.needs_telling
        self._ended(None if told else failure.text, warning=True)


class ContactsExporter(_Exporter):
    def ask(self) -> None:
        filters = {self.tr("CSV for Excel, UTF-8 (*.csv)"): "utf-8-sig",
                   self.tr("CSV, Windows Greek (Windows-1253) (*.csv)"): "cp1253",
                   self.tr("CSV, Windows Western (Windows-1252) (*.csv)"): "cp1252",
                   self.tr("vCard 4.0 (*.vcf)"): "utf-8-sig"}
        chosen = self._choose(self.tr("contacts.csv"), list(filters))
        if chosen is not None:
            self.export_to(chosen[0], filters.get(chosen[1], "utf-8-sig"))

    def export_to(self, path: Path, encoding: str = "utf-8-sig") -> None:
        delimiter = list_separator()

        def task(conn: store.Connection, progress: Progress, stop: ShouldStop) -> int:
            return export_contacts(AddressBook(conn), path, encoding=encoding, delimiter=delimiter,
                                   progress=progress, should_stop=stop)

        self._run(task, lambda count: self.tr("Exported %Ln contact(s) to {0}.", "",
                                                          count).format(path))


class OutboxExporter(_Exporter):
    def __init__(self, parent: QWidget, session: Session,
                 shown: Callable[[], OutboxFilter]) -> None:
        super().__init__(parent, session)
        self.shown = shown  # what the tab shows when Export is pressed

    def ask(self) -> None:
        chosen = self._choose(self.tr("outbox.xlsx"), [self.tr("Excel workbook (*.xlsx)"),
                                                       self.tr("CSV for Excel (*.csv)")])
        if chosen is not None:
            self.export_to(chosen[0])

    def export_to(self, path: Path) -> None:
        shown, delimiter, words = self.shown(), list_separator(), export_words()

        def task(conn: store.Connection, progress: Progress, stop: ShouldStop) -> int:
            return export_outbox(History(conn), shown, path, delimiter=delimiter,
                                 progress=progress, should_stop=stop, words=words)

        self._run(task, lambda count: self.tr("Exported %Ln message(s) to {0}.", "",
                                              count).format(path))


class CampaignReportExporter(_Exporter):
    """Export report… of the Campaigns view: the summary and every message, to CSV."""

    def ask(self, campaign_id: int, name: str) -> None:
        chosen = self._choose(self.tr("{0} report.csv").format(_file_name(name)),
                              [self.tr("CSV for Excel (*.csv)")])
        if chosen is not None:
            self.export_to(campaign_id, chosen[0])

    def export_to(self, campaign_id: int, path: Path) -> None:
        delimiter, words = list_separator(), export_words()

        def task(conn: store.Connection, progress: Progress, stop: ShouldStop) -> int:
            return export_report(History(conn), campaign_id, path, delimiter=delimiter,
                                 progress=progress, should_stop=stop, words=words)

        self._run(task, lambda count: self.tr(
            "Exported the campaign's report (%Ln message(s)) to {0}.", "", count).format(path))


def _file_name(name: str) -> str:
    """A campaign's name as a file name: no separators or characters Windows refuses."""
    return "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name)[:60].strip()
