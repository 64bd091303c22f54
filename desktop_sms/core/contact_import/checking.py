"""Every row of a table checked before anything is written: its number by the phone rules
(core.phone), its name made up when the file has none, duplicates found by number within
the file and against the address book. What is wrong is a code with parameters (the UI
words it; ``english`` words it for the command line and the rejected-rows file)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple

from desktop_sms.core.contact_import.cells import lines, one_line
from desktop_sms.core.contact_import.headers import Role
from desktop_sms.core.contact_import.mapping import ColumnMapping
from desktop_sms.core.contact_import.table import Row, Table, no_contacts
from desktop_sms.core.phone import ParsedNumber, Verdict, parse_number

Progress = Callable[[int, int], None]  # (done, total), from the thread doing the work
Cancelled = Callable[[], bool]
PROGRESS_EVERY = 2000  # rows between progress calls and cancel checks
OTHER_PHONE = "Other phone"  # the field a Google cell's further numbers ('a ::: b') go to


class Policy(Enum):
    """What a row whose number is in the book already does. Within the file, a number's
    first row wins and the later ones are skipped, unless KEEP."""

    SKIP = "skip"  # left out; the contact stays as it is
    UPDATE = "update"  # fills the contact's names, notes, fields and groups from the row
    KEEP = "keep"  # added as a contact of its own beside the other


class RowCode(Enum):
    """Why a row is not imported as it is; the comment names each code's parameters."""

    NO_NUMBER = "no_number"  # (none): the number cell is empty
    BAD_NUMBER = "bad_number"  # typed, reason (core.phone's words)
    MISSING_CELLS = "missing_cells"  # cells, needed: the row ends before the number column
    EXTRA_CELLS = "extra_cells"  # cells, expected: more cells than the header has
    UNREADABLE_CARD = "unreadable_card"  # (none): a vCard that cannot be read
    DUPLICATE_IN_FILE = "duplicate_in_file"  # number, line (the row with it first)
    DUPLICATE_IN_BOOK = "duplicate_in_book"  # number, name (the contact that has it)
    NUMBER_WARNING = "number_warning"  # typed, reason: imported, but worth a look


@dataclass(frozen=True)
class RowIssue:
    line: int  # the row's place in the file (Row.line)
    code: RowCode
    params: dict[str, str | int] = field(default_factory=dict)
    cells: tuple[str, ...] = ()  # the row as it is in the file


class NewContact(NamedTuple):  # a tuple: 100,000 of them are made in an import
    """What a row becomes."""

    line: int
    name: str  # the name column, else first + last name, else the number
    number: str  # E.164
    first_name: str
    last_name: str
    notes: str
    groups: tuple[str, ...]  # the row's own and the import's
    fields: dict[str, str]
    named: bool  # False when the name is only the number: an update keeps the old one


@dataclass(frozen=True)
class ImportPlan:
    """What an import will do. ``added + updated + skipped + rejected`` is every row."""

    headers: tuple[str, ...]  # the table's, for the rejected-rows file
    delimiter: str  # the table's (CSV), for the rejected-rows file
    policy: Policy
    group: str | None  # the group every imported contact joins
    to_add: list[NewContact]
    to_update: list[tuple[int, NewContact]]  # (the contact's id, what the row says)
    skipped: list[RowIssue]  # duplicates, by the policy
    rejected: list[RowIssue]  # rows that cannot be imported, in file order
    warnings: list[RowIssue]  # rows imported with a doubtful number
    # The rows fit to import before the book was looked at: applying checks them against
    # the book again, inside its transaction (it may have changed since the preview).
    candidates: list[NewContact] = field(default_factory=list, repr=False)
    in_file: list[RowIssue] = field(default_factory=list, repr=False)

    @property
    def added(self) -> int:
        return len(self.to_add)

    @property
    def updated(self) -> int:
        return len(self.to_update)

    @property
    def skipped_count(self) -> int:
        return len(self.skipped)

    @property
    def rejected_count(self) -> int:
        return len(self.rejected)

    def against(self, existing: Mapping[str, tuple[int, str]]) -> ImportPlan:
        """The same rows checked against another state of the book."""
        to_add, to_update, in_book = _classify(self.candidates, existing, self.policy)
        return dataclasses.replace(self, to_add=to_add, to_update=to_update,
                                   skipped=sorted(self.in_file + in_book, key=_line))


def check_import(table: Table, mapping: ColumnMapping, *, region: str,
                 existing: Mapping[str, tuple[int, str]], policy: Policy = Policy.SKIP,
                 group: str | None = None, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> ImportPlan | None:
    """The plan for importing ``table`` by ``mapping``; national numbers are read in
    ``region``; ``existing`` is the book's numbers (``existing_numbers``). None if
    ``cancelled()`` turned true. Raises ImportRefused if the mapping has no number column
    (or a role twice), or if the table has no rows (a header alone, an empty sheet)."""
    if not table.rows and not table.unreadable:
        raise no_contacts(table)
    problems = mapping.problems()
    if problems:
        raise problems[0]
    reader = _RowReader(table, mapping, region, (group or "").strip())
    candidates: list[NewContact] = []
    rejected: list[RowIssue] = [RowIssue(line, RowCode.UNREADABLE_CARD)
                                for line in table.unreadable]
    in_file: list[RowIssue] = []
    first_line: dict[str, int] = {}
    total = len(table.rows)
    for done, row in enumerate(table.rows):
        if done % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                return None
            if progress is not None:
                progress(done, total)
        contact = reader.contact(row)
        if isinstance(contact, RowIssue):
            rejected.append(contact)
            continue
        seen = first_line.setdefault(contact.number, row.line)
        if seen != row.line and policy is not Policy.KEEP:
            in_file.append(RowIssue(row.line, RowCode.DUPLICATE_IN_FILE,
                                    {"number": contact.number, "line": seen}, row.cells))
            continue
        candidates.append(contact)
    if progress is not None:
        progress(total, total)
    rejected.sort(key=_line)
    plan = ImportPlan(table.headers, table.delimiter, policy, (group or "").strip() or None,
                      [], [], [], rejected, reader.warnings, candidates, in_file)
    return plan.against(existing)


def _line(issue: RowIssue) -> int:
    return issue.line


class _RowReader:
    """One row into a NewContact or the reason it cannot be one."""

    def __init__(self, table: Table, mapping: ColumnMapping, region: str, group: str) -> None:
        self.region = region
        self.group = (group,) if group else ()
        self.expected = len(table.headers) if table.has_header else 0
        # Each row is padded to blank = width + 1 cells; a role no column has reads the
        # last, blank one.
        self.blank = table.width

        def at(role: Role) -> int:
            found = mapping.index(role)
            return self.blank if found is None else found

        self.name, self.first, self.last = at(Role.NAME), at(Role.FIRST_NAME), at(Role.LAST_NAME)
        self.notes, self.group_column = at(Role.NOTES), at(Role.GROUP)
        number = mapping.index(Role.NUMBER)
        assert number is not None  # mapping.problems() said so
        self.number = number
        # The book holds a field name once whatever its case ('City', 'CITY'): columns
        # named alike but for case are one field, named as the first of them is.
        spelling: dict[str, str] = {}
        self.field_columns = [(i, spelling.setdefault(name.casefold(), name))
                              for i, c in enumerate(mapping.columns)
                              if c.role is Role.FIELD and (name := one_line(c.field).strip())]
        self.other_phone = spelling.get(OTHER_PHONE.casefold(), OTHER_PHONE)
        self.parsed: dict[str, ParsedNumber] = {}  # a list repeats numbers: parse each once
        self.groups: dict[str, tuple[str, ...]] = {}  # and its groups: split each once
        self.warnings: list[RowIssue] = []

    def contact(self, row: Row) -> NewContact | RowIssue:
        cells = row.cells
        if len(cells) <= self.number:
            return RowIssue(row.line, RowCode.MISSING_CELLS,
                            {"cells": len(cells), "needed": self.number + 1}, cells)
        if self.expected and len(cells) > self.expected and any(
                c.strip() for c in cells[self.expected:]):
            return RowIssue(row.line, RowCode.EXTRA_CELLS,
                            {"cells": len(cells), "expected": self.expected}, cells)
        typed = cells[self.number].strip()
        others = ""
        if ":::" in typed:  # Google puts a contact's several numbers in one cell
            typed, *rest = (n.strip() for n in typed.split(":::"))
            others = ", ".join(n for n in rest if n)
        if not typed:
            return RowIssue(row.line, RowCode.NO_NUMBER, {}, cells)
        if typed.endswith(".0") and typed[:-2].removeprefix("+").isdecimal():
            typed = typed[:-2]  # a number Excel saved as a float's text: '306912345678.0'
        parsed = self.parsed.get(typed)
        if parsed is None:
            parsed = self.parsed[typed] = parse_number(typed, self.region)
        e164 = parsed.e164
        if e164 is None or parsed.verdict is Verdict.INVALID:
            return RowIssue(row.line, RowCode.BAD_NUMBER,
                            {"typed": typed, "reason": parsed.reason}, cells)
        if parsed.verdict is Verdict.WARNING:
            self.warnings.append(RowIssue(row.line, RowCode.NUMBER_WARNING,
                                          {"typed": typed, "reason": parsed.reason}, cells))
        padded = cells + ("",) * (self.blank + 1 - len(cells))
        first, last = one_line(padded[self.first]).strip(), one_line(padded[self.last]).strip()
        name = one_line(padded[self.name]).strip() or (f"{first} {last}" if first and last
                                                       else first or last)
        fields: dict[str, str] = {}
        for i, field_name in self.field_columns:
            _add(fields, field_name, one_line(padded[i]).strip())
        _add(fields, self.other_phone, others)
        group_cell = padded[self.group_column]
        groups = self.groups.get(group_cell)
        if groups is None:
            groups = self.groups[group_cell] = tuple(
                dict.fromkeys(_groups(one_line(group_cell)) + self.group))
        return NewContact(row.line, name or e164, e164, first, last,
                          lines(padded[self.notes]).strip(), groups, fields, bool(name))


def _add(fields: dict[str, str], name: str, value: str) -> None:
    """A field's value, after the one a column of the same name gave (if any)."""
    if value:
        fields[name] = f"{fields[name]}, {value}" if name in fields else value


# Google's own labels, which every contact of an export has.
_SYSTEM_GROUPS = frozenset({"mycontacts", "starred"})


def _groups(cell: str) -> tuple[str, ...]:
    """'Friends ::: * myContacts' (Google), 'Friends; Work' (Outlook) → the group names."""
    names = (part.strip().removeprefix("* ").strip()
             for chunk in cell.split(":::") for part in chunk.split(";"))
    return tuple(dict.fromkeys(
        n for n in names if n and n.casefold().replace(" ", "") not in _SYSTEM_GROUPS))


def _classify(candidates: list[NewContact], existing: Mapping[str, tuple[int, str]],
              policy: Policy) -> tuple[list[NewContact], list[tuple[int, NewContact]],
                                       list[RowIssue]]:
    if policy is Policy.KEEP:
        return list(candidates), [], []
    to_add, to_update, skipped = [], [], []
    for contact in candidates:
        found = existing.get(contact.number)
        if found is None:
            to_add.append(contact)
        elif policy is Policy.UPDATE:
            to_update.append((found[0], contact))
        else:
            skipped.append(RowIssue(contact.line, RowCode.DUPLICATE_IN_BOOK,
                                    {"number": contact.number, "name": found[1]}))
    return to_add, to_update, skipped


_ENGLISH = {
    RowCode.NO_NUMBER: "no number",
    RowCode.BAD_NUMBER: "'{typed}': {reason}",
    RowCode.MISSING_CELLS: "the row has {cells} cell(s); the number is in column {needed}",
    RowCode.EXTRA_CELLS: "the row has {cells} cells but the header has {expected} (a "
                         "separator inside a value that is not in quotes?)",
    RowCode.UNREADABLE_CARD: "this vCard cannot be read",
    RowCode.DUPLICATE_IN_FILE: "{number} is already on line {line}",
    RowCode.DUPLICATE_IN_BOOK: "{number} is already in the address book ({name})",
    RowCode.NUMBER_WARNING: "'{typed}': {reason}",
}


def english(issue: RowIssue) -> str:
    """The row's issue in English, for the command line and the rejected-rows file."""
    return _ENGLISH[issue.code].format(**issue.params)
