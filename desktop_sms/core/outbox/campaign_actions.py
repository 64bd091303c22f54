"""What is done to a campaign as one: send again to its failed messages (and, when a
person asked after a warning, to its unknown ones), and its report written to CSV.

Sent again, the messages make a new campaign, "<name> (again)", each linked to the one
it repeats by ``resend_of``: the first campaign's counts and rate stay the record of how
it went (and it was told finished once), while the new one is followed, and told
finished, on its own."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from desktop_sms.core.export_file import (
    Progress,
    ShouldStop,
    Ticker,
    inert,
    replacing,
    suffix_of,
)
from desktop_sms.core.optout import OptOutList
from desktop_sms.core.outbox.campaigns import Campaign, Campaigns
from desktop_sms.core.outbox.export import write_csv_rows
from desktop_sms.core.outbox.export_words import ENGLISH, ExportWords
from desktop_sms.core.outbox.history import History, OutboxFilter
from desktop_sms.core.outbox.messages import NewCampaign, NewMessage
from desktop_sms.core.outbox.refusals import no_campaign
from desktop_sms.core.outbox.team_locks import hold_row
from desktop_sms.core.states import State
from desktop_sms.core.store import snapshot, transaction

if TYPE_CHECKING:
    from desktop_sms.core.outbox.pipeline import Outbox

AGAIN = " (again)"


class SentAgain(NamedTuple):
    ids: list[int]  # the new messages, queued
    campaign_id: int | None  # the new campaign (None: nothing was queued)
    opted_out: list[str]  # numbers skipped: on the opt-out list now
    already: int  # failed ones skipped: sent again before


def campaign_or_refuse(campaigns: Campaigns, campaign_id: int) -> Campaign:
    found = campaigns.get(campaign_id)
    if found is None:
        raise no_campaign(campaign_id)
    return found


def send_again(outbox: Outbox, campaign_id: int, *, unknown: bool = False) -> SentAgain:
    """Queue again, in one batch and a new campaign, the campaign's failed messages (and
    its unknown ones when ``unknown``: they may have arrived, so only when a person
    asked). Those sent again before are skipped (twice pressed is not twice sent), and so
    are numbers on the opt-out list; ``Outbox.check`` checks the plan's rules again."""
    # What was sent again before, read in the transaction that queues the rest: a second
    # sender (the window and a command, or another workstation, at once) waits, then
    # finds them sent again.
    with transaction(outbox.conn):
        hold_row(outbox.conn, "campaigns", campaign_id)
        campaign = campaign_or_refuse(Campaigns(outbox.conn), campaign_id)
        states = (State.FAILED, State.UNKNOWN) if unknown else (State.FAILED,)
        rows = outbox.conn.execute(
            f"SELECT * FROM messages WHERE campaign_id = ? AND state IN "
            f"({','.join('?' * len(states))}) ORDER BY id", (campaign_id, *states)).fetchall()
        again = {int(row[0]) for row in outbox.conn.execute(
            "SELECT resend_of FROM messages WHERE resend_of IS NOT NULL")}
        fresh = [row for row in rows if row["id"] not in again]
        opted_out = OptOutList(outbox.conn).numbers()
        wanted = [NewMessage(row["recipient"], row["text"], row["sender"], bool(row["flash"]),
                             bool(row["delivery_report"]), resend_of=row["id"])
                  for row in fresh if row["recipient"] not in opted_out]
        skipped = [row["recipient"] for row in fresh if row["recipient"] in opted_out]
        if not wanted:
            return SentAgain([], None, skipped, len(rows) - len(fresh))
        outbox.check(wanted)
        ids = outbox.insert(wanted, campaign=NewCampaign(
            campaign.name + AGAIN, campaign.text, campaign.template))
    new = outbox.get(ids[0])
    return SentAgain(ids, new.campaign_id if new else None, skipped, len(rows) - len(fresh))


def summary_rows(campaign: Campaign, words: ExportWords = ENGLISH) -> list[list[str]]:
    """The report's head: what the campaign was and how it went, a label and a value a
    row (the text made inert: it is anyone's)."""
    rate, label = campaign.delivery_rate, words.report
    rows = [[label.campaign, inert(campaign.name)], [label.text, inert(campaign.text)],
            [label.template, inert(campaign.template or "")],
            [label.created, words.when(campaign.created_at)],
            [label.finished, words.when(campaign.finished_at)],
            [label.messages, words.number(campaign.total, 0)]]
    rows += [[words.state(state).capitalize(), words.number(campaign.counts.get(state, 0), 0)]
             for state in State]
    rows += [[label.delivery_rate, "" if rate is None else words.percent(rate)],
             [label.credits, words.number(campaign.credits, 0)],
             [label.may_have_cost, words.number(campaign.maybe_credits, 0)]]
    return [[inert(name), value] for name, value in rows]


def export_report(history: History, campaign_id: int, path: Path, *, delimiter: str = ",",
                  progress: Progress | None = None,
                  should_stop: ShouldStop | None = None, words: ExportWords = ENGLISH) -> int:
    """Write the campaign's report to ``path`` (.csv) in ``words``: the summary, a blank row, then a
    row per message with every column of the outbox export (newest first). Replaced only
    once complete; returns how many messages. Raises ExportFailed, or InputError for a
    campaign that does not exist."""
    suffix_of(path, (".csv",))
    shown = OutboxFilter(campaign_id=campaign_id)
    with snapshot(history.conn):  # the summary and the rows agree
        campaign = campaign_or_refuse(Campaigns(history.conn), campaign_id)
        with replacing(path) as file:
            ticker = Ticker(campaign.total, progress, should_stop)
            text = io.TextIOWrapper(file, encoding="utf-8-sig", newline="")
            writer = csv.writer(text, delimiter=delimiter)
            writer.writerows(summary_rows(campaign, words))
            writer.writerow([])
            write_csv_rows(writer, history, shown, ticker, words)
            text.flush()
            text.detach()  # replacing() closes the file
    return ticker.finish()
