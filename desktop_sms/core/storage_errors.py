"""Failures of the data folder and the database file, or of the team database's server,
in words a person can act on.

The CLI prints these as its one ``error:`` line; the window shows them in a dialog. Each
says what happened, that nothing was sent behind the user's back, and what to do.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from enum import Enum
from pathlib import Path
from typing import NamedTuple

from desktop_sms.core.invisible import one_line
from desktop_sms.core.store import DB_FILE, StoreError, team_failure

# Below this much free space a write that failed is taken for a full disk, whatever the
# error code said (SQLite reports some full-disk writes as a plain I/O error).
NEARLY_FULL_BYTES = 1024 * 1024


class Problem(Enum):
    FULL = "full"  # free space, then try again
    BUSY = "busy"  # another program holds the file: wait, then try again
    READ_ONLY = "read-only"  # the folder cannot be written
    NOT_A_FOLDER = "not-a-folder"  # the data folder is a file, or sits under one
    DAMAGED = "damaged"  # the file is corrupt: restore a backup copy
    # The team database's server cannot be reached, refused the login or went away: like
    # BUSY, waiting helps (a server that is down comes back), so never fatal.
    UNREACHABLE = "unreachable"
    # A value the team database cannot hold (a NUL in a text, a number out of range):
    # that request is refused, the database is sound.
    REFUSED = "refused"
    OTHER = "other"


# PostgreSQL's words for a row another session held past lock_timeout (store/postgres.py).
TEAM_LOCK_TIMEOUT = "due to lock timeout"

# Fatal problems do not go away by waiting: the window closes instead of retrying.
FATAL = frozenset({Problem.READ_ONLY, Problem.NOT_A_FOLDER, Problem.DAMAGED, Problem.OTHER})

_SQLITE_PROBLEMS = {
    "SQLITE_FULL": Problem.FULL,
    "SQLITE_BUSY": Problem.BUSY,
    "SQLITE_LOCKED": Problem.BUSY,
    "SQLITE_READONLY": Problem.READ_ONLY,
    "SQLITE_CANTOPEN": Problem.READ_ONLY,
    "SQLITE_PERM": Problem.READ_ONLY,
    "SQLITE_AUTH": Problem.READ_ONLY,
    "SQLITE_CORRUPT": Problem.DAMAGED,
    "SQLITE_NOTADB": Problem.DAMAGED,
    "SQLITE_IOERR": Problem.DAMAGED,
}
_OS_PROBLEMS = {
    errno.ENOSPC: Problem.FULL,
    errno.EDQUOT: Problem.FULL,
    errno.EROFS: Problem.READ_ONLY,
    errno.EACCES: Problem.READ_ONLY,
    errno.EPERM: Problem.READ_ONLY,
    errno.ENOTDIR: Problem.NOT_A_FOLDER,
    errno.EEXIST: Problem.NOT_A_FOLDER,
}


def is_storage_error(exc: BaseException) -> bool:
    """A failure of the folder or the file. A broken constraint or a misused connection is
    a bug in desktop-sms, not the disk's: it must not close the window as damage would."""
    if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
        return False
    return isinstance(exc, sqlite3.Error | OSError | StoreError)


def login_refused(detail: str) -> bool:
    """The server answered, and refused this login (not a server that is away)."""
    lowered = detail.lower()
    return any(words in lowered for words in (
        "authentication failed", "no password supplied", "permission denied",
        "does not exist", "not permitted to log in"))


def classify(exc: BaseException, folder: Path) -> Problem:
    if team_failure(exc):
        return Problem.UNREACHABLE
    if team_failure(exc, "TeamValueRefused"):
        return Problem.REFUSED
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        # Extended names (SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT…) share the base prefix.
        base = "_".join(name.split("_")[:2])
        problem = _SQLITE_PROBLEMS.get(base)
        if problem is None:
            problem = _by_message(str(exc))
    elif isinstance(exc, OSError):
        problem = _OS_PROBLEMS.get(exc.errno or 0, Problem.OTHER)
    else:
        problem = _by_message(str(exc))
    if problem in (Problem.DAMAGED, Problem.OTHER) and _nearly_full(folder):
        return Problem.FULL
    return problem


def _by_message(text: str) -> Problem:
    lowered = text.lower()
    for words, problem in (("disk is full", Problem.FULL), ("locked", Problem.BUSY),
                           ("readonly", Problem.READ_ONLY), ("read-only", Problem.READ_ONLY),
                           ("unable to open", Problem.READ_ONLY),
                           ("malformed", Problem.DAMAGED), ("not a database", Problem.DAMAGED)):
        if words in lowered:
            return problem
    return Problem.OTHER


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def backups(folder: Path) -> list[Path]:
    """The copies made before each schema upgrade, newest first."""
    try:
        return sorted(folder.glob(f"{DB_FILE}.*.bak"), key=lambda p: p.stat().st_mtime,
                      reverse=True)
    except OSError:
        return []


class Situation(NamedTuple):
    """What failed, with what its words need: core words it in English (``explain``), the
    window in the user's language (ui/storage_text.py)."""

    problem: Problem
    folder: Path
    database: Path
    detail: str  # the system's or SQLite's own words, quoted as they are
    database_is_folder: bool  # for READ_ONLY: a folder sits where the file should be
    backup: Path | None  # for DAMAGED: the newest copy made before a schema upgrade
    own_words: bool  # a StoreError or a team database's: ``detail`` is written for a person

    @property
    def fatal(self) -> bool:
        return self.problem in FATAL


def situation(exc: BaseException, folder: Path) -> Situation:
    problem = classify(exc, folder)
    database = folder / DB_FILE
    if isinstance(exc, OSError) and not isinstance(exc, StoreError):
        detail = exc.strerror or type(exc).__name__
    else:
        detail = str(exc)
    copies = backups(folder) if problem is Problem.DAMAGED else []
    return Situation(problem, folder, database, detail,
                     problem is Problem.READ_ONLY and _is_folder(database),
                     copies[0] if copies else None,
                     isinstance(exc, StoreError)
                     or problem in (Problem.UNREACHABLE, Problem.REFUSED))


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a folder we may not even look into: not what this asks
        return False


def explain(exc: BaseException, folder: Path) -> str:
    """One paragraph for a person, in English: what happened, and what to do about it."""
    found = situation(exc, folder)
    folder, database, detail = found.folder, found.database, found.detail
    if found.problem is Problem.FULL:
        return (f"The disk that holds {folder} is full, so desktop-sms could not save its "
                "work. Free some space, then try again.")
    if found.problem is Problem.UNREACHABLE:  # its text names the database, not a folder
        todo = ("Check the user name and password of the team database (Settings, or "
                "$DESKTOP_SMS_DATABASE_PASSWORD for commands)" if login_refused(detail) else
                "Check the network connection and that the database server is running (ask "
                "whoever looks after it)")
        return (f"{detail.rstrip('.')}. Nothing is queued on this computer behind your back: "
                "what the team database did not confirm was not done, and nothing is kept "
                f"here to send later. {todo}, then try again.")
    if found.problem is Problem.REFUSED:
        return (f"The team database refused a value ({one_line(getattr(exc, 'detail', detail))}"
                "). Nothing was changed.")
    if found.problem is Problem.BUSY and TEAM_LOCK_TIMEOUT in detail:
        return ("Another workstation held the messages or contacts this needed for longer "
                "than the team database waits. Nothing was changed. Wait a moment, then try "
                "again.")
    if found.problem is Problem.BUSY:
        return (f"The database {database} is in use by another program (another desktop-sms, "
                "or a backup or sync tool) and stayed locked. Nothing was changed. Close the "
                "other program or wait a moment, then try again.")
    if found.database_is_folder:
        return (f"{database} is a folder where desktop-sms keeps its database file. Move it "
                "away, or choose another data folder with --data-dir or $DESKTOP_SMS_DATA_DIR.")
    if found.problem is Problem.READ_ONLY:
        return (f"desktop-sms cannot write in its data folder {folder} ({detail}). Make the "
                "folder writable, or choose another one with --data-dir or "
                "$DESKTOP_SMS_DATA_DIR.")
    if found.problem is Problem.NOT_A_FOLDER:
        return (f"The data folder {folder} cannot be used: a file is in the way where a folder "
                "should be. Move that file, or choose another folder with --data-dir or "
                "$DESKTOP_SMS_DATA_DIR.")
    if found.problem is Problem.DAMAGED:
        restore = (f"restore the backup copy {found.backup} (rename it to {DB_FILE})"
                   if found.backup else "restore a copy from your own backups")
        return (f"The database {database} is damaged ({detail}). Quit desktop-sms, keep a copy "
                f"of that file for recovery, then {restore}; or move the file away to start "
                "with an empty outbox and address book.")
    if found.own_words:
        return detail
    return f"desktop-sms could not use its data in {folder}: {detail}."
