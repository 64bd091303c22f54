"""Which column is what: guessed from the headers (Google's and Outlook's exports by their
own sets, others by the words English, French and Greek sheets use) and, failing that,
from the content (the column whose cells read as phone numbers). The preview lets a
person change any of it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from desktop_sms.core.contact_import import vcard_reader
from desktop_sms.core.contact_import.errors import Fault, ImportRefused
from desktop_sms.core.contact_import.headers import (
    AMBIGUOUS,
    GOOGLE_ROLES,
    HEADERS,
    MOBILE,
    OUTLOOK_ROLES,
    OWN_ROLES,
    Format,
    Role,
    known_format,
    normalized,
)
from desktop_sms.core.contact_import.sniff import looks_like_number, share
from desktop_sms.core.contact_import.table import FileKind, Table

# Roles one column at most may have; any number of columns may be fields or ignored.
SINGLE = (Role.NAME, Role.FIRST_NAME, Role.LAST_NAME, Role.NUMBER, Role.GROUP, Role.NOTES)
_SAMPLE_ROWS = 200


@dataclass(frozen=True)
class Column:
    role: Role
    field: str = ""  # Role.FIELD: the custom field's name (the header, unless renamed)


@dataclass(frozen=True)
class ColumnMapping:
    columns: tuple[Column, ...]  # one per column of the table, in order
    format: Format | None = None  # a Google or Outlook export, recognised

    def index(self, role: Role) -> int | None:
        """The column with ``role`` (one of SINGLE), or None."""
        return next((i for i, c in enumerate(self.columns) if c.role is role), None)

    def with_column(self, index: int, column: Column) -> ColumnMapping:
        """The mapping with one column changed, as the preview does; a single role moved
        here leaves the column that had it ignored."""
        columns = [Column(Role.IGNORE) if column.role in SINGLE and c.role is column.role
                   else c for c in self.columns]
        columns[index] = column
        return dataclasses.replace(self, columns=tuple(columns))

    def problems(self) -> list[ImportRefused]:
        """Why rows cannot be imported with this mapping (no number column); [] if none."""
        found = [ImportRefused(Fault.ROLE_TWICE, role=role.value) for role in SINGLE
                 if sum(c.role is role for c in self.columns) > 1]
        if self.index(Role.NUMBER) is None:
            found.insert(0, ImportRefused(Fault.NO_NUMBER_COLUMN))
        return found


def guess_mapping(table: Table) -> ColumnMapping:
    headers = list(table.headers) + [""] * (table.width - len(table.headers))
    found = known_format(table.headers) if table.has_header else None
    if found is Format.OWN:
        roles = [*OWN_ROLES, *[Role.FIELD] * (len(headers) - len(OWN_ROLES))]
    elif found is not None:
        roles = [_known_role(found, normalized(h)) for h in headers]
    elif table.kind is FileKind.VCARD:  # its own columns, then custom fields by name
        fixed = len(vcard_reader.HEADERS)
        roles = _by_header(headers[:fixed]) + [Role.FIELD] * (len(headers) - fixed)
    else:
        roles = _by_header(headers)
    if Role.NUMBER not in roles:
        _by_content(table, roles)
    columns = tuple(Column(role, header.strip() if role is Role.FIELD else "")
                    for role, header in zip(roles, headers, strict=True))
    return ColumnMapping(columns, found)


def _known_role(found: Format, header: str) -> Role:
    own = GOOGLE_ROLES if found is Format.GOOGLE else OUTLOOK_ROLES
    role = own.get(header)
    if role is not None:
        return role
    # Google labels each value in a column of its own ('E-mail 1 - Label': '* Home').
    if not header or found is Format.GOOGLE and header.endswith((" label", " type")):
        return Role.IGNORE
    return Role.FIELD


def _by_header(headers: list[str]) -> list[Role]:
    words = [normalized(h) for h in headers]
    roles = [_role_of(word) for word in words]
    # 'Όνομα' beside 'Επώνυμο' is the first name; 'Nom' beside 'Prénom' the last name.
    for i, word in enumerate(words):
        if word in AMBIGUOUS and roles[i] is Role.NAME:
            if Role.LAST_NAME in roles and Role.FIRST_NAME not in roles:
                roles[i] = Role.FIRST_NAME
            elif Role.FIRST_NAME in roles and Role.LAST_NAME not in roles:
                roles[i] = Role.LAST_NAME
    numbers = [i for i, r in enumerate(roles) if r is Role.NUMBER]
    keep = next((i for i in numbers if words[i] in MOBILE), numbers[0] if numbers else None)
    for role in SINGLE:  # the first column with a role keeps it; the others are fields
        first = keep if role is Role.NUMBER else roles.index(role) if role in roles else None
        for i, r in enumerate(roles):
            if r is role and i != first:
                roles[i] = Role.FIELD
    return roles


def _role_of(word: str) -> Role:
    if not word:
        return Role.IGNORE  # no header, nothing to name a field by
    return next((role for role, names in HEADERS.items() if word in names), Role.FIELD)


def _by_content(table: Table, roles: list[Role]) -> None:
    """The number column is the one most of whose cells read as numbers; with no header
    row, the first column of words is the name."""
    sample = [row.cells for row in table.rows[:_SAMPLE_ROWS]]
    best, best_share = None, 0.5
    for i in range(len(roles)):
        found = share(sample, i, looks_like_number)
        if found > best_share and roles[i] in (Role.FIELD, Role.IGNORE):
            best, best_share = i, found
    if best is None:
        return
    roles[best] = Role.NUMBER
    if Role.NAME in roles or Role.FIRST_NAME in roles or Role.LAST_NAME in roles:
        return
    for i, role in enumerate(roles):
        if role is Role.IGNORE and share(sample, i, _wordy) > 0.5:
            roles[i] = Role.NAME
            return


def _wordy(cell: str) -> bool:
    return any(c.isalpha() for c in cell) and not looks_like_number(cell)
