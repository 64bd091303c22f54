"""The offer of a cheaper GSM-7 form of the message: shown, with its saving, before the
user chooses it or keeps their text. Nothing is changed without that choice.

Every figure is the credits of what would be sent, from the caller's ``credits_of`` (with
merge fields Compose plans the converted text: merged values count as they will); a form
that would cost more is never offered.

- ``saving_offer(text, recipients, credits_of)``: the form that saves the most credits.
- ``CheaperOfferButton``: shows itself when a form saves credits; a click opens the dialog;
  ``chosen(str)`` carries the text the user accepted.
- ``CheaperOfferDialog(parent, text, recipients, credits_of)``: the forms that cost no more,
  the converted text with the changes marked, the saving; ``choose()`` returns the accepted
  text or None.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_sms.core.cheaper import (
    Conversion,
    Costed,
    CreditsOf,
    Form,
    cheapest,
    convert,
    costed,
    credits_saved,
    offer,
    visible,
)
from desktop_sms.core.greek import LETTER
from desktop_sms.core.merge import parse
from desktop_sms.core.text import count
from desktop_sms.ui.locale_text import fmt

SHOWN_CHANGES = 8  # distinct replacements listed under the text; the text marks them all


def costed_options(text: str, recipients: int,
                   credits_of: CreditsOf | None = None) -> list[Costed]:
    """The forms that cost no more; without ``credits_of``, parts × recipients. The forms
    take 2.5 ms for 1,530 Greek characters (0.5 ms Latin), then are cached."""
    return costed(text, credits_of or _parts_times(text, recipients))


def saving_offer(text: str, recipients: int = 1,
                 credits_of: CreditsOf | None = None) -> Costed | None:
    """The form that saves the most credits, if one saves any."""
    best = cheapest(costed_options(text, recipients, credits_of))
    return best if best is not None and best.after < best.before else None


def _parts_times(text: str, recipients: int) -> CreditsOf:
    """Credits when every recipient gets the same text."""
    def credits_of(form: Form | None) -> int:
        sent = text if form is None else convert(text, form).text
        return count(sent).parts * recipients
    return credits_of


class CheaperOfferButton(QPushButton):
    """Hidden unless the message has a GSM-7 form that saves parts. Call ``update_for``
    when the message or the recipients change; it waits for a pause in typing."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cheaperOfferButton")
        self.setAutoDefault(False)  # Enter stays Send's
        self.setAccessibleName(self.tr("Cheaper form of the message"))
        self.hide()
        self._text, self._recipients = "", 0
        self._credits_of: CreditsOf | None = None
        self._dialog: CheaperOfferDialog | None = None
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._refresh)
        self.clicked.connect(self.open_offer)

    def update_for(self, text: str, recipients: int,
                   credits_of: CreditsOf | None = None) -> None:
        self._text, self._recipients, self._credits_of = text, recipients, credits_of
        self._timer.start()

    def _refresh(self) -> None:
        best = saving_offer(self._text, self._recipients, self._credits_of)
        if best is None:
            self.hide()
            return
        self.setText(self.tr("Send for less: {0}…").format(figures(self._text, best)))
        self.show()

    def open_offer(self) -> None:
        self._timer.stop()
        self._refresh()  # the text as it is now, not as it was at the last pause
        if self.isHidden():
            return
        # open(), not exec(): no nested event loop running the worker's callbacks meanwhile.
        self._dialog = CheaperOfferDialog(self.window(), self._text, self._recipients,
                                          self._credits_of)
        self._dialog.finished.connect(self._answered)
        self._dialog.open()

    def _answered(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is None:
            return
        text = dialog.chosen_text()
        dialog.deleteLater()
        if text is not None:
            self.chosen.emit(text)


def figures(text: str, costed: Costed) -> str:
    """'2 parts → 1 part' when every recipient gets the same text, else the credits of the
    whole send ('4 → 2 credits'): merged texts differ in parts."""
    if not parse(text).slots:
        option = costed.option
        return QCoreApplication.translate("CheaperOfferDialog", "{0} → {1}").format(
            part_count(option.before.parts), part_count(option.after.parts))
    return fmt(QCoreApplication.translate("CheaperOfferDialog", "{0:,} → {1:,} credits"),
               costed.before, costed.after)


class CheaperOffer(QObject):
    """The context for the offer's plurals: lupdate extracts a %n plural from a tr() in a
    class only."""

    def parts(self, n: int) -> str:
        return self.tr("%Ln part(s)", "", n)


def part_count(n: int) -> str:
    return CheaperOffer().parts(n)


class CheaperOfferDialog(QDialog):
    def __init__(self, parent: QWidget | None, text: str, recipients: int,
                 credits_of: CreditsOf | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cheaperOfferDialog")
        self.setWindowTitle(self.tr("Send for less"))
        self.text, self.recipients = text, recipients
        self.offer = offer(text)
        self.costed = costed_options(text, recipients, credits_of)
        self.options = tuple(c.option for c in self.costed)

        self.intro = QLabel(self._intro())
        self.intro.setObjectName("cheaperIntro")
        self.intro.setWordWrap(True)
        box = QGroupBox(self.tr("Form"))
        box_layout = QVBoxLayout(box)
        self.choices = QButtonGroup(self)
        labels = {Form.TYPOGRAPHY: self.tr("&Typography: plain quotes, dashes and spaces"),
                  Form.GREEK_CAPITALS: self.tr("Greek &capitals without accents"),
                  Form.GREEKLISH: self.tr("Gree&klish (Latin letters, ELOT 743)")}
        for index, option in enumerate(self.options):
            radio = QRadioButton(self.tr("{0} — {1}").format(labels[option.form],
                                                              self._saving(index)))
            radio.setObjectName(f"cheaperForm_{option.form.value}")
            radio.setAccessibleName(labels[option.form].replace("&", ""))
            self.choices.addButton(radio, index)
            box_layout.addWidget(radio)
        box.setVisible(bool(self.options))

        self.preview = QTextEdit()
        self.preview.setObjectName("cheaperPreview")
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(self.tr("Converted text"))
        self.preview.setAccessibleDescription(self.tr("Changed characters are underlined"))
        preview_label = QLabel(self.tr("Converted te&xt (changes underlined):"))
        preview_label.setBuddy(self.preview)
        self.changes = QLabel()
        self.changes.setObjectName("cheaperChanges")
        self.changes.setWordWrap(True)
        self.saving = QLabel()
        self.saving.setObjectName("cheaperSaving")
        self.saving.setStyleSheet("font-weight: bold")
        self.saving.setAccessibleName(self.tr("Saving"))

        buttons = QDialogButtonBox()
        self.use_button = QPushButton(self.tr("&Use this text"))
        self.use_button.setObjectName("cheaperUse")
        self.keep_button = QPushButton(self.tr("Keep &mine"))
        self.keep_button.setObjectName("cheaperKeep")
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.use_button.setDefault(True)
        self.use_button.setVisible(bool(self.options))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(box)
        for widget in (preview_label, self.preview, self.changes, self.saving):
            widget.setVisible(bool(self.options))
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.resize(560, 380 if self.options else 140)

        self.choices.idToggled.connect(self._show_option)
        if self.options:
            self.choices.button(0).setChecked(True)
            self.choices.button(0).setFocus()
        else:
            self.keep_button.setFocus()

    # --- what the user sees ----------------------------------------------------------

    def _intro(self) -> str:
        forcing = self.offer.before.ucs2_chars
        others = [c for c in forcing if c not in LETTER]
        reasons = [self.tr("Greek letters")] if len(others) < len(forcing) else []
        reasons += [visible(others[:12])] if others else []
        reasons += ["…"] if len(others) > 12 else []
        why = self.tr(", ").join(reasons)
        if not self.options and self.offer.blockers:
            return self.tr("This message is sent as UCS-2 (70 characters per part) because "
                           "of {0}. No GSM-7 form exists: {1} cannot be written in GSM-7."
                           ).format(why, visible(self.offer.blockers))
        if not self.options:
            return self.tr("No GSM-7 form of this message costs less.")
        return self.tr("This message is sent as UCS-2 (70 characters per part) because of "
                       "{0}. In GSM-7 a part holds 160 characters. Choose a form to see "
                       "it:").format(why)

    def _saving(self, index: int) -> str:
        costed = self.costed[index]
        saved = credits_saved(costed.before, costed.after)  # never an increase: left out
        if saved == 0:
            words = self.tr("same cost")
        else:
            words = self.tr("saves %Ln credit(s)", "", saved)
        return self.tr("{0}: {1}").format(figures(self.text, costed), words)

    def _show_option(self, index: int, checked: bool) -> None:
        if not checked:
            return
        option = self.options[index]
        self.preview.clear()
        cursor = QTextCursor(self.preview.document())
        plain, marked = QTextCharFormat(), QTextCharFormat()
        highlight = self.palette().highlight().color()
        marked.setBackground(QColor(highlight.red(), highlight.green(), highlight.blue(), 70))
        marked.setFontUnderline(True)  # not by colour alone
        for piece in option.pieces:
            changed = piece.original != piece.converted
            cursor.insertText(piece.converted, marked if changed else plain)
        self.preview.moveCursor(QTextCursor.MoveOperation.Start)
        self.changes.setText(self._changes(option))
        self.saving.setText(self._saving(index))

    def _changes(self, option: Conversion) -> str:
        listed = []
        replacements = option.replacements()
        for original, converted, _ in replacements[:SHOWN_CHANGES]:
            if converted == "":
                listed.append(self.tr("{0} removed").format(visible(original)))
            elif converted.isspace():
                listed.append(self.tr("{0} → space").format(visible(original)))
            else:
                listed.append(self.tr("{0} → {1}").format(visible(original), converted))
        more = len(replacements) - SHOWN_CHANGES
        if more > 0:
            listed.append(fmt(self.tr("{0:,} more"), more))
        return self.tr("%Ln character(s) changed: {0}", "", option.changed).format(
            ", ".join(listed))

    # --- the choice --------------------------------------------------------------------

    def chosen_text(self) -> str | None:
        """The accepted form's text; None if the user kept theirs."""
        if self.result() != QDialog.DialogCode.Accepted or not self.options:
            return None
        return self.options[self.choices.checkedId()].text

    def choose(self) -> str | None:
        """Modal, waiting for the answer (a nested event loop: not from a callback)."""
        self.exec()
        return self.chosen_text()
