"""Run the gateway simulator in its own process, so it does not share our GIL."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def simulator_process(*extra: str, balance: int = 10**9) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_sms.simulator", "--port", str(port),
         "--balance", str(balance), *extra],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        proc.stdout.readline()  # the "listening" line
        time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/srvauth/index"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
