"""Export… on the Outbox tab (what it shows) and the Contacts tab, run on the worker."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.ui.main_window import MainWindow


def told(qtbot: QtBot, parent: QWidget) -> str:
    """The text of the message box the export opened (closed here)."""
    qtbot.waitUntil(lambda: bool(parent.findChildren(QMessageBox)), timeout=10_000)
    (box,) = parent.findChildren(QMessageBox)
    text = box.text()
    box.close()
    box.deleteLater()
    qtbot.waitUntil(lambda: not parent.findChildren(QMessageBox))
    return text


def test_outbox_exports_what_the_filter_shows_off_the_gui_thread(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.session.enqueue([NewMessage("+306912345671", "Meeting moved to Friday"),
                            NewMessage("+33612345678", "Votre commande est prête"),
                            NewMessage("+306944123456", "friday drinks?")])
    tab = window.outbox
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=5000)
    tab.search_edit.setText("friday")
    qtbot.waitUntil(lambda: "2 messages found" in tab.search_status.text(), timeout=5000)
    statements: list[str] = []
    window.conn.set_trace_callback(statements.append)  # the GUI thread's connection
    try:
        path = tmp_path / "friday.xlsx"
        tab.exporter.export_to(path)
        assert told(qtbot, tab) == f"Exported 2 messages to {path}."
    finally:
        window.conn.set_trace_callback(None)
    assert not [s for s in statements if "m.*" in s]  # read on the worker
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert [(row[3], row[4]) for row in rows[1:]] == [
        ("Nikos Georgiou", "friday drinks?"),
        ("Eleni Papadopoulou", "Meeting moved to Friday")]


def test_contacts_export_through_the_button_in_the_encoding_chosen(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    tab = window.contacts
    asked: list[str] = []

    def save_as(_parent: QWidget, _caption: str, _folder: str, filters: str,
                _selected: str) -> tuple[str, str]:
        asked.extend(filters.split(";;"))
        return str(tmp_path / "contacts"), asked[1]  # no extension typed: the filter's

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    added: list[int] = []
    window.session.run(lambda worker: worker.book.add("Ελένη Νέα", "+306912345600",
                                                      groups=("Ομάδα",)), added.append)
    qtbot.waitUntil(lambda: bool(added))  # the export reads what is committed when it starts
    tab.export_button.click()
    path = tmp_path / "contacts.csv"
    assert told(qtbot, tab) == f"Exported 4 contacts to {path}."
    assert asked[1] == "CSV, Windows Greek (Windows-1253) (*.csv)"
    with path.open(encoding="cp1253", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [(r["Name"], r["Groups"]) for r in rows][-1] == ("Ελένη Νέα", "Ομάδα")


def test_a_failed_export_is_told_and_the_window_carries_on(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    tab = window.contacts
    added: list[int] = []
    window.session.run(lambda worker: worker.book.add("Zoé", "+33611111111"), added.append)
    qtbot.waitUntil(lambda: bool(added))
    path = tmp_path / "contacts.csv"
    path.write_text("the previous export")
    tab.exporter.export_to(path, "cp1253")
    assert told(qtbot, tab).startswith("Nothing was exported: the contact 'Zoé' holds 'é'")
    assert path.read_text() == "the previous export"
    # A folder that is not there: the user's file, not the data folder, so not fatal.
    tab.exporter.export_to(tmp_path / "gone" / "contacts.vcf")
    assert "cannot be written (No such file or directory)" in told(qtbot, tab)
    assert window.session.is_open and window.isVisible()
    tab.exporter.export_to(tmp_path / "contacts.vcf")
    assert told(qtbot, tab).startswith("Exported 4 contacts")
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))


def test_cancel_keeps_the_previous_file(qtbot: QtBot, window: MainWindow,
                                        tmp_path: Path) -> None:
    added: list[object] = []
    window.session.run(lambda worker: [worker.book.add(f"Contact {i}", f"+3069440{i:05d}")
                                       for i in range(600)], added.append)
    qtbot.waitUntil(lambda: bool(added), timeout=20_000)
    path = tmp_path / "contacts.csv"
    path.write_text("the previous export")
    exporter = window.contacts.exporter
    exporter.export_to(path)
    progress = exporter._progress
    assert progress is not None and exporter.running
    (cancel,) = progress.findChildren(QPushButton)
    cancel.click()
    qtbot.waitUntil(lambda: not exporter.running, timeout=10_000)
    assert path.read_text() == "the previous export"
    assert not window.contacts.findChildren(QMessageBox)  # the user knows: nothing to tell
    assert not list(tmp_path.glob(".*.part"))


def test_sending_goes_on_while_an_export_runs(qtbot: QtBot, window: MainWindow,
                                              tmp_path: Path) -> None:
    # An .xlsx of 100,000 messages takes half a minute: on the worker it held up every
    # send and poll behind it. Here the export waits until a worker request has answered.
    answered = threading.Event()
    exporter = window.outbox.exporter

    def slow_export(_conn: object, _progress: object, _stop: object) -> int:
        if not answered.wait(10):
            raise TimeoutError("the worker waited for the export")
        return 7

    exporter._run(slow_export, lambda count: f"{count} exported")
    assert exporter.running
    queued: list[list[int]] = []
    window.session.run(lambda worker: worker.outbox.enqueue(
        [NewMessage("+306912345671", "sent while exporting")]), queued.append)
    qtbot.waitUntil(lambda: bool(queued), timeout=5000)
    answered.set()
    assert told(qtbot, window.outbox) == "7 exported"
    assert not exporter.running


def test_a_greek_window_exports_the_outbox_in_greek(qtbot: QtBot, window: MainWindow,
                                                     tmp_path: Path) -> None:
    """Titles, states, yes/no and dates the language's way, with Greek Excel's separator
    (';': its decimal point is a comma); the command line's stays English (its tests)."""
    from datetime import datetime

    from desktop_sms.ui import language

    window.session.enqueue([NewMessage("+306912345671", "Καλημέρα")])
    qtbot.waitUntil(lambda: window.outbox.model.rowCount() == 1, timeout=5000)
    language.install("el")
    try:
        path = tmp_path / "outbox.csv"
        window.outbox.exporter.export_to(path)
        told(qtbot, window.outbox)
    finally:
        language.install("en")
    header, row = list(csv.reader(path.open(encoding="utf-8-sig"), delimiter=";"))
    assert header[:4] == ["Α/Α", "Παρτίδα", "Παραλήπτης", "Επαφή"]
    assert header[9] == "Κατάσταση"
    assert row[4] == "Καλημέρα"
    assert row[6:8] == ["όχι", "όχι"]  # neither flash nor a delivery report
    assert row[9] in {"σε αναμονή", "αποστέλλεται", "έγινε δεκτό", "εστάλη", "παραδόθηκε"}
    created = datetime.strptime(row[15].replace("π.μ.", "AM").replace("μ.μ.", "PM"),
                                "%d/%m/%y %I:%M:%S %p")  # Greek short date, seconds, π.μ./μ.μ.
    assert abs(created.timestamp() - datetime.now().timestamp()) < 60
