"""Outbox at scale: enqueue 100,000 messages; apply 100,000 status updates to 1,000,000.

Run: .venv/bin/python -m bench.outbox_scale

Two apply figures: the usual case (a history of 900,000 finished messages and a bulk send
of 100,000 whose statuses arrive, in random order) and the worst case (100,000 updates
scattered over 1,000,000 messages that are all still in flight at once).
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from desktop_sms.core import store
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.gateway import StatusUpdate

BATCH = 100_000
TOTAL = 1_000_000
REPEATS = 5


def accept(outbox: Outbox, ids: list[int]) -> None:
    """What send_one leaves behind: accepted, with a numeric gateway id as easysms gives."""
    outbox.conn.execute(
        "UPDATE messages SET state = 'accepted', attempts = 1, sending_at = created_at, "
        "accepted_at = created_at, gateway_id = CAST(1795600000000000 + id AS TEXT) "
        "WHERE id BETWEEN ? AND ?", (ids[0], ids[-1]))


CHECKPOINTS: list[float] = []  # the WAL copied back after each apply, as the worker does


def apply(outbox: Outbox, message_ids: list[int]) -> float:
    updates = [StatusUpdate(str(1795600000000000 + i), "d")
               for i in message_ids]
    start = time.perf_counter()
    changes = outbox.record_statuses(updates)
    elapsed = time.perf_counter() - start
    assert len(changes) == len(updates) and outbox.unmatched_updates() == 0
    start = time.perf_counter()
    outbox.checkpoint()
    CHECKPOINTS.append(time.perf_counter() - start)
    return elapsed


def undo(outbox: Outbox, ids: list[int]) -> None:
    """Back to accepted, so the same reply can be applied again."""
    outbox.conn.execute(
        "UPDATE messages SET state = 'accepted', gateway_status = NULL, sent_at = NULL, "
        "final_at = NULL WHERE id BETWEEN ? AND ?", (ids[0], ids[-1]))
    outbox.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def spread(times: list[float]) -> str:
    return (f"{statistics.median(times):5.2f} s median of {len(times)} "
            f"({min(times):.2f}-{max(times):.2f})")


def main() -> None:
    rng = random.Random(1)
    messages = [NewMessage(f"+3069{i:08d}", f"Hello customer {i % 50}, your order is ready")
                for i in range(BATCH)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        outbox = Outbox(store.connect(store.database_path(folder)))
        # Ten bulk sends of 100,000, each through the real life cycle (queued, accepted,
        # then its statuses in random order), so the file has the page layout that use
        # leaves. This VM's speed wanders by +-20%, so the last apply (the outbox then
        # holds 1,000,000) is repeated and the median given.
        enqueues: list[float] = []
        for _ in range(TOTAL // BATCH):
            start = time.perf_counter()
            ids = outbox.enqueue(messages)
            enqueues.append(time.perf_counter() - start)
            accept(outbox, ids)
            outbox.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            usual = [apply(outbox, rng.sample(ids, len(ids)))]
        for _ in range(REPEATS - 1):
            undo(outbox, ids)
            usual.append(apply(outbox, rng.sample(ids, len(ids))))
        print(f"enqueue {BATCH:,} messages in one batch: {spread(enqueues)} (target <= 2 s)")
        print(f"store + apply {BATCH:,} updates, {TOTAL:,} messages, usual case: "
              f"{spread(usual)} (target <= 1 s)")
        print(f"  then, with the results out, the WAL checkpoint: {spread(CHECKPOINTS[-5:])}")
        # Worst case: all 1,000,000 in flight at once, the updates scattered over them.
        accept(outbox, [1, TOTAL])
        outbox.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        worst = apply(outbox, rng.sample(range(1, TOTAL + 1), BATCH))
        print(f"store + apply {BATCH:,} updates, {TOTAL:,} messages, worst case: {worst:5.2f} s")
        outbox.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = store.database_path(folder).stat().st_size / 2**20
        print(f"database size with {TOTAL:,} messages: {size:6.1f} MiB "
              f"({size * 2**20 / TOTAL:.0f} bytes per message)")
        outbox.conn.close()


if __name__ == "__main__":
    main()
