"""Where the data lives, for every core function: the SQLite file in the data folder (the
default, sqlite.py), or a team's shared PostgreSQL database (postgres.py).

Core writes its SQL once, for SQLite, and calls the functions here for what differs
between the engines: transactions, snapshots, new ids, a second connection for another
thread, change detection. psycopg is imported only when a team database is used.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from desktop_sms.core.store import sqlite
from desktop_sms.core.store.sqlite import (
    BUSY_TIMEOUT_SECONDS,
    CONTACT_SEARCH_KEY,
    DB_FILE,
    MIGRATIONS,
    READER_CACHE_KIB,
    SCHEMA_VERSION,
    WRITER_CACHE_KIB,
    StoreError,
    backup,
    connect,
    database_path,
    migrate_to,
    now,
)

if TYPE_CHECKING:
    from desktop_sms.core.store import postgres
    from desktop_sms.core.store.location import TeamLocation  # not loaded at start-up

    Connection: TypeAlias = sqlite3.Connection | postgres.PgConnection
    Row: TypeAlias = sqlite3.Row | postgres.Row
else:
    Connection = sqlite3.Connection
    Row = sqlite3.Row

__all__ = [
    "BUSY_TIMEOUT_SECONDS", "CONTACT_SEARCH_KEY", "DB_FILE", "MIGRATIONS", "READER_CACHE_KIB",
    "SCHEMA_VERSION", "WRITER_CACHE_KIB", "Connection", "Row", "StoreError", "TeamSource", "Source",
    "backup", "checkpoint", "clock_offset", "close_quietly", "connect", "connect_read_only",
    "database_path", "is_team", "migrate_to", "new_ids", "now", "server_now", "skip_locked",
    "snapshot", "source_of", "team_failure", "transaction", "version",
]


@dataclass(frozen=True)
class TeamSource:
    """A team database and the password to reach it (kept out of repr and logs)."""

    location: TeamLocation
    password: str | None = field(default=None, repr=False)


# What a second connection opens: the SQLite file, or the team database.
Source: TypeAlias = Path | TeamSource


def is_team(conn: Connection) -> bool:
    return not isinstance(conn, sqlite3.Connection)


def team_failure(exc: BaseException, kind: str = "TeamDatabaseError") -> bool:
    """Whether ``exc`` is the team database's failure of ``kind`` (a class of postgres.py).
    Only a team database raises one, once its module (and psycopg) is loaded: asked
    without loading them for a user of the SQLite file."""
    postgres = sys.modules.get("desktop_sms.core.store.postgres")
    return postgres is not None and isinstance(exc, getattr(postgres, kind))


def clock_offset(conn: Connection) -> float:
    """Seconds to add to this computer's clock to read the database's: the times that
    other workstations compare (a schedule's release, a retry's backoff) go by the team
    server's clock, not by each desk's, which may be minutes or an hour off. 0.0 for the
    SQLite file, whose writers all share this computer's clock."""
    if isinstance(conn, sqlite3.Connection):
        return 0.0
    return conn.measured_offset()


def server_now(conn: Connection) -> float:
    """Now by the database's clock (see clock_offset)."""
    return now() + clock_offset(conn)


def transaction(conn: Connection, *, durable: bool = True) -> AbstractContextManager[Any]:
    """One write transaction (see sqlite.transaction and postgres.transaction)."""
    if isinstance(conn, sqlite3.Connection):
        return sqlite.transaction(conn, durable=durable)
    from desktop_sms.core.store import postgres

    return postgres.transaction(conn)


def snapshot(conn: Connection) -> AbstractContextManager[Any]:
    """Several reads that see the database as it was at the first of them."""
    if isinstance(conn, sqlite3.Connection):
        return sqlite.snapshot(conn)
    from desktop_sms.core.store import postgres

    return postgres.snapshot(conn)


def new_ids(conn: Connection, table: str, count: int) -> list[int]:
    """Ids for ``count`` rows about to be inserted into ``table``, in the caller's write
    transaction. In the SQLite file the writer is alone, so they follow the largest; on a
    team database they come from the table's sequence, which others draw from too."""
    if count <= 0:
        return []
    if isinstance(conn, sqlite3.Connection):
        first = int(conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])
        return list(range(first, first + count))
    return [int(row[0]) for row in conn.raw.execute(
        "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
        (table, count))]


def skip_locked(conn: Connection) -> str:
    """What a claim's SELECT ends with: on a team database it locks the rows it takes and
    passes over those another workstation is claiming; the SQLite file has one writer."""
    return "" if isinstance(conn, sqlite3.Connection) else " FOR UPDATE SKIP LOCKED"


def source_of(conn: Connection) -> Source:
    """What ``conn`` reads, for a second connection on another thread."""
    if isinstance(conn, sqlite3.Connection):
        return Path(conn.execute("PRAGMA database_list").fetchone()[2])
    return conn.source


def connect_read_only(source: Source) -> Connection:
    """A connection that can only read, such as the one a search thread scans with."""
    if isinstance(source, Path):
        return sqlite.connect_read_only(source)
    from desktop_sms.core.store import postgres

    return postgres.connect(source.location, source.password, migrate=False, read_only=True)


def version(conn: Connection) -> tuple[int, int]:
    """Changes when the database changes: others' commits, and this connection's. Cheap
    (0.1 ms) beside re-reading what was read, which it tells whether to do."""
    if isinstance(conn, sqlite3.Connection):
        return sqlite.version(conn)
    return conn.version()


def checkpoint(conn: Connection) -> None:
    """Copy the SQLite WAL back into the file; a server has nothing of the kind to do."""
    if isinstance(conn, sqlite3.Connection):
        sqlite.checkpoint(conn)


def close_quietly(conn: Connection) -> None:
    """Close after a failure that was already reported: closing cannot make it worse."""
    try:
        conn.close()
    except Exception:  # the failure that matters was reported already
        logging.getLogger(__name__).debug("closing the database failed", exc_info=True)
