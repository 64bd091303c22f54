"""A workbook whose first sheet is empty: the preview offers its other sheets."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_sms.ui.main_window import MainWindow


def test_an_empty_first_sheet_offers_the_others(qtbot: QtBot, window: MainWindow) -> None:
    path = Path(__file__).parents[1] / "data" / "contacts" / "empty_first_sheet.xlsx"
    dialog = window.contacts.import_file(path)
    qtbot.waitUntil(lambda: "no contacts" in dialog.summary.text(), timeout=10_000)
    assert dialog.sheet_box.isVisibleTo(dialog)
    assert [dialog.sheet_box.itemText(i) for i in range(dialog.sheet_box.count())] == [
        "E", "D"]
    dialog.sheet_box.setCurrentIndex(1)
    dialog.sheet_box.activated.emit(1)
    qtbot.waitUntil(lambda: "1 to add" in dialog.summary.text(), timeout=10_000)
    dialog.reject()
