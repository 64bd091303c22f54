"""A shared team database on PostgreSQL, behind the same core functions as the SQLite file.

``PgConnection`` gives core what it uses of ``sqlite3.Connection`` (execute, executemany,
cursors whose ``row_factory`` can be set, ``in_transaction``), so every core function
runs unchanged on either engine. Its statements are translated once each (pg_sql.py).
Its failures are raised as sqlite3's exception types, so the handlers core already has
serve both: a broken constraint as ``sqlite3.IntegrityError``, a server that cannot be
reached or went away as ``TeamDatabaseError`` (an ``sqlite3.OperationalError``), worded
without the password.

psycopg is imported here only: a user of the SQLite file never loads it.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import pq

from desktop_sms.core.store import TeamSource
from desktop_sms.core.store.location import TeamLocation
from desktop_sms.core.store.pg_schema import MIGRATIONS, SCHEMA_KEY
from desktop_sms.core.store.pg_sql import translate

CONNECT_TIMEOUT_SECONDS = 5
# How long a statement waits for a row or lock another workstation holds before it fails
# ("busy" in storage_errors): long enough for the largest status apply.
LOCK_TIMEOUT_MS = 10_000
NOTIFY_CHANNEL = "desktop_sms"
# A silent network cut (a cable, a sleeping laptop) is noticed by both kernels within
# ~15 s: this side's by libpq's keepalives and tcp_user_timeout, the server's by the same
# settings given to its session (so it ends a cut-off workstation's session and frees its
# locks; docs/team.md gives the server-wide settings).
KEEPALIVE: dict[str, Any] = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2,
             "keepalives_count": 3, "tcp_user_timeout": 15_000}
SERVER_KEEPALIVE = ("-c tcp_keepalives_idle=5 -c tcp_keepalives_interval=2 "
                    "-c tcp_keepalives_count=3 -c tcp_user_timeout=15000")


class TeamDatabaseError(sqlite3.OperationalError):
    """The team database cannot be reached, or refused us; the text says why and what to
    do. Never carries the password."""


class TeamSlowAnswer(sqlite3.OperationalError):
    """A live server took too long to answer (the window's bounded session cancelled the
    statement): it is there, and its session usable — a busy database, to try again, not
    one gone. Classified BUSY (sqlite_errorname) by storage_errors."""


class TeamValueRefused(sqlite3.DataError):
    """The team database cannot hold a value the SQLite file could (a NUL in a text, a
    number out of its column's range, a text where a number belongs): nothing was written."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"the team database refused a value: {detail}")
        self.detail = detail  # PostgreSQL's (or psycopg's) words


class Row(tuple[Any, ...]):
    """A result row read by position or by column name, as ``sqlite3.Row`` is."""

    _names: dict[str, int]

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


RowFactory = Callable[[Any, tuple[Any, ...]], Any]


class PgCursor:
    """The results of one statement, shaped by ``row_factory`` as sqlite3's cursor is:
    None gives plain tuples, a function ``(cursor, values)`` gives what it returns."""

    def __init__(self, owner: PgConnection, row_factory: RowFactory | None) -> None:
        self._owner = owner
        with owner.translating():  # a session the server dropped refuses even this
            self._cursor = owner.raw.cursor()
        self.row_factory = row_factory
        self.rowcount = -1
        self.changes = 0
        self._row_class: type[Row] | None = None

    @property
    def description(self) -> Any:
        return self._cursor.description

    def execute(self, sql: str, params: Params | None = None) -> PgCursor:
        text, args = _bind(sql, params)
        with self._owner.translating():
            self._cursor.execute(text, args, prepare=False)
        self._done()
        return self

    def executemany(self, sql: str, seq: Iterable[Params]) -> PgCursor:
        translated = translate(sql)
        rows = (_arguments(translated.order, params) for params in seq)
        with self._owner.translating():
            self._cursor.executemany(translated.sql, rows)
        self._done()
        return self

    def _done(self) -> None:
        self.rowcount = self._cursor.rowcount
        # For a SELECT, rowcount is the rows read: only writes change the database
        # (total_changes, which store.version compares).
        status = self._cursor.statusmessage or ""
        self.changes = max(self.rowcount, 0) if status.startswith(_WRITES) else 0
        description = self._cursor.description
        self._row_class = None
        if description is not None:
            self._row_class = type("Row", (Row,), {
                "_names": {column.name: i for i, column in enumerate(description)}})

    def _shape(self, values: tuple[Any, ...]) -> Any:
        if self.row_factory is None:
            return values
        if self.row_factory is _SQLITE_ROW:
            assert self._row_class is not None
            return self._row_class(values)
        return self.row_factory(self, values)

    def fetchone(self) -> Any:
        with self._owner.translating():
            values = self._cursor.fetchone() if self._row_class else None
        return None if values is None else self._shape(values)

    def fetchall(self) -> list[Any]:
        if self._row_class is None:
            return []
        with self._owner.translating():
            rows = self._cursor.fetchall()
        if self.row_factory is None:
            return rows
        return [self._shape(values) for values in rows]

    def fetchmany(self, size: int = 1) -> list[Any]:
        if self._row_class is None:
            return []
        with self._owner.translating():
            rows = self._cursor.fetchmany(size)
        return [self._shape(values) for values in rows]

    def __iter__(self) -> Iterator[Any]:
        while True:
            rows = self.fetchmany(1000)
            if not rows:
                return
            yield from rows

    def close(self) -> None:
        self._cursor.close()


_WRITES = ("INSERT", "UPDATE", "DELETE", "MERGE")
# sqlite3's cursors default to the connection's row factory; ours is the named Row.
_SQLITE_ROW: RowFactory = sqlite3.Row


Params = Sequence[Any] | Mapping[str, Any]


def _arguments(order: Sequence[int], params: Params) -> list[Any] | dict[str, Any]:
    # SQLite stores a bool as 0/1 in an INTEGER column; PostgreSQL would refuse a boolean
    # there, so it goes as the integer it is.
    if isinstance(params, Mapping):
        return {k: int(v) if isinstance(v, bool) else v for k, v in params.items()}
    values = list(params)
    return [int(v) if isinstance(v, bool) else v for v in (values[i] for i in order)]


def _bind(sql: str, params: Params | None) -> tuple[str, list[Any] | dict[str, Any] | None]:
    translated = translate(sql)
    if not params:
        return translated.sql, None
    return translated.sql, _arguments(translated.order, params)


class PgConnection:
    """One session with the team database; use from one thread, as a sqlite3 connection."""

    dialect = "postgresql"

    def __init__(self, raw: psycopg.Connection[Any], source: TeamSource) -> None:
        self.raw = raw
        self.source = source
        self.location = source.location
        self.row_factory: RowFactory | None = _SQLITE_ROW
        self.total_changes = 0
        self._told = 0  # notifications of others' changes seen (version)
        self._listening = False
        # The server's clock less this computer's, measured on first use (store.clock_offset);
        # a test sets it to play a workstation whose clock is wrong.
        self.clock_offset: float | None = None

    def measured_offset(self) -> float:
        """store.clock_offset: once per session, halfway through the round trip, in whole
        seconds (finer is the round trip's noise, and the same clock reads the same)."""
        if self.clock_offset is None:
            before = time.time()
            server = float(self.execute(
                "SELECT extract(epoch FROM clock_timestamp())").fetchone()[0])
            self.clock_offset = float(round(server - (before + time.time()) / 2))
        return self.clock_offset

    def version(self) -> tuple[int, int]:
        """store.version: what the other workstations changed is told by NOTIFY (the
        schema's triggers), read here without waiting; this session's changes counted."""
        with self.translating():
            if not self._listening:
                self.raw.execute(f"LISTEN {NOTIFY_CHANNEL}")
                self._listening = True
            self._told += sum(1 for _ in self.raw.notifies(timeout=0))
        return self._told, self.total_changes

    @contextmanager
    def translating(self) -> Iterator[None]:
        """psycopg's failures as the sqlite3 types core handles."""
        try:
            yield
        except psycopg.errors.IntegrityError as exc:
            raise sqlite3.IntegrityError(_first_line(exc)) from None
        except psycopg.DataError as exc:  # psycopg's own refusal of a NUL too
            raise TeamValueRefused(_first_line(exc)) from None
        except psycopg.errors.ReadOnlySqlTransaction as exc:  # a reader's connection
            error = sqlite3.OperationalError(
                f"attempt to write a readonly database: {_first_line(exc)}")
            error.sqlite_errorname = "SQLITE_READONLY"
            raise error from None
        except psycopg.errors.QueryCanceled as exc:  # statement_timeout: slow, not gone
            error = TeamSlowAnswer(f"The team database {self.location.display} was too slow "
                                   f"to answer: {_first_line(exc)}")
            error.sqlite_errorname = "SQLITE_BUSY"
            raise error from None
        except psycopg.errors.LockNotAvailable as exc:
            error = sqlite3.OperationalError(f"database is locked: {_first_line(exc)}")
            error.sqlite_errorname = "SQLITE_BUSY"
            raise error from None
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            raise TeamDatabaseError(
                f"The team database {self.location.display} cannot be used: "
                f"{_first_line(exc)}") from None

    def cursor(self) -> PgCursor:
        return PgCursor(self, self.row_factory)

    def execute(self, sql: str, params: Params | None = None) -> PgCursor:
        cursor = self.cursor().execute(sql, params)
        self.total_changes += cursor.changes
        return cursor

    def executemany(self, sql: str, seq: Iterable[Params]) -> PgCursor:
        cursor = self.cursor().executemany(sql, seq)
        self.total_changes += cursor.changes
        return cursor

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != pq.TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> PgConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def connect(location: TeamLocation, password: str | None, *, migrate: bool = True,
            read_only: bool = False, application: str = "desktop-sms",
            bounded: bool = False) -> PgConnection:
    """A session with the team database (created or upgraded unless ``migrate`` is
    False). ``bounded``: the window's own session, used on the GUI thread; once open, no
    statement holds it longer than BOUND_SECONDS. Raises TeamDatabaseError with words for
    a person."""
    settings = location.connect_args(password)
    options = f"-c lock_timeout={LOCK_TIMEOUT_MS} {SERVER_KEEPALIVE}"
    if read_only:
        options += " -c default_transaction_read_only=on"
    unready = PgConnection.__new__(PgConnection)
    unready.location = location
    with unready.translating():
        raw = psycopg.connect(**settings, autocommit=True, connect_timeout=CONNECT_TIMEOUT_SECONDS,
                              application_name=application, options=options, **KEEPALIVE)
    source = TeamSource(location, password)
    conn = PgConnection(raw, source)
    watch: Callable[[], None] | None = None
    if bounded:
        from desktop_sms.core.store.bounded import BoundedConnection

        conn = watched = BoundedConnection(raw, source)
        watch = watched.watch
    try:
        if migrate:
            migrate_to(conn, len(MIGRATIONS))
        else:
            check_version(conn)
        if watch is not None:  # after migrating, which may take longer
            watch()
    except BaseException:
        conn.close()
        raise
    return conn


def schema_version(conn: PgConnection) -> int:
    found = conn.execute("SELECT to_regclass('desktop_sms_schema') IS NOT NULL").fetchone()[0]
    if not found:
        return 0
    return int(conn.execute("SELECT version FROM desktop_sms_schema").fetchone()[0])


def check_version(conn: PgConnection) -> None:
    version = schema_version(conn)
    if version > len(MIGRATIONS):
        raise TeamDatabaseError(
            f"The team database {conn.location.display} was set up by a newer version of "
            f"desktop-sms (schema {version}; this version knows up to {len(MIGRATIONS)}). "
            "Update the program on this workstation.")


def migrate_to(conn: PgConnection, version: int) -> None:
    """Each step in its own transaction, under a lock: two workstations starting on a new
    database must not both run step 1."""
    while True:
        with transaction(conn):
            conn.execute("SELECT pg_advisory_xact_lock(?, 0)", (SCHEMA_KEY,))
            current = schema_version(conn)
            if current > len(MIGRATIONS):
                check_version(conn)
            if current >= version:
                return
            with conn.translating():  # the schema's own text: PostgreSQL's already
                conn.raw.execute(MIGRATIONS[current])
            conn.execute("UPDATE desktop_sms_schema SET version = ?", (current + 1,))


@contextmanager
def transaction(conn: PgConnection) -> Iterator[PgConnection]:
    """BEGIN ... COMMIT, or ROLLBACK on any exception. Read committed: each statement sees
    what others committed before it; rows are locked by the statements that change them,
    and a claim skips the rows another workstation has locked."""
    conn.execute("BEGIN")
    try:
        yield conn
    except BaseException:
        if not conn.raw.closed and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def snapshot(conn: PgConnection) -> Iterator[PgConnection]:
    """Several reads that see one state of the database."""
    conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    try:
        yield conn
    finally:
        if not conn.raw.closed and conn.in_transaction:
            conn.execute("COMMIT")
