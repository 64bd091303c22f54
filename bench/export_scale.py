"""Exports at scale: 100,000 outbox rows to CSV and XLSX, 100,000 contacts to CSV and vCard.

Run: .venv/bin/python -m bench.export_scale

Each export runs in a forked child, so its peak memory (VmHWM) is its own; the same export
of a tenth as many rows shows that memory does not grow with the rows (streaming).
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop_sms.core import store
from desktop_sms.core.contact_export import export_contacts
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.outbox.export import export_outbox
from desktop_sms.core.outbox.history import History, OutboxFilter
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox

ROWS = 100_000


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


def measure(label: str, export: Callable[[], int]) -> None:
    """Run ``export`` in a child; print its time, rows, and peak memory above the start."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its own peak
        os.close(reader)
        before = _status_kib("VmRSS")
        start = time.perf_counter()
        count = export()
        elapsed = time.perf_counter() - start
        peak = _status_kib("VmHWM")
        os.write(writer, f"{count} {elapsed} {before} {peak}".encode())
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader) as answer:
        count, elapsed, before, peak = answer.read().split()
    os.waitpid(pid, 0)
    print(f"{label:<34} {int(count):>8,} rows {float(elapsed):6.2f} s   "
          f"peak RSS {int(peak) / 1024:6.1f} MiB (+{(int(peak) - int(before)) / 1024:5.1f} "
          "MiB over the start)")


def fill(folder: Path, rows: int) -> None:
    conn = store.connect(store.database_path(folder))
    outbox = Outbox(conn)
    ids = outbox.enqueue([NewMessage(f"+3069{i:08d}", f"Γεια σου πελάτη {i % 50}, η "
                                     "παραγγελία σου είναι έτοιμη", sender="Shop")
                          for i in range(rows)])
    # What sending leaves: accepted with a gateway id and times (bench only writes SQL).
    conn.execute("UPDATE messages SET state = 'delivered', attempts = 1, "
                 "sending_at = created_at, accepted_at = created_at, sent_at = created_at, "
                 "final_at = created_at, gateway_id = CAST(1795600000000000 + id AS TEXT), "
                 "gateway_status = 'd' WHERE id BETWEEN ? AND ?", (ids[0], ids[-1]))
    stamp = time.time()
    with store.transaction(conn):
        conn.executemany(
            "INSERT INTO contacts (name, number, notes, first_name, last_name, created_at, "
            "updated_at) VALUES (?, ?, '', ?, ?, ?, ?)",
            ((f"Ελένη Παπαδοπούλου {i}", f"+3069{i:08d}", "Ελένη", f"Παπαδοπούλου {i}",
              stamp, stamp) for i in range(rows)))
        conn.executemany("INSERT INTO contact_fields (contact_id, name, value) "
                         "VALUES (?, 'Πόλη', 'Αθήνα')", ((i,) for i in range(1, rows + 1)))
    conn.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for rows in (ROWS // 10, ROWS):
            folder = Path(tmp) / str(rows)
            folder.mkdir()
            fill(folder, rows)
            conn = store.connect(store.database_path(folder), cache_kib=store.READER_CACHE_KIB)
            history, book = History(conn), AddressBook(conn)
            for suffix in (".csv", ".xlsx"):
                path = folder / f"outbox{suffix}"
                measure(f"outbox {rows:,} to {suffix}", lambda path=path, history=history:
                        export_outbox(history, OutboxFilter(), path))
            for suffix in (".csv", ".vcf"):
                path = folder / f"contacts{suffix}"
                measure(f"contacts {rows:,} to {suffix}",
                        lambda path=path, book=book: export_contacts(book, path))
            conn.close()


if __name__ == "__main__":
    main()
