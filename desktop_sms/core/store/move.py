"""`desktop-sms db move-to URL`: the SQLite file's data copied into a team database, in
one transaction there, the file left as it was.

Idempotent through ``moved_rows`` in the team database: each copied row of a table with
ids of its own (contacts, campaigns, messages, balance history, status updates) is
recorded under its file id and creation stamp, so a second move, or a move of a copy of
the same file, copies nothing twice, however the team has edited the rows since; ids are
the team database's (its sequences), and the file's references follow them. Natural keys
merge the rest: a group, template or opt-out with the same name or number is the team's
one, which it keeps; memberships and custom fields join the contacts they belong to.

Then every table is counted back: the file's rows the team database holds. A shortfall
rolls the whole move back, naming the table; so does a value the team database cannot
hold (a NUL in a text, a number out of range), naming the row. Names the file tells apart
only by case (groups, custom fields) are one on the team database: reported as merged.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_sms.core.invisible import one_line
from desktop_sms.core.store import new_ids, snapshot
from desktop_sms.core.store.move_refusals import MoveFault
from desktop_sms.core.store.move_refusals import MoveRefused as MoveRefused  # move.MoveRefused
from desktop_sms.core.store.pg_schema import SCHEMA_KEY
from desktop_sms.core.store.postgres import PgConnection, TeamValueRefused, transaction

# An advisory lock's second key: one move at a time into a team database.
MOVE_LOCK = 2
# The tables whose rows get new ids, each row known by its creation stamp.
_STAMPS = {"contacts": "created_at", "campaigns": "created_at", "messages": "created_at",
           "balance_history": "at", "status_updates": "received_at"}
_COLUMNS = {
    "contacts": ("name", "number", "notes", "created_at", "updated_at", "first_name",
                 "last_name", "search_key"),
    "campaigns": ("name", "text", "template", "created_at", "finished_at"),
    "messages": ("batch_id", "recipient", "text", "sender", "flash", "delivery_report",
                 "parts", "state", "gateway_id", "gateway_status", "error", "attempts",
                 "retry_at", "resend_of", "created_at", "updated_at", "sending_at",
                 "accepted_at", "sent_at", "final_at", "campaign_id", "send_at",
                 "error_code", "error_params", "queued_on", "queued_by"),
    "balance_history": ("at", "balance"),
    "status_updates": ("gateway_id", "status", "raw", "received_at"),
}

Progress = Callable[[str], None]


@dataclass(frozen=True)
class TableMove:
    table: str
    in_file: int  # the file's rows
    copied: int  # of them, copied by this move (the others were there already)
    # Of them, those one with another of the file's rows to the team database, whose names
    # ignore case: "ΠΕΛΑΤΕΣ" and "πελατες" are two groups in the file, one there.
    merged: int = 0


@dataclass
class MoveReport:
    tables: list[TableMove] = field(default_factory=list)

    @property
    def copied(self) -> int:
        return sum(t.copied for t in self.tables)


def move_to(source: sqlite3.Connection, target: PgConnection,
            progress: Progress | None = None) -> MoveReport:
    """Copy the file ``source`` into the team database ``target`` (see the module)."""
    report = MoveReport()
    with snapshot(source):
        sending = source.execute("SELECT count(*) FROM messages WHERE state = 'sending'"
                                 ).fetchone()[0]
        if sending:
            raise MoveRefused(
                f"{sending} message(s) are being sent from this data folder: let the sending "
                "finish (or quit the window that sends them), then move again; nothing was "
                "moved", MoveFault.SENDING, count=sending)
        waiting = source.execute(
            "SELECT count(*) FROM messages WHERE state IN ('queued', 'scheduled')").fetchone()[0]
        if waiting:
            raise MoveRefused(
                f"{waiting} message(s) in this data folder are still queued or scheduled: "
                "send or cancel them first (moved, they would go out from here and from the "
                "team database); nothing was moved", MoveFault.WAITING, count=waiting)
        try:
            with transaction(target):
                target.execute("SELECT pg_advisory_xact_lock(?, ?)", (SCHEMA_KEY, MOVE_LOCK))
                _Move(source, target, report, progress or (lambda _table: None)).run()
        except sqlite3.IntegrityError as exc:  # such as a gateway id the team has already
            raise MoveRefused(f"the team database refused a row ({exc}); nothing was "
                              "moved", MoveFault.ROW_REFUSED, detail=str(exc)) from None
    return report


class _Move:
    def __init__(self, source: sqlite3.Connection, target: PgConnection, report: MoveReport,
                 progress: Progress) -> None:
        self.source, self.target, self.report, self.progress = source, target, report, progress
        self.ids: dict[str, dict[int, int]] = {}  # table → file id → team id

    def run(self) -> None:
        self._with_ids("contacts")
        groups = self._groups()
        pairs = [(groups[g], self.ids["contacts"][c]) for g, c in self.source.execute(
            "SELECT g.name, m.contact_id FROM group_members m JOIN groups g ON g.id = m.group_id")]
        self._merge("group_members", ("group_id", "contact_id"), pairs)
        fields = [(self.ids["contacts"][c], n, v) for c, n, v in self.source.execute(
            "SELECT contact_id, name, value FROM contact_fields")]
        self._merge("contact_fields", ("contact_id", "name", "value"), fields)
        self._merge("templates", ("name", "name_key", "text", "created_at", "updated_at"),
                    self.source.execute("SELECT name, name_key, text, created_at, updated_at "
                                        "FROM templates").fetchall())
        self._merge("opt_outs", ("number", "source", "added_at"), self.source.execute(
            "SELECT number, source, added_at FROM opt_outs").fetchall())
        self._with_ids("campaigns")
        self._with_ids("messages")
        self._with_ids("balance_history")
        self._with_ids("status_updates")

    def _with_ids(self, table: str) -> None:
        """Copy the rows not moved before, with new ids; record them in moved_rows."""
        self.progress(table)
        stamp, columns = _STAMPS[table], _COLUMNS[table]
        rows = {_key(row[0], row[1]): row for row in self.source.execute(
            f"SELECT id, {stamp}, {', '.join(columns)} FROM {table} ORDER BY id")}
        moved = self._moved(table)
        ids = {row[0]: moved[key] for key, row in rows.items() if key in moved}
        new = [(key, row) for key, row in rows.items() if key not in moved]
        for (_k, row), new_id in zip(new, new_ids(self.target, table, len(new)), strict=True):
            ids[row[0]] = new_id
        self.ids[table] = ids
        values = [(ids[row[0]], *self._references(table, dict(zip(
            columns, row[2:], strict=True))).values()) for _k, row in new]
        # In id order: a message sent again refers to an earlier one, which is then there.
        self._insert(table, f"INSERT INTO {table} (id, {', '.join(columns)}) "
                     f"VALUES ({', '.join('?' * (len(columns) + 1))})",
                     values, [f"of id {row[0]}" for _k, row in new])
        self.target.executemany(
            "INSERT INTO moved_rows (kind, source_key, target_id) VALUES (?, ?, ?) "
            "ON CONFLICT (kind, source_key) DO UPDATE SET target_id = excluded.target_id",
            ((table, key, ids[row[0]]) for key, row in new))
        found = len(rows.keys() & self._moved(table).keys())
        self._counted(table, len(rows), len(new), found)

    def _references(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        """A message's references, to the team database's ids."""
        if table == "messages":
            messages, campaigns = self.ids["messages"], self.ids["campaigns"]
            for column, ids in (("resend_of", messages), ("batch_id", messages),
                                ("campaign_id", campaigns)):
                if row[column] is not None:
                    row[column] = ids.get(row[column])
        return row

    def _moved(self, table: str) -> dict[str, int]:
        """The file keys of ``table`` moved before whose rows the team database still has
        (one deleted there since is copied again)."""
        return dict(self.target.execute(
            f"SELECT m.source_key, m.target_id FROM moved_rows m JOIN {table} t "
            "ON t.id = m.target_id WHERE m.kind = ?", (table,)).fetchall())

    def _groups(self) -> dict[str, int]:
        """The file's groups by name → the team's group of that name (created if new)."""
        self.progress("groups")
        names = [row[0] for row in self.source.execute("SELECT name FROM groups")]
        before = _count(self.target, "groups")
        self._insert("groups", "INSERT INTO groups (name) VALUES (?) ON CONFLICT DO NOTHING",
                     [(n,) for n in names], [f"named {n!r}" for n in names])
        found = {}
        for name in names:
            row = self.target.execute("SELECT id FROM groups WHERE name = ?", (name,)).fetchone()
            if row is not None:
                found[name] = int(row[0])
        self._counted("groups", len(names), _count(self.target, "groups") - before, len(found),
                      _merged(found.values()))
        return found

    def _merge(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Rows known by their natural key: those the team has already are left as they are."""
        self.progress(table)
        rows = list(rows)
        before = _count(self.target, table)
        self._insert(table, f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                     f"({', '.join('?' * len(columns))}) ON CONFLICT DO NOTHING", rows,
                     ["with " + ", ".join(f"{c} {v!r}" for c, v in zip(columns, row, strict=True))
                      for row in rows])
        copied = _count(self.target, table) - before
        self._counted(table, len(rows), copied, self._found(table, rows),
                      _merged(_team_key(table, row) for row in rows))

    def _insert(self, table: str, sql: str, rows: Sequence[Sequence[Any]],
                labels: Sequence[str]) -> None:
        """``rows`` inserted; or, if the team database cannot hold a value of one, one
        refusal naming the first such row (found by halves: the file may be large)."""
        refused = self._refusal(sql, rows)
        if refused is None:
            return
        while len(rows) > 1:
            half = len(rows) // 2
            first = self._refusal(sql, rows[:half], keep=False)
            if first is not None:
                rows, labels, refused = rows[:half], labels[:half], first
            else:
                rows, labels = rows[half:], labels[half:]
        row, detail = one_line(labels[0])[:80], one_line(refused)[:200]
        raise MoveRefused(f"{table}: the row {row} has a value the team database cannot hold "
                          f"({detail}); nothing was moved", MoveFault.UNFIT_VALUE, table=table,
                          row=row, detail=detail)

    def _refusal(self, sql: str, rows: Sequence[Sequence[Any]], *,
                 keep: bool = True) -> str | None:
        """Why the team database cannot hold ``rows`` (None: it can, and has them unless not
        ``keep``); the transaction goes on either way."""
        self.target.execute("SAVEPOINT move_rows")
        try:
            self.target.executemany(sql, rows)
        except TeamValueRefused as exc:
            self.target.execute("ROLLBACK TO SAVEPOINT move_rows")
            return exc.detail
        self.target.execute("RELEASE SAVEPOINT move_rows" if keep
                            else "ROLLBACK TO SAVEPOINT move_rows")
        return None

    def _found(self, table: str, rows: list[Sequence[Any]]) -> int:
        """How many of the file's ``rows`` the team database has, by their natural key."""
        if table == "opt_outs" or table == "templates":
            column, index = ("number", 0) if table == "opt_outs" else ("name_key", 1)
            have = {row[0] for row in self.target.execute(f"SELECT {column} FROM {table}")}
            return sum(1 for row in rows if row[index] in have)
        contacts = json.dumps(sorted({row[1 if table == "group_members" else 0]
                                      for row in rows}))
        if table == "group_members":
            have = set(self.target.execute(
                "SELECT group_id, contact_id FROM group_members "
                "WHERE contact_id IN (SELECT value FROM json_each(?))", (contacts,)).fetchall())
            return sum(1 for row in rows if tuple(row) in have)
        have = {(c, n.casefold()) for c, n in self.target.execute(
            "SELECT contact_id, name FROM contact_fields "
            "WHERE contact_id IN (SELECT value FROM json_each(?))", (contacts,))}
        return sum(1 for c, n, _v in rows if (c, n.casefold()) in have)

    def _counted(self, table: str, in_file: int, copied: int, found: int,
                 merged: int = 0) -> None:
        if found != in_file:
            raise MoveRefused(
                f"{table}: {in_file} row(s) in the file but {found} found in the team "
                "database after copying; nothing was moved", MoveFault.COUNTED, table=table,
                in_file=in_file, found=found)
        self.report.tables.append(TableMove(table, in_file, copied, merged))


def _team_key(table: str, row: Sequence[Any]) -> Hashable:
    """What tells a row from another to the team database: a custom field's name there
    ignores case, as a group's does (ICU's, near enough str.casefold)."""
    if table == "contact_fields":
        return row[0], row[1].casefold()
    return tuple(row[:2]) if table == "group_members" else row[1 if table == "templates" else 0]


def _merged(keys: Iterable[Hashable]) -> int:
    """How many of the rows share their team row with another of the file's."""
    return sum(n for n in Counter(keys).values() if n > 1)


def _key(row_id: int, stamp: float) -> str:
    # The creation stamp tells the file's row 5 from another file's row 5.
    return f"{row_id}@{stamp!r}"


def _count(conn: PgConnection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
