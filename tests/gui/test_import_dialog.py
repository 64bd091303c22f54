"""Contacts → Import…: the preview and mapping, the report, and a stopped import that
leaves the book as it was. The dialog's work runs on the real worker."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_sms.core.contact_import.headers import Role
from desktop_sms.ui.import_dialog import ImportDialog
from desktop_sms.ui.import_report import ImportReport
from desktop_sms.ui.main_window import MainWindow

GREEK_SHEET = (
    "Όνομα;Επώνυμο;Κινητό;Πόλη\r\n"
    "Ελένη;Παπαδοπούλου;6912345671;Αθήνα\r\n"  # in the book already (the fixture's)
    "Γιώργος;Νικολάου;6971112233;Πάτρα\r\n"
    "Μαρία;Κωνσταντίνου;69 1;Λάρισα\r\n"  # too few digits
    "Σοφία;Ιωάννου;6971112233;Βόλος\r\n"  # the same number as two lines up
    "Άννα;Δημητρίου;+33 6 12 34 56 79;Λυών\r\n"
)


def _dialog(qtbot: QtBot, window: MainWindow, path: Path) -> ImportDialog:
    dialog = window.contacts.import_file(path)  # what Import… does with the chosen file
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    return dialog


def _role(dialog: ImportDialog, index: int) -> Role:
    box = dialog.columns.cellWidget(index, 2)
    assert isinstance(box, QComboBox)
    return Role(box.currentData())


def test_preview_detects_the_file_and_maps_greek_headers(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "πελάτες.csv"
    path.write_bytes(GREEK_SHEET.encode("cp1253"))
    dialog = _dialog(qtbot, window, path)
    assert dialog.encoding_box.currentData() == "cp1253"
    assert dialog.separator_box.currentData() == ";"
    assert [_role(dialog, i) for i in range(4)] == [
        Role.FIRST_NAME, Role.LAST_NAME, Role.NUMBER, Role.FIELD]
    assert "Γιώργος · Μαρία" in dialog.columns.item(0, 1).text()
    assert "2 to add, 0 to update, 2 skipped as duplicates, 1 rejected" in \
        dialog.summary.text()
    assert window.book.by_number("+306971112233") is None  # nothing written by a preview

    # Making the city the number column is refused in words; the surname as a name is fine.
    dialog.set_role(3, Role.NUMBER)
    assert _role(dialog, 2) is Role.IGNORE  # one number column: the old one lets go
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: "0 to add" in dialog.summary.text(), timeout=10_000)
    dialog.set_role(2, Role.NUMBER)
    dialog.set_role(3, Role.IGNORE)
    dialog.policy_box.setCurrentIndex(dialog.policy_box.findText("Update the contact"))
    dialog.policy_box.activated.emit(dialog.policy_box.currentIndex())
    dialog.group_box.setEditText("Πελάτες")
    qtbot.waitUntil(lambda: "2 to add, 1 to update" in dialog.summary.text()
                    and dialog.import_button.isEnabled(), timeout=10_000)

    dialog.import_button.click()
    qtbot.waitUntil(lambda: window.findChild(ImportReport) is not None, timeout=10_000)
    report = window.findChild(ImportReport)
    assert report is not None
    assert report.counts.text().startswith("2 added, 1 updated, 1 skipped as duplicates, "
                                           "1 rejected")
    giorgos = window.book.by_number("+306971112233")
    assert giorgos is not None
    assert (giorgos.name, giorgos.first_name, giorgos.groups) == (
        "Γιώργος Νικολάου", "Γιώργος", ("Πελάτες",))
    assert dict(giorgos.fields) == {}  # the city column was left out
    model = window.contacts.model  # the tab re-read the book
    qtbot.waitUntil(lambda: "Γιώργος Νικολάου" in {
        model.contact(row).name for row in range(model.rowCount())}, timeout=5000)
    eleni = window.book.by_number("+306912345671")
    assert eleni is not None and eleni.last_name == "Παπαδοπούλου"
    assert set(eleni.groups) == {"Team", "Πελάτες"}
    report.close()


def test_report_lists_rows_left_out_and_saves_the_rejected(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: object) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Mobile,City\nAnna,6912000001,Lyon\nBad,12,Nice\n"
                    "Anna again,6912000001,Paris\n,,\nNo number,,Metz\n", encoding="utf-8")
    dialog = _dialog(qtbot, window, path)
    assert _role(dialog, 2) is Role.FIELD
    dialog.import_button.click()
    qtbot.waitUntil(lambda: window.findChild(ImportReport) is not None, timeout=10_000)
    report = window.findChild(ImportReport)
    assert report is not None
    rows = [(report.rows.item(r, 0).text(), report.rows.item(r, 1).text(),
             report.rows.item(r, 2).text()) for r in range(report.rows.rowCount())]
    assert rows[0][:2] == ("3", "rejected") and "'12'" in rows[0][2]
    assert rows[1] == ("4", "duplicate", "+306912000001 is already on line 2.")
    assert rows[2] == ("6", "rejected", "No number.")
    anna = window.book.by_number("+306912000001")
    assert anna is not None and dict(anna.fields) == {"City": "Lyon"}

    saved = tmp_path / "rejected.csv"
    report.save_rejected(str(saved))
    qtbot.waitUntil(lambda: report.findChild(QMessageBox) is not None, timeout=10_000)
    with saved.open(encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file))
    assert lines[0] == ["Line", "Name", "Mobile", "City", "Reason"]
    assert [line[:2] for line in lines[1:]] == [["3", "Bad"], ["6", "No number"]]
    assert lines[2][-1] == "No number."
    # A folder that cannot be written is told, and nothing else breaks.
    report.save_rejected(str(tmp_path / "missing" / "rejected.csv"))
    qtbot.waitUntil(lambda: any("could not be saved" in box.text()
                                for box in report.findChildren(QMessageBox)), timeout=10_000)
    report.close()


def test_stopping_an_import_midway_leaves_the_book_unchanged(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    rows = "".join(f"Customer {i},69{i:08d}\n" for i in range(30_000))
    path.write_text("Name,Mobile\n" + rows, encoding="utf-8")
    before = window.book.search()
    dialog = _dialog(qtbot, window, path)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30_000)
    stopped = []

    def stop_at_first_report(done: int, total: int) -> None:
        if 0 < done < total and not stopped:
            stopped.append(done)
            dialog.cancel_button.click()

    dialog._progress.changed.connect(stop_at_first_report)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "nothing was changed" in dialog.summary.text(), timeout=30_000)
    assert stopped, "the import reported no progress before it ended"
    assert dialog.isVisible() and dialog.import_button.isEnabled()
    assert window.book.search() == before
    assert window.findChild(ImportReport) is None


def test_a_workbook_sheet_is_chosen_in_the_preview(qtbot: QtBot, window: MainWindow) -> None:
    """The first sheet of this LibreOffice workbook holds no contacts: the preview says so
    and offers the other sheet, whose rows then check as usual."""
    path = Path(__file__).parents[1] / "data" / "contacts" / "libreoffice_two_sheets.xlsx"
    dialog = window.contacts.import_file(path)
    qtbot.waitUntil(lambda: "Πελάτες" in dialog.summary.text(), timeout=10_000)
    assert dialog.sheet_box.isVisibleTo(dialog)
    assert not dialog.encoding_box.isVisibleTo(dialog)  # a workbook has no encoding
    assert [dialog.sheet_box.itemText(i) for i in range(dialog.sheet_box.count())] == [
        "Σημειώσεις", "Πελάτες"]
    assert not dialog.import_button.isEnabled()
    dialog.sheet_box.setCurrentIndex(1)
    dialog.sheet_box.activated.emit(1)
    qtbot.waitUntil(lambda: "2 to add" in dialog.summary.text(), timeout=10_000)
    assert _role(dialog, 0) is Role.NAME and _role(dialog, 1) is Role.NUMBER
    dialog.reject()


def test_a_refused_re_read_leaves_nothing_to_import(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Read as the wrong encoding, the file is refused: the columns and counts of the
    earlier reading are gone, and a later change of options cannot import them."""
    path = tmp_path / "πελάτες.csv"
    path.write_bytes(GREEK_SHEET.encode("cp1253"))
    dialog = _dialog(qtbot, window, path)
    dialog.encoding_box.setCurrentIndex(dialog.encoding_box.findData("utf-8"))
    dialog.encoding_box.activated.emit(dialog.encoding_box.currentIndex())
    qtbot.waitUntil(lambda: "cannot be read as utf-8" in dialog.summary.text(), timeout=10_000)
    assert dialog.columns.rowCount() == 0
    dialog.group_box.setEditText("Πελάτες")
    qtbot.wait(dialog._check_timer.interval() + 200)
    assert not dialog.import_button.isEnabled()
    assert "cannot be read as utf-8" in dialog.summary.text()
    dialog.reject()
