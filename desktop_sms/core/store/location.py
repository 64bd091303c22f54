"""Where the data lives: the SQLite file in the data folder, or a team database's URL.

A team database is named by a ``postgresql://`` URL without its password (the keyring
keeps that). TLS is required, with the server's certificate checked, unless the server is
on this machine.

The URL kept in the settings reads back as the same location: an IPv6 host in brackets, a
socket folder and the names' reserved characters percent-encoded (ordinary names are
written as they are, so the keyring's entries keep their names). No part may hold a
control character: libpq reads its settings as one C string, which a NUL would end before
the TLS mode.
"""

from __future__ import annotations

import ipaddress
import unicodedata
from dataclasses import dataclass
from enum import Enum
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from desktop_sms.core.errors import Refusal

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", ""})
# Modes that may talk in clear text, or without checking who answers.
_WEAK_TLS = frozenset({"disable", "allow", "prefer"})
# Longer is no address: refused before it is read, and never echoed.
MAX_LENGTH = 2000
# The characters each part of the URL must percent-encode to read back as itself (and any
# space: parse strips them; '+' in a query, which parse_qsl reads as a space).
_IN_NAME = "%:@/?#[]"
_IN_PATH = "%/?#"
_IN_QUERY = "%&=#+"


class AddressFault(Enum):
    """Why an address cannot be used (a Refusal's code, worded by ui/team_text.py); the
    comment names each fault's parameters."""

    TOO_LONG = "too_long"  # length, limit
    INVISIBLE = "invisible"  # char: its escape, such as \x00 (the English names the part)
    NOT_URL = "not_url"  # detail
    SCHEME = "scheme"
    FRAGMENT = "fragment"
    NO_DATABASE = "no_database"
    NO_USER = "no_user"
    UNUSED_SETTINGS = "unused_settings"  # names
    HOST_NAME = "host_name"  # host (its first 80 characters)
    NOT_ENCRYPTED = "not_encrypted"  # host


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
        if ":" in self.host and not self.host.startswith("/"):  # IPv6
            host = f"[{_escaped(self.host, '%')}]"
        else:
            host = _escaped(self.host, _IN_NAME)
        where = host if self.port == DEFAULT_PORT else f"{host}:{self.port}"
        return (f"postgresql://{_escaped(self.user, _IN_NAME)}@{where}/"
                f"{_escaped(self.database, _IN_PATH)}")

    @property
    def url(self) -> str:
        """The URL as kept in the settings: the display form, plus a chosen TLS mode."""
        extra = []
        if self.sslmode != default_sslmode(self.host):
            extra.append(f"sslmode={_escaped(self.sslmode, _IN_QUERY)}")
        if self.sslrootcert:
            extra.append(f"sslrootcert={_escaped(self.sslrootcert, _IN_QUERY)}")
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
            _refuse_controls("the team database password", password)
            args["password"] = password
        return args


def default_sslmode(host: str) -> str:
    return "disable" if host in LOCAL_HOSTS or host.startswith("/") else "verify-full"


def parse(text: str) -> tuple[TeamLocation, str | None]:
    """The location a URL names, and the password if the URL carried one (the caller moves
    it to the keyring). Raises a Refusal (an InputError) with what is wrong."""
    if len(text) > MAX_LENGTH:
        raise Refusal(f"the team database address is too long ({len(text):,} characters; "
                      f"at most {MAX_LENGTH:,})", AddressFault.TOO_LONG, length=len(text),
                      limit=MAX_LENGTH)
    # Before urlsplit, which drops tabs and line breaks without a word.
    _refuse_controls("the team database address", text.strip())
    try:
        parts = urlsplit(text.strip())
        port = parts.port or DEFAULT_PORT
    except ValueError as exc:
        raise Refusal(f"the team database address is not a valid URL: {exc}",
                      AddressFault.NOT_URL, detail=str(exc)) from None
    if parts.scheme.lower() not in SCHEMES:
        raise Refusal("the team database address must start with postgresql://",
                      AddressFault.SCHEME)
    if parts.fragment or text.strip().endswith("#"):
        raise Refusal("the team database address has a # (write %23 for a # in a name)",
                      AddressFault.FRAGMENT)
    query = dict(parse_qsl(parts.query))
    userinfo, _at, hostport = parts.netloc.rpartition("@")
    host = unquote(_host_of(hostport)) or query.pop("host", "") or "localhost"
    if not host.startswith("/"):
        host = host.lower()  # as DNS reads it (and the keyring's entries were named)
    database = unquote(parts.path.lstrip("/"))
    user = unquote(userinfo.partition(":")[0])
    password = unquote(parts.password) if parts.password else None
    for part, value in (("user", user), ("host", host), ("database", database),
                        ("password", password or ""), *((k, k + v) for k, v in query.items())):
        _refuse_controls(f"the team database address's {part}", value)
    if not database:
        raise Refusal("the team database address names no database: "
                      "postgresql://USER@HOST/DATABASE", AddressFault.NO_DATABASE)
    if not user:
        raise Refusal("the team database address names no user: "
                      "postgresql://USER@HOST/DATABASE", AddressFault.NO_USER)
    unknown = sorted(set(query) - {"sslmode", "sslrootcert"})
    if unknown:
        raise Refusal(f"the team database address has settings desktop-sms does not use: "
                      f"{', '.join(unknown)}", AddressFault.UNUSED_SETTINGS,
                      names=", ".join(unknown))
    _check_host_name(host)
    sslmode = query.get("sslmode", default_sslmode(host))
    location = TeamLocation(host, port, database, user, sslmode, query.get("sslrootcert", ""))
    if not location.local and sslmode in _WEAK_TLS:
        raise Refusal(f"the team database at {host} is not on this computer: its "
                      "connection must be encrypted (sslmode=require, verify-ca or "
                      "verify-full)", AddressFault.NOT_ENCRYPTED, host=host)
    return location, password


def _host_of(hostport: str) -> str:
    """The host as written (urlsplit's hostname lowercases a socket folder too)."""
    if hostport.startswith("["):
        return hostport[1:].partition("]")[0]
    return hostport.partition(":")[0]


def _escaped(value: str, reserved: str) -> str:
    """``value`` with the characters that would read back otherwise percent-encoded (and
    those urlsplit would take for one of them under NFKC, such as a full-width @)."""
    return "".join(quote(c, safe="") if c in reserved or c.isspace() or (
        not c.isascii() and any(r in unicodedata.normalize("NFKC", c) for r in reserved))
        else c for c in value)


def _refuse_controls(what: str, value: str) -> None:
    """Control and format characters (Cc, Cf) and line separators: a NUL ends libpq's
    settings, the others hide what the address says."""
    for char in value:
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
            shown = char.encode("unicode_escape").decode("ascii")
            raise Refusal(f"{what} has an invisible character ({shown}): type the "
                          "address again", AddressFault.INVISIBLE, char=shown)


def _check_host_name(host: str) -> None:
    """A name DNS can look up (psycopg encodes it with IDNA before connecting, and would
    fail with the codec's words): labels of 1 to 63 characters."""
    if host.startswith("/"):
        return
    for name in host.split(","):  # libpq's list of hosts to try
        try:
            ipaddress.ip_address(name)
        except ValueError:
            try:
                name.encode("idna")
            except UnicodeError:
                raise Refusal(f"the team database address has a host name that cannot be "
                              f"looked up ({name[:80]}): each part between dots must have 1 "
                              "to 63 characters", AddressFault.HOST_NAME,
                              host=name[:80]) from None
