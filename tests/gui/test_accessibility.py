"""Screen readers: every interactive widget of the window and of each dialog (built as the
window builds it) has an accessible name; Alt+letter keys are unique in what a window
shows at once; the counter and the result of a send are announced; states are words."""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop_sms.core import store
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.templates import Templates
from desktop_sms.ui import language
from desktop_sms.ui.cheaper_offer import CheaperOfferDialog
from desktop_sms.ui.contact_dialog import ContactDialog
from desktop_sms.ui.cost_check import CostCheck, CostFigures
from desktop_sms.ui.import_report import ImportReport
from desktop_sms.ui.main_window import MainWindow
from desktop_sms.ui.reschedule_dialog import RescheduleDialog
from desktop_sms.ui.shortcuts import ShortcutsDialog
from desktop_sms.ui.templates_menu import TemplatesMenu
from desktop_sms.ui.welcome import WelcomeDialog
from tests.gui.prompts import answer_prompts
from tests.gui.widget_survey import clashes, unnamed

pytestmark = pytest.mark.usefixtures("qapp")
GREEK = "Καλημέρα φίλε, η παραγγελία σας είναι έτοιμη. " * 2  # 2 parts; 1 in Greeklish


@pytest.fixture(params=["en", "fr", "el"])
def speaking(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each language the window speaks, installed before the window is built (a widget's
    text is translated when it is made): French and Greek keys must stay apart too."""
    language.install(request.param)
    yield request.param
    language.install("en")  # as tests/gui/conftest.py has it for every other test


@pytest.fixture
def spoken(speaking: str, window: MainWindow) -> MainWindow:
    """The window built in ``speaking``'s language (pytest sets up ``speaking`` first, being
    named first, and takes it down last)."""
    return window


def built(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The window with its three tabs and Compose's late tools built."""
    qtbot.waitUntil(lambda: window.findChild(TemplatesMenu) is not None
                    and window.findChild(TemplatesMenu).isVisible()  # at the next turn
                    and window.findChild(QWidget, "outboxTab") is not None, timeout=5000)
    return window


def each_view(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    """Shows each tab in turn, the Outbox in both its views, with the sending panel (paused,
    then sending), the cheaper-form offer and the merge preview showing; yields what is
    shown."""
    window.progress.show_progress(3, 10)
    window.compose.recipients_edit.setText("Team")
    window.compose.recheck()
    window.compose.message_edit.setPlainText("{first_name}: " + GREEK)  # a field: a preview
    qtbot.waitUntil(lambda: window.compose.cheaper is not None
                    and window.compose.cheaper.isVisible(), timeout=5000)
    assert window.compose.preview.label.isVisible()
    window.compose.send_at.box.setChecked(True)
    for panel in ("paused", "sending"):  # Resume, or Pause, beside Cancel…
        window.progress.set_paused(panel == "paused")
        for index, name in enumerate(("Compose", "Contacts", "Outbox")):
            window.tabs.setCurrentIndex(index)
            yield f"{name}, {panel}"
        window.outbox.campaigns.toggle.setChecked(True)
        yield f"Outbox by campaign, {panel}"
        window.outbox.campaigns.toggle.setChecked(False)


def test_every_interactive_widget_of_the_window_has_a_name(
        qtbot: QtBot, window: MainWindow) -> None:
    built(qtbot, window)
    found = {shown: unnamed(window) for shown in each_view(qtbot, window)}
    assert found == dict.fromkeys(found, [])
    status = window.statusBar()
    for label in (window.balance_label, window.connection_label, window.refresh_label):
        assert label.parentWidget() is not None and label.accessibleName(), label.objectName()
    assert status.accessibleName()


def test_alt_keys_are_unique_in_what_the_window_shows(qtbot: QtBot, spoken: MainWindow) -> None:
    window = built(qtbot, spoken)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=5000)
    window.status.open_failed("The data folder could not be opened")  # Retry, Settings
    found = {shown: clashes(window) for shown in each_view(qtbot, window)}
    assert found == dict.fromkeys(found, {})


def dialogs(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> Iterator[QWidget]:
    """Each dialog, opened the way the window opens it."""
    yield window.open_settings()
    yield window.open_opt_outs()
    contacts = window.contacts
    yield ContactDialog(contacts, "GR")
    yield ContactDialog(contacts, "GR", window.book.by_number("+33612345678"))
    sheet = tmp_path / "people.csv"
    sheet.write_text("Name,Mobile\nAnna,6912000001\nBad,12\n", encoding="utf-8")
    importing = contacts.import_file(sheet)
    qtbot.waitUntil(lambda: importing.import_button.isEnabled(), timeout=10_000)
    yield importing
    importing = contacts.import_file(sheet)
    qtbot.waitUntil(lambda: importing.import_button.isEnabled(), timeout=10_000)
    importing.import_button.click()
    qtbot.waitUntil(lambda: window.findChild(ImportReport) is not None, timeout=10_000)
    yield window.findChild(ImportReport)
    Templates(window.conn).save("Hello", "Hello {first_name}")
    yield window.findChild(TemplatesMenu).manage()
    for balance, opted_out in ((Decimal(500), ["+30 691 234 5671"]), (Decimal(1), []),
                               (None, [])):
        yield CostCheck(window, CostFigures(plan_size := 12, 0, opted_out, plan_size, balance,
                                            "offline" if balance is None else ""))
    yield CheaperOfferDialog(window, GREEK, 3)
    yield CheaperOfferDialog(window, "你好", 1)  # no cheaper form: says why
    yield RescheduleDialog(window, 2, time.time, lambda _at: None)
    yield WelcomeDialog(window)
    yield ShortcutsDialog(window)
    overdue(window)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "overdueQuestion") is not None,
                    timeout=5000)
    yield window.findChild(QMessageBox, "overdueQuestion")
    window.progress.ask_cancel()  # the sending panel's Cancel…
    yield window.progress.cancel_box
    window.outbox.exporter.export_to(tmp_path / "outbox.csv")
    progress = window.findChild(QProgressDialog, "exportProgress")
    assert progress is not None
    yield progress


def overdue(window: MainWindow) -> None:
    """A message due two hours ago: the window asks what to do with it."""
    conn = store.connect(store.database_path(window.folder))
    try:
        Outbox(conn).enqueue([NewMessage("+306912345671", "late")],
                             send_at=time.time() - 2 * 3600)
    finally:
        conn.close()
    window.scheduler.look()


def test_every_dialog_names_its_widgets_and_keeps_its_alt_keys_apart(
        qtbot: QtBot, spoken: MainWindow, tmp_path: Path) -> None:
    window = built(qtbot, spoken)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=5000)
    found = {}
    for dialog in dialogs(qtbot, window, tmp_path):
        assert dialog is not None
        if not dialog.isVisible():
            dialog.show()
        qtbot.waitExposed(dialog)
        found[f"{len(found)} {dialog.objectName() or type(dialog).__name__}"] = (
            unnamed(dialog), clashes(dialog))
        if isinstance(dialog, QDialog):
            dialog.reject()
    assert {shown: v for shown, v in found.items() if v != ([], {})} == {}
    assert len(found) == 18


FIELD_NAMES = {  # new group, rename group, save as template, rename template
    "en": ["Group name", "New name", "Template name", "New name"],
    "fr": ["Nom du groupe", "Nouveau nom", "Nom du modèle", "Nouveau nom"],
    "el": ["Όνομα ομάδας", "Νέο όνομα", "Όνομα προτύπου", "Νέο όνομα"],
}


def test_the_prompts_for_a_name_name_their_field(
        qtbot: QtBot, spoken: MainWindow, speaking: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = built(qtbot, spoken)
    prompts = answer_prompts(monkeypatch, None, None, None, None)  # each one cancelled
    window.contacts.new_group()
    window.contacts.group_list.setCurrentRow(0)
    window.contacts.rename_group()
    templates = window.findChild(TemplatesMenu)
    window.compose.message_edit.setPlainText("Hello")
    templates.save_as()
    Templates(window.conn).save("Hello", "Hello {first_name}")
    manager = templates.manage()
    manager.names.setCurrentRow(0)
    manager.rename_button.click()
    assert [(p.field_name, p.unnamed) for p in prompts] == [
        (name, []) for name in FIELD_NAMES[speaking]]
    assert [p.shown for p in prompts] == ["", "Team", "", "Hello"]


def test_the_counter_says_what_it_shows_and_a_new_part_is_announced(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[tuple[QAccessible.Event, str]] = []

    def heard(event: QAccessibleEvent) -> None:  # the bridge to the screen reader
        message = event.message() if hasattr(event, "message") else ""
        said.append((event.type(), message))

    monkeypatch.setattr(QAccessible, "updateAccessibility", heard)
    compose = window.compose
    compose.message_edit.setPlainText("a" * 160)
    assert compose.counter_label.accessibleDescription() == compose.counter_label.text()
    assert compose.message_edit.accessibleDescription() == compose.counter_label.text()
    assert not any(event == QAccessible.Event.Announcement for event, _ in said)
    compose.message_edit.insertPlainText("b")  # a second part
    assert (QAccessible.Event.Announcement, "2 parts") in said


def test_the_result_of_a_send_is_announced(qtbot: QtBot, window: MainWindow,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        lambda event: said.append(getattr(event, "message", str)()))
    compose = window.compose
    compose.recipients_edit.setText("+306912345671")
    compose.message_edit.setPlainText("Hello")
    compose.recheck()
    compose.send()
    qtbot.waitUntil(lambda: "1 message queued" in said, timeout=5000)
