"""Start-up time: `desktop-sms --demo --quit-when-ready` beside a bare PySide6 window with
three empty tabs, in the same run. Each is started RUNS times; medians are compared.
When the PyInstaller bundle exists (make bundle), it is timed in the same run too.

Run: .venv/bin/python -m bench.startup
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 11
BUNDLE = Path(__file__).resolve().parents[1] / "dist" / "desktop-sms" / "desktop-sms"


def timed(command: list[str]) -> float:
    env = dict(os.environ)
    # Time what a user gets: bytecode cached after the first start. (This machine sets
    # PYTHONDONTWRITEBYTECODE, which made every start recompile our ~40 modules: ~35 ms.)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as data:
        app_cmd = [sys.executable, "-m", "desktop_sms", "--demo", "--data-dir", data,
                   "--quit-when-ready"]
        bare_cmd = [sys.executable, "-m", "bench.bare_window"]
        bundle_cmd = [str(BUNDLE), *app_cmd[3:]]
        timed(app_cmd)  # creates the demo database and the bytecode cache: a first start only
        app_times, bare_times, bundle_times = [], [], []
        for _ in range(RUNS):  # interleaved, so all see the same machine load
            bare_times.append(timed(bare_cmd))
            app_times.append(timed(app_cmd))
            if BUNDLE.exists():
                bundle_times.append(timed(bundle_cmd))
    app, bare = statistics.median(app_times), statistics.median(bare_times)
    print(f"bare PySide6 window, 3 empty tabs : {bare * 1000:6.0f} ms (median of {RUNS})")
    print(f"desktop-sms --demo --quit-when-ready: {app * 1000:6.0f} ms (median of {RUNS})")
    if bundle_times:
        bundle = statistics.median(bundle_times)
        print(f"bundled desktop-sms, same flags     : {bundle * 1000:6.0f} ms (median of {RUNS})")
    print(f"ratio: {app / bare:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
