"""Run CLI steps on a data folder on a small disk of its own: a tmpfs mounted in a private
mount namespace (``unshare -m``, root only), so a full or read-only disk can be made for
real without touching the machine's. Prints the steps' results as JSON.

Usage: unshare -m python -m tests.integration.small_disk PLAN_JSON
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

FILLER = "filler.bin"


def available() -> str | None:
    """None if small disks can be made here, else the reason they cannot."""
    if os.geteuid() != 0:
        return "needs root to mount a tmpfs in a private namespace"
    if shutil.which("unshare") is None:
        return "unshare (util-linux) is not installed"
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"unshare -m is not permitted here: {probe.stderr.strip()}"
    return None


def run(plan: dict[str, Any], *, timeout: float = 120) -> list[dict[str, Any]]:
    """Run ``plan`` in a new mount namespace (from the test process)."""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        ["unshare", "-m", sys.executable, "-m", "tests.integration.small_disk",
         json.dumps(plan)],
        capture_output=True, text=True, timeout=timeout, cwd=root, stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    results: list[dict[str, Any]] = json.loads(done.stdout)
    return results


def _fill(mount: Path) -> None:
    """Take every free byte: the next write that needs a block fails with ENOSPC."""
    fd = os.open(mount / FILLER, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        for size in (1 << 20, 1 << 16, 1 << 12, 512, 1):
            try:
                while os.write(fd, b"\0" * size):
                    pass
            except OSError:
                continue  # full at this size: try smaller pieces
    finally:
        os.close(fd)


def main() -> int:
    plan = json.loads(sys.argv[1])
    mount = Path(plan["mount"])
    mount.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={plan['size']}", "tmpfs", str(mount)],
                   check=True)
    data = mount / plan.get("folder", "data")
    if plan.get("create_folder", True):
        data.mkdir(exist_ok=True)
    results: list[dict[str, Any]] = []
    for step in plan["steps"]:
        kind, value = next(iter(step.items()))
        if kind == "cli":
            done = subprocess.run(
                [sys.executable, "-m", "desktop_sms", "--data-dir", str(data), *value],
                capture_output=True, text=True, timeout=60, env={**os.environ, **plan["env"]},
                stdin=subprocess.DEVNULL,
            )
            results.append({"cli": value, "code": done.returncode, "stdout": done.stdout,
                            "stderr": done.stderr})
        elif kind == "fill":  # value: bytes to leave free
            _fill(mount)
            filler = mount / FILLER
            os.truncate(filler, max(0, filler.stat().st_size - int(value)))
        elif kind == "unfill":
            (mount / FILLER).unlink()
        elif kind == "read_only":
            subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        elif kind == "sql":
            with sqlite3.connect(f"file:{data / 'desktop_sms.sqlite3'}?mode=ro", uri=True) as conn:
                results.append({"sql": value, "rows": conn.execute(value).fetchall()})
        elif kind == "files":
            results.append({"files": sorted(p.name for p in data.iterdir())})
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
