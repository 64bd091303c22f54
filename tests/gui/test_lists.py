"""Templates and the opt-out list in the window: real widgets, the real worker writing,
the GUI thread's connection reading what it wrote."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_sms.core.optout import OptOutList
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.templates import Templates
from desktop_sms.ui.main_window import MainWindow
from desktop_sms.ui.optout_dialog import OptOutDialog
from desktop_sms.ui.templates_menu import TemplatesDialog, TemplatesMenu
from tests.gui.prompts import answer_prompts

DATA = Path(__file__).parent.parent / "data" / "contacts"
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def answer(monkeypatch: pytest.MonkeyPatch, *replies: QMessageBox.StandardButton,
           asked: list[str] | None = None) -> None:
    """QMessageBox.question answers ``replies`` in turn; what it asked goes to ``asked``."""
    queue = list(replies)

    def question(_parent: object, _title: str, text: str, *_rest: object) -> object:
        if asked is not None:
            asked.append(text)
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)


def told(qtbot: QtBot) -> str:
    """The text of the information box a result opened (tell_later: not modal)."""
    def shown() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=5000)
    box = shown()[0]
    text = box.text()
    box.close()
    return text


# --- templates ---------------------------------------------------------------------------


@pytest.fixture
def templates_menu(window: MainWindow) -> TemplatesMenu:
    edit = window.compose.message_edit
    return TemplatesMenu(window.compose, lambda: window.session, edit.toPlainText,
                         edit.setPlainText, window.conn)


def opened(menu: TemplatesMenu) -> dict[str, QAction]:
    """The menu as a click fills it (showing a popup warns offscreen); its actions by
    template name, object name or text."""
    menu.menu().aboutToShow.emit()
    found = {}
    for action in menu.menu().actions():
        key = action.data() or action.objectName() or action.text()
        found[key] = action
    return found


def test_save_and_pick_a_template(qtbot: QtBot, window: MainWindow,
                                  templates_menu: TemplatesMenu,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    edit = window.compose.message_edit
    actions = opened(templates_menu)
    assert not actions["saveTemplate"].isEnabled()  # nothing typed to save
    assert not actions["manageTemplates"].isEnabled()
    assert not actions["No templates saved yet"].isEnabled()

    text = "Γεια σας {first_name|πελάτη}! -20% σε όλα & δωρεάν αποστολή."
    edit.setPlainText(text)
    answer_prompts(monkeypatch, " Προσφορά & δώρο ")
    with qtbot.waitSignal(templates_menu.saved, timeout=5000):
        opened(templates_menu)["saveTemplate"].trigger()
    saved = Templates(window.conn).get("ΠΡΟΣΦΟΡΑ & ΔΩΡΟ")
    assert saved is not None and (saved.name, saved.text) == ("Προσφορά & δώρο", text)

    # Picked into an empty message: no question.
    edit.clear()
    actions = opened(templates_menu)
    assert actions["Προσφορά & δώρο"].text() == "Προσφορά && δώρο"  # '&' is no mnemonic
    actions["Προσφορά & δώρο"].trigger()
    assert edit.toPlainText() == text
    # Over a typed message: asked first; No keeps what was typed.
    asked: list[str] = []
    answer(monkeypatch, No, Yes, asked=asked)
    edit.setPlainText("Typed by hand")
    opened(templates_menu)["Προσφορά & δώρο"].trigger()
    assert edit.toPlainText() == "Typed by hand"
    opened(templates_menu)["Προσφορά & δώρο"].trigger()
    assert edit.toPlainText() == text
    assert asked == ["Replace the message with the template 'Προσφορά & δώρο'?"] * 2


def test_saving_under_a_name_in_use_asks_before_replacing(
        qtbot: QtBot, window: MainWindow, templates_menu: TemplatesMenu,
        monkeypatch: pytest.MonkeyPatch) -> None:
    Templates(window.conn).save("Reminder", "Your appointment is tomorrow.")
    window.compose.message_edit.setPlainText("Your appointment is today at {time}.")
    answer_prompts(monkeypatch, "REMINDER", "REMINDER")
    asked: list[str] = []
    answer(monkeypatch, No, Yes, asked=asked)
    opened(templates_menu)["saveTemplate"].trigger()  # No: nothing written
    with qtbot.waitSignal(templates_menu.saved, timeout=5000):
        opened(templates_menu)["saveTemplate"].trigger()
    assert asked[0] == ("There is already a template called 'Reminder'. Replace its text "
                        "with this message?")
    assert [(t.name, t.text) for t in Templates(window.conn).list()] == [
        ("REMINDER", "Your appointment is today at {time}.")]


def test_rename_and_delete_in_the_manager(qtbot: QtBot, window: MainWindow,
                                          templates_menu: TemplatesMenu,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    reader = Templates(window.conn)
    reader.save("Υπενθύμιση", "Το ραντεβού σας είναι αύριο.")
    reader.save("Promo", "Sale!")
    opened(templates_menu)["manageTemplates"].trigger()
    dialog = templates_menu.findChild(TemplatesDialog)
    assert dialog is not None and dialog.isVisible()
    assert [dialog.names.item(i).text() for i in range(dialog.names.count())] == [
        "Promo", "Υπενθύμιση"]
    dialog.names.setCurrentRow(1)
    assert dialog.text.toPlainText() == "Το ραντεβού σας είναι αύριο."

    answer_prompts(monkeypatch, "Ραντεβού")
    dialog.rename_button.click()
    qtbot.waitUntil(lambda: dialog.current() == "Ραντεβού", timeout=5000)
    assert [t.name for t in reader.list()] == ["Promo", "Ραντεβού"]
    # A name in use is refused, in words, and nothing changes.
    answer_prompts(monkeypatch, "PROMO")
    dialog.rename_button.click()
    assert told(qtbot) == "There is already a template called 'PROMO'."
    assert [t.name for t in reader.list()] == ["Promo", "Ραντεβού"]

    answer(monkeypatch, Yes)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: dialog.names.count() == 1, timeout=5000)
    assert [t.name for t in reader.list()] == ["Promo"]
    assert dialog.current() == "Promo" and dialog.text.toPlainText() == "Sale!"
    dialog.close()


# --- the opt-out list ------------------------------------------------------------------------


def test_add_selected_contacts_to_the_opt_out_list(qtbot: QtBot, window: MainWindow,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    tab = window.contacts
    assert tab.optout_action in tab.view.actions()  # the table's context menu
    tab.search_edit.setText("Eleni")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    tab.view.selectAll()
    asked: list[str] = []
    answer(monkeypatch, No, Yes, asked=asked)
    tab.optout_action.trigger()  # No: nothing added
    tab.optout_action.trigger()
    assert told(qtbot) == "1 number added to the opt-out list."
    assert asked[0].startswith("Add the number of 1 selected contact to the opt-out list?")
    (entry,) = OptOutList(window.conn).list()
    assert (entry.number, entry.source, entry.name) == (
        "+306912345671", "from Contacts", "Eleni Papadopoulou")


def test_add_selected_outbox_recipients_to_the_opt_out_list(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.session.enqueue([NewMessage("+306944123456", "hi"), NewMessage("+33612345678", "hi"),
                            NewMessage("+306944123456", "again")])
    tab = window.outbox
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=5000)
    OptOutList(window.conn).add(["+33612345678"])  # since: it is on the list already
    assert tab.optout_action in tab.view.actions()
    tab.view.selectAll()
    answer(monkeypatch, Yes)
    tab.optout_action.trigger()
    assert told(qtbot) == ("1 number added to the opt-out list. 1 was on it already.")
    sources = {o.number: o.source for o in OptOutList(window.conn).list()}
    assert sources == {"+306944123456": "from the Outbox", "+33612345678": ""}


def open_dialog(qtbot: QtBot, window: MainWindow) -> OptOutDialog:
    dialog = window.open_opt_outs()
    qtbot.waitUntil(lambda: dialog.count_label.text() != "", timeout=5000)
    return dialog


def test_type_search_and_remove_in_the_dialog(qtbot: QtBot, window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, window)
    assert dialog.count_label.text() == "0 numbers on the list."
    qtbot.keyClicks(dialog.number_edit, "691 234")
    assert not dialog.add_button.isEnabled()
    assert dialog.number_hint.text().startswith("✖")
    qtbot.keyClicks(dialog.number_edit, "5671")  # the default region is GR
    assert dialog.add_button.isEnabled()
    assert dialog.number_hint.text() == "✔ +30 691 234 5671"
    dialog.reason_edit.setText("απάντησε ΣΤΟΠ")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert dialog.number_hint.text() == "+30 691 234 5671 added."
    assert dialog.number_edit.text() == ""
    row = [dialog.model.index(0, c).data() for c in range(4)]
    assert row[:3] == ["+30 691 234 5671", "Eleni Papadopoulou", "απάντησε ΣΤΟΠ"]
    # Again: on the list already, said so; Enter adds too.
    qtbot.keyClicks(dialog.number_edit, "+306912345671")
    qtbot.keyClick(dialog.number_edit, "\r")
    qtbot.waitUntil(lambda: "already" in dialog.number_hint.text(), timeout=5000)
    qtbot.keyClicks(dialog.number_edit, "+33 6 12 34 56 78")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)

    dialog.search_edit.setText("Eleni")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert dialog.count_label.text() == "1 found, of 2 numbers on the list."
    dialog.view.selectAll()
    answer(monkeypatch, Yes)
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=5000)
    assert OptOutList(window.conn).numbers() == {"+33612345678"}
    dialog.close()


def test_import_opt_outs_from_a_csv(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.import_file(DATA / "bad_rows.csv")
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "optOutImportReport") is not None,
                    timeout=5000)
    report = dialog.findChild(QMessageBox, "optOutImportReport")
    assert report is not None
    assert report.text() == "bad_rows.csv: 3 added, 1 on the list already, 5 rejected."
    assert report.detailedText().splitlines()[0] == "Line 3: '+3069': too few digits."
    assert len(report.detailedText().splitlines()) == 5
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=5000)
    assert OptOutList(window.conn).numbers() == {"+306912345601", "+306912345603",
                                                 "+306912345604"}
    report.close()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "optOutImportReport") is None,
                    timeout=5000)
    # A file that is not a list of numbers: said in the dialog's words, nothing added.
    words = DATA.parent / "nope.csv"
    dialog.import_file(words)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "optOutImportReport") is not None,
                    timeout=5000)
    refused = dialog.findChild(QMessageBox, "optOutImportReport")
    assert refused is not None and refused.text().startswith("nope.csv was not imported: ")
    dialog.close()


def test_the_import_report_names_each_doubtful_number_it_added(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    # The command line warned of these; the dialog said only "3 added", so a person never
    # learned that the real number behind '+3006912345012' is still sent to.
    numbers = tmp_path / "numbers.csv"
    numbers.write_text("Phone\n6912345011\n2101234567\n+3006912345012\n", encoding="utf-8")
    dialog = open_dialog(qtbot, window)
    dialog.import_file(numbers)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "optOutImportReport") is not None,
                    timeout=5000)
    report = dialog.findChild(QMessageBox, "optOutImportReport")
    assert report is not None
    assert report.text().startswith("numbers.csv: 3 added, 0 on the list already, "
                                    "0 rejected.")
    assert "2 added numbers may not be what was meant" in report.text()
    assert report.detailedText().splitlines() == [
        "Line 3, added: '2101234567': this looks like a landline; it may not receive SMS.",
        "Line 4, added: '+3006912345012': the number is not in use according to the numbering "
        "plan."]
    report.close()
    dialog.close()
