"""User preferences, in an INI file in the data folder. Never holds the password."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_sms.core.sending.pacing import DEFAULT_CONCURRENCY, MAX_CONCURRENCY, Pace
from desktop_sms.gateway.protocol import DEFAULT_URL

SETTINGS_FILE = "settings.ini"


@dataclass
class Settings:
    gateway_url: str = DEFAULT_URL
    username: str = ""
    default_sender: str = ""
    default_region: str = "GR"  # for numbers typed without a country code
    refresh_seconds: int = 30
    notifications: bool = True
    # A send to more recipients than this shows its cost and the fresh balance first.
    cost_check_over: int = 10
    concurrency: int = DEFAULT_CONCURRENCY  # requests in flight at once while sending
    max_per_minute: int = 0  # pacing; 0: no limit
    sending_paused: bool = False  # the window sends nothing until Resume, across restarts
    language: str = ""  # '' follows the system; else 'en', 'fr', 'el' (ui/language.py)
    # '' keeps the data in this folder's SQLite file; else a postgresql:// URL without its
    # password (core/store/opening.py, docs/team.md).
    team_database: str = ""

    @classmethod
    def load(cls, folder: Path) -> Settings:
        store = QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)
        loaded = cls()
        for field in fields(cls):
            default = getattr(loaded, field.name)
            value = store.value(field.name, default, type=type(default))
            setattr(loaded, field.name, value)
        return loaded

    def save(self, folder: Path) -> None:
        store = QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)
        for field in fields(self):
            store.setValue(field.name, getattr(self, field.name))
        store.sync()

    @property
    def pace(self) -> Pace:
        """How the engine sends; a hand-edited file cannot make it refuse to."""
        return Pace(min(max(self.concurrency, 1), MAX_CONCURRENCY), max(self.max_per_minute, 0))

    @property
    def has_account(self) -> bool:
        return bool(self.username)
