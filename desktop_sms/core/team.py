"""Workstations sharing a team database: who this session is, whether it is the one that
fetches statuses for everyone, and which claimers of ``sending`` messages are gone.

Each writer session registers a row in ``workstations`` and holds a session-level advisory
lock keyed by its id for its life. The server frees that lock when the session ends — the
process exited or was killed (even by SIGKILL), or its connection dropped — so a free lock
is a claimer gone for sure, and a held one a claimer still at work: nothing is guessed from
clocks. On the SQLite file one process sends per data folder (SenderLock), so none of this
applies there.
"""

from __future__ import annotations

import functools
import getpass
import socket
import sqlite3
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_sms.core.invisible import one_line
from desktop_sms.core.store import now
from desktop_sms.core.store.pg_schema import POLLER_ID, POLLER_KEY, SESSION_KEY

if TYPE_CHECKING:
    from desktop_sms.core.store import Connection
    from desktop_sms.core.store.postgres import PgConnection


@dataclass
class Session:
    id: int  # workstations.id, the second key of the session's advisory lock
    poller: bool = False  # holds the poller lock (kept until the session ends)


_sessions: weakref.WeakKeyDictionary[PgConnection, Session] = weakref.WeakKeyDictionary()
# A session starting deletes at most this many rows of sessions gone over a day ago: the
# table stays small, and no start waits on a backlog.
CLEANUP_BATCH = 100
_CLEANUP_AGE = 24 * 3600.0


@functools.cache
def who() -> tuple[str, str]:
    """This workstation's name and the OS login, as recorded beside what it queues
    (cleaned: they are shown in a terminal and a window)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name for this uid (a container)
        user = ""
    return one_line(socket.gethostname()), one_line(user)


def session(conn: Connection) -> Session | None:
    """This connection's session with the team database, registered on first use (the
    store opens a writer with it); None on the SQLite file."""
    if isinstance(conn, sqlite3.Connection):
        return None
    found = _sessions.get(conn)
    if found is None:
        _forget_gone(conn)
        workstation, user = who()
        session_id = int(conn.execute(
            "INSERT INTO workstations (workstation, user_name, started_at) VALUES (?, ?, ?) "
            "RETURNING id", (workstation, user, now())).fetchone()[0])
        conn.execute("SELECT pg_advisory_lock(?, ?)", (SESSION_KEY, session_id))
        found = _sessions[conn] = Session(session_id)
    return found


def _forget_gone(conn: PgConnection) -> None:
    """Delete the rows of sessions that ended over a day ago: their lock is free (trying it
    is the server's word that the session is gone; a session at work holds its own, however
    long it has run). The age leaves the recent ones to be seen; claimed_by needs no row."""
    # The lock tried past the LIMIT: on the batch only (each try holds a lock slot until
    # the statement ends; the server's lock table is shared and bounded).
    conn.execute(
        "DELETE FROM workstations WHERE id IN (SELECT id FROM (SELECT id FROM workstations "
        "WHERE started_at < ? ORDER BY id LIMIT ?) AS old WHERE pg_try_advisory_xact_lock(?, id))",
        (now() - _CLEANUP_AGE, CLEANUP_BATCH, SESSION_KEY))


def session_id(conn: Connection) -> int | None:
    """What ``claimed_by`` records: this session's id (None on the SQLite file)."""
    found = session(conn)
    return None if found is None else found.id


def is_poller(conn: Connection) -> bool:
    """Whether this session fetches the statuses (get_status drains the account: one
    workstation must, for everyone). The first to ask holds it until its session ends; the
    next to ask after that takes over. Always on the SQLite file."""
    found = session(conn)
    if found is None:
        return True
    if not found.poller:
        found.poller = bool(conn.execute("SELECT pg_try_advisory_lock(?, ?)",
                                         (POLLER_KEY, POLLER_ID)).fetchone()[0])
    return found.poller


def gone_claimers(conn: Connection) -> tuple[str, tuple[object, ...]]:
    """The condition (and its values) that narrows the ``sending`` messages recovery may
    flag to those whose claimer is gone: on the SQLite file all of them (the caller holds
    the folder's SenderLock); on a team database those of sessions whose lock is free
    (trying it in the transaction is the server's word for it) — never our own."""
    own = session_id(conn)
    if own is None:
        return "", ()
    return (" AND (claimed_by IS NULL OR (claimed_by <> ? AND "
            "pg_try_advisory_xact_lock(?, claimed_by)))", (own, SESSION_KEY))
