"""A data folder or database failure in the user's language (core.storage_errors words
the same situations in English for the command line)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop_sms.core.storage_errors import Problem, situation
from desktop_sms.core.store import DB_FILE
from desktop_sms.ui.team_text import is_team_error, team_text


def storage_text(exc: BaseException, folder: Path) -> tuple[str, bool]:
    """The words for a person, and whether waiting cannot help (the window closes)."""
    if is_team_error(exc):  # the server may come back: Retry, never closing the window
        return team_text(exc), False
    found = situation(exc, folder)
    translate = QCoreApplication.translate
    if found.problem is Problem.FULL:
        text = translate("Storage", "The disk that holds {0} is full, so desktop-sms could "
                         "not save its work. Free some space, then try again.").format(folder)
    elif found.problem is Problem.BUSY:
        text = translate(
            "Storage", "The database {0} is in use by another program (another desktop-sms, "
            "or a backup or sync tool) and stayed locked. Nothing was changed. Close the other "
            "program or wait a moment, then try again.").format(found.database)
    elif found.database_is_folder:
        text = translate(
            "Storage", "{0} is a folder where desktop-sms keeps its database file. Move it "
            "away, or choose another data folder with --data-dir or $DESKTOP_SMS_DATA_DIR."
        ).format(found.database)
    elif found.problem is Problem.READ_ONLY:
        text = translate(
            "Storage", "desktop-sms cannot write in its data folder {0} ({1}). Make the folder "
            "writable, or choose another one with --data-dir or $DESKTOP_SMS_DATA_DIR."
        ).format(folder, found.detail)
    elif found.problem is Problem.NOT_A_FOLDER:
        text = translate(
            "Storage", "The data folder {0} cannot be used: a file is in the way where a "
            "folder should be. Move that file, or choose another folder with --data-dir or "
            "$DESKTOP_SMS_DATA_DIR.").format(folder)
    elif found.problem is Problem.DAMAGED:
        restore = translate("Storage", "restore the backup copy {0} (rename it to {1})").format(
            found.backup, DB_FILE) if found.backup else translate(
            "Storage", "restore a copy from your own backups")
        text = translate(
            "Storage", "The database {0} is damaged ({1}). Quit desktop-sms, keep a copy of "
            "that file for recovery, then {2}; or move the file away to start with an empty "
            "outbox and address book.").format(found.database, found.detail, restore)
    elif found.own_words:
        text = found.detail
    else:
        text = translate("Storage", "desktop-sms could not use its data in {0}: {1}.").format(
            folder, found.detail)
    return text, found.fatal
