"""Small builders shared by the tabs and dialogs, so each control gets the same keyboard
and accessibility treatment."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QRect
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)

if TYPE_CHECKING:
    from desktop_sms.core.phone import ParsedNumber


def sentence(text: object) -> str:
    """An error text as a sentence: first letter up, the rest untouched ('U+0000' stays;
    str.capitalize() lowercased it)."""
    words = str(text)
    return words[:1].upper() + words[1:]


def tell_later(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    """A message box that does not wait to be closed: for news that arrives in a callback
    (a nested event loop there would run other callbacks inside this one)."""
    from PySide6.QtCore import Qt  # its first import costs 18 ms: not at start-up

    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                      title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def field_name(label: str) -> str:
    """A field's label as its accessible name: 'Group name' for '&Group name:' (and for
    the French 'Nom\xa0:', its space before the colon)."""
    return label.replace("&", "").rstrip(": \xa0")


def add_rows(form: QFormLayout, rows: list[tuple[str, QWidget]]) -> None:
    """Rows of (label with an &-mnemonic, field): the label focuses its field (Alt+key)
    and names it for screen readers."""
    for label, widget in rows:
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(field_name(label))
        form.addRow(caption, widget)


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """What QInputDialog.getText asks, its field named for screen readers (the static
    function gives no handle on it); None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)  # builds the dialog's field
    dialog.setTextValue(text)
    field = dialog.findChild(QLineEdit)
    if field is not None:
        field.setAccessibleName(field_name(label))
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    dialog.deleteLater()  # parented to a tab that lives on
    return dialog.textValue() if accepted else None


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
    view.setHorizontalHeader(_Header(view))
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


def file_to_open(parent: QWidget, title: str, filters: str) -> Path | None:
    """The file the user picks to read (an import), starting in their documents."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(path) if path else None


def region_box(name: str, region: str) -> QComboBox:
    """Every country phone numbers can be read in, as 'GR (+30)', ``region`` chosen."""
    import phonenumbers  # its metadata: only when a dialog needs the list

    box = QComboBox()
    box.setObjectName(name)
    for code in sorted(phonenumbers.SUPPORTED_REGIONS):
        box.addItem(f"{code} (+{phonenumbers.country_code_for_region(code)})", code)
    box.setCurrentIndex(max(0, box.findData(region)))
    return box


class _Header(QHeaderView):
    """Column titles drawn without asking whether their column is selected: Qt's own
    asks the model about every row of each column (after Select All over 100,000 rows,
    two seconds per paint, all in Python calls)."""

    def __init__(self, parent: QWidget) -> None:
        from PySide6.QtCore import Qt  # not at start-up (see tell_later)

        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.sectionResized.connect(self._fit_title)

    def _fit_title(self, column: int, _old: int, size: int) -> None:
        """A width set before the table shows (the tabs' widths, chosen for English) grows
        to fit its title: French and Greek titles are longer. The user's own is kept."""
        if not self.isVisible() and 0 < size < (fit := self.sectionSizeHint(column)):
            self.resizeSection(column, fit)

    def paintSection(self, painter: QPainter, rect: QRect,  # noqa: N802
                     logicalIndex: int) -> None:  # noqa: N803
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        model = self.model()
        title = model.headerData(logicalIndex, self.orientation()) if model else None
        # PySide6's stubs lack the option's fields, which it has at run time.
        option.rect = rect  # type: ignore[attr-defined]
        option.section = logicalIndex  # type: ignore[attr-defined]
        option.text = str(title or "")  # type: ignore[attr-defined]
        option.textAlignment = self.defaultAlignment()  # type: ignore[attr-defined]
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)


def show_number_check(label: QLabel, typed: str, region: str) -> ParsedNumber:
    """Check a number as it is typed and say the verdict in ``label``: ✔ and the number
    in international form, ⚠ why it is doubtful, ✖ why it is refused; nothing when empty."""
    from desktop_sms.core.phone import Verdict, display, parse_number
    from desktop_sms.ui.appearance import Tint, tint
    from desktop_sms.ui.phone_text import reason_text

    parsed = parse_number(typed, region)
    if not typed.strip():
        label.setText("")
    elif parsed.verdict is Verdict.VALID and parsed.e164:
        label.setText("✔ " + display(parsed.e164))
        tint(label, Tint.OK)
    elif parsed.verdict is Verdict.WARNING:
        label.setText(f"⚠ {reason_text(parsed.reason)}")
        tint(label, Tint.WARNING)
    else:
        label.setText(f"✖ {reason_text(parsed.reason)}")
        tint(label, Tint.ERROR)
    return parsed
