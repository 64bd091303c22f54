"""Message templates: a text saved under a name, placeholders and all, to start a message
from. Names are matched whatever their case and accents, in any script ('ΠΡΟΣΦΟΡΑ' is
'Προσφορά')."""

from __future__ import annotations

import sqlite3
import unicodedata
from enum import Enum
from typing import NamedTuple

from desktop_sms.core.errors import Refusal
from desktop_sms.core.store import Connection, now, transaction
from desktop_sms.gateway.protocol import LONE_SURROGATE_RE

_NAMED = 10  # the templates a "no such template" error names
MAX_NAME_CHARS = 100  # a name is a menu entry, not a text


class TemplateFault(Enum):
    """Why a template was refused; the comment names each fault's parameters (the window
    words them in ui/template_text.py, the CLI prints the English)."""

    NAME_NEEDED = "template_name_needed"
    NAME_TOO_LONG = "template_name_too_long"  # length, limit
    NAME_NOT_TEXT = "template_name_not_text"  # not valid text (UTF-8)
    TEXT_NEEDED = "template_text_needed"
    TEXT_NOT_TEXT = "template_text_not_text"
    NAME_TAKEN = "template_name_taken"  # name
    MISSING = "template_missing"  # name, known (names listed, ', '), more (not listed)


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
        raise Refusal("a template needs a name", TemplateFault.NAME_NEEDED)
    _valid_text(name, "the template's name", TemplateFault.NAME_NOT_TEXT)
    length = len(name.strip())
    if length > MAX_NAME_CHARS:
        raise Refusal(f"a template's name can have at most {MAX_NAME_CHARS} characters "
                      f"(this one has {length})", TemplateFault.NAME_TOO_LONG,
                      length=length, limit=MAX_NAME_CHARS)
    return name.strip()


def _valid_text(value: str, what: str, fault: TemplateFault) -> None:
    # Invalid UTF-8 (a file, a terminal) decodes to lone surrogates, which SQLite refuses
    # with an error that names nothing.
    if LONE_SURROGATE_RE.search(value):
        raise Refusal(f"{what} is not valid text (UTF-8)", fault)


class Templates:
    def __init__(self, conn: Connection) -> None:
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
            raise self._missing(name)
        return found.text

    def save(self, name: str, text: str) -> bool:
        """Create the template, or replace the text of the one with this name (its name
        then takes the case given here). True if it was created."""
        name = _name_needed(name)
        if not text.strip():
            raise Refusal("a template needs a text", TemplateFault.TEXT_NEEDED)
        _valid_text(text, "the template's text", TemplateFault.TEXT_NOT_TEXT)
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
            raise Refusal(f"there is already a template called '{new}'",
                          TemplateFault.NAME_TAKEN, name=new) from None
        if not changed:
            raise self._missing(old)

    def delete(self, name: str) -> None:
        if not self.conn.execute("DELETE FROM templates WHERE name_key = ?",
                                 (name_key(name),)).rowcount:
            raise self._missing(name)

    def _missing(self, name: str) -> Refusal:
        known = [t.name for t in self.list()]
        listed = ", ".join(known[:_NAMED])
        more = max(0, len(known) - _NAMED)
        hint = f" (there are: {listed}{', …' if more else ''})" if known else (
            " (none is saved yet)")
        return Refusal(f"there is no template called '{name.strip()}'{hint}",
                       TemplateFault.MISSING, name=name.strip(), known=listed, more=more)
