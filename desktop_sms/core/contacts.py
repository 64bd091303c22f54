"""The address book: contacts and groups."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import NamedTuple

from desktop_sms.core.errors import InputError
from desktop_sms.core.store import now, transaction


class Contact(NamedTuple):
    id: int
    name: str
    number: str  # E.164
    notes: str
    groups: tuple[str, ...]
    first_name: str = ""
    last_name: str = ""
    # Custom fields by name (an imported sheet's other columns, a phone's other numbers).
    fields: Mapping[str, str] = MappingProxyType({})


_CONTACT_SQL = """
SELECT c.id, c.name, c.number, c.notes, c.first_name, c.last_name,
       (SELECT group_concat(g.name, char(31)) FROM group_members m
        JOIN groups g ON g.id = m.group_id WHERE m.contact_id = c.id) AS groups,
       (SELECT json_group_object(f.name, f.value) FROM contact_fields f
        WHERE f.contact_id = c.id) AS fields
FROM contacts c
"""


def _contact(row: sqlite3.Row) -> Contact:
    groups = tuple(sorted(row["groups"].split("\x1f"), key=str.casefold)) if row["groups"] else ()
    # JSON, not a separator: an imported value may hold any character.
    fields: dict[str, str] = json.loads(row["fields"]) if row["fields"] else {}
    return Contact(row["id"], row["name"], row["number"], row["notes"], groups,
                   row["first_name"], row["last_name"], fields)


def _name_needed(name: str) -> str:
    if not name.strip():
        raise InputError("a contact needs a name")
    return name.strip()


class AddressBook:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, name: str, number: str, *, notes: str = "", groups: tuple[str, ...] = (),
            first_name: str = "", last_name: str = "",
            fields: Mapping[str, str] | None = None) -> int:
        name = _name_needed(name)
        stamp = now()
        with transaction(self.conn):
            contact_id = int(self.conn.execute(
                "INSERT INTO contacts (name, number, notes, first_name, last_name, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (name, number, notes, first_name.strip(), last_name.strip(), stamp, stamp),
            ).fetchone()[0])
            for group in groups:
                self._join(contact_id, group)
            self._set_fields(contact_id, fields or {})
        return contact_id

    def update(self, contact_id: int, *, name: str, number: str, notes: str,
               first_name: str | None = None, last_name: str | None = None,
               fields: Mapping[str, str] | None = None) -> None:
        """Change a contact; first/last name and fields left as None stay as they are,
        given ``fields`` replace all of the contact's custom fields."""
        name = _name_needed(name)
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE contacts SET name = ?, number = ?, notes = ?, "
                "first_name = coalesce(?, first_name), last_name = coalesce(?, last_name), "
                "updated_at = ? WHERE id = ?",
                (name, number, notes, None if first_name is None else first_name.strip(),
                 None if last_name is None else last_name.strip(), now(), contact_id),
            )
            if fields is not None:
                self.conn.execute("DELETE FROM contact_fields WHERE contact_id = ?",
                                  (contact_id,))
                self._set_fields(contact_id, fields)

    def field_names(self) -> list[str]:
        """Every custom field name in use, sorted (the Contacts tab's optional columns)."""
        rows = self.conn.execute(
            "SELECT DISTINCT name FROM contact_fields ORDER BY name COLLATE NOCASE")
        return [row[0] for row in rows]

    def _set_fields(self, contact_id: int, fields: Mapping[str, str]) -> None:
        # An empty value is no value: it is not stored, so a blank cell adds no field.
        self.conn.executemany(
            "INSERT OR REPLACE INTO contact_fields (contact_id, name, value) "
            "SELECT id, ?, ? FROM contacts WHERE id = ?",
            ((name.strip(), value.strip(), contact_id) for name, value in fields.items()
             if name.strip() and value.strip()),
        )

    def delete(self, contact_ids: list[int]) -> None:
        with transaction(self.conn):
            self.conn.executemany("DELETE FROM contacts WHERE id = ?",
                                  ((i,) for i in contact_ids))

    def get(self, contact_id: int) -> Contact | None:
        row = self.conn.execute(_CONTACT_SQL + " WHERE c.id = ?", (contact_id,)).fetchone()
        return _contact(row) if row else None

    def search(self, text: str = "") -> list[Contact]:
        pattern = f"%{text.strip()}%"
        rows = self.conn.execute(
            _CONTACT_SQL + " WHERE c.name LIKE ?1 OR c.number LIKE ?1 OR c.notes LIKE ?1 "
            "ORDER BY c.name COLLATE NOCASE, c.id",
            (pattern,),
        )
        return [_contact(row) for row in rows]

    def each(self) -> Iterator[Contact]:
        """Every contact, oldest first, read as it is used: an export of 100,000 holds one."""
        return (_contact(row) for row in self.conn.execute(_CONTACT_SQL + " ORDER BY c.id"))

    def by_name(self, name: str) -> Contact | None:
        row = self.conn.execute(
            _CONTACT_SQL + " WHERE c.name = ? COLLATE NOCASE ORDER BY c.id LIMIT 1",
            (name.strip(),)).fetchone()
        return _contact(row) if row else None

    def by_number(self, e164: str) -> Contact | None:
        row = self.conn.execute(_CONTACT_SQL + " WHERE c.number = ? ORDER BY c.id LIMIT 1",
                                (e164,)).fetchone()
        return _contact(row) if row else None

    # --- groups --------------------------------------------------------------------------

    def groups(self) -> list[tuple[str, int]]:
        """(name, member count), sorted by name."""
        rows = self.conn.execute(
            "SELECT g.name, count(m.contact_id) FROM groups g "
            "LEFT JOIN group_members m ON m.group_id = g.id "
            "GROUP BY g.id ORDER BY g.name COLLATE NOCASE"
        )
        return [(row[0], int(row[1])) for row in rows]

    def create_group(self, name: str) -> int:
        if not name.strip():
            raise InputError("a group needs a name")
        try:
            return int(self.conn.execute(
                "INSERT INTO groups (name) VALUES (?) RETURNING id", (name.strip(),)
            ).fetchone()[0])
        except sqlite3.IntegrityError:
            raise InputError(f"there is already a group called '{name.strip()}'") from None

    def rename_group(self, old: str, new: str) -> None:
        if not new.strip():
            raise InputError("a group needs a name")
        try:
            changed = self.conn.execute("UPDATE groups SET name = ? WHERE name = ?",
                                        (new.strip(), old)).rowcount
        except sqlite3.IntegrityError:
            raise InputError(f"there is already a group called '{new.strip()}'") from None
        if not changed:
            raise InputError(f"there is no group called '{old}'")

    def delete_group(self, name: str) -> None:
        self.conn.execute("DELETE FROM groups WHERE name = ?", (name,))

    def add_to_group(self, contact_ids: list[int], group: str) -> None:
        with transaction(self.conn):
            for contact_id in contact_ids:
                self._join(contact_id, group)

    def remove_from_group(self, contact_ids: list[int], group: str) -> None:
        with transaction(self.conn):
            self.conn.executemany(
                "DELETE FROM group_members WHERE contact_id = ? AND group_id = "
                "(SELECT id FROM groups WHERE name = ?)",
                ((i, group) for i in contact_ids),
            )

    def members(self, group: str) -> list[Contact]:
        if not self.conn.execute("SELECT 1 FROM groups WHERE name = ?", (group,)).fetchone():
            raise InputError(f"there is no group called '{group}'")
        rows = self.conn.execute(
            _CONTACT_SQL + " JOIN group_members gm ON gm.contact_id = c.id "
            "JOIN groups g2 ON g2.id = gm.group_id WHERE g2.name = ? "
            "ORDER BY c.name COLLATE NOCASE, c.id",
            (group,),
        )
        return [_contact(row) for row in rows]

    def _join(self, contact_id: int, group: str) -> None:
        self.conn.execute("INSERT OR IGNORE INTO groups (name) VALUES (?)", (group.strip(),))
        # Joined through contacts: one deleted meanwhile (another window, a selection
        # not yet re-read) is skipped, where its id alone broke the foreign key.
        self.conn.execute(
            "INSERT OR IGNORE INTO group_members (group_id, contact_id) "
            "SELECT g.id, c.id FROM groups g JOIN contacts c ON c.id = ? WHERE g.name = ?",
            (contact_id, group.strip()),
        )
