"""Campaigns: a bulk send followed as one. What makes a send a campaign and its default
name; the read-only queries the window and the command line show (counts per state,
delivery rate, cost); and the one write, ``mark_finished``.

Here, beside history.py, rather than in core/: a campaign is a group of outbox messages,
and every query is over the messages table and its ``messages_campaign`` index.

- **A campaign** is every send to 2 or more recipients, and any send given a name.
- **Delivery rate** = delivered ÷ (delivered + failed): of the messages with a final
  delivery report. Messages sent without asking for a report never get one, so dividing
  by all that left would make a send without reports look like a failure. None until
  one report came.
- **Cost** = the parts of the messages the gateway took (accepted, sent, delivered,
  failed: each part is charged when accepted). ``unknown`` and ``sending`` ones may have
  cost their parts too: counted apart, as "may have cost".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from desktop_sms.core.errors import InputError
from desktop_sms.core.invisible import one_line
from desktop_sms.core.outbox.messages import NewCampaign
from desktop_sms.core.states import STATE_BY_VALUE, UNFINISHED, State, sql_list
from desktop_sms.core.store import now, transaction

if TYPE_CHECKING:
    from desktop_sms.core.store import Connection, Row

TAKEN = (State.ACCEPTED, State.SENT, State.DELIVERED, State.FAILED)
MAYBE_TAKEN = (State.SENDING, State.UNKNOWN)
NAME_WORDS = 4  # of the text, in a default name
NAME_CHARACTERS = 40
# A name is a list entry, not a text. Refused rather than cut: a name cut short could
# lose what tells it from another; the window's field takes no more.
MAX_NAME_CHARS = 100
_FIELD_BEFORE_MARK_RE = re.compile(r"\s*\{[^{}]*\}(?=[!?.,;:…])|\{[^{}]*\}")
_NO_COUNTS: Mapping[State, int] = MappingProxyType({})


def default_name(text: str, when: datetime) -> str:
    """A name when none was typed: the text's first words and the local date and time,
    enough to tell one send from another ("Sale starts Friday… · 2026-11-27 09:30")."""
    # A field dropped before punctuation ("σας {first_name}!") leaves no space before it.
    words = one_line(_FIELD_BEFORE_MARK_RE.sub("", text)).split()
    start = " ".join(words[:NAME_WORDS])[:NAME_CHARACTERS].rstrip()
    if len(words) > NAME_WORDS or len(start) < len(" ".join(words)):
        start += "…"
    stamp = f"{when:%Y-%m-%d %H:%M}"
    # No English word for a text of merge fields only: the window names it in no language.
    return f"{start} · {stamp}" if start else stamp


def campaign_for(name: str, text: str, recipients: int, template: str | None = None, *,
                 when: datetime | None = None) -> NewCampaign | None:
    """The campaign a send makes (see the module's rule), or None for a lone message.
    The name is kept to what can be seen, on one line (core/invisible.py): the window and
    the command line print it. Raises InputError for a name over MAX_NAME_CHARS."""
    name = one_line(name)
    if len(name) > MAX_NAME_CHARS:
        raise InputError(f"a campaign's name can have at most {MAX_NAME_CHARS} characters "
                         f"(this one has {len(name):,})")
    if not name and recipients < 2:
        return None
    return NewCampaign(name or default_name(text, when or datetime.now()), text, template)


class Campaign(NamedTuple):
    """A campaign with its messages counted by state, as the list and the report show it."""
    id: int
    name: str
    text: str
    template: str | None
    created_at: float
    finished_at: float | None
    counts: Mapping[State, int]  # states with no message are absent
    credits: int  # parts of the messages the gateway took
    maybe_credits: int  # parts of those that may have reached it (unknown, sending)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count(self, *states: State) -> int:
        return sum(self.counts.get(state, 0) for state in states)

    @property
    def delivery_rate(self) -> float | None:
        """Delivered ÷ those with a final report (0..1), or None before the first one."""
        reported = self.count(State.DELIVERED, State.FAILED)
        return self.count(State.DELIVERED) / reported if reported else None


class Finished(NamedTuple):
    id: int
    name: str


_CAMPAIGN_SQL = "SELECT id, name, text, template, created_at, finished_at FROM campaigns"
_COUNTS_SQL = ("SELECT campaign_id, state, count(*), sum(parts) FROM messages "
               "WHERE campaign_id {} GROUP BY campaign_id, state")


class Campaigns:
    """Reads over one connection, from the thread that opened it (the GUI's read-only
    one will do)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def all(self) -> list[Campaign]:
        """Every campaign, newest first, counted in one pass over the messages index."""
        heads = self.conn.execute(_CAMPAIGN_SQL + " ORDER BY id DESC").fetchall()
        counted = self._counts(_COUNTS_SQL.format("IS NOT NULL"), ())
        return [_campaign(head, counted.get(head[0])) for head in heads]

    def get(self, campaign_id: int) -> Campaign | None:
        head = self.conn.execute(_CAMPAIGN_SQL + " WHERE id = ?", (campaign_id,)).fetchone()
        if head is None:
            return None
        counted = self._counts(_COUNTS_SQL.format("= ?"), (campaign_id,))
        return _campaign(head, counted.get(campaign_id))

    def _counts(self, sql: str, params: tuple[object, ...]
                ) -> dict[int, tuple[dict[State, int], int, int]]:
        found: dict[int, tuple[dict[State, int], int, int]] = {}
        cursor = self.conn.cursor()
        cursor.row_factory = None  # plain tuples: a row object per group costs more
        for campaign_id, value, count, parts in cursor.execute(sql, params):
            counts, credits, maybe = found.get(campaign_id, ({}, 0, 0))
            state = STATE_BY_VALUE[value]
            counts[state] = count
            credits += int(parts) if state in TAKEN else 0
            maybe += int(parts) if state in MAYBE_TAKEN else 0
            found[campaign_id] = counts, credits, maybe
        return found


def _campaign(head: Row, counted: tuple[dict[State, int], int, int] | None
              ) -> Campaign:
    counts, credits, maybe = counted or (_NO_COUNTS, 0, 0)
    return Campaign(head["id"], head["name"], head["text"], head["template"],
                    head["created_at"], head["finished_at"], counts, credits, maybe)


def mark_finished(conn: Connection) -> list[Finished]:
    """Set ``finished_at`` of the campaigns whose every message is final (delivered,
    failed, rejected, cancelled or unknown), once: returns those just finished, to tell
    them once. Each check is a lookup in the messages index."""
    with transaction(conn):
        rows = conn.execute(
            "UPDATE campaigns SET finished_at = ? WHERE finished_at IS NULL AND NOT EXISTS "
            "(SELECT 1 FROM messages WHERE campaign_id = campaigns.id "
            f"AND state IN ({sql_list(UNFINISHED)})) RETURNING id, name", (now(),)).fetchall()
    return sorted(Finished(int(row[0]), str(row[1])) for row in rows)
