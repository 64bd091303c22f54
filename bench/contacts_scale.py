"""The address book at 100,000 contacts: importing them from CSV (bench/contacts_import),
then the Contacts tab over them: opening it, search-as-you-type, Select All and add to a
group. The figures are what the GUI thread spends (time inside its event
handling), which is what makes a window stutter; waits for the worker or the search
thread are shown apart.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.contacts_scale
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QThread
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.contacts_import import REPEATS, import_figures
from bench.simproc import simulator_process
from desktop_sms.core import store
from desktop_sms.core.contacts import AddressBook, NewContact
from desktop_sms.core.credentials import CredentialStore
from desktop_sms.core.settings import Settings
from desktop_sms.ui.contacts_tab import ContactsTab
from desktop_sms.ui.main_window import MainWindow

TOTAL = 100_000
TYPED = "ελένη παπ"  # lower case: the book has "Ελένη Παπαδοπούλου"
FIRST = ("Ελένη", "Νίκος", "Μαρία", "Γιώργος", "Claire", "Jean", "Anna", "Peter")
LAST = ("Παπαδοπούλου", "Γεωργίου", "Ιωάννου", "Dubois", "Martin", "Smith", "Οικονόμου")
CITIES = ("Αθήνα", "Θεσσαλονίκη", "Lyon", "Paris", "Πάτρα")


class TimedApp(QApplication):
    """Adds up the time the GUI thread spends handling events (the outermost only). A
    handler waiting for the GIL behind another thread counts: the window waits too."""

    def __init__(self) -> None:
        super().__init__([])
        self.busy = 0.0
        self._depth = 0

    def notify(self, receiver: QObject, event: QEvent) -> bool:
        # Events of the worker's and the search's threads pass here too: not counted.
        if self._depth or QThread.currentThread() is not self.thread():
            return super().notify(receiver, event)
        handled: list[bool] = []
        self.counted(lambda: handled.append(super(TimedApp, self).notify(receiver, event)))
        return handled[0]

    def counted(self, action: Callable[[], object]) -> None:
        """Run ``action`` as if it were one event the GUI thread handles."""
        self._depth += 1
        start = time.perf_counter()
        try:
            action()
        finally:
            self.busy += time.perf_counter() - start
            self._depth -= 1


def fill(book: AddressBook) -> None:
    """100,000 contacts in 20 groups (a third also in "VIP"), half with custom fields."""
    rows = []
    for i in range(TOTAL):
        first, last = FIRST[i % len(FIRST)], LAST[i // len(FIRST) % len(LAST)]
        groups = (f"Group {i % 20:02d}", "VIP") if i % 3 == 0 else (f"Group {i % 20:02d}",)
        fields = {"City": CITIES[i % len(CITIES)], "Customer no.": f"C{i:06d}"} if i % 2 else {}
        rows.append(NewContact(f"{first} {last} {i}", f"+3069{i:08d}", f"note {i}", first,
                               last, groups, fields))
    start = time.perf_counter()
    book.add_many(rows)
    print(f"add_many {TOTAL:,} contacts (groups, fields)     "
          f"{(time.perf_counter() - start) * 1000:8.0f} ms")


def wait_until(done: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def gui_time(app: TimedApp, action: Callable[[], object],
             done: Callable[[], bool] = lambda: True) -> tuple[float, float]:
    """(GUI thread busy, wall time) in ms for ``action`` until ``done`` and painted."""
    app.busy = 0.0
    start = time.perf_counter()
    app.counted(action)
    wait_until(done)
    QCoreApplication.processEvents()  # the repaint
    return app.busy * 1000, (time.perf_counter() - start) * 1000


def main() -> None:
    figures = import_figures()
    print(f"import {TOTAL:,} contacts from CSV (median of {REPEATS}): "
          + ", ".join(f"{k} {v:.2f} s" for k, v in figures.items()) + " (target <= 5 s)")
    app = TimedApp()
    with tempfile.TemporaryDirectory() as tmp, simulator_process() as url:
        folder = Path(tmp)
        path = store.database_path(folder)
        writer = store.connect(path)
        fill(AddressBook(writer))
        writer.close()
        conn = store.connect(path, cache_kib=store.READER_CACHE_KIB)
        settings = Settings(gateway_url=url, username="demo")
        credentials = CredentialStore(system=False)
        credentials.set("demo", "bench-password", session_only=True)
        start = time.perf_counter()
        window = MainWindow(folder, conn, settings, credentials)
        print(f"window constructed (Compose reads the names)   "
              f"{(time.perf_counter() - start) * 1000:8.0f} ms")
        window.show()
        wait_until(lambda: window.session.is_open)

        # The tab on a connection of its own: its pages are read cold, as on first use.
        own = store.connect(path, cache_kib=store.READER_CACHE_KIB)
        tabs: list[ContactsTab] = []

        def open_tab() -> None:
            tab = ContactsTab(AddressBook(own), "GR", window.session)
            tab.resize(1100, 700)
            tab.show()
            tab.repaint()
            tabs.append(tab)

        busy, wall = gui_time(app, open_tab)
        tab = tabs[0]
        print(f"open the tab (construct + first paint)         {wall:8.0f} ms (target <= 300)")

        per_key: list[float] = []
        for typed in range(1, len(TYPED) + 1):
            text = TYPED[:typed]
            busy, wall = gui_time(app, lambda t=text: tab.search_edit.insert(t[-1]),
                                  lambda t=text: tab.model.search_text() == t.strip())
            per_key.append(busy)
            print(f"  typed {text!r:<14} {tab.model.rowCount():7,} rows  GUI {busy:6.1f} ms"
                  f"  (answer after {wall:6.1f} ms)")
        print(f"search-as-you-type, GUI thread per keystroke:  median "
              f"{statistics.median(per_key):5.1f} ms, max {max(per_key):5.1f} ms "
              f"(target <= 30)")
        busy, wall = gui_time(app, tab.search_edit.clear,
                              lambda: tab.model.search_text() == "")
        print(f"clear the search ({tab.model.rowCount():,} rows)               "
              f"GUI {busy:6.1f} ms")

        tab.group_list.setCurrentRow(tab.group_list.count() - 1)  # "VIP"
        busy, wall = gui_time(app, lambda: QTest.keyClick(
            tab.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier))
        print(f"Select All ({len(tab.selected_ids()):,})                          "
              f"GUI {busy:6.1f} ms")
        before = window.book.groups()[-1][1]
        busy, wall = gui_time(app, tab.join_button.click,
                              lambda: window.book.groups()[-1][1] != before)
        print(f"add them all to 'VIP'                          GUI {busy:6.1f} ms, "
              f"done after {wall:6.0f} ms")
        tab.group_list.setCurrentRow(0)
        busy, wall = gui_time(app, lambda: tab.group_list.itemClicked.emit(
            tab.group_list.item(0)))
        print(f"click a group: select its {len(tab.selected_ids()):,} members          "
              f"GUI {busy:6.1f} ms")

        tab.model.close()
        tab.deleteLater()
        window.shutdown()
        window.deleteLater()
        QCoreApplication.processEvents()
        own.close()
        conn.close()


if __name__ == "__main__":
    main()
