"""What an import did: the counts, and each row left out with its line and reason; the
rejected rows can be saved as a file to fix and import again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_sms.core.contact_import.checking import ImportPlan
from desktop_sms.core.contact_import.rejects import write_rejected
from desktop_sms.ui.import_text import row_text
from desktop_sms.ui.locale_text import fmt
from desktop_sms.ui.widgets import tell_later

if TYPE_CHECKING:
    from desktop_sms.ui.session import Session

SHOWN_ROWS = 5000  # the table's limit; the saved file has every rejected row


class ImportReport(QDialog):
    def __init__(self, parent: QWidget | None, plan: ImportPlan, session: Session) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Import finished"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.plan, self.session = plan, session
        self.counts = QLabel(fmt(self.tr(
            "{0:,} added, {1:,} updated, {2:,} skipped as duplicates, {3:,} rejected."),
            plan.added, plan.updated, plan.skipped_count, plan.rejected_count))
        self.counts.setObjectName("importCounts")
        left_out = sorted(plan.rejected + plan.skipped, key=lambda issue: issue.line)
        self.rows = QTableWidget(min(len(left_out), SHOWN_ROWS), 3)
        self.rows.setObjectName("importLeftOut")
        self.rows.setAccessibleName(self.tr("Rows not imported"))
        self.rows.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Left out"),
                                             self.tr("Reason")])
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rows.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        rejected = {id(issue) for issue in plan.rejected}
        for row, issue in enumerate(left_out[:SHOWN_ROWS]):
            line = QTableWidgetItem()
            line.setData(Qt.ItemDataRole.DisplayRole, issue.line)
            kind = self.tr("rejected") if id(issue) in rejected else self.tr("duplicate")
            for column, item in enumerate((line, QTableWidgetItem(kind),
                                           QTableWidgetItem(row_text(issue)))):
                self.rows.setItem(row, column, item)
        more = QLabel(fmt(self.tr("The first {0:,} of {1:,} rows are shown."),
                          SHOWN_ROWS, len(left_out)))
        more.setVisible(len(left_out) > SHOWN_ROWS)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save rejected rows…"))
        self.save_button.setObjectName("saveRejected")
        self.save_button.setEnabled(bool(plan.rejected))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.save_button.clicked.connect(self._ask_where)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.rows, 1)
        layout.addWidget(more)
        layout.addWidget(buttons)
        self.rows.setVisible(bool(left_out))
        self.resize(640, 420 if left_out else 120)

    def _ask_where(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save rejected rows"), "rejected.csv", self.tr("CSV files (*.csv)"))
        if path:
            self.save_rejected(path)

    def save_rejected(self, path: str) -> None:
        """Write the rejected rows to ``path`` on the worker; say when it is done."""
        plan = self.plan
        headers = {"line_header": self.tr("Line"), "reason_header": self.tr("Reason")}

        def save(_worker: object) -> str | None:
            # A file the user chose: its failure is not the data folder's (not fatal).
            try:
                write_rejected(plan, path, describe=row_text, **headers)
            except OSError as exc:
                return exc.strerror or str(exc)
            return None

        self.session.run(save, lambda reason: self._saved(path, reason))

    def _saved(self, path: str, reason: str | None) -> None:
        if reason is None:
            tell_later(self, self.tr("Rejected rows"), self.tr(
                "%Ln row(s) saved to {0}.", "", self.plan.rejected_count).format(path))
        else:
            tell_later(self, self.tr("Rejected rows"), self.tr(
                "The rows could not be saved to {0}: {1}.").format(path, reason),
                warning=True)
