"""The Contacts table model. It holds the ids of the contacts shown, in order, and reads
the contacts themselves a page at a time as they are shown, so it opens at once over
100,000. A search scans every contact, so it runs on the search thread; the rows shown
stay until its answer replaces them in one step."""

from __future__ import annotations

from array import array
from collections.abc import Collection
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, QModelRoleDataSpan, Qt

from desktop_sms.core import store
from desktop_sms.core.contacts import AddressBook, Contact
from desktop_sms.core.phone import display
from desktop_sms.ui.models import Index, Table
from desktop_sms.ui.pages import PageCache
from desktop_sms.ui.search import IdSearch

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
FIXED_COLUMNS = 4  # name, number, groups, notes; then one per custom field


class ContactsModel(Table):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, book: AddressBook) -> None:
        super().__init__()
        self.book = book
        self._wanted = ""  # the search text asked for
        self._shown = ""  # the search text the rows are for
        self._ids: array[int] = array("q")
        self._all: array[int] | None = None  # all contacts, as listed at _version
        self._version: tuple[int, int] | None = None
        self._fields: list[str] = []
        self._rows = PageCache(self._read, lambda contact: contact.id)
        self._searcher: IdSearch | None = None
        self.reload()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Number"), self.tr("Groups"), self.tr("Notes"),
                *self._fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self._fields)

    def field_names(self) -> list[str]:
        """The custom fields, one column each after the fixed ones."""
        return list(self._fields)

    # --- what is shown ---------------------------------------------------------------

    def set_search(self, text: str) -> None:
        wanted = text.strip()
        if wanted == self._wanted:
            return
        self._wanted = wanted
        if wanted:
            self._start_search()
        else:
            self._refresh(again=False)

    def search_text(self) -> str:
        """The search text the rows shown are for ("" for all)."""
        return self._shown

    def reload(self) -> None:
        """Re-read the book. All contacts are listed here (a walk along an index); with
        search text the search thread looks again, and the rows stay until it answers."""
        self._refresh(again=True)

    def _refresh(self, *, again: bool) -> None:
        # Clearing the search shows all contacts as last listed unless the database
        # changed since: listing 100,000 takes ~30 ms, the check 0.1 ms.
        seen = store.version(self.book.conn)
        stale = again or seen != self._version
        # Read before the reset: a read that fails (a team's server away) left the model
        # half reset, and Qt warned at each reset after.
        fields = self.book.field_names() if stale else self._fields
        listed = None if stale else self._all
        if not self._wanted and listed is None:
            listed = self.book.ordered_ids()
        self.beginResetModel()
        self._version, self._all, self._fields = seen, listed, fields
        self._rows.clear()
        if not self._wanted and listed is not None:
            self._ids, self._shown = listed, ""
        self.endResetModel()
        if self._wanted:
            self._start_search()

    def _start_search(self) -> None:
        if self._searcher is None:
            self._searcher = IdSearch(store.source_of(self.book.conn), _matching_contacts,
                                      "contacts-search")
            self._searcher.found.connect(self._search_found)
        self._searcher.find(self._wanted)

    def _search_found(self, ids: array[int]) -> None:
        if not self._wanted:  # cleared meanwhile: all contacts are shown already
            return
        self.beginResetModel()
        self._rows.clear()
        self._ids, self._shown = ids, self._wanted
        self.endResetModel()

    def close(self) -> None:
        """Stop the search thread, if one was started."""
        if self._searcher is not None:
            self._searcher.stop()

    # --- rows --------------------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._ids)

    def contact(self, row: int) -> Contact | None:
        return self._rows.get(row) if 0 <= row < len(self._ids) else None

    def ids(self, first: int, last: int) -> list[int]:
        """The contact ids of rows ``first`` to ``last`` (both included), unread."""
        return self._ids[first:last + 1].tolist()

    def selection_of(self, ids: Collection[int]) -> QItemSelection:
        """The rows of the contacts ``ids`` that are shown, whole, as one range per run of
        rows: a group of thousands is not thousands of selects."""
        rows = [row for row, contact_id in enumerate(self._ids) if contact_id in ids]
        selection = QItemSelection()
        last_column = self.columnCount() - 1
        start = 0
        for at, row in enumerate(rows):
            if at + 1 == len(rows) or rows[at + 1] != row + 1:
                # createIndex: index() asks rowCount and columnCount, in Python, each time.
                selection.select(self.createIndex(rows[start], 0),
                                 self.createIndex(row, last_column))
                start = at + 1
        return selection

    def _read(self, offset: int, limit: int) -> list[Contact]:
        return self.book.contacts(self._ids[offset:offset + limit].tolist())

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY and role != self.ID_ROLE:
            return None  # asked ~7 times per cell per paint: answer the rest at once
        return self._value(self.contact(index.row()), index.column(), role)

    # PySide6's stubs give the span neither len() nor indexing, which it has at run time.
    def multiData(self, index: Index,  # type: ignore[override]  # noqa: N802
                  roleDataSpan: QModelRoleDataSpan) -> None:  # noqa: N803
        """All the roles a delegate wants for one cell in one call (see OutboxModel); the
        cell's text is made once, not once per role."""
        contact, column = self.contact(index.row()), index.column()
        text = self._value(contact, column, _DISPLAY)
        for position in range(len(roleDataSpan)):  # type: ignore[arg-type]
            item = roleDataSpan[position]  # type: ignore[index]
            role = item.role()
            item.setData(text if role == _DISPLAY else
                         self._value(contact, column, role) if role == self.ID_ROLE else None)

    def _value(self, contact: Contact | None, column: int, role: int) -> Any:
        if contact is None:
            return None
        if role == self.ID_ROLE:
            return contact.id
        if role != _DISPLAY:
            return None
        if column >= FIXED_COLUMNS:
            return _field(contact, self._fields[column - FIXED_COLUMNS])
        if column == 0:
            return contact.name
        if column == 1:
            return _display(contact.number)
        return ", ".join(contact.groups) if column == 2 else contact.notes


# Formatting a number costs ~50 µs; a search that keeps the same rows on screen, or a
# repaint, asks for the same numbers again.
_display = lru_cache(maxsize=4096)(display)


def _field(contact: Contact, name: str) -> str:
    # Field names are one column whatever their case ("City", "city"), as the store has
    # them: one per contact.
    found = contact.fields.get(name)
    if found is None:
        folded = name.casefold()
        found = next((v for k, v in contact.fields.items() if k.casefold() == folded), "")
    return found


def _matching_contacts(conn: store.Connection, text: str) -> array[int]:
    return AddressBook(conn).ordered_ids(text)
