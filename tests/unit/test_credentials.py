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


class AskedKeyring(MemoryKeyring):
    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.asked += 1
        return super().get_password(service, username)


def test_the_command_lines_password_variable_wins_and_spares_the_keyring(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A script that sets the variable means that password; asking the keyring first cost
    # every scripted command 0.15 s (its backends are looked for) and could use another.
    import argparse

    from desktop_sms.cli import PASSWORD_ENV, resolve_account
    from desktop_sms.core.settings import Settings

    backend = AskedKeyring()
    backend.items[(SERVICE, "anna")] = "saved"
    args = argparse.Namespace(gateway_url="https://gw.example/srvauth/index", user="anna")
    settings = Settings()
    monkeypatch.setenv(PASSWORD_ENV, "from-the-script")
    assert resolve_account(args, settings, CredentialStore(backend)).password == (
        "from-the-script")
    assert backend.asked == 0
    monkeypatch.delenv(PASSWORD_ENV)
    assert resolve_account(args, settings, CredentialStore(backend)).password == "saved"
