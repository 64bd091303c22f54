"""The window's words for a storage failure (translatable) and the command line's
(English) say the same thing: with no translation installed they are identical."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from desktop_sms.core.storage_errors import Problem, explain, situation
from desktop_sms.core.store import DB_FILE, StoreError
from desktop_sms.ui.storage_text import storage_text


def _cases(folder: Path) -> list[tuple[BaseException, Problem]]:
    return [
        (OSError(errno.ENOSPC, "No space left on device"), Problem.FULL),
        (sqlite3.OperationalError("database is locked"), Problem.BUSY),
        (OSError(errno.EROFS, "Read-only file system"), Problem.READ_ONLY),
        (OSError(errno.ENOTDIR, "Not a directory"), Problem.NOT_A_FOLDER),
        (sqlite3.DatabaseError("database disk image is malformed"), Problem.DAMAGED),
        (OSError(errno.EIO, "Input/output error"), Problem.OTHER),
        (StoreError("the database was made by a newer desktop-sms"), Problem.OTHER),
    ]


@pytest.mark.parametrize("index", range(7))
def test_window_and_command_line_words_agree(tmp_path: Path, index: int) -> None:
    exc, problem = _cases(tmp_path)[index]
    found = situation(exc, tmp_path)
    assert found.problem is problem
    text, fatal = storage_text(exc, tmp_path)
    assert text == explain(exc, tmp_path)
    assert fatal is found.fatal is (problem not in (Problem.FULL, Problem.BUSY))
    assert str(tmp_path) in text or isinstance(exc, StoreError)


def test_a_damaged_database_points_to_the_newest_backup(tmp_path: Path) -> None:
    (tmp_path / f"{DB_FILE}.v1.bak").write_bytes(b"old")
    exc = sqlite3.DatabaseError("file is not a database")
    text, fatal = storage_text(exc, tmp_path)
    assert fatal and f"{DB_FILE}.v1.bak" in text and text == explain(exc, tmp_path)


def test_a_folder_where_the_database_file_should_be(tmp_path: Path) -> None:
    (tmp_path / DB_FILE).mkdir()
    exc = sqlite3.OperationalError("unable to open database file")
    text, _fatal = storage_text(exc, tmp_path)
    assert situation(exc, tmp_path).database_is_folder
    assert text.startswith(str(tmp_path / DB_FILE)) and text == explain(exc, tmp_path)
