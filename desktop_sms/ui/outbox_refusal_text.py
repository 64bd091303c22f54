"""The outbox's refusals (core/outbox/refusals.py OutboxFault) in the user's language
(context "OutboxRefusalText"; one literal per fault, so the extraction tool sees each)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_sms.core.errors import Refusal
from desktop_sms.core.outbox.refusals import OutboxFault
from desktop_sms.core.states import State
from desktop_sms.ui.state_names import state_name


def describe(refusal: Refusal) -> str | None:
    """One sentence, or None for a refusal that is not the outbox's."""
    if not isinstance(refusal.code, OutboxFault):
        return None
    p = refusal.params
    translate = QCoreApplication.translate
    match refusal.code:
        case OutboxFault.NO_MESSAGE:
            return translate("OutboxRefusalText", "Message #{0} no longer exists.").format(
                p["id"])
        case OutboxFault.NOT_RESENDABLE:
            return translate("OutboxRefusalText", "Message #{0} is {1} now: only failed, "
                             "rejected, unknown or cancelled messages can be sent "
                             "again.").format(p["id"], state_name(State(str(p["state"]))))
        case OutboxFault.ALREADY_SENT_AGAIN:
            return translate("OutboxRefusalText", "Message #{0} was sent again already, as "
                             "message #{1}.").format(p["id"], p["again"])
        case OutboxFault.NO_CAMPAIGN:
            return translate("OutboxRefusalText",
                             "Campaign #{0} no longer exists.").format(p["id"])
