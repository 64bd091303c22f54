"""The outbox's refusals of a request (a message or campaign gone, a message that cannot
be sent again), as codes the window words in its language (ui/outbox_refusal_text.py);
``str()`` stays English for the command line."""

from __future__ import annotations

from enum import Enum

from desktop_sms.core.errors import Refusal
from desktop_sms.core.states import RESENDABLE, State


class OutboxFault(Enum):
    """The comment names each fault's parameters."""

    NO_MESSAGE = "no_message"  # id
    NOT_RESENDABLE = "not_resendable"  # id, state (State's value)
    NO_CAMPAIGN = "no_campaign"  # id
    ALREADY_SENT_AGAIN = "already_sent_again"  # id, again (the copy's id)


def no_message(message_id: int) -> Refusal:
    return Refusal(f"message {message_id} does not exist", OutboxFault.NO_MESSAGE,
                   id=message_id)


def not_resendable(message_id: int, state: State) -> Refusal:
    return Refusal(f"message {message_id} is {state}; only {', '.join(RESENDABLE)} messages "
                   "can be sent again", OutboxFault.NOT_RESENDABLE, id=message_id,
                   state=state.value)


def no_campaign(campaign_id: int) -> Refusal:
    return Refusal(f"there is no campaign {campaign_id}", OutboxFault.NO_CAMPAIGN,
                   id=campaign_id)


def already_sent_again(message_id: int, copy_id: int) -> Refusal:
    return Refusal(f"message {message_id} was sent again already, as message {copy_id}",
                   OutboxFault.ALREADY_SENT_AGAIN, id=message_id, again=copy_id)
