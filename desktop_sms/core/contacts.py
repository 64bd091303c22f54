"""The address book: contacts and groups."""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from enum import Enum
from types import MappingProxyType
from typing import NamedTuple

from desktop_sms.core import store
from desktop_sms.core.errors import Refusal
from desktop_sms.core.folding import fold
from desktop_sms.core.store import Connection, now, transaction


class BookFault(Enum):
    """Why the address book refused; the comment names each fault's parameters (the
    window words them in ui/book_text.py, the CLI prints the English)."""

    CONTACT_NAME_NEEDED = "contact_name_needed"
    GROUP_NAME_NEEDED = "group_name_needed"
    GROUP_TAKEN = "group_taken"  # name
    NO_GROUP = "no_group"  # name


def _group_taken(name: str) -> Refusal:
    return Refusal(f"there is already a group called '{name}'", BookFault.GROUP_TAKEN,
                   name=name)


def _no_group(name: str) -> Refusal:
    return Refusal(f"there is no group called '{name}'", BookFault.NO_GROUP, name=name)


def _group_name_needed(name: str) -> str:
    if not name.strip():
        raise Refusal("a group needs a name", BookFault.GROUP_NAME_NEEDED)
    return name.strip()


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


class NewContact(NamedTuple):
    """A contact to add (see AddressBook.add_many); the number already checked (E.164)."""
    name: str
    number: str
    notes: str = ""
    first_name: str = ""
    last_name: str = ""
    groups: tuple[str, ...] = ()
    fields: Mapping[str, str] = MappingProxyType({})


EACH_PAGE = 1000
# The list's order; the index contacts_name serves it.
_ORDER = " ORDER BY c.name COLLATE NOCASE, c.id"


def _search_key(name: str, contact: NewContact) -> str:
    """store.CONTACT_SEARCH_KEY for a contact about to be written (the same text, folded
    the same way; the stored field values are the stripped, non-blank ones)."""
    values = (v.strip() for _n, v in sorted(contact.fields.items(), key=lambda f: f[0].lower())
              if _n.strip() and v.strip())
    return fold("\x1f".join((name, contact.first_name.strip(), contact.last_name.strip(),
                             contact.notes, "\x1f".join(values))))


def _name_needed(name: str) -> str:
    if not name.strip():
        raise Refusal("a contact needs a name", BookFault.CONTACT_NAME_NEEDED)
    return name.strip()


def _json(ids: Iterable[int]) -> str:
    # Ids go to SQLite as one JSON array (json_each): one statement however many there
    # are, where a parameter per id stops at SQLite's limit on parameters.
    return json.dumps(list(ids))


class AddressBook:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # --- contacts: writes ------------------------------------------------------------

    def add(self, name: str, number: str, *, notes: str = "", groups: tuple[str, ...] = (),
            first_name: str = "", last_name: str = "",
            fields: Mapping[str, str] | None = None) -> int:
        return self.add_many([NewContact(name, number, notes, first_name, last_name, groups,
                                         fields or {})])[0]

    def add_many(self, contacts: Iterable[NewContact]) -> list[int]:
        """Add all of ``contacts`` in one transaction (all or none: a contact without a
        name refuses the lot); their ids, in order. Groups are created as needed."""
        with transaction(self.conn):
            return self.insert(contacts)

    def insert(self, contacts: Iterable[NewContact]) -> list[int]:
        """add_many's writes, in a transaction the caller holds (an import writes in
        chunks inside its one transaction, to report progress and stop between them)."""
        rows = [(_name_needed(c.name), c) for c in contacts]
        stamp = now()
        ids = store.new_ids(self.conn, "contacts", len(rows))
        # The search key made here, from the values in hand: an UPDATE pass over the new
        # rows doubled the time of an import.
        self.conn.executemany(
            "INSERT INTO contacts (id, name, number, notes, first_name, last_name, "
            "created_at, updated_at, search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((i, name, c.number, c.notes, c.first_name.strip(), c.last_name.strip(),
              stamp, stamp, _search_key(name, c)) for i, (name, c) in zip(ids, rows,
                                                                           strict=True)))
        self.join_groups((i, c.groups) for i, (_, c) in zip(ids, rows, strict=True))
        self._set_fields((i, c.fields) for i, (_, c) in zip(ids, rows, strict=True))
        return ids

    def join_groups(self, memberships: Iterable[tuple[int, Iterable[str]]]) -> None:
        """Put each contact (by id) in its groups, created if new; in the caller's
        transaction."""
        pairs = [(i, g.strip()) for i, groups in memberships for g in groups if g.strip()]
        group_ids = self._group_ids({g for _, g in pairs})
        self.conn.executemany(
            "INSERT INTO group_members (group_id, contact_id) VALUES (?, ?) "
            "ON CONFLICT DO NOTHING",
            ((group_ids[g], i) for i, g in pairs))

    def merge_fields(self, fields: Iterable[tuple[int, Mapping[str, str]]]) -> None:
        """Set these custom fields of each contact (by id), keeping its others, and
        re-fold their search keys; in the caller's transaction."""
        pairs = list(fields)
        self._set_fields(pairs)
        self._refresh_keys("id IN (SELECT value FROM json_each(?))",
                           (_json(i for i, _ in pairs),))

    def update(self, contact_id: int, *, name: str, number: str, notes: str,
               first_name: str | None = None, last_name: str | None = None,
               fields: Mapping[str, str] | None = None) -> None:
        """Change a contact; first/last name and fields left as None stay as they are,
        given ``fields`` replace all of the contact's custom fields."""
        name = _name_needed(name)
        with transaction(self.conn):
            changed = self.conn.execute(
                "UPDATE contacts SET name = ?, number = ?, notes = ?, "
                "first_name = coalesce(?, first_name), last_name = coalesce(?, last_name), "
                "updated_at = ? WHERE id = ?",
                (name, number, notes, None if first_name is None else first_name.strip(),
                 None if last_name is None else last_name.strip(), now(), contact_id),
            ).rowcount
            if not changed:  # deleted meanwhile (another window): nothing to change
                return
            if fields is not None:
                self.conn.execute("DELETE FROM contact_fields WHERE contact_id = ?",
                                  (contact_id,))
                self._set_fields([(contact_id, fields)])
            self._refresh_keys("id = ?", (contact_id,))

    def _set_fields(self, fields: Iterable[tuple[int, Mapping[str, str]]]) -> None:
        """Store (contact id, fields) pairs; the contacts exist (written just before)."""
        # An empty value is no value: it is not stored, so a blank cell adds no field.
        self.conn.executemany(
            "INSERT INTO contact_fields (contact_id, name, value) VALUES (?, ?, ?) "
            "ON CONFLICT (contact_id, name) DO UPDATE SET value = excluded.value",
            ((contact_id, name.strip(), value.strip()) for contact_id, named in fields
             for name, value in named.items() if name.strip() and value.strip()),
        )

    def _refresh_keys(self, where: str, params: tuple[int | str, ...]) -> None:
        """Re-fold the search text of the contacts ``where`` picks (after any write to
        their names, notes or fields)."""
        self.conn.execute(
            f"UPDATE contacts SET search_key = {store.CONTACT_SEARCH_KEY} WHERE {where}", params)

    def delete(self, contact_ids: list[int]) -> None:
        with transaction(self.conn):
            self.conn.execute("DELETE FROM contacts WHERE id IN (SELECT value FROM json_each(?))",
                              (_json(contact_ids),))

    # --- contacts: reads -------------------------------------------------------------

    def ordered_ids(self, text: str = "") -> array[int]:
        """The ids of the contacts ``text`` finds (all when blank), in the list's order.
        ``text`` is looked for, case and accents aside, in the names, notes and custom
        values, and (spaces aside) in the number. With text this reads every contact:
        the window runs it off the GUI thread."""
        wanted = text.strip()
        if not wanted:
            ids = "SELECT c.id FROM contacts c" + _ORDER
            params: tuple[str, ...] = ()
        else:
            # NOT INDEXED: every row is read anyway; walking the name index to skip the
            # sort read them in index order, four times slower.
            ids = ("SELECT c.id FROM contacts c NOT INDEXED WHERE instr(c.search_key, ?) > 0 "
                   "OR instr(c.number, ?) > 0" + _ORDER)
            params = (fold(wanted), "".join(wanted.split()))
        # One string out of SQLite, in the subquery's order: the scan runs without the
        # GIL, where a row at a time took it 100,000 times from the thread that paints.
        joined = self.conn.execute(f"SELECT group_concat(id) FROM ({ids}) AS found",
                                   params).fetchone()[0]
        return array("q", map(int, joined.split(","))) if joined else array("q")

    def contacts(self, ids: Sequence[int]) -> list[Contact]:
        """The contacts of ``ids``, in that order; ids deleted meanwhile are skipped.
        Three reads in all (contacts, memberships, fields), not three per contact."""
        wanted = _json(ids)
        groups: dict[int, list[str]] = {}
        for contact_id, group in self.conn.execute(
                "SELECT m.contact_id, g.name FROM json_each(?) j "
                "JOIN group_members m ON m.contact_id = j.value "
                "JOIN groups g ON g.id = m.group_id", (wanted,)):
            groups.setdefault(contact_id, []).append(group)
        fields: dict[int, dict[str, str]] = {}
        for contact_id, name, value in self.conn.execute(
                "SELECT f.contact_id, f.name, f.value FROM json_each(?) j "
                "JOIN contact_fields f ON f.contact_id = j.value", (wanted,)):
            fields.setdefault(contact_id, {})[name] = value
        found = {
            row[0]: Contact(row[0], row[1], row[2], row[3],
                            tuple(sorted(groups.get(row[0], ()), key=str.casefold)),
                            row[4], row[5], fields.get(row[0], {}))
            for row in self.conn.execute(
                "SELECT c.id, c.name, c.number, c.notes, c.first_name, c.last_name "
                "FROM json_each(?) j JOIN contacts c ON c.id = j.value", (wanted,))}
        return [found[i] for i in ids if i in found]

    def get(self, contact_id: int) -> Contact | None:
        found = self.contacts([contact_id])
        return found[0] if found else None

    def search(self, text: str = "") -> list[Contact]:
        """The contacts ``text`` finds (see ordered_ids), in the list's order."""
        return self.contacts(self.ordered_ids(text))

    def names(self) -> list[str]:
        """Every contact's name, in the list's order (for completion)."""
        return [row[0] for row in self.conn.execute("SELECT c.name FROM contacts c" + _ORDER)]

    def numbers(self, contact_ids: Sequence[int]) -> list[str]:
        """The numbers of ``contact_ids``, in that order (deleted ones skipped)."""
        found = dict(self.conn.execute(
            "SELECT c.id, c.number FROM json_each(?) j JOIN contacts c ON c.id = j.value",
            (_json(contact_ids),)).fetchall())
        return [found[i] for i in contact_ids if i in found]

    def each(self) -> Iterator[Contact]:
        """Every contact, oldest first, read a page at a time: an export of 100,000 holds
        one page of them."""
        ids = [row[0] for row in self.conn.execute("SELECT id FROM contacts ORDER BY id")]
        for start in range(0, len(ids), EACH_PAGE):
            yield from self.contacts(ids[start:start + EACH_PAGE])

    def by_name(self, name: str) -> Contact | None:
        row = self.conn.execute(
            "SELECT id FROM contacts WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1",
            (name.strip(),)).fetchone()
        return self.get(row[0]) if row else None

    def by_number(self, e164: str) -> Contact | None:
        row = self.conn.execute(
            "SELECT id FROM contacts WHERE number = ? ORDER BY id LIMIT 1", (e164,)).fetchone()
        return self.get(row[0]) if row else None

    def field_names(self) -> list[str]:
        """Every custom field name in use, sorted (the Contacts tab's optional columns).
        It hops from name to name along the index: a book of 100,000 contacts has
        hundreds of thousands of values but a handful of names."""
        rows = self.conn.execute(
            "WITH RECURSIVE n(name) AS (SELECT min(name) FROM contact_fields UNION ALL "
            "SELECT (SELECT min(name) FROM contact_fields WHERE name > n.name) FROM n "
            "WHERE n.name IS NOT NULL) SELECT name FROM n WHERE name IS NOT NULL")
        return [row[0] for row in rows]

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
        name = _group_name_needed(name)
        try:
            return int(self.conn.execute(
                "INSERT INTO groups (name) VALUES (?) RETURNING id", (name,)).fetchone()[0])
        except sqlite3.IntegrityError:
            raise _group_taken(name) from None

    def rename_group(self, old: str, new: str) -> None:
        new = _group_name_needed(new)
        try:
            changed = self.conn.execute("UPDATE groups SET name = ? WHERE name = ?",
                                        (new, old)).rowcount
        except sqlite3.IntegrityError:
            raise _group_taken(new) from None
        if not changed:
            raise _no_group(old)

    def delete_group(self, name: str) -> None:
        self.conn.execute("DELETE FROM groups WHERE name = ?", (name,))

    def add_to_group(self, contact_ids: list[int], group: str) -> None:
        """One statement however many: Select All, then add, must not take a query each."""
        with transaction(self.conn):
            group_id = self._group_ids({group.strip()})[group.strip()]
            # Joined through contacts: one deleted meanwhile (another window, a selection
            # not yet re-read) is skipped, where its id alone broke the foreign key.
            self.conn.execute(
                "INSERT INTO group_members (group_id, contact_id) "
                "SELECT ?, c.id FROM json_each(?) j JOIN contacts c ON c.id = j.value "
                # WHERE true: SQLite would read ON CONFLICT as the join's ON without it.
                "WHERE true ON CONFLICT DO NOTHING",
                (group_id, _json(contact_ids)))

    def remove_from_group(self, contact_ids: list[int], group: str) -> None:
        with transaction(self.conn):
            self.conn.execute(
                "DELETE FROM group_members WHERE group_id = "
                "(SELECT id FROM groups WHERE name = ?) "
                "AND contact_id IN (SELECT value FROM json_each(?))",
                (group, _json(contact_ids)))

    def member_ids(self, group: str) -> list[int]:
        """The ids of the group's contacts, in the list's order."""
        if not self.conn.execute("SELECT 1 FROM groups WHERE name = ?", (group,)).fetchone():
            raise _no_group(group)
        return [row[0] for row in self.conn.execute(
            "SELECT c.id FROM groups g JOIN group_members m ON m.group_id = g.id "
            "JOIN contacts c ON c.id = m.contact_id WHERE g.name = ?" + _ORDER, (group,))]

    def members(self, group: str) -> list[Contact]:
        """The group's contacts, in the list's order."""
        return self.contacts(self.member_ids(group))

    def _group_ids(self, names: set[str]) -> dict[str, int]:
        """The ids of the groups ``names`` (created if new), by name."""
        ids: dict[str, int] = {}
        for name in names:
            if name:
                self.conn.execute("INSERT INTO groups (name) VALUES (?) ON CONFLICT DO NOTHING",
                                  (name,))
                ids[name] = int(self.conn.execute(
                    "SELECT id FROM groups WHERE name = ?", (name,)).fetchone()[0])
        return ids
