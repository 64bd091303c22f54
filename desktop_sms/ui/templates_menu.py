"""Templates for Compose: a "Templates" button (a menu button: Fusion's tool button drew
its arrow over the word) whose menu lists the saved templates (one
click puts its text in the message), "Save as template…" and "Manage templates…" (rename,
delete).

Picking a template replaces the message: at once when the message is empty or is that
template's text already, after asking otherwise (a typed message is never lost silently).
The names are read on the GUI thread's connection when the menu opens (a few rows); every
write runs on the worker through the session.

    TemplatesMenu(parent, session, get_text, set_text, conn)

``session`` is a function returning the window's Session: the window builds it after
its first paint, after Compose.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_sms.core.store import Connection
from desktop_sms.core.templates import Template, Templates
from desktop_sms.ui.widgets import ask_text, tell_later

if TYPE_CHECKING:
    from desktop_sms.ui.error_text import Failure
    from desktop_sms.ui.session import Session
    from desktop_sms.ui.worker import GatewayWorker

TOOLTIP_CHARS = 300  # of a template's text, shown over its menu entry


def _menu_text(name: str) -> str:
    return name.replace("&", "&&")  # '&' in a name is a character, not a mnemonic


def _write(parent: QWidget, session: Session, change: Callable[[Templates], object],
           done: Callable[[bool], None]) -> None:
    """Make ``change`` on the worker's connection; then ``done(True)``, or ``done(False)``
    once the reason it was refused is told."""
    def task(worker: GatewayWorker) -> object:
        return change(Templates(worker.book.conn))

    def failed(failure: Failure) -> None:
        if failure.needs_telling:
            tell_later(parent, QCoreApplication.translate("TemplatesMenu", "Templates"),
                       failure.text, warning=True)
        done(False)

    session.run(task, lambda _result: done(True), failed)


class TemplatesMenu(QPushButton):
    saved = Signal(str)  # a template's name, once the worker has saved it

    def __init__(self, parent: QWidget, session: Callable[[], Session],
                 get_text: Callable[[], str], set_text: Callable[[str], None],
                 conn: Connection) -> None:
        super().__init__(parent)
        self.setObjectName("templatesButton")
        self.setText(self.tr("T&emplates"))
        self.setAccessibleName(self.tr("Templates"))
        self.setToolTip(self.tr("Start the message from a saved template, or save it as one"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # no stretch
        self.session, self.get_text, self.set_text = session, get_text, set_text
        self.reader = Templates(conn)  # reads only
        self.setMenu(QMenu(self))
        self.menu().setObjectName("templatesMenu")
        self.menu().setToolTipsVisible(True)
        self.menu().aboutToShow.connect(self.fill)

    def fill(self) -> None:
        """The menu as the database has it now (another window may have saved one)."""
        menu = self.menu()
        menu.clear()
        templates = self.reader.list()
        for template in templates:
            action = menu.addAction(_menu_text(template.name))
            action.setToolTip(template.text[:TOOLTIP_CHARS])
            action.setData(template.name)
            action.triggered.connect(lambda _checked=False, t=template: self.pick(t))
        if not templates:
            none = menu.addAction(self.tr("No templates saved yet"))
            none.setEnabled(False)
        menu.addSeparator()
        save = self._action(self.tr("&Save as template…"), "saveTemplate", self.save_as)
        save.setEnabled(bool(self.get_text().strip()))
        manage = self._action(self.tr("&Manage templates…"), "manageTemplates", self.manage)
        manage.setEnabled(bool(templates))

    def _action(self, text: str, name: str, slot: Callable[[], object]) -> QAction:
        action = self.menu().addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def pick(self, template: Template) -> None:
        current = self.get_text()
        if current.strip() and current != template.text and QMessageBox.question(
            self, self.tr("Use template"),
            self.tr("Replace the message with the template '{0}'?").format(template.name),
        ) != QMessageBox.StandardButton.Yes:
            return
        self.set_text(template.text)

    def save_as(self) -> None:
        text = self.get_text()
        if not text.strip():
            return
        name = (ask_text(self, self.tr("Save as template"), self.tr("Template name:"))
                or "").strip()
        if not name:
            return
        existing = self.reader.get(name)
        if existing is not None and existing.text != text and QMessageBox.question(
            self, self.tr("Save as template"),
            self.tr("There is already a template called '{0}'. Replace its text with "
                    "this message?").format(existing.name),
        ) != QMessageBox.StandardButton.Yes:
            return
        def saved(ok: bool) -> None:
            if ok:
                self.saved.emit(name)

        _write(self, self.session(), lambda t: t.save(name, text), saved)

    def manage(self) -> TemplatesDialog:
        # One dialog, opened again: a worker's answer may arrive after it is closed.
        dialog = self.findChild(TemplatesDialog) or TemplatesDialog(self, self.session(),
                                                                    self.reader)
        dialog.reload()
        dialog.open()
        return dialog


class TemplatesDialog(QDialog):
    """The saved templates: each one's text, Rename… and Delete."""

    def __init__(self, parent: QWidget, session: Session, reader: Templates) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Templates"))
        self.session, self.reader = session, reader
        self.names = QListWidget()
        self.names.setObjectName("templateNames")
        self.names.setAccessibleName(self.tr("Templates"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("templateText")
        self.text.setAccessibleName(self.tr("Template text"))
        self.text.setReadOnly(True)
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.rename_button.setObjectName("renameTemplate")
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("deleteTemplate")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.rename_button, self.delete_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        row = QHBoxLayout()
        row.addWidget(self.names, 1)
        row.addWidget(self.text, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.close)
        self.names.currentTextChanged.connect(self._show)
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete)
        self.resize(560, 320)

    def reload(self, current: str | None = None) -> None:
        current = current or self.current()
        self.templates = {t.name: t for t in self.reader.list()}
        self.names.clear()
        self.names.addItems(list(self.templates))
        found = self.names.findItems(current or "", Qt.MatchFlag.MatchFixedString)
        self.names.setCurrentRow(self.names.row(found[0]) if found else 0)
        self._show(self.current() or "")

    def current(self) -> str | None:
        item = self.names.currentItem()
        return item.text() if item else None

    def _show(self, name: str) -> None:
        template = self.templates.get(name)
        self.text.setPlainText(template.text if template else "")
        for button in (self.rename_button, self.delete_button):
            button.setEnabled(template is not None)

    def rename(self) -> None:
        old = self.current()
        if old is None:
            return
        new = (ask_text(self, self.tr("Rename template"), self.tr("New name:"), old)
               or "").strip()
        if new and new != old:
            _write(self, self.session, lambda t: t.rename(old, new),
                   lambda ok: self.reload(new if ok else old))

    def delete(self) -> None:
        name = self.current()
        if name is not None and QMessageBox.question(
            self, self.tr("Delete template"),
            self.tr("Delete the template '{0}'?").format(name),
        ) == QMessageBox.StandardButton.Yes:
            _write(self, self.session, lambda t: t.delete(name), lambda _ok: self.reload())
