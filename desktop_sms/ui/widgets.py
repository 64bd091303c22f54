"""Small builders shared by the tabs and dialogs, so each control gets the same keyboard
and accessibility treatment."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)


def sentence(text: object) -> str:
    """An error text as a sentence: first letter up, the rest untouched ('U+0000' stays;
    str.capitalize() lowercased it)."""
    words = str(text)
    return words[:1].upper() + words[1:]


def add_rows(form: QFormLayout, rows: list[tuple[str, QWidget]]) -> None:
    """Rows of (label with an &-mnemonic, field): the label focuses its field (Alt+key)
    and names it for screen readers."""
    for label, widget in rows:
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(caption, widget)


def form_box(title: str, rows: list[tuple[str, QWidget]]) -> tuple[QGroupBox, QFormLayout]:
    """A titled group of labelled fields (see add_rows); more rows may follow."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    add_rows(form, rows)
    return box, form


def search_field(name: str, accessible: str, placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    return field


def table_view(name: str, accessible: str, model: QAbstractItemModel) -> QTableView:
    """A read-only table of whole-row selections with resizable columns."""
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view
