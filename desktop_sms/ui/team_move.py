"""Settings → Shared team database → "Move my data to the team database…": this computer's
file copied into the team database (core/store/move.py) on the worker, which owns the file's
connection and the keyring; the tables' counts shown after, or why nothing was copied. The
file is kept; the window goes on using it until the team database is chosen and the
program restarted."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_sms.core import store
from desktop_sms.core.store import location as team_location
from desktop_sms.ui.appearance import Tint, tint
from desktop_sms.ui.locale_text import fmt
from desktop_sms.ui.team_text import is_team_error, move_refusal_text, table_name, team_text

if TYPE_CHECKING:
    from desktop_sms.core.store.move import MoveReport
    from desktop_sms.ui.team_settings import TeamSection
    from desktop_sms.ui.worker import GatewayWorker


class _Progress(QObject):
    """The table being copied, from the worker's thread, delivered on the GUI thread."""

    table = Signal(str)


class TeamMove(QObject):
    """One move at a time, started from the section's button."""

    def __init__(self, section: TeamSection) -> None:
        super().__init__(section)
        self.section = section
        self.confirm: QMessageBox | None = None
        self.report: MoveReportDialog | None = None
        self.busy = False  # a move is under way on the worker
        self._progress = _Progress()
        self._progress.table.connect(self._copying)

    def ask(self) -> None:
        """Say what will be copied and what stays; the move starts on Move."""
        section = self.section
        problem = section.problem()
        if problem is not None:
            section.show_status(False, problem)
            return
        location = team_location.parse(section.url_edit.text().strip())[0]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Move my data to the team database"),
                          self.tr(
            "Copy this computer's contacts, groups, templates, opt-out list, campaigns and "
            "messages into the team database at {0}?\n\nThis computer's file is kept as it "
            "was. What the team database has already (from an earlier move, or the same "
            "group, template or opt-out) is not copied twice.\n\nThis window goes on using "
            "this computer's file: the team database is used after a restart, once you "
            "choose it.").format(location.display),
            QMessageBox.StandardButton.Cancel, section.box.window())
        box.setObjectName("teamMoveConfirm")
        move = box.addButton(self.tr("&Move"), QMessageBox.ButtonRole.AcceptRole)
        move.setObjectName("teamMoveGo")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._answered(box.clickedButton() is move))
        self.confirm = box
        box.open()  # not exec(): no nested event loop

    def _answered(self, go: bool) -> None:
        self.confirm = None
        if not go:
            return
        section = self.section
        url = section.url_edit.text().strip()
        typed = section.password_edit.text() or None  # None: the one kept in the keyring
        self.busy = True
        section.update_move()
        section.show_status(None, self.tr("Moving…"))
        progress = self._progress.table.emit
        section.session.run(lambda worker: move_file(worker, url, typed, progress),
                            self._moved, lambda failure: self._done(False, failure.text))

    def _copying(self, table: str) -> None:
        self.section.show_status(None, self.tr("Copying: {0}…").format(table_name(table)))

    def _moved(self, outcome: MoveReport | str) -> None:
        if isinstance(outcome, str):
            self._done(False, outcome)
            return
        self._done(True, self.tr("Moved: %Ln row(s) copied.", "", outcome.copied))
        section = self.section
        display = team_location.parse(section.url_edit.text().strip())[0].display
        self.report = MoveReportDialog(section.box.window(), outcome, display,
                                       section.chosen())
        self.report.use_team.connect(section.choose)
        self.report.open()

    def _done(self, ok: bool, text: str) -> None:
        self.busy = False
        self.section.update_move()
        self.section.show_status(ok, text)


def move_file(worker: GatewayWorker, url: str, typed: str | None,
              progress: Callable[[str], None]) -> MoveReport | str:
    """On the worker: its own connection to this computer's file is the source. Why nothing
    was copied (in words) is an answer here, not a failure of the window's database."""
    from desktop_sms.core.store import move, postgres
    from desktop_sms.ui.team_settings import team_password

    source = worker.outbox.conn
    assert not isinstance(source, postgres.PgConnection)  # the button is off on a team's
    location, password = team_password(worker, url, typed)
    try:
        target = postgres.connect(location, password, application="desktop-sms move")
        try:
            return move.move_to(source, target, progress)
        finally:
            store.close_quietly(target)
    except move.MoveRefused as exc:
        return move_refusal_text(exc)
    except Exception as exc:
        if not is_team_error(exc):
            raise
        return team_text(exc)


class MoveReportDialog(QDialog):
    """Per table: the file's rows, and how many this move copied."""

    use_team = Signal()

    def __init__(self, parent: QWidget | None, report: MoveReport, display: str,
                 chosen: bool) -> None:
        super().__init__(parent)
        self.setObjectName("teamMoveReport")
        self.setWindowTitle(self.tr("Moved to the team database"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        summary = QLabel(self.tr(
            "%Ln row(s) copied into the team database at {0}. This computer's file is kept "
            "as it was; rows the team database had already were not copied again.", "",
            report.copied).format(display))
        summary.setObjectName("teamMoveSummary")
        summary.setWordWrap(True)
        self.table = QTableWidget(len(report.tables), 3)
        self.table.setObjectName("teamMoveTable")
        self.table.setAccessibleName(self.tr("What was moved"))
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("In this computer's file"),
                                              self.tr("Copied now")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, moved in enumerate(report.tables):
            items = [QTableWidgetItem(table_name(moved.table))]
            for count in (moved.in_file, moved.copied):
                item = QTableWidgetItem(fmt("{0:,}", count))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                items.append(item)
            for column, item in enumerate(items):
                self.table.setItem(row, column, item)
        self.next_start = QLabel()
        self.next_start.setObjectName("teamMoveNextStart")
        self.next_start.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.use_button = QPushButton(self.tr("&Use the team database from the next start"))
        self.use_button.setObjectName("teamMoveUse")
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.use_button.clicked.connect(self._use)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.next_start)
        layout.addWidget(buttons)
        if chosen:
            self._chosen()
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        # Every table in sight: ten rows, no scrolling.
        rows = sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        self.table.setMinimumHeight(rows + header.sizeHint().height() + 4)
        self.resize(620, self.sizeHint().height())

    def _use(self) -> None:
        self.use_team.emit()
        self._chosen()

    def _chosen(self) -> None:
        self.use_button.setEnabled(False)
        tint(self.next_start, Tint.OK)
        self.next_start.setText(self.tr(
            "From the next start, desktop-sms uses the team database. Restart it to work "
            "there with the others; this computer's file stays as it is."))
