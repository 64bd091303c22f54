"""Where the data lives: the SQLite file in the data folder, or a team database's URL.

A team database is named by a ``postgresql://`` URL without its password (the keyring
keeps that). TLS is required, with the server's certificate checked, unless the server is
on this machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from desktop_sms.core.errors import InputError

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", ""})
# Modes that may talk in clear text, or without checking who answers.
_WEAK_TLS = frozenset({"disable", "allow", "prefer"})


def is_team_url(text: str) -> bool:
    return text.strip().lower().startswith(tuple(f"{s}://" for s in SCHEMES))


@dataclass(frozen=True)
class TeamLocation:
    host: str
    port: int
    database: str
    user: str
    sslmode: str
    sslrootcert: str

    @property
    def local(self) -> bool:
        return self.host in LOCAL_HOSTS or self.host.startswith("/")

    @property
    def display(self) -> str:
        """For messages and the settings file: never a password."""
        where = self.host if self.port == DEFAULT_PORT else f"{self.host}:{self.port}"
        return f"postgresql://{self.user}@{where}/{self.database}"

    @property
    def url(self) -> str:
        """The URL as kept in the settings: the display form, plus a chosen TLS mode."""
        extra = []
        if self.sslmode != default_sslmode(self.host):
            extra.append(f"sslmode={self.sslmode}")
        if self.sslrootcert:
            extra.append(f"sslrootcert={self.sslrootcert}")
        return self.display + ("?" + "&".join(extra) if extra else "")

    @property
    def keyring_name(self) -> str:
        """The keyring entry of this database's password."""
        return f"team database {self.display}"

    def connect_args(self, password: str | None) -> dict[str, Any]:
        args: dict[str, Any] = {"host": self.host, "port": self.port,
                                   "dbname": self.database, "user": self.user,
                                   "sslmode": self.sslmode}
        if self.sslrootcert:
            args["sslrootcert"] = self.sslrootcert
        if password:
            args["password"] = password
        return args


def default_sslmode(host: str) -> str:
    return "disable" if host in LOCAL_HOSTS or host.startswith("/") else "verify-full"


def parse(text: str) -> tuple[TeamLocation, str | None]:
    """The location a URL names, and the password if the URL carried one (the caller moves
    it to the keyring). Raises InputError with what is wrong."""
    try:
        parts = urlsplit(text.strip())
        port = parts.port or DEFAULT_PORT
    except ValueError as exc:
        raise InputError(f"the team database address is not a valid URL: {exc}") from None
    if parts.scheme.lower() not in SCHEMES:
        raise InputError("the team database address must start with postgresql://")
    query = dict(parse_qsl(parts.query))
    host = unquote(parts.hostname or query.pop("host", "") or "localhost")
    database = unquote(parts.path.lstrip("/"))
    user = unquote(parts.username or "")
    if not database:
        raise InputError("the team database address names no database: "
                         "postgresql://USER@HOST/DATABASE")
    if not user:
        raise InputError("the team database address names no user: "
                         "postgresql://USER@HOST/DATABASE")
    unknown = sorted(set(query) - {"sslmode", "sslrootcert"})
    if unknown:
        raise InputError(f"the team database address has settings desktop-sms does not use: "
                         f"{', '.join(unknown)}")
    sslmode = query.get("sslmode", default_sslmode(host))
    location = TeamLocation(host, port, database, user, sslmode, query.get("sslrootcert", ""))
    if not location.local and sslmode in _WEAK_TLS:
        raise InputError(f"the team database at {host} is not on this computer: its "
                         "connection must be encrypted (sslmode=require, verify-ca or "
                         "verify-full)")
    return location, (unquote(parts.password) if parts.password else None)
