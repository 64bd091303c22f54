"""The SQLite file (the default store): connection settings, schema and numbered migrations.

Each thread opens its own Store (sqlite3 connections must not cross threads). The outbox
writer uses ``synchronous=FULL`` so a committed state change survives a power cut.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_sms.core.folding import fold

DB_FILE = "desktop_sms.sqlite3"
AUTOCHECKPOINT_PAGES = 1000  # SQLite's default
# How long a statement waits for another connection's write lock before "database is
# locked" (storage_errors tells the user); long enough for the largest status apply.
BUSY_TIMEOUT_SECONDS = 10.0

# What a contact is found by: its names, notes and custom values, folded (core/folding.py,
# registered on every connection as fold()). The one definition: the migration that added
# the column and every write to a contact fill it with this. The number is matched apart.
# The fields in name order, as contacts._search_key joins them: PostgreSQL would join
# them in the order they were written.
CONTACT_SEARCH_KEY = (
    "fold(name || char(31) || first_name || char(31) || last_name || char(31) || notes "
    "|| char(31) || coalesce((SELECT group_concat(value, char(31)) FROM (SELECT f.value "
    "FROM contact_fields f WHERE f.contact_id = contacts.id ORDER BY f.name) AS named), ''))"
)

# Each entry moves the schema from version N to N+1, in its own transaction.
MIGRATIONS: tuple[str, ...] = (
    # 1: contacts, groups and the outbox.
    """
    CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        number TEXT NOT NULL,              -- E.164, with '+'
        notes TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    );
    CREATE INDEX contacts_number ON contacts(number);
    CREATE TABLE groups (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
    );
    CREATE TABLE group_members (
        group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        PRIMARY KEY (group_id, contact_id)
    ) WITHOUT ROWID;
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER,
        recipient TEXT NOT NULL,           -- E.164
        text TEXT NOT NULL,
        sender TEXT,
        flash INTEGER NOT NULL DEFAULT 0,
        delivery_report INTEGER NOT NULL DEFAULT 0,
        parts INTEGER NOT NULL,
        state TEXT NOT NULL,
        gateway_id TEXT,
        gateway_status TEXT,               -- last raw status letter, kept even if unknown
        error TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        retry_at REAL,                     -- not before this time (connect-phase backoff)
        resend_of INTEGER REFERENCES messages(id) ON DELETE SET NULL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        sending_at REAL,
        accepted_at REAL,
        sent_at REAL,
        final_at REAL
    );
    CREATE INDEX messages_state ON messages(state, id);
    CREATE UNIQUE INDEX messages_gateway_id ON messages(gateway_id) WHERE gateway_id IS NOT NULL;
    CREATE TABLE status_replies (           -- get_status replies, stored before use
        id INTEGER PRIMARY KEY,
        received_at REAL NOT NULL,
        body TEXT NOT NULL                 -- 'id|letter|id|letter...' as received
    );
    CREATE TABLE status_updates (           -- updates for ids not known (yet)
        id INTEGER PRIMARY KEY,
        gateway_id TEXT NOT NULL,
        status TEXT NOT NULL,
        raw TEXT NOT NULL,
        received_at REAL NOT NULL
    );
    CREATE INDEX status_updates_gateway_id ON status_updates(gateway_id);
    """,
    # 2: balance history, for the status bar and the cost check.
    """
    CREATE TABLE balance_history (
        id INTEGER PRIMARY KEY,
        at REAL NOT NULL,
        balance TEXT NOT NULL              -- Decimal as text: exact
    );
    """,
    # 3: first and last names apart (for {first_name} and imports), and custom fields:
    # any other column of an imported sheet, or a contact's other numbers.
    """
    ALTER TABLE contacts ADD COLUMN first_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE contacts ADD COLUMN last_name TEXT NOT NULL DEFAULT '';
    CREATE TABLE contact_fields (
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        name TEXT NOT NULL COLLATE NOCASE,
        value TEXT NOT NULL,
        PRIMARY KEY (contact_id, name)
    ) WITHOUT ROWID;
    CREATE INDEX contact_fields_name ON contact_fields(name);
    """,
    # 4: the address book at scale: each contact's searchable text folded (see
    # CONTACT_SEARCH_KEY), the list's order indexed, and memberships by contact (a
    # contact's groups were a scan of every membership; deleting one cascaded through it).
    f"""
    ALTER TABLE contacts ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
    UPDATE contacts SET search_key = {CONTACT_SEARCH_KEY};
    CREATE INDEX contacts_name ON contacts(name COLLATE NOCASE, id);
    CREATE INDEX group_members_contact ON group_members(contact_id);
    """,
    # 5: message templates, and the opt-out list every send skips.
    """
    CREATE TABLE templates (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        -- templates.name_key(name), casefolded without accents in Python: NOCASE folds
        -- only ASCII, so 'ΠΡΟΣΦΟΡΑ' and 'Προσφορά' would be two templates.
        name_key TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    );
    CREATE TABLE opt_outs (
        number TEXT PRIMARY KEY,           -- E.164, with '+'
        source TEXT NOT NULL DEFAULT '',   -- why or where from: typed, a file, a contact
        added_at REAL NOT NULL
    ) WITHOUT ROWID;
    """,
    # 6: campaigns (a bulk send with a name, followed as one) and scheduled sends.
    """
    CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        text TEXT NOT NULL,                -- as written: placeholders unmerged
        template TEXT,                     -- the template's name, when one was used
        created_at REAL NOT NULL,
        finished_at REAL                   -- every message final: told once (the tray)
    );
    ALTER TABLE messages ADD COLUMN campaign_id INTEGER
        REFERENCES campaigns(id) ON DELETE SET NULL;
    -- A UTC instant: the local time it was asked in is the window's to show, so a move
    -- to or from summer time, or to another time zone, never shifts it.
    ALTER TABLE messages ADD COLUMN send_at REAL;
    CREATE INDEX messages_campaign ON messages(campaign_id, state);
    """,
    # 7: why a message did not go, as a code the window words in its language (the
    # English stays in error, for the command line); params a JSON object.
    """
    ALTER TABLE messages ADD COLUMN error_code TEXT;
    ALTER TABLE messages ADD COLUMN error_params TEXT;
    """,
    # 8: who queued a message (the workstation's name and its user) and, on a team
    # database, which workstation's session claimed it (core/store/postgres.py).
    """
    ALTER TABLE messages ADD COLUMN queued_on TEXT;
    ALTER TABLE messages ADD COLUMN queued_by TEXT;
    ALTER TABLE messages ADD COLUMN claimed_by INTEGER;
    """,
    # 9: which rows `db move-to` copied into a team database, from which SQLite rows
    # (core/store/move.py): a second move copies nothing twice. Filled on the team
    # database only; the file has it as one schema serves both.
    """
    CREATE TABLE moved_rows (
        kind TEXT NOT NULL,                -- the table
        source_key TEXT NOT NULL,          -- the file's row: 'id@created stamp'
        target_id INTEGER NOT NULL,
        PRIMARY KEY (kind, source_key)
    ) WITHOUT ROWID;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

class StoreError(Exception):
    """The database cannot be used; the text says why and what to do."""


WRITER_CACHE_KIB = 65536
# The window's own connection only reads a screenful at a time: a big cache there grew the
# window's memory with the outbox (the soak suite measured it).
READER_CACHE_KIB = 8192


def connect(path: Path, *, migrate: bool = True,
            cache_kib: int = WRITER_CACHE_KIB) -> sqlite3.Connection:
    """Open (and create or upgrade) the database file at ``path``."""
    existed = path.exists() and path.stat().st_size > 0
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS,
                           check_same_thread=True)
    try:
        conn.row_factory = sqlite3.Row
        conn.create_function("fold", 1, fold, deterministic=True)
        # Read the version before any pragma: switching to WAL would already alter the file.
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{path} was written by a newer version of desktop-sms (schema {version}; "
                f"this version knows up to {SCHEMA_VERSION}). Update the program; "
                "the file was left untouched."
            )
        _switch_to_wal(conn)
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        # A large status reply dirties many pages; a 64 MiB cache keeps them from spilling
        # to the WAL one by one before the commit.
        conn.execute(f"PRAGMA cache_size=-{int(cache_kib)}")
        conn.execute("PRAGMA temp_store=MEMORY")
        if migrate and version < SCHEMA_VERSION:
            if existed:
                backup(conn, path.with_name(f"{path.name}.v{version}.bak"))
            migrate_to(conn, SCHEMA_VERSION)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path} cannot be opened as a desktop-sms database: {exc}") from None
    except BaseException:
        conn.close()
        raise
    return conn


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read an existing database, such as the one a search
    thread scans with: nothing opened by it can write or migrate."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def _switch_to_wal(conn: sqlite3.Connection) -> None:
    """SQLite answers "locked" at once, without its busy wait, when another process is
    switching a new file to WAL at the same moment (the window and a command starting
    together): wait for it as for any other lock."""
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorname", "") != "SQLITE_BUSY" or (
                    time.monotonic() > deadline):
                raise
            time.sleep(0.01)


def backup(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of the live database (WAL included) before it is altered."""
    with sqlite3.connect(target) as copy:
        conn.backup(copy)
    copy.close()


def migrate_to(conn: sqlite3.Connection, version: int) -> None:
    """Each step in its own transaction, the version read inside it: two processes opening
    a new file at once (the window and a command) must not both run step 1."""
    while True:
        with transaction(conn):
            current = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if current >= version:
                return
            for statement in _statements(MIGRATIONS[current]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {current + 1}")


def _statements(script: str) -> Iterator[str]:
    # executescript() would COMMIT first; splitting keeps each migration in one transaction.
    for statement in script.split(";"):
        if statement.strip():
            yield statement


@contextmanager
def transaction(conn: sqlite3.Connection, *,
                durable: bool = True) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception.

    ``durable=False`` commits without waiting for the disk: no fsync (synchronous=NORMAL;
    a power cut may undo the commit, never corrupt the file) and no copying of the WAL
    back into the database (done by the next commit or checkpoint()). Only for work that
    is redone from what an earlier durable commit kept, such as applying a stored reply.
    """
    if not durable:
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA wal_autocheckpoint=0")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            # SQLite rolls back by itself on some errors (a full disk, an I/O error): a
            # second ROLLBACK would fail and hide the error that matters.
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        if not durable:
            conn.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")
            conn.execute("PRAGMA synchronous=FULL")


@contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Several reads that see the database as it was at the first of them (an export's
    count, column names and rows agree, whoever writes meanwhile)."""
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")


def checkpoint(conn: sqlite3.Connection) -> None:
    """Copy the WAL back into the database file, if no reader is in the way."""
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")


def now() -> float:
    return time.time()


def database_path(folder: Path) -> Path:
    return folder / DB_FILE


def version(conn: sqlite3.Connection) -> tuple[int, int]:
    return int(conn.execute("PRAGMA data_version").fetchone()[0]), conn.total_changes
