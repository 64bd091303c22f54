"""The opt-out list: numbers that asked not to be sent to. The send plan skips them on
every send, from the window or the command line, typed numbers included; it reads them
with ``numbers()``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from desktop_sms.core.errors import InputError
from desktop_sms.core.store import Connection, now, transaction, version
from desktop_sms.gateway.protocol import MSISDN_RE

if TYPE_CHECKING:
    from desktop_sms.core.contact_import import RowIssue

NO_LIMIT = -1  # list(): every row


class OptOut(NamedTuple):
    number: str  # E.164
    source: str  # why, or where it came from (a reason typed, a file's name, a tab)
    added_at: float
    name: str  # the name of a contact with this number; '' when none has it


class Added(NamedTuple):
    added: int  # numbers new to the list
    numbers: int  # the distinct numbers chosen (the others were on the list already)


class OptOutImport(NamedTuple):
    """What an import of a file did. ``added + already + len(rejected)`` is every row."""

    added: int
    already: int  # on the list before, or on an earlier row of the file
    rejected: list[RowIssue]  # in file order; english(issue) words each
    warnings: list[RowIssue]  # numbers added that the numbering plan doubts, in file order


def _e164(number: str) -> str:
    # Callers parse what a person typed (core.phone) first: anything else is a bug that
    # would leave a number on the list that no send ever matches.
    if not (number.startswith("+") and MSISDN_RE.fullmatch(number[1:])):
        raise InputError(f"'{number}' is not a number in international form (+…)")
    return number


class OptOutList:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._read: tuple[tuple[int, int], frozenset[str]] | None = None

    def add(self, numbers: Iterable[str], source: str = "") -> int:
        """Put E.164 ``numbers`` on the list (those on it already stay as they were);
        returns how many were new."""
        stamp, source = now(), source.strip()
        checked = [(_e164(n), source, stamp) for n in numbers]
        with transaction(self.conn):
            return self.conn.executemany(  # rowcount: the rows inserted, not those ignored
                "INSERT INTO opt_outs (number, source, added_at) VALUES (?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                checked).rowcount

    def add_contacts(self, contact_ids: Iterable[int], source: str = "") -> Added:
        """Put the numbers of these contacts on the list (a Select All of 100,000 is one
        statement; a contact deleted meanwhile is skipped)."""
        return self._add_from("SELECT number AS n FROM contacts", contact_ids, source)

    def add_recipients(self, message_ids: Iterable[int], source: str = "") -> Added:
        """Put the recipients of these outbox messages on the list."""
        return self._add_from("SELECT recipient AS n FROM messages", message_ids, source)

    def _add_from(self, select: str, ids: Iterable[int], source: str) -> Added:
        # The ids as one JSON parameter: a list of any length, where '?, ?, …' stops at
        # SQLite's limit of 32,766 parameters.
        chosen = f"{select} WHERE id IN (SELECT value FROM json_each(?1))"
        params = (json.dumps([int(i) for i in ids]), source.strip(), now())
        with transaction(self.conn):
            numbers = int(self.conn.execute(f"SELECT count(DISTINCT n) FROM ({chosen}) AS c",
                                            params[:1]).fetchone()[0])
            added = self.conn.execute(
                "INSERT INTO opt_outs (number, source, added_at) "
                # WHERE true: SQLite would read ON CONFLICT as part of the SELECT without it.
                f"SELECT DISTINCT n, ?2, ?3 FROM ({chosen}) AS c WHERE true "
                "ON CONFLICT DO NOTHING", params).rowcount
        return Added(added, numbers)

    def remove(self, numbers: Iterable[str]) -> int:
        """Take ``numbers`` off the list; returns how many were on it."""
        with transaction(self.conn):
            return self.conn.executemany("DELETE FROM opt_outs WHERE number = ?",
                                         ((n,) for n in numbers)).rowcount

    def numbers(self) -> frozenset[str]:
        """Every number on the list, for the send plan. Read again only when the database
        changed since the last call on this object (keep one to check often): 100,000
        numbers take about 40 ms to read, an unchanged list 0.1 ms."""
        seen = version(self.conn)
        if self._read is None or self._read[0] != seen:
            # One string split in Python: a row per number took three times as long.
            joined = self.conn.execute(
                "SELECT group_concat(number, ' ') FROM opt_outs").fetchone()[0]
            self._read = seen, frozenset(joined.split(" ") if joined else ())
        return self._read[1]

    def has(self, number: str) -> bool:
        """Is ``number`` (E.164) on the list: one key lookup, for each message as it leaves."""
        return self.conn.execute("SELECT 1 FROM opt_outs WHERE number = ?",
                                 (number,)).fetchone() is not None

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM opt_outs").fetchone()[0])

    def list(self, search: str = "", limit: int = NO_LIMIT) -> list[OptOut]:
        """The newest first; ``search`` finds a part of the number (spaces and dashes
        ignored), of the source, or of the contact's name."""
        words = search.strip()
        digits = "".join(c for c in words if c.isdigit() or c == "+")
        params: tuple[str | int, ...] = (words, digits, f"%{digits}%", f"%{words}%")
        # PostgreSQL has no LIMIT -1 (SQLite's "all"), nor SQLite a LIMIT NULL.
        if limit != NO_LIMIT:
            params += (limit,)
        rows = self.conn.execute(
            "SELECT number, source, added_at, name FROM ("
            "  SELECT o.number, o.source, o.added_at, coalesce((SELECT c.name FROM contacts c"
            "    WHERE c.number = o.number ORDER BY c.id LIMIT 1), '') AS name"
            "  FROM opt_outs o) AS listed"
            " WHERE ?1 = '' OR (?2 != '' AND number LIKE ?3) OR source LIKE ?4 OR name LIKE ?4"
            " ORDER BY added_at DESC, number" + (" LIMIT ?5" if limit != NO_LIMIT else ""),
            params)
        return [OptOut(*row) for row in rows]

    def import_file(self, path: str | Path, region: str, *,
                    source: str | None = None) -> OptOutImport:
        """Add the numbers of a CSV, Excel or vCard file, read as a contacts import reads
        it (the number column guessed the same way; national numbers read in ``region``).
        Raises ImportRefused when the file cannot be read or has no number column."""
        from desktop_sms.core.contact_import import check_import, guess_mapping, read_file

        table = read_file(path)
        # Against an empty book: a repeated number is then "on an earlier row".
        plan = check_import(table, guess_mapping(table), region=region, existing={})
        assert plan is not None  # never cancelled here
        numbers = [contact.number for contact in plan.to_add]
        added = self.add(numbers, Path(path).name if source is None else source)
        return OptOutImport(added, len(numbers) - added + plan.skipped_count, plan.rejected,
                            plan.warnings)
