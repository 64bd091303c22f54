"""The address book: contacts and groups."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from desktop_sms.core.errors import InputError
from desktop_sms.core.store import now, transaction


@dataclass(frozen=True)
class Contact:
    id: int
    name: str
    number: str  # E.164
    notes: str
    groups: tuple[str, ...]


_CONTACT_SQL = """
SELECT c.id, c.name, c.number, c.notes,
       (SELECT group_concat(g.name, char(31)) FROM group_members m
        JOIN groups g ON g.id = m.group_id WHERE m.contact_id = c.id) AS groups
FROM contacts c
"""


def _contact(row: sqlite3.Row) -> Contact:
    groups = tuple(sorted(row["groups"].split("\x1f"), key=str.casefold)) if row["groups"] else ()
    return Contact(row["id"], row["name"], row["number"], row["notes"], groups)


class AddressBook:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, name: str, number: str, *, notes: str = "",
            groups: tuple[str, ...] = ()) -> int:
        if not name.strip():
            raise InputError("a contact needs a name")
        stamp = now()
        with transaction(self.conn):
            contact_id = int(self.conn.execute(
                "INSERT INTO contacts (name, number, notes, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?) RETURNING id",
                (name.strip(), number, notes, stamp, stamp),
            ).fetchone()[0])
            for group in groups:
                self._join(contact_id, group)
        return contact_id

    def update(self, contact_id: int, *, name: str, number: str, notes: str) -> None:
        if not name.strip():
            raise InputError("a contact needs a name")
        self.conn.execute(
            "UPDATE contacts SET name = ?, number = ?, notes = ?, updated_at = ? WHERE id = ?",
            (name.strip(), number, notes, now(), contact_id),
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
