"""Contacts import at scale: 100,000 contacts from a CSV file, read + check + write.

Run: .venv/bin/python -m bench.contacts_import

The file is what a Greek office exports from Excel: Windows-1253, ';'-separated, first
and last names, a national mobile number (a tenth written in international form, a few
hundred invalid and a few hundred repeated), a group and a city column (a custom field).
Each run imports into a new, empty database; the figure is the median of REPEATS runs.
`import_figures()` returns the figures for bench/contacts_scale.py to print.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from desktop_sms.core import store
from desktop_sms.core.contact_import import (
    apply_import,
    check_import,
    existing_numbers,
    guess_mapping,
    read_file,
)
from desktop_sms.core.contacts import AddressBook

ROWS = 100_000
REPEATS = 3
LIMIT_SECONDS = 5.0

_FIRST = ["Γιάννης", "Μαρία", "Νίκος", "Ελένη", "Κώστας", "Δήμητρα", "Σοφία", "Παναγιώτης"]
_LAST = ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Νικολάου", "Κωνσταντίνου", "Ιωάννου"]
_CITY = ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Λάρισα"]


def write_csv(path: Path, rows: int = ROWS, seed: int = 11) -> None:
    rng = random.Random(seed)
    numbers = rng.sample(range(10**8), rows)
    lines = ["Όνομα;Επώνυμο;Κινητό;Ομάδα;Πόλη"]
    for i, n in enumerate(numbers):
        number = f"69{n:08d}"
        if i % 10 == 0:
            number = f"+30 {number[:3]} {number[3:]}"
        elif i % 331 == 0:
            number = number[:5]  # too short: rejected
        elif i % 337 == 0:
            number = lines[-1].split(";")[2]  # a repeat: skipped
        lines.append(f"{rng.choice(_FIRST)};{rng.choice(_LAST)};{number};"
                     f"Πελάτες {i % 20};{rng.choice(_CITY)}")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1253"))


def import_once(csv_path: Path, folder: Path) -> dict[str, float]:
    book = AddressBook(store.connect(folder / store.DB_FILE))
    try:
        start = time.perf_counter()
        table = read_file(csv_path)
        read = time.perf_counter()
        plan = check_import(table, guess_mapping(table), region="GR",
                            existing=existing_numbers(book))
        checked = time.perf_counter()
        assert plan is not None
        written = apply_import(book, plan)
        end = time.perf_counter()
        assert written is not None and written.added > ROWS * 0.99
        return {"read": read - start, "check": checked - read, "write": end - checked,
                "total": end - start}
    finally:
        book.conn.close()


def import_figures(repeats: int = REPEATS) -> dict[str, float]:
    """The median of each phase over ``repeats`` runs, in seconds."""
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "contacts.csv"
        write_csv(csv_path)
        runs = []
        for run in range(repeats):
            folder = Path(tmp) / f"run{run}"
            folder.mkdir()
            runs.append(import_once(csv_path, folder))
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def main() -> None:
    figures = import_figures()
    verdict = "ok" if figures["total"] <= LIMIT_SECONDS else "OVER"
    print(f"import {ROWS:,} contacts from CSV (median of {REPEATS}): "
          + ", ".join(f"{k} {v:.2f} s" for k, v in figures.items())
          + f"  [limit {LIMIT_SECONDS:g} s: {verdict}]")


if __name__ == "__main__":
    main()
