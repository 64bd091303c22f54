"""The worker's own QThread: started after the first paint, stopped cleanly at quit."""

from __future__ import annotations

import sys

from PySide6.QtCore import QThread

from desktop_sms.ui.worker import GatewayWorker

GIL_SWITCH_INTERVAL = 0.001  # seconds; Python's default is 0.005


class WorkerThread:
    """Starts the worker on its own QThread and stops it cleanly (no running thread left)."""

    def __init__(self, worker: GatewayWorker) -> None:
        self.worker = worker
        self.thread = QThread()
        self.thread.setObjectName("gateway-worker")
        worker.moveToThread(self.thread)
        worker.close_requested.connect(worker.close)  # queued: emitted from the GUI thread

    def start(self) -> None:
        """Requests sent before this wait in the worker's queue until it runs."""
        if not self.thread.isRunning():
            # While the worker runs Python (HTTP, parsing), every call from Qt into Python
            # on the GUI thread (a paint makes hundreds) may wait for the GIL up to this
            # long; 1 ms instead of the default 5 ms trimmed the worst stalls.
            sys.setswitchinterval(GIL_SWITCH_INTERVAL)
            self.thread.start()

    def stop(self, timeout_ms: int = 30_000) -> bool:
        if not self.thread.isRunning():
            return True
        self.worker.request_stop()
        # close() is queued behind every request still waiting, and ends the loop: a
        # quit() from here would drop those (a contact saved, a message queued).
        self.worker.close_requested.emit()
        return self.thread.wait(timeout_ms)
