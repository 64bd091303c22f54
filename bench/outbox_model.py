"""The Outbox table model over 1,000,000 messages: open, first screen, jump to the end,
filter, and a live update. Each figure is what the GUI thread spends.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.outbox_model
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from desktop_sms.core import store
from desktop_sms.core.outbox.history import History
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.ui.models import OutboxModel

TOTAL = 1_000_000


def timed(label: str, action: Callable[[], object]) -> None:
    start = time.perf_counter()
    action()
    print(f"{label:<44} {(time.perf_counter() - start) * 1000:8.1f} ms")


def main() -> None:
    QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        conn = store.connect(store.database_path(Path(folder)),
                             cache_kib=store.READER_CACHE_KIB)
        outbox = Outbox(conn)
        batch = [NewMessage(f"+3069{i:08d}", f"Message number {i}") for i in range(100_000)]
        for _ in range(TOTAL // len(batch)):
            outbox.enqueue(batch)
        conn.execute("UPDATE messages SET state = 'delivered' WHERE id % 10 != 0")
        model = OutboxModel(History(conn))

        def screen(first: int) -> None:
            for row in range(first, min(first + 40, model.rowCount())):
                for column in range(model.columnCount()):
                    model.data(model.index(row, column))

        timed("open (count 1,000,000 rows)", model.reload)
        timed("first screen (40 rows x 7 columns)", lambda: screen(0))
        timed("jump to the end (last 40 rows)", lambda: screen(TOTAL - 40))
        timed("middle of the table", lambda: screen(TOTAL // 2))
        timed("filter: state = queued (100,000 rows)", lambda: model.set_filter("queued", ""))
        timed("  first screen of the filter", lambda: screen(0))
        # The scan runs on the search thread: the GUI thread only asks, then shows.
        answered = QEventLoop()
        model.searching.connect(lambda running: running or answered.quit())
        start = time.perf_counter()
        timed("search text 'number 99999': GUI thread",
              lambda: model.set_filter(None, "number 99999"))
        answered.exec()
        print(f"{'  answer from the search thread':<44} "
              f"{(time.perf_counter() - start) * 1000:8.1f} ms ({model.rowCount()} rows)")
        timed("  first screen of the search", lambda: screen(0))
        model.set_filter(None, "")
        screen(0)
        changed = [model.data(model.index(r, 0), OutboxModel.ID_ROLE) for r in range(40)]
        timed("live update of 40 visible rows", lambda: model.messages_changed(changed))
        outbox.enqueue(batch[:10])  # the worker's job, not the GUI thread's
        timed("10 new messages arrive on top", lambda: model.messages_added([]))
        model.close()
        conn.close()


if __name__ == "__main__":
    main()
