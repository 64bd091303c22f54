"""Exactly once, with several writers on one database: a message sent again is not sent
again a second time (two workstations pressing at once, or a campaign's send again then
the message's own), on both engines."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import pytest

from desktop_sms.core import store
from desktop_sms.core.errors import Refusal
from desktop_sms.core.outbox.campaign_actions import send_again as send_campaign_again
from desktop_sms.core.outbox.message_errors import INTERRUPTED
from desktop_sms.core.outbox.messages import NewCampaign, NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.outbox.refusals import OutboxFault
from desktop_sms.core.states import State
from tests.engines import another_writer

GR = "+306912345601"


def _failed(outbox: Outbox, count: int = 1, *, campaign: bool = False) -> list[int]:
    ids = outbox.enqueue([NewMessage(f"{GR[:-1]}{i}", f"text {i}") for i in range(count)],
                         campaign=NewCampaign("C", "text", None) if campaign else None)
    with store.transaction(outbox.conn):
        for message_id in ids:
            outbox.finish(message_id, State.FAILED, INTERRUPTED)
    return ids


def _copies(outbox: Outbox, message_id: int) -> int:
    return int(outbox.conn.execute("SELECT count(*) FROM messages WHERE resend_of = ?",
                                   (message_id,)).fetchone()[0])


def test_a_message_sent_again_is_not_sent_again_twice(outbox: Outbox) -> None:
    (failed,) = _failed(outbox)
    again = outbox.send_again(failed)
    with pytest.raises(Refusal, match=f"message {failed} was sent again already") as refused:
        outbox.send_again(failed)
    assert refused.value.code is OutboxFault.ALREADY_SENT_AGAIN
    assert refused.value.params == {"id": failed, "again": again}
    assert _copies(outbox, failed) == 1
    # The copy, once failed in its turn, may be sent again: it was not sent again yet.
    with store.transaction(outbox.conn):
        outbox.finish(again, State.FAILED, INTERRUPTED)
    assert outbox.get(outbox.send_again(again)).resend_of == again  # type: ignore[union-attr]


def test_a_campaign_sent_again_then_one_of_its_messages(outbox: Outbox) -> None:
    first, second = _failed(outbox, 2, campaign=True)
    campaign_id = outbox.get(first).campaign_id  # type: ignore[union-attr]
    assert campaign_id is not None
    assert len(send_campaign_again(outbox, campaign_id).ids) == 2
    for message_id in (first, second):
        with pytest.raises(Refusal) as refused:
            outbox.send_again(message_id)
        assert refused.value.code is OutboxFault.ALREADY_SENT_AGAIN
        assert _copies(outbox, message_id) == 1


def test_two_workstations_send_a_message_again_at_once(outbox: Outbox) -> None:
    """The second asks while the first has read the message and not yet committed its
    copy: it must wait for the first (a row lock on a team database, the one writer on the
    SQLite file), then find it sent again."""
    (failed,) = _failed(outbox)
    source = store.source_of(outbox.conn)
    first_inserting, second_started = threading.Event(), threading.Event()
    outcomes: dict[str, object] = {}

    class HeldAtInsert(Outbox):
        def insert(self, messages: Sequence[NewMessage], *, campaign: NewCampaign | None = None,
                   send_at: float | None = None) -> list[int]:
            first_inserting.set()  # inside send_again's transaction, its reads done
            second_started.wait(10)
            time.sleep(0.5)  # the second would read now, if it did not wait for the first
            return super().insert(messages, campaign=campaign, send_at=send_at)

    def press(name: str, make: type[Outbox]) -> None:
        conn = another_writer(source)
        try:
            if name == "second":
                first_inserting.wait(10)
                second_started.set()
            outcomes[name] = make(conn).send_again(failed)
        except Refusal as exc:
            outcomes[name] = exc.code
        finally:
            conn.close()

    threads = [threading.Thread(target=press, args=("first", HeldAtInsert)),
               threading.Thread(target=press, args=("second", Outbox))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert isinstance(outcomes["first"], int)
    assert outcomes["second"] is OutboxFault.ALREADY_SENT_AGAIN
    assert _copies(outbox, failed) == 1
