"""Where what could not be stored waits for the next chance: off the data folder's disk (the
one that failed) and off the team database (the one that went away), in this user's own
runtime folder where there is one, in folders only this user can write."""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import stat
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


def rescue_folder(kind: str, key: str) -> Path:
    """The folder of ``kind`` (statuses, sent) for ``key`` (a data folder, a database)."""
    tag = hashlib.sha256(key.encode()).hexdigest()[:16]
    base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    owner = os.getuid() if hasattr(os, "getuid") else 0
    return Path(base) / f"desktop-sms-{owner}" / f"{kind}-{tag}"


def private_dir(path: Path, *, create: bool) -> Path:
    """``path`` if it is a real folder only this user can write: in a shared /tmp another
    user could otherwise plant a forged reply, or block ours (OSError if not)."""
    if create:
        for level in (path.parent, path):
            level.mkdir(mode=0o700, exist_ok=True)
    for level in (path.parent, path):
        info = level.lstat()  # not following a symlink someone put there
        if not stat.S_ISDIR(info.st_mode):
            raise NotADirectoryError(errno.ENOTDIR, "not a private folder", str(level))
        if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o022):
            raise PermissionError(errno.EPERM, "not private to this user", str(level))
    return path


def kept_files(folder: Path, pattern: str) -> list[Path]:
    """The files kept in ``folder``, oldest first: none when it was never made (the usual
    case), nor when it is not private to this user (logged)."""
    if not os.path.lexists(folder):
        return []
    try:
        return sorted(private_dir(folder, create=False).glob(pattern))
    except OSError as exc:
        log.warning("kept files in %s not read: %s", folder, exc)
        return []


def set_aside(path: Path) -> None:
    """Keep an unreadable kept file out of the way (for a person to look at); the window
    and a command may both be at it, so one already gone is no error."""
    try:
        path.replace(path.with_suffix(".unreadable"))
    except FileNotFoundError:
        pass
