"""Compose's merge-field widgets: the menu that inserts a placeholder, and the preview of
the text one recipient gets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_sms.core import text as sms_text
from desktop_sms.core.plan import SendPlan
from desktop_sms.core.recipients import Recipient
from desktop_sms.ui.recipients_edit import RecipientListModel

PREVIEW_LINES = 3


class FieldButton(QPushButton):
    """“Insert field”: the standard placeholders, then the address book's own fields.
    A push button with a menu, as Templates beside it: a tool button's popup arrow is
    drawn over the end of its text, which longer French and Greek words reach."""

    def __init__(self, field_names: Callable[[], list[str]],
                 insert: Callable[[str], None]) -> None:
        super().__init__()
        self.setObjectName("insertFieldButton")
        self.setText(self.tr("&Insert field"))
        self.setAccessibleName(self.tr("Insert a merge field"))
        self.setToolTip(self.tr("Put a placeholder in the message: each recipient gets their "
                                "own value. {first_name|customer} gives a fallback."))
        self.field_names = field_names
        self.insert = insert
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self._fill)

    def _fill(self) -> None:
        """Filled as it opens: the address book's fields change with imports."""
        menu = self.menu()
        menu.clear()
        for words, name in ((self.tr("Name"), "name"), (self.tr("First name"), "first_name"),
                            (self.tr("Last name"), "last_name"), (self.tr("Number"), "number")):
            self._add(menu, f"{words}\t{{{name}}}", name)
        custom = [n for n in self.field_names() if not set(n) & set("{}|\n")]
        if custom:
            menu.addSection(self.tr("Contact fields"))
        for name in custom:
            self._add(menu, f"{{{name}}}", name)

    def _add(self, menu: QMenu, label: str, name: str) -> None:
        action = menu.addAction(label.replace("&", "&&"))
        action.setObjectName(f"field:{name}")
        action.triggered.connect(lambda: self.insert("{" + name + "}"))


class MergePreview(QWidget):
    """The text one recipient gets, read-only, and its count; the recipient is chosen from
    the plan's (a list of 10,000 is a model, formatted only as it is shown)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mergePreview")
        self.plan: SendPlan | None = None
        self.recipient_model = RecipientListModel(self)
        self.combo = QComboBox()
        self.combo.setObjectName("previewCombo")
        self.combo.setAccessibleName(self.tr("Preview the message for"))
        view = QListView()
        view.setUniformItemSizes(True)  # no measuring of every row
        self.combo.setView(view)
        self.combo.setModel(self.recipient_model)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(28)
        self.label = QLabel(self.tr("Pre&view for:"))
        self.label.setBuddy(self.combo)
        self.count_label = QLabel()
        self.count_label.setObjectName("previewCount")
        self.text = QPlainTextEdit()
        self.text.setObjectName("previewText")
        self.text.setAccessibleName(self.tr("Merged message"))
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        margins = self.text.contentsMargins()
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * PREVIEW_LINES + 2 * int(
            self.text.document().documentMargin()) + margins.top() + margins.bottom() + 4)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.combo, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.text)
        self.combo.currentIndexChanged.connect(self.refresh)

    def set_recipients(self, recipients: list[Recipient]) -> None:
        """The recipients a message goes to (the plan's ``sendable``, in order)."""
        self.recipient_model.set_recipients(recipients)
        if recipients and self.combo.currentIndex() < 0:
            self.combo.setCurrentIndex(0)

    def show_plan(self, plan: SendPlan) -> None:
        self.plan = plan
        self.refresh()

    def refresh(self) -> None:
        index, plan = self.combo.currentIndex(), self.plan
        if plan is None or plan.merged is None or not 0 <= index < len(plan.sendable):
            self.text.setPlainText("")
            self.count_label.setText("")
            return
        text = plan.text_for(index)
        self.text.setPlainText(text)
        count = sms_text.count(text)
        self.count_label.setText(" · ".join((self.tr("%Ln character(s)", "", count.units),
                                             self.tr("%Ln part(s)", "", count.parts),
                                             count.encoding)))
