"""The cheaper-encoding offer: forms shown with their saving, nothing changed unless the
user chooses it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextFragment
from PySide6.QtWidgets import QApplication, QDialog, QRadioButton
from pytestqt.qtbot import QtBot

from desktop_sms.core.cheaper import Form, convert
from desktop_sms.ui.cheaper_offer import CheaperOfferButton, CheaperOfferDialog, saving_offer
from desktop_sms.ui.main_window import MainWindow

GREEK = "Καλημέρα σας! Η «Ακρόπολη» — ανοιχτή 9:00–17:00… " * 2  # 2 parts; 1 in GSM-7


def dialog(qtbot: QtBot, text: str = GREEK, recipients: int = 1200) -> CheaperOfferDialog:
    shown = CheaperOfferDialog(None, text, recipients)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _radio(offer: CheaperOfferDialog, name: str) -> QRadioButton:
    found = offer.findChild(QRadioButton, name)
    assert isinstance(found, QRadioButton)
    return found


def test_choosing_greeklish_shows_it_and_returns_it(qtbot: QtBot) -> None:
    offer = dialog(qtbot)
    capitals, greeklish = (_radio(offer, "cheaperForm_capitals"),
                           _radio(offer, "cheaperForm_greeklish"))
    assert capitals.isChecked() and "2 parts → 1 part: saves 1,200 credits" in capitals.text()
    assert offer.preview.toPlainText() == convert(GREEK, Form.GREEK_CAPITALS).text
    qtbot.mouseClick(greeklish, Qt.MouseButton.LeftButton)
    greeklish_text = convert(GREEK, Form.GREEKLISH).text
    assert greeklish_text.startswith('Kalimera sas! I "Akropoli" - anoichti')
    assert offer.preview.toPlainText() == greeklish_text
    assert offer.saving.text() == "2 parts → 1 part: saves 1,200 credits"
    assert offer.changes.text().startswith("64 characters changed: α → a")
    assert "Greek letters" in offer.intro.text()
    qtbot.mouseClick(offer.use_button, Qt.MouseButton.LeftButton)
    assert offer.result() == QDialog.DialogCode.Accepted
    assert offer.chosen_text() == greeklish_text


def test_changed_characters_are_marked_in_the_preview(qtbot: QtBot) -> None:
    offer = dialog(qtbot, "Don’t — go… ΔΣ", 3)
    block = offer.preview.document().firstBlock()
    marked = "".join(fragment.text() for fragment in _fragments(block)
                     if fragment.charFormat().fontUnderline())
    assert marked == "'-..."
    assert offer.saving.text() == "1 part → 1 part: same cost"


def _fragments(block: QTextBlock) -> list[QTextFragment]:
    iterator = block.begin()
    found = []
    while not iterator.atEnd():
        found.append(iterator.fragment())
        iterator += 1
    return found


def test_keep_mine_returns_nothing(qtbot: QtBot) -> None:
    offer = dialog(qtbot)
    qtbot.mouseClick(offer.keep_button, Qt.MouseButton.LeftButton)
    assert offer.chosen_text() is None


def test_keyboard_only(qtbot: QtBot) -> None:
    offer = dialog(qtbot)
    with qtbot.waitActive(offer):
        offer.activateWindow()
    assert offer.focusWidget() is _radio(offer, "cheaperForm_capitals")
    qtbot.keyClick(_radio(offer, "cheaperForm_capitals"), Qt.Key.Key_Down)
    assert _radio(offer, "cheaperForm_greeklish").isChecked()
    qtbot.keyClick(_radio(offer, "cheaperForm_greeklish"), Qt.Key.Key_Return)  # Use this text
    assert offer.chosen_text() == convert(GREEK, Form.GREEKLISH).text
    for name in ("cheaperForm_capitals", "cheaperForm_greeklish"):
        assert _radio(offer, name).accessibleName()
    assert offer.preview.accessibleName() == "Converted text"


def test_an_emoji_is_named_and_nothing_is_offered(qtbot: QtBot) -> None:
    offer = dialog(qtbot, "Καλημέρα 🎉", 3)
    assert "🎉 cannot be written in GSM-7" in offer.intro.text()
    assert offer.use_button.isHidden() and offer.preview.isHidden()
    qtbot.keyClick(offer, Qt.Key.Key_Escape)
    assert offer.chosen_text() is None


def test_credits_come_from_the_callers_totals(qtbot: QtBot) -> None:
    totals = {None: 3600, Form.GREEK_CAPITALS: 1200, Form.GREEKLISH: 1300}
    offer = CheaperOfferDialog(None, GREEK, 1200, totals.__getitem__)
    qtbot.addWidget(offer)
    assert "saves 2,400 credits" in offer.saving.text()
    greeklish = _radio(offer, "cheaperForm_greeklish")
    assert "saves 2,300 credits" in greeklish.text()


def test_the_button_appears_only_when_parts_are_saved(qtbot: QtBot) -> None:
    assert saving_offer(GREEK) is not None and saving_offer("Don’t") is None
    button = CheaperOfferButton()
    qtbot.addWidget(button)
    button.update_for("Don’t", 5)  # GSM-7 in the same one part: nothing to offer
    qtbot.wait(250)
    assert button.isHidden()
    button.update_for(GREEK, 5)
    qtbot.waitUntil(lambda: not button.isHidden())
    assert button.text() == "Send for less: 2 parts → 1 part…"

    with qtbot.waitSignal(button.chosen) as chosen:
        button.click()
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, CheaperOfferDialog)
        assert modal.preview.toPlainText() == convert(GREEK, Form.GREEK_CAPITALS).text
        modal.use_button.click()
    assert chosen.args == [convert(GREEK, Form.GREEK_CAPITALS).text]


def test_compose_offers_the_cheaper_form_and_uses_it_only_when_chosen(
        qtbot: QtBot, window: MainWindow) -> None:
    """In the window: a Greek message of two parts to the two-member group gets the offer,
    with the saving counted by planning the converted text; the text changes only after
    Use this text."""
    tab = window.compose
    assert tab.cheaper is None  # nothing built until a Unicode text needs it
    text = "Καλημέρα σας! Η παραγγελία σας είναι έτοιμη για παραλαβή από το κατάστημα. " * 2
    tab.recipients_edit.setText("Team")
    tab.message_edit.setPlainText(text)
    tab.recheck()
    qtbot.waitUntil(lambda: tab.cheaper is not None and tab.cheaper.isVisible(), timeout=3000)
    assert tab.cheaper is not None
    assert tab.message_edit.toPlainText() == text  # offered, not applied
    tab.cheaper.click()
    dialog = window.findChild(CheaperOfferDialog)
    assert dialog is not None
    assert dialog.saving.text() == "3 parts → 1 part: saves 4 credits"
    dialog.use_button.click()
    assert tab.message_edit.toPlainText().startswith("KAΛHMEPA ΣAΣ!")
    assert "1 part ·" in tab.counter_label.text() and "GSM-7" in tab.counter_label.text()
    tab.message_edit.undo()  # Ctrl+Z: the text as typed is back
    assert tab.message_edit.toPlainText() == text


def test_a_form_that_costs_more_is_never_offered(qtbot: QtBot) -> None:
    """Greeklish lengthens: with merged Greek names it can need more parts than the text as
    typed. Such a form is left out, and one of the same cost says so."""
    totals = {None: 2400, Form.GREEK_CAPITALS: 2400, Form.GREEKLISH: 3600}
    offer = CheaperOfferDialog(None, GREEK, 1200, totals.__getitem__)
    qtbot.addWidget(offer)
    assert offer.findChild(QRadioButton, "cheaperForm_greeklish") is None
    assert offer.saving.text().endswith(": same cost")
    button = CheaperOfferButton()
    qtbot.addWidget(button)
    button.update_for(GREEK, 1200, totals.__getitem__)
    qtbot.wait(250)
    assert button.isHidden()  # nothing saves: nothing offered
    assert saving_offer(GREEK, 1200, totals.__getitem__) is None


def _compose(qtbot: QtBot, window: MainWindow, recipients: str, text: str) -> None:
    tab = window.compose
    tab.refresh_names()
    tab.recipients_edit.setText(recipients)
    tab.message_edit.setPlainText("Καλημέρα")  # the first Unicode text builds the button
    tab.recheck()
    qtbot.waitUntil(lambda: tab.cheaper is not None and bool(tab.recipients), timeout=3000)
    tab.message_edit.setPlainText(text)
    tab.recheck()
    qtbot.wait(300)


def test_with_merge_fields_the_offer_counts_the_merged_texts(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    """Greek names stay Greek in every form: capitals save nothing, Greeklish would add a
    part. The button stays hidden, and the dialog shows only what costs no more, in
    credits."""
    window.compose.book.add("Νίκος Παπάς", "+306912349999", groups=("Ελ",))
    text = ("Χθες ψάχθηκε θέση για {name}, ευχαριστούμε θερμά. Χαρά μας που θα σας δούμε "
            "ξανά στο κατάστημα, χθες ήταν ψυχή θαύμα χθες")
    _compose(qtbot, window, "Ελ", text)
    tab = window.compose
    assert tab.cheaper is not None and tab.plan().credits == 2
    tab.cheaper.open_offer()  # counts the text as it is now; hidden, nothing opens
    assert tab.cheaper.isHidden()
    assert window.findChild(CheaperOfferDialog) is None


def test_a_placeholder_name_is_no_reason_for_an_offer(qtbot: QtBot,
                                                      window: MainWindow) -> None:
    book = window.compose.book
    book.add("Maria", "+306912348881", groups=("Shop",), fields={"Πόλη": "Athens"})
    book.add("John", "+306912348882", groups=("Shop",), fields={"Πόλη": "Patras"})
    text = ("Dear customer, your order is ready for pickup at our store. Opening hours "
            "9-17. Thanks! From {Πόλη|the shop} «soon»")
    _compose(qtbot, window, "Shop", text)
    tab = window.compose
    assert tab.cheaper is not None
    qtbot.waitUntil(tab.cheaper.isVisible)  # the quotes make the merged texts UCS-2
    assert tab.cheaper.text() == "Send for less: 4 → 2 credits…"
    tab.cheaper.click()
    dialog = window.findChild(CheaperOfferDialog)
    assert dialog is not None
    assert dialog.saving.text() == "4 → 2 credits: saves 2 credits"
    dialog.use_button.click()
    assert tab.message_edit.toPlainText() == text.replace("«soon»", '"soon"')
    assert tab.plan().problems == [] and tab.plan().credits == 2
