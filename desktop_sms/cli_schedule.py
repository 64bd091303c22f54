"""Scheduled sends on the command line: `send --at TIME`, what `resume` releases first,
`outbox reschedule ID… --at TIME`, and how a scheduled message's time is printed.

Times are read in local time (core/sending/schedule.py); a bad, skipped or past time is
one `error:` line, exit 2, before anything is queued.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from itertools import groupby

from desktop_sms.cli_report import id_range
from desktop_sms.core.errors import InputError
from desktop_sms.core.outbox.campaigns import mark_finished
from desktop_sms.core.outbox.messages import NewCampaign, NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.sending.schedule import (
    OVERDUE_AFTER,
    Schedule,
    SendAt,
    english,
    read_send_at,
)
from desktop_sms.core.sending.schedule import local_and_utc as when
from desktop_sms.core.store import now


def send_at(args: argparse.Namespace) -> SendAt | None:
    """`--at`, read and checked now (None: send now); its note, if any, on stderr."""
    if getattr(args, "at", None) is None:
        return None
    chosen = read_send_at(args.at, now=now())
    if chosen.note is not None:
        print(f"warning: {english(chosen.note)}", file=sys.stderr)
    return chosen


def schedule(outbox: Outbox, messages: Sequence[NewMessage], chosen: SendAt,
             campaign: NewCampaign | None) -> int:
    """Queue ``messages`` as scheduled; nothing is sent now."""
    ids = outbox.enqueue(messages, campaign=campaign, send_at=chosen.instant)
    for message_id in ids:
        print(f"{message_id}\tscheduled\t{when(chosen.instant)}")
    print(f"scheduled {id_range(ids)} for {when(chosen.instant)}: the desktop-sms window "
          "sends them then if it is running, else `desktop-sms resume` does",
          file=sys.stderr)
    return 0


def release_for_resume(outbox: Outbox) -> None:
    """A person ran `resume`: every scheduled message that is due is queued, the long
    overdue ones too, each named in a warning."""
    stamp = now()
    release = Schedule(outbox.conn).release_due(stamp, overdue_after=None)
    overdue = [due for due in release.released if due.send_at < stamp - OVERDUE_AFTER]
    for at, group in groupby(sorted(overdue, key=lambda due: (due.send_at, due.id)),
                             key=lambda due: due.send_at):
        print(f"warning: {id_range([due.id for due in group])}: due at {when(at)}, more "
              "than an hour ago; sending now", file=sys.stderr)


def change(args: argparse.Namespace, outbox: Outbox) -> int:
    """`outbox cancel ID…` and `outbox reschedule ID… --at TIME`."""
    if args.outbox_command == "cancel":
        cancelled = outbox.cancel(args.ids)
        mark_finished(outbox.conn)  # a campaign's last scheduled ones cancelled: it ends
        for message_id in cancelled:
            print(f"{message_id}\tcancelled")
        _refuse_others("not cancelled (not queued or scheduled, or no such message)",
                       args.ids, cancelled)
        return 0
    return reschedule(outbox, args.ids, args.at)


def reschedule(outbox: Outbox, ids: Sequence[int], at: str) -> int:
    chosen = read_send_at(at, now=now())
    changed = Schedule(outbox.conn).reschedule(ids, chosen.instant)
    for message_id in changed:
        print(f"{message_id}\tscheduled\t{when(chosen.instant)}")
    if chosen.note is not None:
        print(f"warning: {english(chosen.note)}", file=sys.stderr)
    _refuse_others("not rescheduled (sent or on its way, cancelled, or no such message)",
                   ids, changed)
    return 0


def _refuse_others(why: str, asked: Sequence[int], done: Sequence[int]) -> None:
    others = [i for i in asked if i not in set(done)]
    if others:
        raise InputError(f"{why}: {', '.join(map(str, others))}")
