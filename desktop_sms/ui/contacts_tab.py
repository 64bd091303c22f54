"""The Contacts tab: the address book and its groups. It reads on the GUI thread's
connection (a search on the search thread); every change is written by the worker
(through the session), then re-read. Selections are handled as ids and row ranges, never
contact by contact: Select All over 100,000 contacts, then "Add to group", is one write."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelectionModel,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_sms.core.contacts import AddressBook, Contact
from desktop_sms.ui import tab_order
from desktop_sms.ui.contact_dialog import ContactDialog
from desktop_sms.ui.contacts_model import FIXED_COLUMNS, ContactsModel
from desktop_sms.ui.exporting import ContactsExporter
from desktop_sms.ui.optout_action import OptOutAction, Rows
from desktop_sms.ui.sizes import wide
from desktop_sms.ui.widgets import ask_text, file_to_open, search_field, table_view

if TYPE_CHECKING:
    from desktop_sms.ui.error_text import Failure
    from desktop_sms.ui.import_dialog import ImportDialog
    from desktop_sms.ui.session import Session


class ContactsTab(QWidget):
    send_to = Signal(object)  # recipient tokens for Compose
    changed = Signal()  # the address book changed (names for completion)

    def __init__(self, book: AddressBook, region: str, session: Session,
                 state: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("contactsTab")
        self.book = book  # reads only
        self.session = session
        self.region = region
        self.state = state  # where the hidden columns are remembered, if anywhere
        self.hidden_columns: set[str] = set(_hidden_columns(state))
        self._keys_shown: list[str] = []  # the columns the widths were set for
        self.model = ContactsModel(book)

        self.search_edit = search_field("contactsSearch", self.tr("Search contacts"),
                                        self.tr("Search names, number, notes, fields…"))
        self.view = table_view("contactsView", self.tr("Contacts"), self.model)
        header = self.view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.model.modelReset.connect(self._show_columns)
        # Lay the rows out at once: left to Qt's timer, it comes after the first paint
        # and repaints the whole table again whenever the row count changed.
        self.model.modelReset.connect(self.view.doItemsLayout)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.send_button = QPushButton(self.tr("Send &to selected"))
        self.send_button.setObjectName("sendToSelected")
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setObjectName("importContacts")
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.exporter = ContactsExporter(self, session)
        self.delete_button.setShortcut(QKeySequence.StandardKey.Delete)  # so no Alt+letter
        self.delete_button.setToolTip(self.tr("Delete the selected contacts ({0})").format(
            self.delete_button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))

        self.group_list = QListWidget()
        self.group_list.setObjectName("groupList")
        self.group_list.setAccessibleName(self.tr("Groups"))
        self.new_group_button = QPushButton(self.tr("Ne&w group…"))
        self.rename_group_button = QPushButton(self.tr("Rena&me…"))
        self.delete_group_button = QPushButton(self.tr("Delete group"))
        self.join_button = QPushButton(self.tr("Add selected to group"))
        self.leave_button = QPushButton(self.tr("Remove selected from group"))

        # The search on a row of its own: beside the buttons, French and Greek (a third
        # longer) left it too narrow for its own placeholder.
        top = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.send_button, self.import_button, self.export_button):
            top.addWidget(button)
        top.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addLayout(top)
        left_layout.addWidget(self.view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        groups_title = QLabel(self.tr("Groups (click one to select its members)"))
        groups_title.setWordWrap(True)  # the pane's width is the list's, not the title's
        right_layout.addWidget(groups_title)
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
        self.optout_action = OptOutAction(self.view, session, self.selected_ids,
                                          Rows.CONTACTS)
        self._show_columns()
        self._list_groups(None)
        tab_order.contacts(self)

    # --- columns ------------------------------------------------------------------------------

    def column_keys(self) -> list[str]:
        """A name per column that stays when columns come and go (custom fields)."""
        return ["name", "number", "groups", "notes",
                *(f"field:{name}" for name in self.model.field_names())]

    def _show_columns(self) -> None:
        """Hidden columns anew, and widths when a reset brought or took custom fields. A
        search keeps the columns: setting their widths again would undo the user's and
        repaint the whole table a second time per keystroke."""
        keys = self.column_keys()
        widths = keys != self._keys_shown
        self._keys_shown = keys
        for column, key in enumerate(keys):
            self.view.setColumnHidden(column, key in self.hidden_columns)
            if widths:
                self.view.setColumnWidth(column, wide(self.view, (170, 140, 120, 150)[column]
                                                      if column < FIXED_COLUMNS else 110))

    def set_column_shown(self, key: str, shown: bool) -> None:
        if shown:
            self.hidden_columns.discard(key)
        else:
            self.hidden_columns.add(key)
        self._show_columns()
        if self.state is not None:
            self.state.setValue(HIDDEN_COLUMNS_KEY, json.dumps(sorted(self.hidden_columns)))
            self.state.sync()

    def column_menu(self) -> QMenu:
        """Show or hide any column but the name (custom fields are many in some sheets)."""
        menu = QMenu(self)
        titles = self.model.headers()
        for column, key in enumerate(self.column_keys()[1:], start=1):
            action = menu.addAction(titles[column])
            action.setCheckable(True)
            action.setChecked(key not in self.hidden_columns)
            action.toggled.connect(lambda shown, key=key: self.set_column_shown(key, shown))
        return menu

    def _column_menu(self, at: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.view.horizontalHeader().mapToGlobal(at))
        menu.deleteLater()

    # --- helpers ----------------------------------------------------------------------------------

    def reload(self, *, group: str | None = None) -> None:
        """Re-read contacts and groups, keeping ``group`` (default: the current one) chosen."""
        self.model.reload()
        self._list_groups(group or self.current_group())
        self.changed.emit()

    def shutdown(self) -> None:
        self.exporter.stop()
        self.model.close()

    def _list_groups(self, current: str | None) -> None:
        self.group_list.clear()
        for name, members in self.book.groups():
            self.group_list.addItem(name)
            item = self.group_list.item(self.group_list.count() - 1)
            item.setToolTip(self.tr("%Ln member(s)", "", members))
            if name == current:
                self.group_list.setCurrentItem(item)
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        """The ids of the selected contacts, in the list's order, read from the ranges
        (Select All is one range, however many rows)."""
        selection = self.view.selectionModel().selection()
        ranges = sorted((selection.at(i).top(), selection.at(i).bottom())
                        for i in range(selection.count()))
        ids: list[int] = []
        seen = -1  # ranges of a row selection do not overlap, but be sure
        for top, bottom in ranges:
            ids += self.model.ids(max(top, seen + 1), bottom)
            seen = max(seen, bottom)
        return ids

    def _one_selected(self) -> Contact | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.contact(rows[0].row()) if len(rows) == 1 else None

    def current_group(self) -> str | None:
        item = self.group_list.currentItem()
        return item.text() if item else None

    def _update_buttons(self) -> None:
        chosen = self.view.selectionModel().hasSelection()
        for button in (self.edit_button, self.delete_button, self.send_button,
                       self.join_button, self.leave_button):
            button.setEnabled(chosen)

    def _show_group(self, name: str) -> None:
        """Select the group's members, so they can be sent to or removed at once."""
        self.search_edit.clear()  # all contacts listed again, at once
        # The ranges are whole rows already: the Rows flag would have Qt merge each
        # with all the others (a quarter of a second for a group of 5,000).
        self.view.selectionModel().select(self.model.selection_of(
            set(self.book.member_ids(name))), QItemSelectionModel.SelectionFlag.ClearAndSelect)

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
            first, last = dialog.first_name_edit.text(), dialog.last_name_edit.text()
            groups, fields = ((current,) if current else ()), dialog.fields()
            self._write(lambda book: book.add(name, number, notes=notes, groups=groups,
                                              first_name=first, last_name=last,
                                              fields=fields))

    def edit_contact(self) -> None:
        chosen = self._one_selected()
        if chosen is None:
            return
        dialog = ContactDialog(self, self.region, chosen)
        if dialog.exec() and dialog.e164:
            contact_id, number = chosen.id, dialog.e164
            name, notes = dialog.name_edit.text(), dialog.notes_edit.text()
            first, last = dialog.first_name_edit.text(), dialog.last_name_edit.text()
            fields = dialog.fields()
            self._write(lambda book: book.update(contact_id, name=name, number=number,
                                                 notes=notes, first_name=first,
                                                 last_name=last, fields=fields))

    def delete_contacts(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete contacts"),
            self.tr("Delete %Ln contact(s)? Their messages stay in the Outbox.", "",
                    len(ids)))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda book: book.delete(ids))

    def _ask_import(self) -> None:
        path = file_to_open(self, self.tr("Import contacts"), self.tr(
            "Contacts (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)"))
        if path:
            self.import_file(path)

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
        ids = self.selected_ids()
        if ids:
            # Numbers, not names: two contacts may share a name.
            self.send_to.emit(self.book.numbers(ids))

    def new_group(self) -> None:
        name = ask_text(self, self.tr("New group"), self.tr("Group name:"))
        if name is not None and name.strip():
            self._write(lambda book: book.create_group(name), group=name.strip())

    def rename_group(self) -> None:
        current = self.current_group()
        if not current:
            return
        name = ask_text(self, self.tr("Rename group"), self.tr("New name:"), current)
        if name is not None and name.strip() and name != current:
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
        if not current:
            self._error(self.tr("Choose a group in the list on the right first."))
            return
        ids = self.selected_ids()
        if join:
            self._write(lambda book: book.add_to_group(ids, current))
        else:
            self._write(lambda book: book.remove_from_group(ids, current))


HIDDEN_COLUMNS_KEY = "contacts/hidden_columns"


def _hidden_columns(state: QSettings | None) -> list[str]:
    """The columns the user hid, as remembered (a JSON list: INI files keep a one-item
    list as a plain string)."""
    saved = state.value(HIDDEN_COLUMNS_KEY, "[]", type=str) if state is not None else "[]"
    try:
        keys = json.loads(str(saved))
    except ValueError:
        return []
    return [key for key in keys if isinstance(key, str)] if isinstance(keys, list) else []
