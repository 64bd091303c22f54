"""Contacts → Import…: the file read, previewed and mapped, checked, then imported — each
step on the worker (a sheet of 100,000 rows takes seconds), with progress and a way out.
Nothing is written until Import is pressed, and a stopped import writes nothing."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_sms.core.contact_import.apply import apply_import, existing_numbers
from desktop_sms.core.contact_import.checking import ImportPlan, Policy, check_import
from desktop_sms.core.contact_import.encoding import ENCODINGS
from desktop_sms.core.contact_import.errors import ImportRefused
from desktop_sms.core.contact_import.headers import Role
from desktop_sms.core.contact_import.mapping import Column, ColumnMapping, guess_mapping
from desktop_sms.core.contact_import.reading import read_file
from desktop_sms.core.contact_import.table import FileKind, Table, no_contacts
from desktop_sms.ui.import_report import ImportReport
from desktop_sms.ui.import_text import refusal_text, role_name
from desktop_sms.ui.locale_text import fmt
from desktop_sms.ui.sizes import wide
from desktop_sms.ui.widgets import form_box, region_box

if TYPE_CHECKING:
    from desktop_sms.ui.error_text import Failure
    from desktop_sms.ui.session import Session
    from desktop_sms.ui.worker import GatewayWorker

T = TypeVar("T")
CHECK_DELAY_MS = 300  # after a change of mapping or options: one check for a burst of them
EXAMPLES = 3  # cells shown per column


def _or_refusal(call: Callable[[], T]) -> T | ImportRefused:
    """The file's own problems are an answer to show in the dialog, not a failure."""
    try:
        return call()
    except ImportRefused as refusal:
        return refusal


class _Progress(QObject):
    """Reports from the worker's thread, delivered on the GUI thread (queued)."""

    changed = Signal(int, int)  # done, total


class ImportDialog(QDialog):
    imported = Signal()  # the address book changed

    def __init__(self, parent: QWidget, path: Path, session: Session, region: str,
                 groups: list[str]) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import contacts — {0}").format(path.name))
        self.path, self.session = path, session
        self.table: Table | None = None
        self.mapping: ColumnMapping | None = None
        self.plan: ImportPlan | None = None
        self._request = 0  # answers to older requests are stale
        self._titles: list[str] = []  # the columns' headers, or 'Column N'
        self._stop = threading.Event()
        self._importing = False
        self._progress = _Progress()
        self._progress.changed.connect(self._show_progress)

        self.encoding_box = QComboBox()
        self.encoding_box.setObjectName("importEncoding")
        names = {"utf-8": self.tr("UTF-8"), "utf-8-sig": self.tr("UTF-8 with BOM"),
                 "utf-16-le": self.tr("UTF-16 LE (Excel's Unicode text)"),
                 "utf-16-be": self.tr("UTF-16 BE"), "cp1253": self.tr("Windows-1253 (Greek)"),
                 "cp1252": self.tr("Windows-1252 (Western European)")}
        for name in ENCODINGS:
            self.encoding_box.addItem(names.get(name, name), name)
        self.separator_box = QComboBox()
        self.separator_box.setObjectName("importSeparator")
        for separator, shown in ((",", self.tr(", (comma)")), (";", self.tr("; (semicolon)")),
                                 ("\t", self.tr("Tab"))):
            self.separator_box.addItem(shown, separator)
        self.sheet_box = QComboBox()
        self.sheet_box.setObjectName("importSheet")
        file_box, self._file_form = form_box(self.tr("File"), [
            (self.tr("&Encoding:"), self.encoding_box),
            (self.tr("&Separator:"), self.separator_box),
            (self.tr("S&heet:"), self.sheet_box)])

        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("importColumns")
        self.columns.setAccessibleName(self.tr("Columns and what they become"))
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Examples"), self.tr("Import as")])
        self.columns.verticalHeader().hide()
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.setColumnWidth(0, wide(self.columns, 170))
        self.columns.setColumnWidth(2, wide(self.columns, 170))
        self.columns.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        self.region_box = region_box("importRegion", region)
        self.group_box = QComboBox()
        self.group_box.setObjectName("importGroup")
        self.group_box.setEditable(True)
        self.group_box.addItems(["", *groups])
        self.group_box.setPlaceholderText(self.tr("none"))
        self.policy_box = QComboBox()
        self.policy_box.setObjectName("importPolicy")
        for policy, shown in ((Policy.SKIP, self.tr("Skip them")),
                              (Policy.UPDATE, self.tr("Update the contact")),
                              (Policy.KEEP, self.tr("Add them as well"))):
            self.policy_box.addItem(shown, policy)
        options, _form = form_box(self.tr("Options"), [
            (self.tr("Country of numbers without a country &code:"), self.region_box),
            (self.tr("Add everyone to the &group:"), self.group_box),
            (self.tr("Numbers already in the &address book:"), self.policy_box)])

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("importCancel")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(file_box)
        layout.addWidget(self.columns, 1)
        layout.addWidget(options)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.bar)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._check)
        for box in (self.encoding_box, self.separator_box, self.sheet_box):
            box.activated.connect(lambda _index: self._read())
        for box in (self.region_box, self.policy_box):
            box.activated.connect(lambda _index: self._changed())
        self.group_box.editTextChanged.connect(lambda _text: self._changed())
        self.import_button.clicked.connect(self._import)
        self.cancel_button.clicked.connect(self.reject)
        self.resize(760, 620)
        self._read(first=True)

    # --- reading and mapping ---------------------------------------------------------------

    def _next_request(self, busy_text: str) -> int:
        self._request += 1
        self._stop.set()  # the request before, if still running, is of no use now
        self._stop = threading.Event()
        self.import_button.setEnabled(False)
        self.summary.setText(busy_text)
        self.bar.setRange(0, 0)
        self.bar.show()
        return self._request

    def _read(self, *, first: bool = False) -> None:
        """Read the file (again, with the encoding, separator or sheet chosen)."""
        path = self.path
        encoding = None if first else str(self.encoding_box.currentData())
        separator = None if first else str(self.separator_box.currentData())
        sheet = self.sheet_box.currentText() or None
        number = self._next_request(self.tr("Reading the file…"))

        def read(_worker: GatewayWorker) -> tuple[Table, ColumnMapping] | ImportRefused:
            def both() -> tuple[Table, ColumnMapping]:
                table = read_file(path, encoding=encoding, delimiter=separator, sheet=sheet)
                return table, guess_mapping(table)
            return _or_refusal(both)

        self.session.run(read, lambda answer: self._read_done(number, answer),
                         lambda failure: self._failed(number, failure))

    def _read_done(self, number: int,
                   answer: tuple[Table, ColumnMapping] | ImportRefused) -> None:
        if number != self._request:
            return
        if isinstance(answer, ImportRefused):
            # What the earlier reading showed is not this file as read now: gone with it.
            self.table = self.mapping = None
            self.columns.setRowCount(0)
            self._refused(answer)
            return
        self.table, self.mapping = answer
        self._show_file(self.table)
        self._show_columns()
        if not self.table.rows:  # a header alone (a workbook's other sheet may have rows)
            self._refused(no_contacts(self.table))
            return
        self._check()

    def _show_file(self, table: Table) -> None:
        text_file = table.kind is not FileKind.XLSX
        for box, value, shown in ((self.encoding_box, table.encoding, text_file),
                                  (self.separator_box, table.delimiter,
                                   table.kind is FileKind.CSV)):
            if value and box.findData(value) < 0:
                box.addItem(value, value)
            box.setCurrentIndex(max(0, box.findData(value)))
            self._file_form.setRowVisible(box, shown)
        self.sheet_box.clear()
        self.sheet_box.addItems(list(table.sheets))
        self.sheet_box.setCurrentText(table.sheet)
        self._file_form.setRowVisible(self.sheet_box, len(table.sheets) > 1)

    def _show_columns(self) -> None:
        assert self.table is not None and self.mapping is not None
        table, mapping = self.table, self.mapping
        self.columns.setRowCount(len(mapping.columns))
        self._titles = []
        for index, column in enumerate(mapping.columns):
            title = table.headers[index] if index < len(table.headers) else ""
            shown = title or self.tr("Column {0}").format(index + 1)
            self._titles.append(shown)
            examples = [row.cells[index] for row in table.rows[:50]
                        if index < len(row.cells) and row.cells[index].strip()][:EXAMPLES]
            self.columns.setItem(index, 0, QTableWidgetItem(shown))
            self.columns.setItem(index, 1, QTableWidgetItem(" · ".join(examples)))
            box = QComboBox()
            box.setObjectName(f"importRole{index}")
            box.setAccessibleName(self.tr("Import {0} as").format(shown))
            for role in Role:
                box.addItem(role_name(role), role)
            box.setCurrentIndex(box.findData(column.role))
            box.activated.connect(lambda _i, at=index, b=box: self._role_chosen(at, b))
            self.columns.setCellWidget(index, 2, box)

    def set_role(self, index: int, role: Role) -> None:
        """Use column ``index`` as ``role`` (what choosing it in the list does)."""
        box = self.columns.cellWidget(index, 2)
        assert isinstance(box, QComboBox)
        box.setCurrentIndex(box.findData(role))
        self._role_chosen(index, box)

    def _role_chosen(self, index: int, box: QComboBox) -> None:
        assert self.mapping is not None
        role = Role(box.currentData())
        title = self._titles[index]  # a custom field is named as its column
        self.mapping = self.mapping.with_column(
            index, Column(role, title if role is Role.FIELD else ""))
        # A role only one column can have moves here: the column that had it shows that.
        for row, column in enumerate(self.mapping.columns):
            other = self.columns.cellWidget(row, 2)
            assert isinstance(other, QComboBox)
            other.setCurrentIndex(other.findData(column.role))
        self._changed()

    def _changed(self) -> None:
        self.import_button.setEnabled(False)  # until the plan is checked again
        self._check_timer.start()

    # --- checking ------------------------------------------------------------------------

    def _check(self) -> None:
        if self.table is None or self.mapping is None or self._importing:
            return
        table, mapping = self.table, self.mapping
        region, group = str(self.region_box.currentData()), self.group_box.currentText()
        policy = Policy(self.policy_box.currentData())
        number = self._next_request(fmt(self.tr("Checking {0:,} rows…"), len(table.rows)))
        progress, stop = self._progress, self._stop

        def check(worker: GatewayWorker) -> ImportPlan | ImportRefused | None:
            return _or_refusal(lambda: check_import(
                table, mapping, region=region, existing=existing_numbers(worker.book),
                policy=policy, group=group, progress=progress.changed.emit,
                cancelled=stop.is_set))

        self.session.run(check, lambda plan: self._checked(number, plan),
                         lambda failure: self._failed(number, failure))

    def _checked(self, number: int, plan: ImportPlan | ImportRefused | None) -> None:
        if number != self._request or plan is None:
            return
        self.bar.hide()
        if isinstance(plan, ImportRefused):
            self._refused(plan)
            return
        self.plan = plan
        self.summary.setText(fmt(self.tr(
            "{0:,} to add, {1:,} to update, {2:,} skipped as duplicates, {3:,} rejected. "
            "Nothing is written until you press Import."),
            plan.added, plan.updated, plan.skipped_count, plan.rejected_count))
        self.import_button.setEnabled(plan.added + plan.updated > 0)

    def _refused(self, refusal: ImportRefused) -> None:
        self.bar.hide()
        self.plan = None
        self.summary.setText("⚠ " + refusal_text(refusal))

    def _failed(self, number: int, failure: Failure) -> None:
        if number != self._request:
            return
        self.bar.hide()
        self._set_importing(False)
        self.summary.setText("⚠ " + failure.text)

    def _show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    # --- importing -----------------------------------------------------------------------

    def _import(self) -> None:
        plan = self.plan
        if plan is None:
            return
        number = self._next_request(self.tr("Importing…"))
        progress, stop = self._progress, self._stop
        self._set_importing(True)

        def write(worker: GatewayWorker) -> ImportPlan | None:
            return apply_import(worker.book, plan, progress=progress.changed.emit,
                                cancelled=stop.is_set)

        self.session.run(write, lambda written: self._imported(number, written),
                         lambda failure: self._failed(number, failure))

    def _set_importing(self, importing: bool) -> None:
        self._importing = importing
        for widget in (self.columns, self.encoding_box, self.separator_box, self.sheet_box,
                       self.region_box, self.group_box, self.policy_box):
            widget.setEnabled(not importing)
        self.cancel_button.setText(self.tr("&Stop") if importing else self.tr("Cancel"))

    def _imported(self, number: int, written: ImportPlan | None) -> None:
        self._set_importing(False)
        self.bar.hide()
        if number != self._request:
            return
        if written is None:
            self.summary.setText(self.tr("Import stopped: nothing was changed."))
            self.import_button.setEnabled(True)
            return
        self.imported.emit()
        ImportReport(self.parentWidget(), written, self.session).open()
        self.accept()

    def reject(self) -> None:
        """Cancel; while importing, Stop: the import ends writing nothing, and the dialog
        stays to say so."""
        self._stop.set()
        if self._importing:
            self.summary.setText(self.tr("Stopping…"))
            return
        super().reject()
