from __future__ import annotations

import sqlite3
from contextlib import nullcontext
from pathlib import Path

import pytest

from desktop_sms.core import store
from desktop_sms.core.contacts import AddressBook


def test_new_database_settings(tmp_path: Path) -> None:
    conn = store.connect(tmp_path / "db.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
    assert not list(tmp_path.glob("*.bak"))  # nothing to back up for a new file


def test_upgrade_from_version_1_keeps_data_and_takes_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    store.migrate_to(old, 1)
    old.execute("INSERT INTO contacts (name, number, created_at, updated_at) "
                "VALUES ('Eleni', '+306912345678', 0, 0)")
    old.close()

    conn = store.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
    assert conn.execute("SELECT name FROM contacts").fetchone()[0] == "Eleni"
    # Migration 4 folded the search text of the contacts already there.
    assert [c.name for c in AddressBook(conn).search("ELENI")] == ["Eleni"]
    conn.execute("INSERT INTO balance_history (at, balance) VALUES (1, '5')")  # v2 table
    backup = tmp_path / "db.sqlite3.v1.bak"
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        assert copy.execute("SELECT count(*) FROM contacts").fetchone()[0] == 1


def test_failed_migration_rolls_back_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    store.migrate_to(old, 1)
    old.close()
    broken = (*store.MIGRATIONS[:1], "CREATE TABLE extra (x); THIS IS NOT SQL")
    monkeypatch.setattr(store.sqlite, "MIGRATIONS", broken)
    monkeypatch.setattr(store.sqlite, "SCHEMA_VERSION", 2)
    with pytest.raises(store.StoreError):
        store.connect(path)
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {r[0] for r in check.execute("SELECT name FROM sqlite_master")}
        assert "extra" not in tables


def test_newer_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    future = sqlite3.connect(path)
    future.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION + 1}")
    future.close()
    before = path.read_bytes()
    with pytest.raises(store.StoreError, match="newer version"):
        store.connect(path)
    assert path.read_bytes() == before


def test_garbage_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(store.StoreError, match="cannot be opened"):
        store.connect(path)


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    conn = store.connect(tmp_path / "db.sqlite3")
    with pytest.raises(RuntimeError), store.transaction(conn):
        conn.execute("INSERT INTO groups (name) VALUES ('x')")
        raise RuntimeError
    assert conn.execute("SELECT count(*) FROM groups").fetchone()[0] == 0


def _sync_settings(conn: sqlite3.Connection) -> tuple[int, int]:
    return (conn.execute("PRAGMA synchronous").fetchone()[0],
            conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])


@pytest.mark.parametrize("fails", [False, True])
def test_a_non_durable_transaction_leaves_the_connection_durable(
    tmp_path: Path, fails: bool
) -> None:
    path = tmp_path / "db.sqlite3"
    conn = store.connect(path)
    full = _sync_settings(conn)
    assert full == (2, store.sqlite.AUTOCHECKPOINT_PAGES)  # FULL
    before = path.stat().st_size
    with pytest.raises(RuntimeError) if fails else nullcontext(), \
            store.transaction(conn, durable=False):
        assert _sync_settings(conn) == (1, 0)  # NORMAL, no checkpoint on commit
        for i in range(2000):  # ~8 MB: several auto-checkpoints' worth
            conn.execute("INSERT INTO groups (name) VALUES (?)", (f"{i}" + "x" * 4000,))
        if fails:
            raise RuntimeError
    assert _sync_settings(conn) == full
    assert conn.execute("SELECT count(*) FROM groups").fetchone()[0] == (0 if fails else 2000)
    # The commit left the pages in the WAL; checkpoint() writes them into the file.
    assert path.stat().st_size == before
    store.checkpoint(conn)
    assert (path.stat().st_size - before > 8_000_000) is not fails


def test_a_full_disk_inside_a_transaction_raises_the_full_disk_error(tmp_path: Path) -> None:
    # SQLite rolls back by itself on SQLITE_FULL; our ROLLBACK then failed with "no
    # transaction is active" and hid the error a person can act on.
    conn = store.connect(store.database_path(tmp_path))
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(sqlite3.OperationalError, match="full"):
        with store.transaction(conn):
            conn.executemany("INSERT INTO balance_history (at, balance) VALUES (?, ?)",
                             ((i, "x" * 1000) for i in range(1000)))
    assert not conn.in_transaction
    assert conn.execute("SELECT count(*) FROM balance_history").fetchone()[0] == 0
    conn.close()
