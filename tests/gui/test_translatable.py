"""Every string the window asks Qt to translate is one the extraction tool finds.

A ``tr()`` on a variable works in English and silently stays English in every other
language: pyside6-lupdate only sees literals. So the window runs with a translator that
records each lookup, and every lookup made for one of our classes must be in what
lupdate extracted from the source.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

import desktop_sms
from desktop_sms.core import store
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.ui.main_window import MainWindow
from desktop_sms.ui.templates_menu import TemplatesMenu

PACKAGE = Path(desktop_sms.__file__).parent


class RecordingTranslator(QTranslator):
    """Translates nothing; remembers what it was asked."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str,  # type: ignore[override]
                  disambiguation: str | None = None, n: int = -1) -> str:
        self.asked.add((context, source))
        return ""

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name): an empty one is not asked
        return False


def _lupdate() -> Path:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("pyside6-lupdate is not installed with PySide6 here")
    return Path(found)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    ts_file = tmp_path_factory.mktemp("ts") / "all.ts"
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run([str(_lupdate()), *sources, "-ts", str(ts_file)], check=True,
                   capture_output=True, timeout=120)
    root = ElementTree.parse(ts_file).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context") for message in context.iter("message")}


def _our_contexts() -> set[str]:
    """Our class names, and the literal contexts passed to QCoreApplication.translate."""
    names: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr == "translate" and node.args
                  and isinstance(node.args[0], ast.Constant)):
                names.add(str(node.args[0].value))
    return names


@pytest.fixture
def recorder(qtbot: QtBot) -> Iterator[RecordingTranslator]:
    translator = RecordingTranslator()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_every_string_the_window_translates_is_extracted(
        qtbot: QtBot, recorder: RecordingTranslator, window: MainWindow,
        extracted: set[tuple[str, str]]) -> None:
    window.compose.recipients_edit.setPlainText("Team, 6912345678, nonsense")
    window.compose.message_edit.setPlainText("Καλημέρα")
    window.compose.recheck()
    window.tabs.setCurrentWidget(window.contacts)
    with store.connect(store.database_path(window.folder)) as conn:
        Outbox(conn).enqueue([NewMessage("+306912345671", "Hello")])
    window.tabs.setCurrentWidget(window.outbox)
    window.outbox.model.reload()
    window.outbox.view.viewport().repaint()  # states and column titles are asked for
    dialog = window.open_settings()
    dialog.reject()
    window.open_opt_outs().close()
    edit = window.compose.message_edit
    TemplatesMenu(window.compose, lambda: window.session, edit.toPlainText, edit.setPlainText,
                  window.conn).menu().aboutToShow.emit()

    ours = _our_contexts()
    asked = {(context, source) for context, source in recorder.asked if context in ours}
    assert len(asked) > 40, asked  # the recorder did see the window's strings
    missing = sorted(asked - extracted)
    assert not missing, f"translated at run time but not extracted by lupdate: {missing}"
