"""A team database's address: what parse() accepts and refuses, and the address kept in the
settings (``url``), shown (``display``) and naming the keyring entry (``keyring_name``)
reading back as the same location — IPv6 hosts, socket paths, names with reserved
characters. Control characters are refused in every part: libpq reads its settings as a C
string, so a NUL would end them early and drop the TLS mode after it."""

from __future__ import annotations

import dataclasses
import ipaddress
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_sms.core.errors import InputError
from desktop_sms.core.store import location as team_location
from desktop_sms.core.store import opening
from desktop_sms.core.store.location import TeamLocation, parse
from tests.postgres_server import PostgresServer


def test_ordinary_addresses_are_kept_as_they_were_written() -> None:
    # The settings file and the keyring hold these already: they must not change.
    for url in ("postgresql://office@server/desktop_sms",
                "postgresql://office@db.example.com:5433/desk-sms_2",
                "postgresql://office@server/desktop_sms?sslmode=require&sslrootcert=/etc/ca.pem",
                "postgresql://office@127.0.0.1:6000/office"):
        location, password = parse(url)
        assert password is None
        assert location.url == url
    assert parse("postgresql://office@server/d")[0].keyring_name == (
        "team database postgresql://office@server/d")


@pytest.mark.parametrize(("url", "part"), [
    # The reviewer's: the NUL ended libpq's settings, and sslmode=verify-full with them.
    ("postgresql://office@2130706433:5432/office%00?sslmode=verify-full", "database"),
    ("postgresql://off%00ice@server/office", "user"),
    ("postgresql://office@serv%0Aer/office", "host"),
    ("postgresql://office@%2Ftmp%00x/office", "host"),
    ("postgresql://office@/office?host=/tmp%00/x", "host"),
    ("postgresql://office@server/office?sslrootcert=/ca%0D.pem", "sslrootcert"),
    ("postgresql://office:pa%00ss@server/office", "password"),
    ("postgresql://office@server/off%E2%80%AEice", "database"),  # U+202E, a bidi override
    ("postgresql://office@server/off\nice", "address"),  # urlsplit would drop it silently
    ("postgresql://office@server/off\tice", "address"),
])
def test_a_control_character_anywhere_is_refused_before_any_connection(
        url: str, part: str) -> None:
    with pytest.raises(InputError, match=f"invisible character.*{part}|{part}.*invisible"):
        parse(url)
    with pytest.raises(InputError):  # what every use of an address goes through
        opening.team_source(url, credentials=None)  # type: ignore[arg-type]


def test_a_password_with_a_control_character_is_never_handed_to_libpq() -> None:
    location = parse("postgresql://office@server/office")[0]
    with pytest.raises(InputError, match="password"):
        location.connect_args("pa\x00ss")
    assert location.connect_args("pass")["password"] == "pass"


def test_an_overlong_address_is_refused_first_in_one_short_line() -> None:
    for url in ("postgresql://office@server/" + "d" * 1_000_000,
                "postgresql://office@server/" + "d\x00" * 2000, "x" * 5000):
        with pytest.raises(InputError, match="too long") as refused:
            parse(url)
        assert len(str(refused.value)) < 200


def test_a_host_name_idna_cannot_encode_names_the_team_database_address() -> None:
    for host in ("a" * 64 + ".example.com", "server..example.com"):
        with pytest.raises(InputError, match="team database address") as refused:
            parse(f"postgresql://office@{host}/office")
        assert "idna" not in str(refused.value)
    # A label of 63 letters and a name in another script are fine.
    assert parse("postgresql://office@" + "a" * 63 + ".example.com/d")[0].host.startswith("aaa")
    assert parse("postgresql://office@σέρβερ.example.gr/d")[0].host == "σέρβερ.example.gr"


def test_a_fragment_is_refused_rather_than_dropped() -> None:
    with pytest.raises(InputError, match="%23"):
        parse("postgresql://office@server/sales#2")


@pytest.mark.parametrize(("url", "host", "port", "database"), [
    ("postgresql://u@[2001:db8::1]/x", "2001:db8::1", 5432, "x"),
    ("postgresql://u@[2001:DB8::1]:6000/x", "2001:db8::1", 6000, "x"),
    ("postgresql://u@[::1]:5433/x", "::1", 5433, "x"),
    ("postgresql://u@%2Ftmp%2FSock%20Dir:5433/db", "/tmp/Sock Dir", 5433, "db"),
    ("postgresql://u@/db?host=/tmp/Sock%2Bdir", "/tmp/Sock+dir", 5432, "db"),
    ("postgresql://u@/db?host=%2Fvar%2Frun%2Fpostgresql%25x", "/var/run/postgresql%x", 5432,
     "db"),
    ("postgresql://u@server/a%3Fb%26c%23d%25e%2Ff", "server", 5432, "a?b&c#d%e/f"),
    ("postgresql://u@/db?host=Server.Example", "server.example", 5432, "db"),
])
def test_the_reviewers_addresses_read_back_as_they_were(url: str, host: str, port: int,
                                                        database: str) -> None:
    location = parse(url)[0]
    assert (location.host, location.port, location.database) == (host, port, database)
    assert parse(location.url)[0] == location
    assert parse(location.display)[0] == location
    assert location.keyring_name == f"team database {location.display}"


def test_names_with_reserved_characters_read_back() -> None:
    location = TeamLocation("server", 5432, "sales?x=1&y#2", "ann@office:1/2", "require",
                            "/home/ann/my certs/ca+1&x=y#z%.pem")
    assert parse(location.url) == (location, None)
    assert "?sslmode=require&sslrootcert=" in location.url


_NAME = st.text(st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp")),
                min_size=1, max_size=30)
_DNS_LABEL = st.from_regex(r"\A[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?\Z")
_HOSTS = st.one_of(
    st.just("localhost"),
    st.lists(_DNS_LABEL, min_size=1, max_size=4).map(".".join),
    st.ip_addresses(v=4).map(str),
    st.ip_addresses(v=6).map(str),
    _NAME.map(lambda path: "/" + path),  # a socket's folder, any case
)


@st.composite
def locations(draw: st.DrawFn) -> TeamLocation:
    host = draw(_HOSTS)
    local = TeamLocation(host, 1, "d", "u", "", "").local
    modes = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]
    sslmode = draw(st.sampled_from(modes if local else modes[3:]))
    sslrootcert = draw(st.one_of(st.just(""), _NAME))
    return TeamLocation(host, draw(st.integers(1, 65535)), draw(_NAME), draw(_NAME), sslmode,
                        sslrootcert)


@given(locations())
def test_every_location_reads_back_from_its_url_display_and_keyring_name(
        location: TeamLocation) -> None:
    assert parse(location.url) == (location, None)
    shown = dataclasses.replace(location, sslmode=team_location.default_sslmode(location.host),
                                sslrootcert="")
    assert parse(location.display) == (shown, None)
    assert parse(location.keyring_name.removeprefix("team database ")) == (shown, None)
    assert not any(c.isspace() for c in location.url)


def test_ipv6_is_shown_in_brackets() -> None:
    location = parse("postgresql://office@[2001:db8::1]:6000/office")[0]
    assert location.display == "postgresql://office@[2001:db8::1]:6000/office"
    assert ipaddress.ip_address(location.host).version == 6


def test_a_socket_address_kept_in_the_settings_connects_again(
        postgres_server: PostgresServer) -> None:
    """The reviewer's: a socket path was saved as /tmp/…:PORT/db, read back as localhost."""
    from desktop_sms.core.store import postgres

    database = postgres_server.new_database()
    folder = str(postgres_server.folder).replace("/", "%2F")
    kept = parse(f"postgresql://postgres@{folder}:{postgres_server.port}/{database}")[0].url
    location = parse(kept)[0]
    assert location.host == str(postgres_server.folder)
    assert set(location.host) <= set(string.printable)
    conn = postgres.connect(location, None, migrate=False)
    try:
        assert conn.execute("SELECT current_database()").fetchone()[0] == database
    finally:
        conn.close()
