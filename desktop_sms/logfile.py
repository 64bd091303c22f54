"""The log file in the data folder, for the window and the command line alike."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop_sms.core.paths import LOG_FILE

LOG_MAX_BYTES = 1_000_000
LOG_KEEP = 3


def setup_logging(folder: Path) -> Path:
    """Log to a file in the data folder, rotated at start-up (not by logging.handlers,
    whose import alone costs a noticeable part of start-up)."""
    # A log write that fails (full disk) must not print a traceback at the user, nor may a
    # warning fall through to stderr beside the one error line: the failure that matters
    # is reported in words by whoever hit it.
    logging.raiseExceptions = False
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if h.get_name() != LOG_FILE]
    root.setLevel(logging.INFO)
    path = folder / LOG_FILE
    try:
        if path.exists() and path.stat().st_size > LOG_MAX_BYTES:
            for number in range(LOG_KEEP - 1, 0, -1):
                older = path.with_name(f"{LOG_FILE}.{number}")
                if older.exists():
                    older.replace(path.with_name(f"{LOG_FILE}.{number + 1}"))
            path.replace(path.with_name(f"{LOG_FILE}.1"))
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:  # a read-only or full folder: the caller reports that, not the log
        handler = logging.NullHandler()
    handler.set_name(LOG_FILE)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path
