"""Why a message did not go, in the user's language (context "MessageErrorText"): core
stores the English text with a code and its values (core/outbox/message_errors.py). A row
without a code (written before it existed) or with one this version does not know shows
its stored text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_sms.core.outbox.message_errors import ErrorCode, params_of


def describe(text: str | None, code: str | None, params: str | None) -> str:
    """The Outbox's words for a message's stored error ("" for none)."""
    try:
        known = ErrorCode(code)
    except ValueError:
        return text or ""
    p = params_of(params)
    translate = QCoreApplication.translate
    # The gateway's and the network's own words are English: they come in brackets.
    match known:
        case ErrorCode.REJECTED:
            return translate("MessageErrorText", "The gateway refused the message (code {0}): "
                             "{1}").format(p.get("code", "?"), p.get("body", ""))
        case ErrorCode.AUTH:
            return translate("MessageErrorText",
                             "The gateway refused the username or password.")
        case ErrorCode.UNREACHABLE:
            return translate("MessageErrorText", "The gateway could not be reached; the "
                             "message was not sent ({0}).").format(p.get("detail", ""))
        case ErrorCode.NO_ANSWER:
            return translate("MessageErrorText", "No answer came from the gateway; the "
                             "message may have been sent ({0}).").format(p.get("detail", ""))
        case ErrorCode.UNREADABLE_ANSWER:
            return translate("MessageErrorText", "The gateway's answer could not be read; "
                             "the message may have been sent ({0}).").format(
                                 p.get("detail", ""))
        case ErrorCode.REFUSED_HERE:
            return translate("MessageErrorText", "The message was not sent: the gateway "
                             "would refuse it ({0}).").format(p.get("detail", ""))
        case ErrorCode.OPTED_OUT:
            return translate("MessageErrorText", "Not sent: the number is on the opt-out "
                             "list.")
        case ErrorCode.INTERRUPTED:
            return translate("MessageErrorText", "The program stopped while sending; the "
                             "gateway may have the message.")
        case ErrorCode.NOT_DELIVERED:
            return translate("MessageErrorText", "The mobile network reported that the "
                             "message could not be delivered.")
