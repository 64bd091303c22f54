"""Which store a window or a command opens: the SQLite file in its data folder, unless a
team database is chosen (``--database URL``, then ``$DESKTOP_SMS_DATABASE``, then the
Settings' "Shared team database").

The URL never carries the password into a file: it comes from
``$DESKTOP_SMS_DATABASE_PASSWORD`` (scripts), else the keyring, under the database's
``keyring_name``; libpq's own PGPASSWORD and ~/.pgpass also work.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop_sms.core.credentials import CredentialsError, CredentialStore
from desktop_sms.core.store import Connection, TeamSource, connect, database_path

DATABASE_ENV = "DESKTOP_SMS_DATABASE"
PASSWORD_ENV = "DESKTOP_SMS_DATABASE_PASSWORD"


def chosen_url(given: str | None, settings_url: str) -> str:
    """The team database asked for, or '' for the SQLite file."""
    return (given or os.environ.get(DATABASE_ENV) or settings_url or "").strip()


def team_source(url: str, credentials: CredentialStore) -> TeamSource:
    """The database a URL names, with its password. Raises InputError for a bad URL."""
    from desktop_sms.core.store import location as team_location  # a team's only

    location, in_url = team_location.parse(url)
    password = in_url or os.environ.get(PASSWORD_ENV) or None
    if password is None:
        try:
            password = credentials.get(location.keyring_name)
        except CredentialsError:
            password = None  # libpq may still find one (PGPASSWORD, ~/.pgpass)
    return TeamSource(location, password)


def open_store(folder: Path, team: TeamSource | None, *, reader: bool = False) -> Connection:
    """The SQLite file in ``folder``, or a session with the team database (created or
    upgraded either way). ``reader``: the window's own connection, which reads a screenful
    at a time."""
    if team is None:
        from desktop_sms.core.store import READER_CACHE_KIB, WRITER_CACHE_KIB

        return connect(database_path(folder),
                       cache_kib=READER_CACHE_KIB if reader else WRITER_CACHE_KIB)
    from desktop_sms.core import team as sessions
    from desktop_sms.core.store import postgres

    conn = postgres.connect(team.location, team.password,
                            application="desktop-sms window" if reader else "desktop-sms",
                            bounded=reader)
    if not reader:
        try:
            sessions.session(conn)  # the writer: registered, so others know while it lives
        except BaseException:
            conn.close()
            raise
    return conn
