"""Outbox at scale: enqueue 100,000 messages; apply 100,000 status updates to 1,000,000.

Run: .venv/bin/python -m bench.outbox_scale

Two apply figures: the usual case (a history of 900,000 finished messages and a bulk send
of 100,000 whose statuses arrive, in random order) and the worst case (100,000 updates
scattered over 1,000,000 messages that are all still in flight).
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from desktop_sms.core import store
from desktop_sms.core.outbox import NewMessage, Outbox
from desktop_sms.gateway import DeliveryStatus, StatusUpdate

BATCH = 100_000
TOTAL = 1_000_000


def build(folder: Path) -> tuple[Outbox, float]:
    outbox = Outbox(store.connect(store.database_path(folder)))
    messages = [NewMessage(f"+3069{i:08d}", f"Hello customer {i % 50}, your order is ready")
                for i in range(BATCH)]
    start = time.perf_counter()
    outbox.enqueue(messages)
    enqueue = time.perf_counter() - start
    for _ in range(TOTAL // BATCH - 1):
        outbox.enqueue(messages)
    # Numeric gateway ids, as easysms gives; every message accepted.
    outbox.conn.execute("UPDATE messages SET state = 'accepted', "
                        "gateway_id = CAST(1795600000000000 + id AS TEXT)")
    outbox.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return outbox, enqueue


def apply(outbox: Outbox, message_ids: list[int]) -> float:
    updates = [StatusUpdate(str(1795600000000000 + i), DeliveryStatus.DELIVERED, "d")
               for i in message_ids]
    start = time.perf_counter()
    changes = outbox.record_statuses(updates)
    elapsed = time.perf_counter() - start
    assert len(changes) == len(updates) and outbox.unmatched_updates() == 0
    return elapsed


def main() -> None:
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        outbox, enqueue = build(folder)
        print(f"enqueue {BATCH:,} messages in one batch: {enqueue:6.2f} s (target <= 2 s)")
        worst = apply(outbox, rng.sample(range(1, TOTAL + 1), BATCH))
        outbox.conn.execute("UPDATE messages SET state = 'delivered' WHERE id <= ?",
                            (TOTAL - BATCH,))
        outbox.conn.execute("UPDATE messages SET state = 'accepted' WHERE id > ?",
                            (TOTAL - BATCH,))
        outbox.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        recent = rng.sample(range(TOTAL - BATCH + 1, TOTAL + 1), BATCH)
        usual = apply(outbox, recent)
        print(f"store + apply {BATCH:,} updates, 1,000,000 messages, usual case: "
              f"{usual:6.2f} s (target <= 1 s)")
        print(f"store + apply {BATCH:,} updates, 1,000,000 messages, worst case: {worst:6.2f} s")
        outbox.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = store.database_path(folder).stat().st_size / 2**20
        print(f"database size with {TOTAL:,} messages: {size:6.1f} MiB "
              f"({size * 2**20 / TOTAL:.0f} bytes per message)")
        outbox.conn.close()


if __name__ == "__main__":
    main()
