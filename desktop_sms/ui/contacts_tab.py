"""The Contacts tab: the address book and its groups. It reads on the GUI thread's
connection; every change is written by the worker (through the session), then re-read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_sms.core.contacts import AddressBook, Contact
from desktop_sms.core.phone import Verdict, display, parse_number
from desktop_sms.ui.exporting import ContactsExporter
from desktop_sms.ui.models import ContactsModel
from desktop_sms.ui.optout_action import OptOutAction, Rows
from desktop_sms.ui.widgets import add_rows, search_field, table_view

if TYPE_CHECKING:
    from desktop_sms.ui.error_text import Failure
    from desktop_sms.ui.import_dialog import ImportDialog
    from desktop_sms.ui.session import Session


class ContactDialog(QDialog):
    """Add or edit one contact; the number is checked as it is typed."""

    def __init__(self, parent: QWidget, region: str, contact: Contact | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("New contact"))
        self.region = region
        self.name_edit = QLineEdit(contact.name if contact else "")
        self.name_edit.setObjectName("contactNameEdit")
        self.number_edit = QLineEdit(display(contact.number) if contact else "")
        self.number_edit.setObjectName("contactNumberEdit")
        self.notes_edit = QLineEdit(contact.notes if contact else "")
        self.notes_edit.setObjectName("contactNotesEdit")
        self.number_hint = QLabel()
        self.number_hint.setObjectName("numberHint")
        self.number_hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout(self)
        add_rows(form, [(self.tr("&Name:"), self.name_edit),
                        (self.tr("N&umber:"), self.number_edit),
                        (self.tr("N&otes:"), self.notes_edit)])
        form.addRow("", self.number_hint)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._check)
        self.number_edit.textChanged.connect(self._check)
        self.e164: str | None = None
        self._check()
        self.resize(420, self.sizeHint().height())

    def _check(self) -> None:
        parsed = parse_number(self.number_edit.text(), self.region)
        self.e164 = parsed.e164
        if not self.number_edit.text().strip():
            self.number_hint.setText("")
        elif parsed.verdict is Verdict.VALID and parsed.e164:
            self.number_hint.setText("✔ " + display(parsed.e164))
            self.number_hint.setStyleSheet("color: #27ae60")
        elif parsed.verdict is Verdict.WARNING:
            self.number_hint.setText(f"⚠ {parsed.reason}")
            self.number_hint.setStyleSheet("color: #d68910")
        else:
            self.number_hint.setText(f"✖ {parsed.reason}")
            self.number_hint.setStyleSheet("color: #c0392b")
        ok = bool(self.name_edit.text().strip()) and parsed.ok
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class ContactsTab(QWidget):
    send_to = Signal(object)  # recipient tokens for Compose
    changed = Signal()  # the address book changed (names for completion)

    def __init__(self, book: AddressBook, region: str, session: Session) -> None:
        super().__init__()
        self.setObjectName("contactsTab")
        self.book = book  # reads only
        self.session = session
        self.region = region
        self.model = ContactsModel(book)

        self.search_edit = search_field("contactsSearch", self.tr("Search contacts"),
                                        self.tr("Search name, number or notes…"))
        self.view = table_view("contactsView", self.tr("Contacts"), self.model)
        for column, width in enumerate((180, 170, 160)):
            self.view.setColumnWidth(column, width)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.send_button = QPushButton(self.tr("Send &to selected"))
        self.send_button.setObjectName("sendToSelected")
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setObjectName("importContacts")
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.exporter = ContactsExporter(self, session)
        self.delete_button.setShortcut(QKeySequence.StandardKey.Delete)

        self.group_list = QListWidget()
        self.group_list.setObjectName("groupList")
        self.group_list.setAccessibleName(self.tr("Groups"))
        self.new_group_button = QPushButton(self.tr("&New group…"))
        self.rename_group_button = QPushButton(self.tr("Rena&me…"))
        self.delete_group_button = QPushButton(self.tr("Delete group"))
        self.join_button = QPushButton(self.tr("Add selected to group"))
        self.leave_button = QPushButton(self.tr("Remove selected from group"))

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.send_button, self.import_button, self.export_button):
            top.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Groups (click one to select its members)")))
        right_layout.addWidget(self.group_list, 1)
        for button in (self.new_group_button, self.rename_group_button,
                       self.delete_group_button, self.join_button, self.leave_button):
            right_layout.addWidget(button)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(splitter)

        self.search_edit.textChanged.connect(self.model.set_search)
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_contact)
        self.view.doubleClicked.connect(lambda _index: self.edit_contact())
        self.delete_button.clicked.connect(self.delete_contacts)
        self.send_button.clicked.connect(self._send_selected)
        self.import_button.clicked.connect(self._ask_import)
        self.export_button.clicked.connect(self.exporter.ask)
        self.new_group_button.clicked.connect(self.new_group)
        self.rename_group_button.clicked.connect(self.rename_group)
        self.delete_group_button.clicked.connect(self.delete_group)
        self.join_button.clicked.connect(lambda: self._membership(join=True))
        self.leave_button.clicked.connect(lambda: self._membership(join=False))
        self.group_list.itemClicked.connect(lambda item: self._show_group(item.text()))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.optout_action = OptOutAction(self.view, session,
                                          lambda: [c.id for c in self.selected()], Rows.CONTACTS)
        self.reload()

    # --- helpers ----------------------------------------------------------------------------------

    def reload(self, *, group: str | None = None) -> None:
        """Re-read contacts and groups, keeping ``group`` (default: the current one) chosen."""
        self.model.reload()
        current = group or self.current_group()
        self.group_list.clear()
        for name, members in self.book.groups():
            self.group_list.addItem(name)
            item = self.group_list.item(self.group_list.count() - 1)
            item.setToolTip(self.tr("{0} member(s)").format(members))
            if name == current:
                self.group_list.setCurrentItem(item)
        self._update_buttons()
        self.changed.emit()

    def selected(self) -> list[Contact]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.contact(row) for row in rows]

    def current_group(self) -> str | None:
        item = self.group_list.currentItem()
        return item.text() if item else None

    def _update_buttons(self) -> None:
        chosen = bool(self.view.selectionModel().selectedRows())
        for button in (self.edit_button, self.delete_button, self.send_button,
                       self.join_button, self.leave_button):
            button.setEnabled(chosen)

    def _show_group(self, name: str) -> None:
        """Select the group's members, so they can be sent to or removed at once."""
        self.search_edit.clear()
        members = {c.id for c in self.book.members(name)}
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.view.clearSelection()
        for row in range(self.model.rowCount()):
            if self.model.contact(row).id in members:
                self.view.selectionModel().select(self.model.index(row, 0), flags)

    def _error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Contacts"), text)

    def _write(self, change: Callable[[AddressBook], object], *,
               group: str | None = None) -> None:
        """Have the worker make ``change`` on its connection; re-read once it is made
        (keeping ``group`` chosen). The window stays responsive meanwhile, even while the
        worker holds the database for a large status reply."""
        self.session.run(lambda worker: change(worker.book),
                         lambda _done: self.reload(group=group), self._failed)

    def _failed(self, failure: Failure) -> None:
        if failure.needs_telling:
            self._error(failure.text)

    # --- actions ---------------------------------------------------------------------------------

    def add_contact(self) -> None:
        dialog = ContactDialog(self, self.region)
        if dialog.exec() and dialog.e164:
            current = self.current_group()
            name, number, notes = dialog.name_edit.text(), dialog.e164, dialog.notes_edit.text()
            groups = (current,) if current else ()
            self._write(lambda book: book.add(name, number, notes=notes, groups=groups))

    def edit_contact(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        dialog = ContactDialog(self, self.region, chosen[0])
        if dialog.exec() and dialog.e164:
            contact_id, number = chosen[0].id, dialog.e164
            name, notes = dialog.name_edit.text(), dialog.notes_edit.text()
            self._write(lambda book: book.update(contact_id, name=name, number=number,
                                                 notes=notes))

    def delete_contacts(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete contacts"),
            self.tr("Delete {0} contact(s)? Their messages stay in the Outbox.")
            .format(len(chosen)))
        if answer == QMessageBox.StandardButton.Yes:
            ids = [c.id for c in chosen]
            self._write(lambda book: book.delete(ids))

    def _ask_import(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import contacts"), folder,
            self.tr("Contacts (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> ImportDialog:
        """Open the import's preview of ``path``; the tab re-reads once it is imported."""
        from desktop_sms.ui.import_dialog import ImportDialog  # its Qt classes: when used

        dialog = ImportDialog(self, path, self.session, self.region,
                              [name for name, _ in self.book.groups()])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self.reload)
        dialog.open()
        return dialog

    def _send_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            # Numbers, not names: two contacts may share a name.
            self.send_to.emit([c.number for c in chosen])

    def new_group(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New group"), self.tr("Group name:"))
        if ok and name.strip():
            self._write(lambda book: book.create_group(name), group=name.strip())

    def rename_group(self) -> None:
        current = self.current_group()
        if not current:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename group"), self.tr("New name:"),
                                        text=current)
        if ok and name.strip() and name != current:
            self._write(lambda book: book.rename_group(current, name), group=name.strip())

    def delete_group(self) -> None:
        current = self.current_group()
        if current and QMessageBox.question(
            self, self.tr("Delete group"),
            self.tr("Delete the group '{0}'? Its contacts are kept.").format(current),
        ) == QMessageBox.StandardButton.Yes:
            self._write(lambda book: book.delete_group(current))

    def _membership(self, *, join: bool) -> None:
        current = self.current_group()
        chosen = self.selected()
        if not current:
            self._error(self.tr("Choose a group in the list on the right first."))
            return
        ids = [c.id for c in chosen]
        if join:
            self._write(lambda book: book.add_to_group(ids, current))
        else:
            self._write(lambda book: book.remove_from_group(ids, current))

