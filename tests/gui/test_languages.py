"""The window speaks French or Greek: chosen in Settings (from the next start) or taken from
the system locale; Qt's own buttons and menus follow, and numbers are written the
language's way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_sms.app import open_gui
from desktop_sms.args import parse
from desktop_sms.core.settings import Settings
from desktop_sms.ui import language
from desktop_sms.ui.locale_text import fmt, number
from desktop_sms.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

SPOKEN = {  # tab titles, menus, and a word of the Compose counter
    "fr": (["&Rédiger", "C&ontacts", "&Boîte d'envoi"], ["&Fichier", "&Aide"], "caractères"),
    "el": (["&Σύνταξη", "&Επαφές", "Ε&ξερχόμενα"], ["&Αρχείο", "&Βοήθεια"], "χαρακτήρες"),
}


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    language.install("en")  # as tests/gui/conftest.py has it for every other test


def shown(window: MainWindow) -> tuple[list[str], list[str], str]:
    window.compose.message_edit.setPlainText("Bonjour / Καλημέρα")
    window.compose.recheck()
    return ([window.tabs.tabText(i) for i in range(window.tabs.count())],
            [action.text() for action in window.menuBar().actions()],
            window.compose.counter_label.text())


@pytest.mark.parametrize("code", ["fr", "el"])
def test_the_language_chosen_in_settings_is_spoken_at_the_next_start(
        qtbot: QtBot, tmp_path: Path, code: str, back_to_english: None) -> None:
    Settings(language=code).save(tmp_path / "demo")  # the demo's own data folder
    session = open_gui(parse(["--demo", "--data-dir", str(tmp_path), "--quit-when-ready"]))
    assert session is not None
    try:
        tabs, menus, counter = shown(session.window)
        assert tabs == SPOKEN[code][0]
        assert menus == SPOKEN[code][1]
        assert SPOKEN[code][2] in counter, counter
        dialog = session.window.open_settings()
        assert dialog.language_box.currentData() == code
        dialog.reject()
    finally:
        session.close()


@pytest.mark.parametrize("code", ["fr", "el"])
def test_the_system_locale_chooses_the_language(tmp_path: Path, code: str) -> None:
    """A fresh process, as a user's start: Qt reads the locale from the environment."""
    script = ("import json, sys\n"
              "from desktop_sms.app import open_gui\n"
              "from desktop_sms.args import parse\n"
              "from tests.gui.test_languages import shown\n"
              "s = open_gui(parse(['--demo', '--data-dir', sys.argv[1], '--quit-when-ready']))\n"
              "print(json.dumps(shown(s.window)))\n"
              "s.close()\n")
    region = {"fr": "fr_FR", "el": "el_GR"}[code]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "LANGUAGE": code, "LC_ALL": f"{region}.UTF-8", "LANG": f"{region}.UTF-8"}
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    tabs, menus, counter = json.loads(done.stdout.splitlines()[-1])
    assert tabs == SPOKEN[code][0]
    assert menus == SPOKEN[code][1]
    assert SPOKEN[code][2] in counter, counter


def test_settings_offer_the_languages_and_say_when_they_apply(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.open_settings()
    box = dialog.language_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "System language", "English", "Français", "Ελληνικά"]
    assert box.currentData() == ""  # the system's, until chosen
    assert dialog.findChild(type(dialog.test_result), "languageNote").text() == (
        "Applies after a restart.")
    box.setCurrentIndex(box.findData("el"))
    dialog.accept()
    assert Settings.load(window.folder).language == "el"


def test_qt_own_buttons_and_menus_are_greek(qtbot: QtBot, back_to_english: None) -> None:
    """Qt ships no Greek for them: ours (resources/translations/qtbase_el.ts)."""
    language.install("el")
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Άκυρο"
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ναι"
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert texts[:2] == ["&Αναίρεση", "Ακύρωση α&ναίρεσης"]
    assert "Επι&κόλληση" in texts and "Επιλογή όλων" in texts
    language.install("fr")
    french = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(french)
    assert french.button(QMessageBox.StandardButton.Cancel).text() == "Annuler"


@pytest.mark.parametrize(("code", "written"), [("en", "1,234,567 · 12.50"),
                                               ("fr", "1\u202f234\u202f567 · 12,50"),
                                               ("el", "1.234.567 · 12,50")])
def test_numbers_are_written_the_language_s_way(code: str, written: str,
                                                back_to_english: None) -> None:
    from decimal import Decimal

    language.install(code)
    assert fmt("{0:,} · {1}", 1234567, Decimal("12.50")) == written
    assert number(1234567) == written.split(" · ")[0]


def test_the_status_bar_and_outbox_speak_greek(qtbot: QtBot, window: MainWindow,
                                               back_to_english: None) -> None:
    """The balance with the language's decimal comma, the time the language's way, and an
    Outbox State column wide enough for a scheduled message's longer Greek state."""
    from decimal import Decimal

    from desktop_sms.core.states import State
    from desktop_sms.ui.outbox_tab import OutboxTab
    from desktop_sms.ui.send_at import state_text

    language.install("el")
    window.status.balance_changed(Decimal("1234.50"))
    assert window.balance_label.text() == "Υπόλοιπο: 1.234,5 μονάδες"
    window.status.statuses_polled(1_796_000_000)  # 14:53:20 UTC: 'μ.μ.' in Greek
    assert window.refresh_label.text().startswith("Ενημέρωση ")
    assert window.refresh_label.text().endswith(("π.μ.", "μ.μ."))
    tab = OutboxTab(window.conn, window.session)
    qtbot.addWidget(tab)
    shown = state_text(State.SCHEDULED, 1_796_000_000)
    assert shown.startswith("προγραμματισμένο · ")
    assert tab.view.columnWidth(4) > tab.view.fontMetrics().horizontalAdvance(shown) + 20
    language.install("en")
    window.status.balance_changed(Decimal("1234.50"))
    assert window.balance_label.text() == "Balance: 1,234.5 credits"
