"""Message templates: a text saved under a name, placeholders and all, to start a message
from. Names are matched whatever their case and accents, in any script ('ΠΡΟΣΦΟΡΑ' is
'Προσφορά')."""

from __future__ import annotations

import sqlite3
import unicodedata
from typing import NamedTuple

from desktop_sms.core.errors import InputError
from desktop_sms.core.store import now, transaction
from desktop_sms.gateway.protocol import LONE_SURROGATE_RE

_NAMED = 10  # the templates a "no such template" error names


class Template(NamedTuple):
    name: str
    text: str
    created_at: float
    updated_at: float


def name_key(name: str) -> str:
    """What two names that are the same to a person have in common: case and accents
    aside, since Greek capitals are written without them ('ΠΡΟΣΦΟΡΑ' is 'Προσφορά')."""
    spread = unicodedata.normalize("NFKD", name.strip())
    return "".join(c for c in spread if not unicodedata.combining(c)).casefold()


def _name_needed(name: str) -> str:
    if not name.strip():
        raise InputError("a template needs a name")
    _valid_text(name, "the template's name")
    return name.strip()


def _valid_text(value: str, what: str) -> None:
    # Invalid UTF-8 (a file, a terminal) decodes to lone surrogates, which SQLite refuses
    # with an error that names nothing.
    if LONE_SURROGATE_RE.search(value):
        raise InputError(f"{what} is not valid text (UTF-8)")


class Templates:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def list(self) -> list[Template]:
        """Every template, by name (in the reader's alphabet, not by code point)."""
        rows = self.conn.execute(
            "SELECT name, text, created_at, updated_at FROM templates").fetchall()
        return sorted((Template(*row) for row in rows), key=lambda t: name_key(t.name))

    def get(self, name: str) -> Template | None:
        row = self.conn.execute(
            "SELECT name, text, created_at, updated_at FROM templates WHERE name_key = ?",
            (name_key(name),)).fetchone()
        return Template(*row) if row else None

    def text_of(self, name: str) -> str:
        """The text of the template called ``name``; InputError if there is none."""
        found = self.get(name)
        if found is None:
            raise InputError(self._missing(name))
        return found.text

    def save(self, name: str, text: str) -> bool:
        """Create the template, or replace the text of the one with this name (its name
        then takes the case given here). True if it was created."""
        name = _name_needed(name)
        if not text.strip():
            raise InputError("a template needs a text")
        _valid_text(text, "the template's text")
        stamp = now()
        with transaction(self.conn):
            replaced = self.conn.execute(
                "UPDATE templates SET name = ?, text = ?, updated_at = ? WHERE name_key = ?",
                (name, text, stamp, name_key(name))).rowcount
            if not replaced:
                self.conn.execute(
                    "INSERT INTO templates (name, name_key, text, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?)", (name, name_key(name), text, stamp, stamp))
        return not replaced

    def rename(self, old: str, new: str) -> None:
        """Rename; only the case may change ('promo' → 'Promo'), or a name no other
        template has."""
        new = _name_needed(new)
        try:
            changed = self.conn.execute(
                "UPDATE templates SET name = ?, name_key = ?, updated_at = ? "
                "WHERE name_key = ?", (new, name_key(new), now(), name_key(old))).rowcount
        except sqlite3.IntegrityError:
            raise InputError(f"there is already a template called '{new}'") from None
        if not changed:
            raise InputError(self._missing(old))

    def delete(self, name: str) -> None:
        if not self.conn.execute("DELETE FROM templates WHERE name_key = ?",
                                 (name_key(name),)).rowcount:
            raise InputError(self._missing(name))

    def _missing(self, name: str) -> str:
        known = [t.name for t in self.list()]
        listed = ", ".join(known[:_NAMED]) + (", …" if len(known) > _NAMED else "")
        hint = f" (there are: {listed})" if known else " (none is saved yet)"
        return f"there is no template called '{name.strip()}'{hint}"
