"""Fetching delivery statuses without ever losing one.

``get_status`` drains the gateway: each update is reported once. So (the design, issue 9):
1. **Do not drain when the reply could not be kept**: with less than ``MIN_FREE_BYTES``
   free in the data folder, statuses are left at the gateway and the user is told.
2. **A reply that still cannot be stored** (the disk filled meanwhile, a quota, a locked
   database, a team database's server gone away) is written whole to a rescue file in
   the system's temporary folder, which the next refresh (window or command) stores
   first. Only if that write fails too is the reply lost, and the error says so.
3. A team database keeps the replies on its server's disk: (1) does not apply to it.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_sms.core.outbox.messages import Change
from desktop_sms.core.outbox.statuses import Statuses
from desktop_sms.core.rescue import kept_files, private_dir, rescue_folder, set_aside
from desktop_sms.core.storage_errors import explain
from desktop_sms.core.store import is_team
from desktop_sms.gateway import GatewayError, NetworkError, ProtocolError
from desktop_sms.gateway.protocol import format_status_reply, parse_status_reply

if TYPE_CHECKING:
    from desktop_sms.gateway.client import GatewayClient
    from desktop_sms.gateway.protocol import StatusUpdate

log = logging.getLogger(__name__)

# Twice the largest status reply the client accepts (8 MiB): the reply is written to the
# WAL and then applied, which touches as many pages again.
MIN_FREE_BYTES = 16 * 1024 * 1024


LOST = ("; any delivery reports the gateway sent in that reply are lost (the gateway "
        "reports each once), so their messages may stay 'accepted'")


class StatusesNotFetched(Exception):
    """Statuses were left at the gateway: nothing was lost. The text says why."""


class StatusesNotStored(Exception):
    """A fetched reply could not be stored; the text says where it went (or that it is lost)."""


def refresh(outbox: Statuses, client: GatewayClient, folder: Path) -> list[Change]:
    """Store any rescued replies, then fetch, store and apply the new statuses."""
    changes = restore_rescued(outbox, folder)
    free = None if is_team(outbox.conn) else _free_bytes(folder)
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
        raise NetworkError(f"{exc}{LOST}", maybe_sent=True, timed_out=exc.timed_out) from None
    except ProtocolError as exc:  # it answered, after draining what it had, maybe
        raise ProtocolError(f"{exc}{LOST}") from None
    try:
        changes += outbox.record_statuses(updates)
    except sqlite3.Error as exc:
        if not updates:  # nothing received, nothing to keep: the store's failure as it is
            raise
        raise StatusesNotStored(_rescue(folder, updates, exc)) from None
    return changes


def restore_rescued(outbox: Statuses, folder: Path) -> list[Change]:
    """Store and apply the replies earlier refreshes could not store, oldest first. On a
    team database, whichever workstation fetches now: storing them drains nothing."""
    changes: list[Change] = []
    for path in kept_files(_rescue_dir(folder), "reply-*.txt"):
        try:
            updates = parse_status_reply(path.read_bytes())
        except FileNotFoundError:  # another refresh of this folder stored it meanwhile
            continue
        except (OSError, GatewayError) as exc:  # not ours to block refreshes with: set aside
            log.warning("rescued status reply %s set aside: %s", path, exc)
            set_aside(path)
            continue
        changes += outbox.record_statuses(updates)
        # Only once the database has it (the commit above is durable); another refresh of
        # this folder (the window's and a command's) may have stored it meanwhile.
        path.unlink(missing_ok=True)
        log.info("stored the rescued status reply %s (%d updates)", path, len(updates))
    return changes


def _rescue(folder: Path, updates: list[StatusUpdate], exc: sqlite3.Error) -> str:
    """Write the reply where the next refresh finds it; the message for the user."""
    reason = explain(exc, folder)
    body = format_status_reply(updates)
    try:
        target = private_dir(_rescue_dir(folder), create=True)
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
    return rescue_folder("statuses", str(folder.resolve()))


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None
