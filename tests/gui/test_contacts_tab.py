"""The Contacts tab: search in any script, custom field columns, the contact dialog's
fields, and group membership for thousands at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop_sms.core.contacts import NewContact
from desktop_sms.ui.contact_dialog import ContactDialog
from desktop_sms.ui.contacts_tab import ContactsTab
from desktop_sms.ui.main_window import MainWindow


def _names(tab: ContactsTab) -> list[str]:
    return [tab.model.contact(r).name for r in range(tab.model.rowCount())]  # type: ignore[union-attr]


def _write(qtbot: QtBot, window: MainWindow, *contacts: NewContact) -> None:
    """Contacts added by the worker, as an import does; the tab re-read."""
    done: list[object] = []
    window.session.run(lambda worker: worker.book.add_many(list(contacts)), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    window.contacts.reload()


def test_search_is_blind_to_case_and_accents_in_greek(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.contacts
    _write(qtbot, window,
           NewContact("Ελένη Παπαδοπούλου", "+306912345670", fields={"Πόλη": "Αθήνα"}),
           NewContact("Γιώργος", "+306912345679", notes="ΠΕΛΆΤΗΣ"))
    for typed, found in (("ελένη", ["Ελένη Παπαδοπούλου"]), ("ΕΛΕΝΗ", ["Ελένη Παπαδοπούλου"]),
                         ("αθηνα", ["Ελένη Παπαδοπούλου"]), ("πελάτης", ["Γιώργος"]),
                         ("912345679", ["Γιώργος"])):
        tab.search_edit.setText(typed)
        qtbot.waitUntil(lambda found=found: _names(tab) == found, timeout=5000)


def test_custom_fields_are_columns_the_user_can_hide(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.contacts
    _write(qtbot, window, NewContact("Anna", "+306912345670", fields={"City": "Patra"}))
    assert tab.model.headers()[4:] == ("City",)
    row = _names(tab).index("Anna")
    assert tab.model.index(row, 4).data() == "Patra"
    assert not tab.view.isColumnHidden(4)

    # The header's menu lists every column but the name; unticking one hides it.
    menu = tab.column_menu()
    assert [a.text() for a in menu.actions()] == ["Number", "Groups", "Notes", "City"]
    menu.actions()[3].trigger()
    assert tab.view.isColumnHidden(4)
    tab.reload()  # a re-read keeps it hidden
    assert tab.view.isColumnHidden(4)
    window.shutdown()
    # Remembered: a tab built anew (the next start) hides it too.
    again = ContactsTab(window.book, "GR", window.session, window._window_state())
    qtbot.addWidget(again)
    assert again.view.isColumnHidden(4) and not again.view.isColumnHidden(1)
    again.set_column_shown("field:City", True)
    assert not again.view.isColumnHidden(4)


def test_the_dialog_edits_names_and_fields(qtbot: QtBot, window: MainWindow,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    tab = window.contacts
    _write(qtbot, window, NewContact("Anna", "+306912345670", first_name="Anna",
                                     fields={"City": "Patra", "Zip": "26221"}))
    tab.view.selectRow(_names(tab).index("Anna"))

    def edited(dialog: ContactDialog) -> int:
        assert dialog.fields() == {"City": "Patra", "Zip": "26221"}
        dialog.last_name_edit.setText("Georgiou")  # the name follows first + last
        assert dialog.name_edit.text() == "Anna Georgiou"
        dialog.fields_table.selectRow(1)  # Zip
        dialog.remove_field_button.click()
        dialog.add_field("Πόλη", "Πάτρα")
        dialog.fields_table.item(0, 1).setText("Athens")  # type: ignore[union-attr]
        dialog.add_field()  # left blank: no field
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ContactDialog, "exec", edited)
    tab.edit_contact()

    def saved() -> bool:
        contact = window.book.by_name("Anna Georgiou")
        return contact is not None and dict(contact.fields) == {"City": "Athens",
                                                                "Πόλη": "Πάτρα"}
    qtbot.waitUntil(saved, timeout=5000)
    contact = window.book.by_name("Anna Georgiou")
    assert contact is not None and (contact.first_name, contact.last_name) == ("Anna",
                                                                              "Georgiou")
    # The tab re-reads when the worker's result arrives, a moment after the commit.
    qtbot.waitUntil(lambda: tab.model.headers()[4:] == ("City", "Πόλη"),  # Zip went with
                    timeout=5000)                                        # its last value


def test_select_all_then_add_to_a_group_is_one_write(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.contacts
    _write(qtbot, window, *(NewContact(f"Customer {i:04d}", f"+3069{i:08d}")
                            for i in range(3000)))
    window.tabs.setCurrentWidget(tab)
    tab.group_list.setCurrentRow(0)  # Team
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(tab.selected_ids()) == 3003
    tab.join_button.click()
    qtbot.waitUntil(lambda: window.book.groups() == [("Team", 3003)], timeout=10_000)

    # Clicking the group selects its members, in one selection; then remove them all.
    tab._show_group("Team")
    assert len(tab.selected_ids()) == 3003
    tab.leave_button.click()
    qtbot.waitUntil(lambda: window.book.groups() == [("Team", 0)], timeout=10_000)


def test_clicking_a_group_selects_its_scattered_members_as_whole_rows(
        qtbot: QtBot, window: MainWindow) -> None:
    tab = window.contacts
    _write(qtbot, window, NewContact("Anna", "+306912345672", groups=("Team",)),
           NewContact("Bob", "+306912345673"), NewContact("Dora", "+306912345674",
                                                          groups=("Team",)))
    assert _names(tab) == ["Anna", "Bob", "Claire Dubois", "Dora", "Eleni Papadopoulou",
                           "Nikos Georgiou"]
    tab._show_group("Team")
    rows = [index.row() for index in tab.view.selectionModel().selectedRows()]
    assert sorted(rows) == [0, 3, 4, 5]
    assert tab.selected_ids() == window.book.member_ids("Team")


def test_searching_keeps_column_widths_and_clearing_lists_what_changed(
        qtbot: QtBot, window: MainWindow) -> None:
    tab = window.contacts
    tab.view.setColumnWidth(1, 222)  # the user widened the numbers
    tab.search_edit.setText("claire")
    qtbot.waitUntil(lambda: _names(tab) == ["Claire Dubois"], timeout=5000)
    assert tab.view.columnWidth(1) == 222

    # Written by the worker while the search shows, and not re-read: clearing the search
    # lists all contacts at once, the new one too.
    done: list[object] = []
    window.session.run(lambda worker: worker.book.add("Zoe", "+306912345675"), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    tab.search_edit.clear()
    assert _names(tab) == ["Claire Dubois", "Eleni Papadopoulou", "Nikos Georgiou", "Zoe"]
    tab.search_edit.setText("zoe")
    qtbot.waitUntil(lambda: _names(tab) == ["Zoe"], timeout=5000)
    tab.search_edit.clear()  # unchanged since: the same list
    assert _names(tab) == ["Claire Dubois", "Eleni Papadopoulou", "Nikos Georgiou", "Zoe"]
