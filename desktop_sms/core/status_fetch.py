"""Fetching delivery statuses without ever losing one.

``get_status`` drains the gateway: each update is reported once. So (the design, issue 9):
1. **Do not drain when the reply could not be kept**: with less than ``MIN_FREE_BYTES``
   free in the data folder, statuses are left at the gateway and the user is told.
2. **A reply that still cannot be stored** (the disk filled meanwhile, a quota, a locked
   database) is written whole to a rescue file in the system's temporary folder, which the
   next refresh (window or command) stores first. Only if that write fails too is the
   reply lost, and the error says so.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_sms.core.outbox import Change, Outbox
from desktop_sms.core.storage_errors import explain
from desktop_sms.gateway import NetworkError
from desktop_sms.gateway.protocol import parse_status_reply

if TYPE_CHECKING:
    from desktop_sms.gateway.client import GatewayClient
    from desktop_sms.gateway.protocol import StatusUpdate

log = logging.getLogger(__name__)

# Twice the largest status reply the client accepts (8 MiB): the reply is written to the
# WAL and then applied, which touches as many pages again.
MIN_FREE_BYTES = 16 * 1024 * 1024


class StatusesNotFetched(Exception):
    """Statuses were left at the gateway: nothing was lost. The text says why."""


class StatusesNotStored(Exception):
    """A fetched reply could not be stored; the text says where it went (or that it is lost)."""


def refresh(outbox: Outbox, client: GatewayClient, folder: Path) -> list[Change]:
    """Store any rescued replies, then fetch, store and apply the new statuses."""
    changes = restore_rescued(outbox, folder)
    free = _free_bytes(folder)
    if free is not None and free < MIN_FREE_BYTES:
        raise StatusesNotFetched(
            f"the disk that holds {folder} has only {free / 1e6:.1f} MB free, so delivery "
            "statuses were not fetched; they wait at the gateway. Free some space, then "
            "refresh again.")
    try:
        updates = client.get_status()
    except NetworkError as exc:
        if not exc.maybe_sent:
            raise
        raise NetworkError(
            f"{exc}; any delivery reports the gateway sent in that reply are lost (the "
            "gateway reports each once), so their messages may stay 'accepted'",
            maybe_sent=True, timed_out=exc.timed_out) from None
    try:
        changes += outbox.record_statuses(updates)
    except sqlite3.Error as exc:
        raise StatusesNotStored(_rescue(folder, updates, exc)) from None
    return changes


def restore_rescued(outbox: Outbox, folder: Path) -> list[Change]:
    """Store and apply the replies earlier refreshes could not store, oldest first."""
    changes: list[Change] = []
    for path in sorted(_rescue_dir(folder).glob("reply-*.txt")):
        updates = parse_status_reply(path.read_bytes())
        changes += outbox.record_statuses(updates)
        path.unlink()  # only once the database has it (the commit above is durable)
        log.info("stored the rescued status reply %s (%d updates)", path, len(updates))
    return changes


def _rescue(folder: Path, updates: list[StatusUpdate], exc: sqlite3.Error) -> str:
    """Write the reply where the next refresh finds it; the message for the user."""
    reason = explain(exc, folder)
    body = "|".join(f"{u.sms_id}|{u.raw}" for u in updates)
    target = _rescue_dir(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
        path = target / f"reply-{time.time_ns()}.txt"
        partial = path.with_suffix(".part")
        with open(partial, "w", encoding="ascii") as handle:
            handle.write(body)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)  # whole or not at all: never a half reply to re-read
    except OSError as write_error:
        log.error("status reply of %d updates lost: %s; rescue failed: %s",
                  len(updates), exc, write_error)
        return (f"{reason} The {len(updates)} delivery status(es) just received could not be "
                "kept anywhere and are lost; the messages concerned keep their last state.")
    log.warning("status reply of %d updates kept in %s: %s", len(updates), path, exc)
    return (f"{reason} The {len(updates)} delivery status(es) just received are kept in "
            f"{path}; the next refresh stores them.")


def _rescue_dir(folder: Path) -> Path:
    # Beside the data folder's disk, which is the one that failed; named per data folder.
    tag = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"desktop-sms-statuses-{tag}"


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None
