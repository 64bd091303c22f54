"""The gateway's replies a drain holds when its team database connection fails mid-send.

The requests out may all have been accepted: their gateway ids must reach the messages,
or the delivery statuses that follow match nothing and the rows stay ``unknown``. So once
the requests have finished, the replies are recorded over a new connection; if the server
cannot be reached, they are kept in a rescue file (a private folder, as status_fetch keeps
status replies) that the next recovery on this computer records.

Only on the rows that drain claimed and nothing decided since: still ``sending``, or
flagged ``unknown`` as interrupted by another workstation's recovery (its claimer was
gone) — not a row a later reply, status or person moved on; and a flagged row is never
queued again (a person may have sent it again meanwhile).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from desktop_sms.core.outbox.message_errors import INTERRUPTED, ErrorCode, MessageError
from desktop_sms.core.outbox.messages import Change
from desktop_sms.core.rescue import kept_files, private_dir, rescue_folder, set_aside
from desktop_sms.core.states import State
from desktop_sms.core.store import TeamSource, close_quietly, is_team, source_of, transaction
from desktop_sms.gateway import SendResult

if TYPE_CHECKING:
    from desktop_sms.core.outbox.pipeline import Outbox

log = logging.getLogger(__name__)


class Outcome(NamedTuple):
    """What one request's reply does to its message."""

    message_id: int
    state: State  # ACCEPTED, REJECTED, UNKNOWN, or QUEUED (to go again after retry_in)
    error: MessageError | None = None
    reply: SendResult | None = None  # accepted
    retry_in: float = 0.0


def write(outbox: Outbox, outcome: Outcome) -> Change:
    """Record ``outcome``, inside the caller's transaction."""
    if outcome.reply is not None:
        return outbox.accepted(outcome.message_id, outcome.reply)
    assert outcome.error is not None
    if outcome.state is State.QUEUED:
        return outbox.requeue(outcome.message_id, outcome.error, backoff=outcome.retry_in)
    return outbox.finish(outcome.message_id, outcome.state, outcome.error)


def record(outbox: Outbox, claimer: int, outcomes: Sequence[Outcome]) -> list[Change]:
    """Record the outcomes of rows ``claimer`` (a session's id) claimed that nothing
    decided since (a team database only); then the statuses that came meanwhile."""
    assert is_team(outbox.conn)
    if not outcomes:
        return []
    marks = ", ".join("?" * len(outcomes))
    with transaction(outbox.conn):  # the rows locked: no recovery or status between
        still_open = {int(row[0]): State(row[1]) for row in outbox.conn.execute(
            f"SELECT id, state FROM messages WHERE id IN ({marks}) AND claimed_by = ? "
            "AND (state = ? OR (state = ? AND error_code = ?)) FOR UPDATE",
            (*(o.message_id for o in outcomes), claimer, State.SENDING, State.UNKNOWN,
             INTERRUPTED.code.value))}
        # A row flagged unknown may have been sent again by a person since: it is never
        # queued again (twice to that number), only told what the gateway said.
        mine = [o for o in outcomes if o.message_id in still_open and not (
            o.state is State.QUEUED and still_open[o.message_id] is State.UNKNOWN)]
        changes = [write(outbox, outcome) for outcome in mine]
    accepted = [o.reply.sms_id for o in mine if o.reply is not None]
    return changes + outbox.apply_raced(accepted)


def save(source: TeamSource, claimer: int, outcomes: Sequence[Outcome]) -> list[Change]:
    """Record ``outcomes`` over a new connection to ``source``; when that fails, keep
    them in a rescue file. Returns what was recorded."""
    from desktop_sms.core.outbox.pipeline import Outbox
    from desktop_sms.core.store import postgres

    if not outcomes:
        return []
    try:
        conn = postgres.connect(source.location, source.password, migrate=False)
    except sqlite3.Error as exc:
        _keep(source, claimer, outcomes, exc)
        return []
    try:
        return record(Outbox(conn), claimer, outcomes)
    except sqlite3.Error as exc:
        _keep(source, claimer, outcomes, exc)
        return []
    finally:
        close_quietly(conn)


def restore(outbox: Outbox) -> list[Change]:
    """Record the replies kept in rescue files for this team database, oldest first."""
    source = source_of(outbox.conn)
    if not isinstance(source, TeamSource):
        return []
    changes: list[Change] = []
    for path in kept_files(_rescue_dir(source), "sent-*.json"):
        try:
            claimer, outcomes = _read(path)
        except FileNotFoundError:  # another process on this computer took it meanwhile
            continue
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("kept send replies %s set aside: %s", path, exc)
            set_aside(path)
            continue
        changes += record(outbox, claimer, outcomes)  # twice is harmless: rows checked
        path.unlink(missing_ok=True)  # only once the database has them
        log.info("recorded the kept send replies %s (%d)", path, len(outcomes))
    return changes


def _rescue_dir(source: TeamSource) -> Path:
    return rescue_folder("sent", source.location.display)  # beside the status rescues


def _keep(source: TeamSource, claimer: int, outcomes: Sequence[Outcome],
          exc: sqlite3.Error) -> None:
    rows = [[o.message_id, o.state.value, o.retry_in,
             None if o.error is None else [o.error.text, o.error.code.value, dict(o.error.params)],
             None if o.reply is None else [o.reply.sms_id, str(o.reply.balance)]]
            for o in outcomes]
    try:
        path = private_dir(_rescue_dir(source), create=True) / f"sent-{time.time_ns()}.json"
        partial = path.with_suffix(".part")
        with open(partial, "w", encoding="utf-8") as handle:
            json.dump({"claimer": claimer, "outcomes": rows}, handle)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)  # whole or not at all
    except OSError as write_error:
        log.error("the replies to %d sent messages are lost: %s; keeping them failed: %s",
                  len(outcomes), exc, write_error)
        return
    log.warning("the replies to %d sent messages are kept in %s: %s", len(outcomes), path,
                exc)


def _read(path: Path) -> tuple[int, list[Outcome]]:
    found = json.loads(path.read_text(encoding="utf-8"))
    outcomes = []
    for message_id, state, retry_in, error, reply in found["outcomes"]:
        outcomes.append(Outcome(
            int(message_id), State(state),
            None if error is None else MessageError(error[0], ErrorCode(error[1]),
                                                    {str(k): str(v) for k, v in error[2].items()}),
            None if reply is None else SendResult(str(reply[0]), Decimal(reply[1])),
            float(retry_in)))
    return int(found["claimer"]), outcomes
