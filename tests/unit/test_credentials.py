from __future__ import annotations

import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from desktop_sms.core.credentials import SERVICE, CredentialsError, CredentialStore


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise keyring.errors.PasswordDeleteError(username)
        del self.items[(service, username)]


class LockedKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


def test_password_goes_to_the_keyring() -> None:
    backend = MemoryKeyring()
    creds = CredentialStore(backend)
    assert creds.usable and "MemoryKeyring" in creds.backend_name
    assert creds.set("anna", "pw1") is True
    assert backend.items == {(SERVICE, "anna"): "pw1"}
    assert CredentialStore(backend).get("anna") == "pw1"  # survives a new session
    creds.delete("anna")
    creds.delete("anna")  # deleting twice is fine
    assert creds.get("anna") is None


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_no_usable_keyring_means_session_only(backend: KeyringBackend) -> None:
    creds = CredentialStore(backend)
    assert not creds.usable
    assert "session only" in creds.describe()
    assert creds.set("anna", "pw1") is False
    assert creds.get("anna") == "pw1"
    assert CredentialStore(backend).get("anna") is None  # gone with the session


def test_keyring_refusal_keeps_password_for_session_and_says_so() -> None:
    creds = CredentialStore(LockedKeyring())
    with pytest.raises(CredentialsError, match="this session only") as info:
        creds.set("anna", "S3ntinel")
    assert "S3ntinel" not in str(info.value)
    assert creds.get("anna") == "S3ntinel"
