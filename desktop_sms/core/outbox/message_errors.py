"""Why a message did not go, as stored with it: the English text (``messages.error``: the
command line, exports, the log) and beside it a code with its values
(``messages.error_code``/``error_params``) that the window words in its own language
(ui/message_error_text.py). Rows written before the code existed keep their text only."""

from __future__ import annotations

import json
from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType
from typing import NamedTuple

from desktop_sms.gateway import AuthError, GatewayError, NetworkError
from desktop_sms.gateway.errors import RejectedError


class ErrorCode(Enum):
    """The comment names each code's parameters; ``detail`` is the English of the
    network or the gateway, which the window shows in brackets."""

    REJECTED = "rejected"  # code (the gateway's return code), body (its words)
    AUTH = "auth"
    UNREACHABLE = "unreachable"  # detail: it never left; queued again
    NO_ANSWER = "no_answer"  # detail: it may have left
    UNREADABLE_ANSWER = "unreadable_answer"  # detail: it may have been accepted
    REFUSED_HERE = "refused_here"  # detail: the wire layer refused it (a ValueError)
    OPTED_OUT = "opted_out"
    INTERRUPTED = "interrupted"  # the program stopped while sending
    NOT_DELIVERED = "not_delivered"  # the mobile network's delivery report


class MessageError(NamedTuple):
    text: str  # English, stored in messages.error
    code: ErrorCode
    params: Mapping[str, str] = MappingProxyType({})

    @property
    def params_json(self) -> str | None:
        return json.dumps(dict(self.params), ensure_ascii=False) if self.params else None


OPTED_OUT = MessageError("on the opt-out list: not sent", ErrorCode.OPTED_OUT)
INTERRUPTED = MessageError("the program stopped while sending; the gateway may have it",
                           ErrorCode.INTERRUPTED)
NOT_DELIVERED = MessageError(
    "the mobile network reported that the message could not be delivered",
    ErrorCode.NOT_DELIVERED)


def of_gateway(exc: GatewayError | ValueError) -> MessageError:
    """The stored error for a send that raised ``exc``."""
    text = str(exc)
    if isinstance(exc, RejectedError):
        return MessageError(text, ErrorCode.REJECTED, {"code": exc.code, "body": exc.body})
    if isinstance(exc, AuthError):
        return MessageError(text, ErrorCode.AUTH)
    if isinstance(exc, NetworkError):
        code = ErrorCode.NO_ANSWER if exc.maybe_sent else ErrorCode.UNREACHABLE
        return MessageError(text, code, {"detail": text})
    if isinstance(exc, GatewayError):  # ProtocolError: it answered, but not readably
        return MessageError(text, ErrorCode.UNREADABLE_ANSWER, {"detail": text})
    return MessageError(text, ErrorCode.REFUSED_HERE, {"detail": text})


def params_of(stored: str | None) -> dict[str, str]:
    """The values stored in messages.error_params (none: {})."""
    found = json.loads(stored) if stored else {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}
