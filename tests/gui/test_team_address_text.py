"""A team database address that cannot be used is told by its refusal's code
(core/store/location.py AddressFault) in the window's language — the reviewer's addresses
too: a NUL in the name, a 1 MB name, a host label IDNA cannot encode."""

from __future__ import annotations

import pytest

from desktop_sms.core.errors import Refusal
from desktop_sms.core.store import location as team_location
from desktop_sms.core.store.postgres import TeamDatabaseError
from desktop_sms.ui import language
from desktop_sms.ui.team_text import address_text, team_text


def worded(url: str) -> str:
    with pytest.raises(Refusal) as refused:
        team_location.parse(url)
    assert isinstance(refused.value.code, team_location.AddressFault)
    return address_text(refused.value)


@pytest.mark.parametrize(("url", "words"), [
    ("postgresql://office@2130706433:5432/office%00?sslmode=verify-full",
     "The address has an invisible character (\\x00), such as a line break pasted with it."),
    ("postgresql://office@server/" + "d" * 1_000_000,
     "The address is too long (1,000,027 characters; at most 2,000)."),
    ("postgresql://office@" + "a" * 64 + ".example.com/office",
     "The server's name " + "a" * 64 + ".example.com cannot be looked up"),
    ("postgresql://office@server/sales#2", "The address has a #: write %23"),
    ("postgresql://office@server:99999/office", "This is not a valid address (Port out of"),
    ("mysql://office@server/db", "The address must start with postgresql://"),
    ("postgresql://office@server/x?sslmode=disable", "The server is not on this computer"),
    ("postgresql://office@server/x?port=1", "The address has settings desktop-sms does not "
                                            "use (port)"),
])
def test_each_refusal_of_an_address_is_worded_by_its_code(url: str, words: str) -> None:
    assert worded(url).startswith(words)
    language.install("fr")
    try:
        french = worded(url)
    finally:
        language.install("en")  # as tests/gui/conftest.py has it for every other test
    assert french != worded(url) and len(french) < 300


def test_a_socket_folder_is_named_as_a_folder_when_the_server_cannot_be_reached() -> None:
    location = team_location.parse("postgresql://office@%2Ftmp%2Fpg:5433/office")[0]
    said = team_text(TeamDatabaseError(f"The team database {location.display} cannot be "
                                       "used: connection refused"))
    assert "The team database at /tmp/pg cannot be reached" in said
