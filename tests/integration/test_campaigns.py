"""Campaigns over the real pipeline and the simulator: counts, rate, cost, finished once,
send again to failed (and unknown), and the CSV report read back."""

from __future__ import annotations

import csv
import threading
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pytest

from desktop_sms.core import store
from desktop_sms.core.errors import InputError
from desktop_sms.core.export_file import ExportFailed
from desktop_sms.core.optout import OptOutList
from desktop_sms.core.outbox.campaign_actions import SentAgain, export_report, send_again
from desktop_sms.core.outbox.campaigns import (
    MAX_NAME_CHARS,
    Campaigns,
    campaign_for,
    default_name,
    mark_finished,
)
from desktop_sms.core.outbox.history import History, OutboxFilter
from desktop_sms.core.outbox.messages import NewCampaign, NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.sending.engine import Engine
from desktop_sms.core.sending.pacing import Pace
from desktop_sms.core.states import State
from desktop_sms.gateway.client import GatewayClient
from desktop_sms.simulator import FaultKind, GatewaySimulator
from tests.engines import another_writer

OK = ["+306912345671", "+306912345672", "+306912345673"]
BAD = ["+306912345670", "+306912345680"]  # the simulator fails numbers ending in 0
LONG = "x" * 200  # 2 parts in GSM-7


def _settle(outbox: Outbox, client: GatewayClient) -> None:
    Engine(outbox, client).run()
    time.sleep(0.3)  # the simulator's final statuses come after 0.2 s
    outbox.record_statuses(client.get_status())


def _campaign(outbox: Outbox, numbers: list[str], text: str = LONG,
              name: str = "Sale") -> int:
    ids = outbox.enqueue([NewMessage(n, text) for n in numbers],
                         campaign=NewCampaign(name, text))
    message = outbox.get(ids[0])
    assert message is not None and message.campaign_id is not None
    return message.campaign_id


def test_when_a_send_is_a_campaign_and_its_default_name() -> None:
    when = datetime(2026, 11, 27, 9, 30)
    assert campaign_for("", "hi", 1) is None
    assert campaign_for("  My  list ", "hi", 1) == NewCampaign("My list", "hi", None)
    made = campaign_for("", "Sale starts {name} on Friday at noon", 2, "promo", when=when)
    assert made == NewCampaign("Sale starts on Friday… · 2026-11-27 09:30",
                               "Sale starts {name} on Friday at noon", "promo")
    assert default_name("Hi", when) == "Hi · 2026-11-27 09:30"
    assert default_name("{name}", when) == "2026-11-27 09:30"  # no English word
    # A field dropped before punctuation leaves no space in front of it.
    assert default_name("Γεια σας {first_name|φίλε}! Οι προσφορές", when) == (
        "Γεια σας! Οι προσφορές · 2026-11-27 09:30")


def test_a_name_carries_no_hidden_characters_and_has_a_limit() -> None:
    """What would recolour or retitle a terminal, or reverse how a name reads, is dropped
    from a typed name and from a default one; a name over the limit is refused."""
    typed = "\x1b[31mRED\x1b]0;pwned\x07 \u202etxt.exe\u200b\x85 tail\r\n"
    made = campaign_for(typed, "hi", 2)
    assert made is not None and made.name == "[31mRED]0;pwned txt.exe tail"
    assert campaign_for("\u2066\u202e \x00", "hi", 1) is None  # nothing visible: no name
    joined = "می\u200cخواهم 👨\u200d👩\u200d👧"  # joiners shape words and emoji
    assert campaign_for(joined, "hi", 1) == NewCampaign(joined, "hi", None)
    when = datetime(2026, 11, 27, 9, 30)
    assert default_name("\u202eSale\x1b[2J now", when) == "Sale[2J now · 2026-11-27 09:30"
    assert campaign_for("x" * MAX_NAME_CHARS, "hi", 1) is not None
    with pytest.raises(InputError, match=f"at most {MAX_NAME_CHARS} characters .*120,000"):
        campaign_for("x" * 120_000, "hi", 2)


def test_counts_rate_and_cost_with_multipart_messages(
    sim: GatewaySimulator, client: GatewayClient, outbox: Outbox
) -> None:
    campaign_id = _campaign(outbox, OK + BAD)
    other = _campaign(outbox, [OK[0], OK[1]], "short", "Other")
    outbox.enqueue([NewMessage(OK[2], "not a campaign")])
    reader = Campaigns(outbox.conn)
    queued = reader.get(campaign_id)
    assert queued is not None
    assert (queued.counts, queued.credits, queued.delivery_rate) == ({State.QUEUED: 5}, 0, None)
    _settle(outbox, client)
    done = reader.get(campaign_id)
    assert done is not None
    assert dict(done.counts) == {State.DELIVERED: 3, State.FAILED: 2}
    assert done.credits == 10  # 5 messages of 2 parts, all taken
    assert done.delivery_rate == pytest.approx(0.6)
    assert [c.id for c in reader.all()] == [other, campaign_id]  # newest first
    assert reader.all()[0].credits == 2


def test_unknown_and_cancelled_counted_apart(
    sim: GatewaySimulator, client: GatewayClient, outbox: Outbox
) -> None:
    campaign_id = _campaign(outbox, OK)
    sim.inject("send_sms", FaultKind.GARBAGE, times=1)  # taken, but the reply is nonsense
    # One at a time: it stops at the first message in doubt, the others stay queued.
    Engine(outbox, client, pace=Pace(concurrency=1)).run()
    ids = [m.id for m in outbox.messages(State.QUEUED)]
    outbox.cancel(ids)
    found = Campaigns(outbox.conn).get(campaign_id)
    assert found is not None
    assert dict(found.counts) == {State.UNKNOWN: 1, State.CANCELLED: 2}
    assert (found.credits, found.maybe_credits) == (0, 2)


def test_finished_at_is_set_once(
    sim: GatewaySimulator, client: GatewayClient, outbox: Outbox
) -> None:
    campaign_id = _campaign(outbox, OK[:2])
    scheduled = outbox.enqueue([NewMessage(OK[2], "later")], send_at=time.time() + 3600,
                               campaign=NewCampaign("Later", "later"))
    assert mark_finished(outbox.conn) == []
    Engine(outbox, client).run()
    assert mark_finished(outbox.conn) == []  # accepted: reports still to come
    time.sleep(0.3)
    outbox.record_statuses(client.get_status())
    finished = mark_finished(outbox.conn)
    assert [(f.id, f.name) for f in finished] == [(campaign_id, "Sale")]
    first = Campaigns(outbox.conn).get(campaign_id)
    assert first is not None and first.finished_at is not None
    assert mark_finished(outbox.conn) == []  # told once
    again = Campaigns(outbox.conn).get(campaign_id)
    assert again is not None and again.finished_at == first.finished_at
    outbox.cancel(scheduled)
    assert [f.name for f in mark_finished(outbox.conn)] == ["Later"]


def test_send_again_to_failed_only_then_unknown_when_asked(
    sim: GatewaySimulator, client: GatewayClient, outbox: Outbox
) -> None:
    campaign_id = _campaign(outbox, OK + BAD)
    _settle(outbox, client)
    unknown_id = outbox.enqueue([NewMessage(OK[0], LONG)])[0]
    outbox.conn.execute("UPDATE messages SET state = 'unknown', campaign_id = ? WHERE id = ?",
                        (campaign_id, unknown_id))  # as a crash mid-send leaves one
    failed = {m.id: m.recipient for m in outbox.messages(State.FAILED)}

    again = send_again(outbox, campaign_id)
    assert len(again.ids) == 2 and again.campaign_id not in (None, campaign_id)
    made = [outbox.get(i) for i in again.ids]
    assert {(m.recipient, m.resend_of, m.state) for m in made if m} == {
        (number, old, State.QUEUED) for old, number in failed.items()}
    new = Campaigns(outbox.conn).get(again.campaign_id or 0)
    assert new is not None and new.name == "Sale (again)" and new.text == LONG

    twice = send_again(outbox, campaign_id)  # pressed twice: not sent twice
    assert (twice.ids, twice.already) == ([], 2)
    with_unknown = send_again(outbox, campaign_id, unknown=True)
    assert [outbox.get(i).resend_of for i in with_unknown.ids] == [  # type: ignore[union-attr]
        unknown_id]


def test_send_again_obeys_the_opt_out_list(
    sim: GatewaySimulator, client: GatewayClient, outbox: Outbox
) -> None:
    campaign_id = _campaign(outbox, OK + BAD)
    _settle(outbox, client)
    OptOutList(outbox.conn).add([BAD[0]], "asked")
    again = send_again(outbox, campaign_id)
    assert again.opted_out == [BAD[0]]
    assert [outbox.get(i).recipient for i in again.ids] == [BAD[1]]  # type: ignore[union-attr]
    with pytest.raises(InputError, match="no campaign 99"):
        send_again(outbox, 99)


def test_report_csv_read_back_with_formulas_made_inert(
    sim: GatewaySimulator, client: GatewayClient, outbox: Outbox, tmp_path: Path
) -> None:
    text = "=HYPERLINK(\"http://x\") " + "y" * 150
    campaign_id = _campaign(outbox, OK + BAD, text, name="+Promo")
    outbox.enqueue([NewMessage(OK[0], "not in it")])
    _settle(outbox, client)
    path = tmp_path / "report.csv"
    assert export_report(History(outbox.conn), campaign_id, path) == 5
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    blank = rows.index([])
    summary = dict(rows[:blank])
    assert summary["Campaign"] == "'+Promo"
    assert summary["Text"].startswith("'=HYPERLINK")
    assert (summary["Messages"], summary["Delivered"], summary["Failed"]) == ("5", "3", "2")
    assert (summary["Delivery rate"], summary["Credits"], summary["May have cost"]) == (
        "60.0%", "10", "0")
    header, *messages = rows[blank + 1:]
    assert len(messages) == 5
    column = {name: header.index(name) for name in header}
    assert {row[column["Recipient"]] for row in messages} == {
        "+30 " + n[3:] for n in OK + BAD}
    assert {row[column["State"]] for row in messages} == {"delivered", "failed"}
    assert all(row[column["Text"]] == "'" + text for row in messages)
    assert all(row[column["Parts"]] == "2" and row[column["Created"]] for row in messages)
    assert all(row[column["Final"]] for row in messages)
    failed = [row for row in messages if row[column["State"]] == "failed"]
    assert all(row[column["Error"]] for row in failed)


def test_report_refuses_other_formats_and_missing_campaigns(
    outbox: Outbox, tmp_path: Path
) -> None:
    with pytest.raises(ExportFailed):
        export_report(History(outbox.conn), 1, tmp_path / "r.xlsx")
    with pytest.raises(InputError):
        export_report(History(outbox.conn), 1, tmp_path / "r.csv")
    assert not list(tmp_path.glob("*r.csv*"))


def test_outbox_filter_by_campaign(outbox: Outbox) -> None:
    campaign_id = _campaign(outbox, OK)
    outbox.enqueue([NewMessage(OK[0], "alone")])
    history = History(outbox.conn)
    shown = OutboxFilter(campaign_id=campaign_id)
    assert history.count_shown(shown) == 3
    assert history.count_shown(OutboxFilter(State.QUEUED, "alone")) == 1
    assert history.count_shown(OutboxFilter(State.QUEUED, campaign_id=campaign_id)) == 3


def test_send_again_twice_at_once_queues_once(outbox: Outbox) -> None:
    """Two senders (the window and a command, or two workstations) send a campaign's
    failed messages again at once: the second starts while the first has read them and not
    yet committed its copies, and must find them sent again, not queue them a second time
    (on a team database, read committed, it must wait for the first)."""
    campaign_id = _campaign(outbox, BAD)
    outbox.conn.execute("UPDATE messages SET state = 'failed'")  # as the gateway reports
    first_inserting, second_started = threading.Event(), threading.Event()
    outcomes: dict[str, SentAgain] = {}
    source = store.source_of(outbox.conn)

    class HeldAtInsert(Outbox):
        def insert(self, messages: Sequence[NewMessage], *, campaign: NewCampaign | None = None,
                   send_at: float | None = None) -> list[int]:
            first_inserting.set()  # inside send_again's transaction, its reads done
            second_started.wait(10)
            time.sleep(0.5)  # the second would read now, if it did not wait for the first
            return super().insert(messages, campaign=campaign, send_at=send_at)

    def first() -> None:
        conn = another_writer(source)
        outcomes["first"] = send_again(HeldAtInsert(conn), campaign_id)
        conn.close()

    def second() -> None:
        conn = another_writer(source)
        first_inserting.wait(10)
        second_started.set()
        outcomes["second"] = send_again(Outbox(conn), campaign_id)
        conn.close()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(outcomes["first"].ids) == 2
    assert (outcomes["second"].ids, outcomes["second"].already) == ([], 2)
    copies = outbox.conn.execute("SELECT count(*) FROM messages WHERE resend_of IS NOT NULL")
    assert copies.fetchone()[0] == 2
