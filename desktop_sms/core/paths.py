"""Where the app keeps its data: --data-dir, else $DESKTOP_SMS_DATA_DIR, else the OS default."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "desktop-sms"
DATA_DIR_ENV = "DESKTOP_SMS_DATA_DIR"
LOG_FILE = "desktop-sms.log"  # in the data folder


def data_dir(explicit: str | os.PathLike[str] | None = None, *, demo: bool = False) -> Path:
    """The data folder, created if missing (OSError if it cannot be: see storage_errors)."""
    path = location(explicit, demo=demo)
    path.mkdir(parents=True, exist_ok=True)
    return path


def location(explicit: str | os.PathLike[str] | None = None, *, demo: bool = False) -> Path:
    """Where the data folder is, without creating it: for messages about it."""
    if explicit:
        base = Path(explicit)
    elif os.environ.get(DATA_DIR_ENV):
        base = Path(os.environ[DATA_DIR_ENV])
    else:
        base = _standard_location()
    # The demo keeps its own folder so it never mixes with a real account's history.
    return base / "demo" if demo else base


def _standard_location() -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / f".{APP_NAME}")
