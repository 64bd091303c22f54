"""The password lives in the OS keyring, or for this session only. Never in a file."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "desktop-sms"


class CredentialsError(Exception):
    """The keyring could not store or read the password; the text says what to do."""


class CredentialStore:
    """Password storage for one service name, with an in-memory fallback per session.

    ``system=False`` keeps passwords for this session only and never consults the OS
    keyring (the demo). The keyring is imported on first use: it scans entry points,
    which would slow the window's start.
    """

    def __init__(self, backend: KeyringBackend | None = None, *, system: bool = True) -> None:
        self._given = backend
        self._system = system
        self._session: dict[str, str] = {}

    @cached_property
    def _backend(self) -> KeyringBackend | None:
        if not self._system:
            return None
        if self._given is not None:
            return self._given
        import keyring

        return keyring.get_keyring()

    @property
    def backend_name(self) -> str:
        if self._backend is None:
            return "none (this session only)"
        cls = type(self._backend)
        return f"{cls.__module__}.{cls.__name__}"

    @property
    def usable(self) -> bool:
        """False for the fail/null backends and for a chainer with nothing behind it."""
        try:
            return self._backend is not None and float(self._backend.priority) > 0
        except Exception:
            return False

    def describe(self) -> str:
        if self.usable:
            return f"passwords are kept in the system keyring ({self.backend_name})"
        return (
            "no system keyring is available: the password is kept for this session only "
            "and must be entered again next time"
        )

    def diagnose(self) -> list[str]:
        """Each keyring backend found, with its priority or why it cannot be used."""
        import keyring.backend

        keyring.backend.get_all_keyring()  # loads the backends registered as entry points
        lines = []
        for cls in sorted(keyring.backend.KeyringBackend._classes,
                          key=lambda c: (c.__module__, c.__name__)):
            name = f"{cls.__module__}.{cls.__name__}"
            try:
                lines.append(f"{name}: priority {cls.priority}")
            except Exception as exc:  # the backend's own reason for not being viable
                lines.append(f"{name}: not usable ({exc})")
        return lines

    def get(self, username: str) -> str | None:
        if username in self._session:
            return self._session[username]
        if not self.usable or self._backend is None:
            return None
        import keyring.errors

        try:
            return self._backend.get_password(SERVICE, username)
        except keyring.errors.KeyringError as exc:
            raise CredentialsError(f"could not read the password from the keyring: {exc}") from None

    def set(self, username: str, password: str, *, session_only: bool = False) -> bool:
        """Store the password; returns True if it went to the keyring, False if session-only."""
        if session_only or not self.usable or self._backend is None:
            self._session[username] = password
            return False
        import keyring.errors

        try:
            self._backend.set_password(SERVICE, username, password)
        except keyring.errors.KeyringError as exc:
            self._session[username] = password
            raise CredentialsError(
                f"the keyring refused to store the password ({type(exc).__name__}); "
                "it is kept for this session only"
            ) from None
        self._session.pop(username, None)
        return True

    def delete(self, username: str) -> None:
        self._session.pop(username, None)
        if self.usable and self._backend is not None:
            import keyring.errors

            try:
                self._backend.delete_password(SERVICE, username)
            except keyring.errors.PasswordDeleteError:
                pass  # nothing stored: already the state we want
