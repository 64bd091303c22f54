"""What hostile pastes cost the GUI thread: the longest stall while 10,000 recipients are
pasted and checked, a 1 MB paste into the message (refused), and keystrokes in a message at
the length limit (Greek; and Greek with ~125 colour emoji, which costs Qt itself ~20 ms a
keystroke once an emoji font such as Noto Color Emoji is installed) and beside a
10,000-recipient list; and keystrokes in a text with merge fields beside a group of 10,000
contacts (each recipient's text merged and counted), including the keystroke that
completes a placeholder (its values read and measured). Target: keystrokes < 50 ms.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.hostile_input
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from bench.contacts_import import write_csv
from desktop_sms.core import store
from desktop_sms.core.contact_import import (
    apply_import,
    check_import,
    existing_numbers,
    guess_mapping,
    read_file,
)
from desktop_sms.core.contacts import AddressBook
from desktop_sms.gateway.protocol import MAX_TEXT_CHARS
from desktop_sms.ui.compose_tab import ComposeTab

RUNS = 5


def stall_of(app: QApplication, action: Callable[[], None],
             done: Callable[[], bool]) -> float:
    """The longest gap between 1 ms heartbeats while ``action`` runs and until ``done``."""
    gaps: list[float] = []
    last = time.perf_counter()

    def beat() -> None:
        nonlocal last
        now = time.perf_counter()
        gaps.append(now - last)
        last = now

    heartbeat = QTimer(interval=1)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    last = time.perf_counter()
    action()
    beat()
    while not done():
        app.processEvents()
    heartbeat.stop()
    return max(gaps) * 1000


def paste(widget: QPlainTextEdit, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.paste()


def keystrokes(app: QApplication, widget: QPlainTextEdit, keys: str) -> list[float]:
    times = []
    for key in keys:
        started = time.perf_counter()
        QTest.keyClicks(widget, key)
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    return times


def one_run(app: QApplication, numbers: str, huge: str,
            results: dict[str, list[float]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        conn = store.connect(store.database_path(Path(folder)))
        tab = ComposeTab(AddressBook(conn), "Shop", "GR")
        tab.resize(900, 600)
        tab.show()
        app.processEvents()
        results.setdefault("paste + check 10,000 recipients: longest stall", []).append(
            stall_of(app, lambda: paste(tab.recipients_edit, numbers),
                     lambda: not tab.checking and len(tab.recipients) == 10_000))
        results.setdefault("keystroke in a 10,000-recipient To field", []).extend(
            keystrokes(app, tab.recipients_edit, "123"))
        tab.recheck()
        results.setdefault("1 MB paste into the message (refused): stall", []).append(
            stall_of(app, lambda: paste(tab.message_edit, huge), lambda: True))
        for name, unit in (("Greek", "Καλημέρα σας "), ("Greek + 1 emoji a word", "Καλημέρα 🎉 ")):
            tab.message_edit.clear()
            paste(tab.message_edit, unit * ((MAX_TEXT_CHARS - 20) // len(unit)))
            app.processEvents()  # the paste's own layout is not a keystroke's
            results.setdefault(f"keystroke in a message at the limit ({name})", []).extend(
                keystrokes(app, tab.message_edit, "abcdefghij"))
        tab.close()
        tab.deleteLater()
        app.processEvents()
        conn.close()


def merge_run(app: QApplication, folder: Path, results: dict[str, list[float]]) -> None:
    """Keystrokes in a merge text beside a group of 10,000 (Greek names, a custom field)."""
    conn = store.connect(store.database_path(folder))
    tab = ComposeTab(AddressBook(conn), "Shop", "GR")
    tab.resize(900, 600)
    tab.show()
    tab.recipients_edit.setText("Everyone")
    tab.recheck()
    while tab.checking:
        app.processEvents()
    assert len(tab.plan().sendable) > 9_000
    for name, template in (("first name, Greek", "Γεια σου {first_name}! Σας περιμένουμε "
                            "στο κατάστημα {Πόλη|μας}. "),
                           ("full name, € and emoji", "Dear {name} 🎉 10 € off, ")):
        tab.message_edit.setPlainText(template * 3)
        tab.message_edit.moveCursor(QTextCursor.MoveOperation.End)
        app.processEvents()
        results.setdefault(f"keystroke in a merge text, 10,000 recipients ({name})",
                           []).extend(keystrokes(app, tab.message_edit, "abcdefghij"))
    for field in ("name", "number"):  # 10,000 distinct values; a number is formatted
        tab.message_edit.setPlainText("Hi {" + field)
        tab.message_edit.moveCursor(QTextCursor.MoveOperation.End)
        app.processEvents()
        results.setdefault(f"keystroke completing {{{field}}}, 10,000 recipients",
                           []).extend(keystrokes(app, tab.message_edit, "}"))
        assert tab.plan().merged is not None
    tab.close()
    tab.deleteLater()
    app.processEvents()
    conn.close()


def ten_thousand_contacts(folder: Path) -> None:
    csv_path = folder / "contacts.csv"
    write_csv(csv_path, rows=10_400)
    book = AddressBook(store.connect(store.database_path(folder)))
    table = read_file(csv_path)
    plan = check_import(table, guess_mapping(table), region="GR",
                        existing=existing_numbers(book), group="Everyone")
    assert plan is not None
    apply_import(book, plan)
    book.conn.close()


def main() -> None:
    app = QApplication([])
    numbers = ", ".join(f"+4917612{i:06d}" for i in range(10_000))
    huge = ("Καλημέρα 🎉 " * 90_000)[:1_048_576]
    results: dict[str, list[float]] = {}
    for _ in range(RUNS):
        one_run(app, numbers, huge, results)
    with tempfile.TemporaryDirectory() as folder:
        ten_thousand_contacts(Path(folder))
        for _ in range(RUNS):
            merge_run(app, Path(folder), results)
    for name, values in results.items():
        print(f"{name}: median {statistics.median(values):.1f} ms, max {max(values):.1f} ms "
              f"({len(values)} samples)")


if __name__ == "__main__":
    main()
