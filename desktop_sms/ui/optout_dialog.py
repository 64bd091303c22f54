"""File → Opt-out list…: the numbers no message is sent to. Search them, add one by typing
it (checked as it is typed), take the selected ones off, or import a file's numbers.

The list may hold 100,000 numbers: it is read on the worker (the first SHOWN rows that
match the search, and the count), as are all the changes; the dialog shows each answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_sms.core.contact_import import ImportRefused
from desktop_sms.core.optout import OptOut, OptOutImport, OptOutList
from desktop_sms.core.phone import display
from desktop_sms.ui.appearance import tint
from desktop_sms.ui.import_text import refusal_text, row_text
from desktop_sms.ui.locale_text import fmt, when
from desktop_sms.ui.sizes import column_widths
from desktop_sms.ui.widgets import (
    file_to_open,
    search_field,
    show_number_check,
    table_view,
    tell_later,
)

if TYPE_CHECKING:
    from desktop_sms.ui.error_text import Failure
    from desktop_sms.ui.session import Session
    from desktop_sms.ui.worker import GatewayWorker

SHOWN = 2000  # rows shown at most; the search finds the others
SEARCH_PAUSE_MS = 300
REPORTED_ROWS = 200  # rejected rows listed in an import's report
Index = QModelIndex | QPersistentModelIndex


class Page(NamedTuple):
    rows: list[OptOut]  # the first SHOWN that match, newest first
    total: int  # every number on the list


class OptOutModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[OptOut] = []

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Number"), self.tr("Contact"), self.tr("Reason"), self.tr("Added"))

    def set_rows(self, rows: list[OptOut]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return display(row.number)
        if column == 3:
            return when(row.added_at)
        return row.name if column == 1 else row.source


class OptOutDialog(QDialog):
    def __init__(self, parent: QWidget | None, session: Session) -> None:
        super().__init__(parent)
        self.setObjectName("optOutDialog")
        self.setWindowTitle(self.tr("Opt-out list"))
        self.session, self.region = session, ""
        self._asked = 0  # the latest read asked for: older answers are dropped
        self.e164: str | None = None

        intro = QLabel(self.tr("No message is sent to these numbers, from the window or the "
                               "command line, even when typed as a recipient."))
        intro.setWordWrap(True)
        self.search_edit = search_field("optOutSearch", self.tr("Search the opt-out list"),
                                        self.tr("Search number, contact or reason…"))
        self.model = OptOutModel()
        self.view = table_view("optOutView", self.tr("Opt-out list"), self.model)
        column_widths(self.view, (170, 170, 180))
        self.count_label = QLabel()
        self.count_label.setObjectName("optOutCount")

        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("optOutNumber")
        self.number_edit.setAccessibleName(self.tr("Number to add"))
        self.number_edit.setPlaceholderText(self.tr("Number to add"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("optOutReason")
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("Reason (optional)"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("addOptOut")
        self.number_hint = QLabel()
        self.number_hint.setObjectName("optOutHint")
        self.remove_button = QPushButton(self.tr("&Remove selected"))
        self.remove_button.setObjectName("removeOptOut")
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setObjectName("importOptOut")
        self.import_button.setToolTip(self.tr("Add the numbers of a CSV, Excel or vCard file"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # No button takes Enter: in the number field it adds the number, never closes.
        for button in (self.add_button, self.remove_button, self.import_button,
                       buttons.button(QDialogButtonBox.StandardButton.Close)):
            button.setAutoDefault(False)

        adding = QHBoxLayout()
        add_label = QLabel(self.tr("Add a &number:"))
        add_label.setBuddy(self.number_edit)
        adding.addWidget(add_label)
        adding.addWidget(self.number_edit, 2)
        adding.addWidget(self.reason_edit, 2)
        adding.addWidget(self.add_button)
        below = QHBoxLayout()
        below.addWidget(self.count_label, 1)
        below.addWidget(self.remove_button)
        below.addWidget(self.import_button)
        below.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.view, 1)
        layout.addLayout(adding)
        layout.addWidget(self.number_hint)
        layout.addLayout(below)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.number_edit.textChanged.connect(self._check_number)
        self.number_edit.returnPressed.connect(self.add_typed)
        self.reason_edit.returnPressed.connect(self.add_typed)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self._ask_import)
        buttons.rejected.connect(self.close)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._check_number()
        self._selection_changed()
        self.resize(720, 480)

    def show_list(self, region: str) -> None:
        """Open (again): the list as it is now; typed numbers read in ``region``. The
        window keeps one dialog: answers from the worker may arrive after it is closed."""
        self.region = region
        self._check_number()
        self.reload()
        self.open()

    # --- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        search = self.search_edit.text()
        self._asked += 1
        asked = self._asked

        def read(worker: GatewayWorker) -> Page:
            opt_outs = OptOutList(worker.book.conn)
            return Page(opt_outs.list(search, SHOWN), opt_outs.count())

        self.session.run(read, lambda page: self._show(asked, page), self._failed)

    def _show(self, asked: int, page: Page) -> None:
        if asked != self._asked:  # a newer search is on its way
            return
        self.model.set_rows(page.rows)
        if self.search_edit.text().strip():
            shown = fmt(self.tr("{0:,} found, of {1:,} numbers on the list."),
                        len(page.rows), page.total)
        else:
            shown = self.tr("%Ln number(s) on the list.", "", page.total)
        if len(page.rows) == SHOWN:
            shown += " " + fmt(self.tr("The newest {0:,} are shown: search to find others."),
                               SHOWN)
        self.count_label.setText(shown)
        self._selection_changed()

    def _failed(self, failure: Failure) -> None:
        self.import_button.setEnabled(True)
        if failure.needs_telling:
            tell_later(self, self.tr("Opt-out list"), failure.text, warning=True)

    # --- changes ------------------------------------------------------------------------

    def _check_number(self) -> None:
        parsed = show_number_check(self.number_hint, self.number_edit.text(), self.region)
        self.e164 = parsed.e164
        self.add_button.setEnabled(parsed.e164 is not None)

    def add_typed(self) -> None:
        number, reason = self.e164, self.reason_edit.text()
        if number is None:
            return

        def added(new: int) -> None:
            self.number_edit.clear()
            self.number_hint.setText(
                self.tr("{0} added.").format(display(number)) if new
                else self.tr("{0} was on the list already.").format(display(number)))
            tint(self.number_hint, None)
            self.reload()

        self.session.run(lambda w: OptOutList(w.book.conn).add([number], reason), added,
                         self._failed)

    def selected_numbers(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.rows[row].number for row in rows]

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.view.selectionModel().hasSelection())

    def remove_selected(self) -> None:
        numbers = self.selected_numbers()
        if numbers and QMessageBox.question(
            self, self.tr("Remove from the opt-out list"),
            self.tr("Take %Ln number(s) off the opt-out list? Messages can then be sent "
                    "to them again.", "", len(numbers)),
        ) == QMessageBox.StandardButton.Yes:
            self.session.run(lambda w: OptOutList(w.book.conn).remove(numbers),
                             lambda _removed: self.reload(), self._failed)

    def _ask_import(self) -> None:
        path = file_to_open(self, self.tr("Import opt-outs"), self.tr(
            "Numbers (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        """Add the numbers of ``path`` on the worker; a report says what was done."""
        region = self.region

        def task(worker: GatewayWorker) -> OptOutImport | ImportRefused:
            try:
                return OptOutList(worker.book.conn).import_file(path, region)
            except ImportRefused as refused:  # the file's problem, worded here
                return refused

        self.import_button.setEnabled(False)
        self.count_label.setText(self.tr("Importing {0}…").format(path.name))
        self.session.run(task, lambda done: self._imported(path, done), self._failed)

    def _imported(self, path: Path, done: OptOutImport | ImportRefused) -> None:
        self.import_button.setEnabled(True)
        self.reload()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import finished"), "",
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("optOutImportReport")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(done, ImportRefused):
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(self.tr("{0} was not imported: {1}").format(path.name,
                                                                   refusal_text(done)))
        else:
            box.setText(fmt(self.tr("{0}: {1:,} added, {2:,} on the list already, {3:,} "
                                    "rejected."), path.name, done.added, done.already,
                            len(done.rejected)))
            lines = [self.tr("Line {0}: {1}").format(issue.line, row_text(issue))
                     for issue in done.rejected[:REPORTED_ROWS]]
            if len(done.rejected) > REPORTED_ROWS:
                lines.append(fmt(self.tr("… and {0:,} more."), len(done.rejected) - REPORTED_ROWS))
            if done.warnings:
                # Added, yet the person may have meant another number, which is still sent to.
                box.setText(box.text() + " " + self.tr(
                    "%Ln added number(s) may not be what was meant: see the details.", "",
                    len(done.warnings)))
                lines += [self.tr("Line {0}, added: {1}").format(issue.line, row_text(issue))
                          for issue in done.warnings[:REPORTED_ROWS]]
            if lines:
                box.setDetailedText("\n".join(lines))
        box.open()
