"""The dialog that adds or edits one contact: names, number (checked as typed), notes and
custom fields."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_sms.core.contacts import Contact
from desktop_sms.core.phone import display
from desktop_sms.ui.sizes import tall
from desktop_sms.ui.widgets import add_rows, show_number_check


class ContactDialog(QDialog):
    """Add or edit one contact; the number is checked as it is typed."""

    def __init__(self, parent: QWidget, region: str, contact: Contact | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("New contact"))
        self.region = region
        self.name_edit = QLineEdit(contact.name if contact else "")
        self.name_edit.setObjectName("contactNameEdit")
        self.first_name_edit = QLineEdit(contact.first_name if contact else "")
        self.first_name_edit.setObjectName("contactFirstNameEdit")
        self.last_name_edit = QLineEdit(contact.last_name if contact else "")
        self.last_name_edit.setObjectName("contactLastNameEdit")
        self.number_edit = QLineEdit(display(contact.number) if contact else "")
        self.number_edit.setObjectName("contactNumberEdit")
        self.notes_edit = QLineEdit(contact.notes if contact else "")
        self.notes_edit.setObjectName("contactNotesEdit")
        self.number_hint = QLabel()
        self.number_hint.setObjectName("numberHint")
        self.number_hint.setWordWrap(True)
        self.fields_table = self._fields_table(dict(contact.fields) if contact else {})
        self.add_field_button = QPushButton(self.tr("Add &field"))
        self.remove_field_button = QPushButton(self.tr("&Remove field"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

        form = QFormLayout()
        add_rows(form, [(self.tr("&Name:"), self.name_edit),
                        (self.tr("F&irst name:"), self.first_name_edit),
                        (self.tr("&Last name:"), self.last_name_edit),
                        (self.tr("N&umber:"), self.number_edit)])
        form.addRow("", self.number_hint)
        add_rows(form, [(self.tr("N&otes:"), self.notes_edit),
                        (self.tr("Other fi&elds:"), self.fields_table)])
        field_buttons = QHBoxLayout()
        field_buttons.addWidget(self.add_field_button)
        field_buttons.addWidget(self.remove_field_button)
        field_buttons.addStretch(1)
        form.addRow("", field_buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._check)
        self.number_edit.textChanged.connect(self._check)
        self._composed = self._whole_name()
        self.first_name_edit.textChanged.connect(self._compose_name)
        self.last_name_edit.textChanged.connect(self._compose_name)
        self.add_field_button.clicked.connect(lambda: self.add_field())
        self.remove_field_button.clicked.connect(self._remove_field)
        self.fields_table.itemSelectionChanged.connect(self._field_chosen)
        self.e164: str | None = None
        self._check()
        self._field_chosen()
        self.resize(460, self.sizeHint().height())

    def _fields_table(self, fields: dict[str, str]) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.setObjectName("contactFields")
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setMinimumHeight(tall(table, 120))
        for name, value in sorted(fields.items(), key=lambda item: item[0].casefold()):
            self._append(table, name, value)
        return table

    @staticmethod
    def _append(table: QTableWidget, name: str, value: str) -> int:
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(name))
        table.setItem(row, 1, QTableWidgetItem(value))
        return row

    def add_field(self, name: str = "", value: str = "") -> None:
        """A new row, its name cell being edited (or filled, when given)."""
        row = self._append(self.fields_table, name, value)
        self.fields_table.setCurrentCell(row, 0)
        if not name:
            self.fields_table.edit(self.fields_table.currentIndex())

    def _remove_field(self) -> None:
        for row in sorted({i.row() for i in self.fields_table.selectedIndexes()},
                          reverse=True):
            self.fields_table.removeRow(row)

    def _field_chosen(self) -> None:
        self.remove_field_button.setEnabled(bool(self.fields_table.selectedIndexes()))

    def fields(self) -> dict[str, str]:
        """The custom fields as edited; a row without a name or value is none."""
        found: dict[str, str] = {}
        for row in range(self.fields_table.rowCount()):
            cells = (self.fields_table.item(row, 0), self.fields_table.item(row, 1))
            name, value = (cell.text().strip() if cell else "" for cell in cells)
            if name and value:
                found[name] = value
        return found

    def _whole_name(self) -> str:
        return " ".join(part for part in (self.first_name_edit.text().strip(),
                                          self.last_name_edit.text().strip()) if part)

    def _compose_name(self) -> None:
        # The name follows first and last name while it is blank or was made from them.
        if self.name_edit.text().strip() in ("", self._composed):
            self.name_edit.setText(self._whole_name())
        self._composed = self._whole_name()

    def _check(self) -> None:
        parsed = show_number_check(self.number_hint, self.number_edit.text(), self.region)
        self.e164 = parsed.e164
        ok = bool(self.name_edit.text().strip()) and parsed.ok
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
