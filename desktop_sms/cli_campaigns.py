"""`desktop-sms campaigns list|show ID|resend-failed ID [--unknown]|export ID FILE`: bulk
sends followed as one (core/outbox/campaigns.py says what counts as one, its rate and its
cost). One line per campaign in ``list``; one `error:` line on any failure. What was
stored (names, texts) is printed with its control characters escaped: it may be anyone's."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_sms.core.errors import InputError
from desktop_sms.core.export_file import ExportFailed, english, local_time
from desktop_sms.core.invisible import escaped
from desktop_sms.core.outbox.campaign_actions import (
    SentAgain,
    campaign_or_refuse,
    export_report,
    send_again,
)
from desktop_sms.core.outbox.campaigns import Campaign, Campaigns
from desktop_sms.core.states import State

if TYPE_CHECKING:
    from desktop_sms.cli import Cli


def run(cli: Cli) -> int:
    args, campaigns = cli.args, Campaigns(cli.conn)
    action = args.campaigns_command
    if action == "list":
        print("id\tname\tcreated\tmessages\tstates\tdelivery rate\tcredits")
        for campaign in campaigns.all():
            print(_line(campaign))
        return 0
    if action == "show":
        print(_details(campaign_or_refuse(campaigns, args.campaign_id)))
        return 0
    if action == "export":
        path = Path(args.file)
        try:
            count = export_report(cli.outbox, args.campaign_id, path)
        except ExportFailed as exc:
            raise InputError(english(exc)) from None
        print(f"exported the report of campaign {args.campaign_id} ({count} "
              f"message{'' if count == 1 else 's'}) to {path}")
        return 0
    return _resend(cli, args.campaign_id, unknown=args.unknown)


def _resend(cli: Cli, campaign_id: int, *, unknown: bool) -> int:
    campaign_or_refuse(Campaigns(cli.conn), campaign_id)  # before the account is asked for
    outcome: list[SentAgain] = []

    def enqueue() -> list[int]:
        outcome.append(send_again(cli.outbox, campaign_id, unknown=unknown))
        again = outcome[0]
        for number in again.opted_out:
            print(f"skipped: {number} is on the opt-out list", file=sys.stderr)
        if again.already:
            print(f"skipped: {again.already} message(s) were sent again before",
                  file=sys.stderr)
        if again.ids:
            print(f"sending {len(again.ids)} message(s) again as campaign "
                  f"{again.campaign_id}", file=sys.stderr)
        else:
            print("nothing to send again", file=sys.stderr)
        return again.ids

    if unknown:
        print("warning: 'unknown' messages may have reached the gateway already; sent "
              "again, they may arrive twice", file=sys.stderr)
    return cli.queue_and_send(enqueue)


def _rate(campaign: Campaign) -> str:
    rate = campaign.delivery_rate
    return "" if rate is None else f"{rate:.1%}"


def _cost(campaign: Campaign) -> str:
    maybe = f" (+{campaign.maybe_credits} may have cost)" if campaign.maybe_credits else ""
    return f"{campaign.credits}{maybe}"


def _line(campaign: Campaign) -> str:
    states = ", ".join(f"{state.value} {campaign.counts[state]}" for state in State
                       if campaign.counts.get(state))
    return "\t".join((str(campaign.id), escaped(campaign.name),
                      local_time(campaign.created_at), str(campaign.total), states,
                      _rate(campaign), _cost(campaign)))


def _details(campaign: Campaign) -> str:
    lines = [f"campaign\t{campaign.id}", f"name\t{escaped(campaign.name)}",
             f"template\t{escaped(campaign.template or '')}",
             f"created\t{local_time(campaign.created_at)}",
             f"finished\t{local_time(campaign.finished_at)}",
             f"messages\t{campaign.total}"]
    lines += [f"{state.value}\t{campaign.counts.get(state, 0)}" for state in State]
    lines += [f"delivery rate\t{_rate(campaign)}", f"credits\t{_cost(campaign)}",
              f"text\t{escaped(campaign.text)}"]
    return "\n".join(lines)
