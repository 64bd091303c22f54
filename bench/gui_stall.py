"""Event-loop stalls on the GUI thread during a bulk send through the window.

A 5 ms QTimer heartbeat on the GUI thread records how late each tick arrives.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.gui_stall [COUNT [CONCURRENCY]]
(1,000 messages at the default concurrency of 4; the campaign figure: 10000 4).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bench.simproc import simulator_process
from desktop_sms.core import store
from desktop_sms.core.credentials import CredentialStore
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.settings import Settings
from desktop_sms.core.states import State
from desktop_sms.ui.main_window import MainWindow

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
CONCURRENCY = int(sys.argv[2]) if len(sys.argv) > 2 else 4
HEARTBEAT_MS = 5


def main() -> None:
    app = QApplication([])
    with simulator_process("--sent-delay", "0.5", "--final-delay", "1.0") as url, \
            tempfile.TemporaryDirectory() as folder:
        conn = store.connect(store.database_path(Path(folder)),
                             cache_kib=store.READER_CACHE_KIB)
        credentials = CredentialStore(system=False)
        credentials.set("demo", "demo", session_only=True)
        window = MainWindow(Path(folder), conn, Settings(gateway_url=url, username="demo",
                                                        concurrency=CONCURRENCY),
                            credentials)
        window.show()
        window.tabs.setCurrentWidget(window.outbox)  # the live view is part of the load
        gaps: list[float] = []
        last = time.perf_counter()

        def beat() -> None:
            nonlocal last
            now = time.perf_counter()
            gaps.append((now - last) * 1000 - HEARTBEAT_MS)
            if os.environ.get("STALL_TRACE") and gaps[-1] > 20:
                print(f"stall {gaps[-1]:.0f} ms at {now - started:.2f} s")
            last = now

        heartbeat = QTimer(interval=HEARTBEAT_MS)
        heartbeat.timeout.connect(beat)
        started = time.perf_counter()

        def check() -> None:
            if window.reader.count(State.QUEUED, State.SENDING) == 0:
                app.quit()

        def start() -> None:
            nonlocal last, started
            # Measured from the send on: start-up (tabs built after the first paint, the
            # worker importing the HTTP stack) is bench/startup.py's business.
            window.session.enqueue(
                [NewMessage(f"+3069{i:08d}", f"Bulk message {i}") for i in range(COUNT)])
            last = started = time.perf_counter()
            heartbeat.start()

        QTimer.singleShot(1500, start)
        poll = QTimer(interval=100)
        poll.timeout.connect(check)
        QTimer.singleShot(2000, poll.start)
        app.exec()
        elapsed = time.perf_counter() - started
        heartbeat.stop()
        accepted = window.reader.count(State.ACCEPTED, State.SENT, State.DELIVERED)
        window.shutdown()
        conn.close()
    stalls = sorted(max(0.0, g) for g in gaps)
    p99 = stalls[int(len(stalls) * 0.99) - 1]
    print(f"bulk send of {COUNT} through the GUI at concurrency {CONCURRENCY}: {accepted} "
          f"accepted in {elapsed:.1f} s")
    print(f"heartbeat ticks: {len(gaps)}, median lateness {statistics.median(stalls):.2f} ms")
    print(f"max stall: {stalls[-1]:6.1f} ms (target <= 50)")
    print(f"p99 stall: {p99:6.1f} ms (target <= 15)")


if __name__ == "__main__":
    main()
