"""The easysms wire format: request parameters and reply parsing. Pure functions."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from enum import Enum
from typing import NamedTuple

from desktop_sms.gateway.errors import AuthError, ProtocolError, RejectedError

DEFAULT_URL = "https://www.net2sms.gr/srvauth/index"

# E.164 allows at most 15 digits; no real mobile number is shorter than 8 with its country code.
MSISDN_RE = re.compile(r"[1-9][0-9]{7,14}")
MAX_SENDER_CHARS, MAX_SENDER_DIGITS = 11, 16
ALNUM_SENDER_RE = re.compile(rf"[A-Za-z0-9 .\-]{{1,{MAX_SENDER_CHARS}}}")
NUMERIC_SENDER_RE = re.compile(rf"[0-9]{{1,{MAX_SENDER_DIGITS}}}")
# The gateway does not document a limit; 1,530 characters (ten GSM-7 parts) is far beyond any
# sane message and keeps a runaway paste from costing hundreds of credits.
MAX_TEXT_CHARS = 1530

GATEWAY_ID_RE = re.compile(r"[A-Za-z0-9_\-]{1,64}")
_STATUS_PAIR = r"[A-Za-z0-9_\-]{1,64}\|[A-Za-z0-9_\-]{0,16}"
_STATUS_REPLY_RE = re.compile(rf"{_STATUS_PAIR}(?:\|{_STATUS_PAIR})*")
# Balances are credits. They are whole in every reply seen, but nothing promises that, so
# they are Decimal: a fractional balance is shown exactly instead of being rounded away.
NUMBER_RE = re.compile(r"-?[0-9]{1,15}(?:\.[0-9]{1,6})?")
_AUTH_WORDS = re.compile(r"auth|login|password|credential|unauthori[sz]ed|forbidden", re.I)
_HTML_RE = re.compile(rb"^\s*<", re.S)
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
# Control characters no phone shows (NUL and friends); line breaks, tab and the form feed
# of the GSM alphabet are text.
INVISIBLE_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# A lone surrogate is what invalid UTF-8 on a command line decodes to; it cannot be sent.
LONE_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")
MAX_SHOWN_BODY = 200


class DeliveryStatus(Enum):
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"
    UNKNOWN = "unknown"


_STATUS_LETTERS = {
    "s": DeliveryStatus.SENT,
    "1": DeliveryStatus.SENT,
    "d": DeliveryStatus.DELIVERED,
    "2": DeliveryStatus.DELIVERED,
    "f": DeliveryStatus.FAILED,
    "3": DeliveryStatus.FAILED,
}


def delivery_status(raw: str) -> DeliveryStatus:
    """What a status letter means (the one table of them); UNKNOWN for letters we do not
    know. Updates keep only the letter: the outbox reads each distinct letter once."""
    return _STATUS_LETTERS.get(raw.lower(), DeliveryStatus.UNKNOWN)


class SendResult(NamedTuple):
    sms_id: str
    balance: Decimal


class StatusUpdate(NamedTuple):
    sms_id: str
    raw: str  # the letter as received, even one we do not know; see delivery_status()


def validate_msisdn(to: str) -> str:
    if not isinstance(to, str) or not MSISDN_RE.fullmatch(to):
        raise ValueError(
            f"'{_shown(to)}' is not an international mobile number: use digits only, "
            "country code first, no '+' or '00' (for example 306912345678)"
        )
    return to


class Fault(Enum):
    """Why the gateway would refuse a text or a sender ID. The send plan (core/plan.py)
    reports it as a problem code before anything is queued; the validators below refuse
    it again here, at the wire, in English."""

    EMPTY_TEXT = "empty_text"
    TEXT_TOO_LONG = "text_too_long"  # length, limit
    TEXT_INVISIBLE_CHAR = "text_invisible_char"  # char ('U+0000'), position (from 1)
    TEXT_NOT_UNICODE = "text_not_unicode"  # a lone surrogate
    SENDER_TOO_MANY_DIGITS = "sender_too_many_digits"  # limit
    SENDER_TOO_LONG = "sender_too_long"  # sender, length, limit
    SENDER_BAD_CHARS = "sender_bad_chars"  # sender


class Refusal(NamedTuple):
    fault: Fault
    params: Mapping[str, str | int]


def text_refusal(text: str) -> Refusal | None:
    if not text or not text.strip():
        return Refusal(Fault.EMPTY_TEXT, {})
    if len(text) > MAX_TEXT_CHARS:
        return Refusal(Fault.TEXT_TOO_LONG, {"length": len(text), "limit": MAX_TEXT_CHARS})
    invisible = INVISIBLE_RE.search(text)
    if invisible:
        return Refusal(Fault.TEXT_INVISIBLE_CHAR, {
            "char": f"U+{ord(invisible.group()):04X}", "position": invisible.start() + 1})
    if LONE_SURROGATE_RE.search(text):
        return Refusal(Fault.TEXT_NOT_UNICODE, {})
    return None


def sender_refusal(originator: str) -> Refusal | None:
    if NUMERIC_SENDER_RE.fullmatch(originator):
        return None
    if originator.isascii() and originator.isdigit():  # not '١٢٣': those are not 0-9
        return Refusal(Fault.SENDER_TOO_MANY_DIGITS, {"limit": MAX_SENDER_DIGITS})
    if len(originator) > MAX_SENDER_CHARS:
        return Refusal(Fault.SENDER_TOO_LONG, {
            "sender": _shown(originator), "length": len(originator), "limit": MAX_SENDER_CHARS})
    if not ALNUM_SENDER_RE.fullmatch(originator) or not originator.strip():
        return Refusal(Fault.SENDER_BAD_CHARS, {"sender": _shown(originator)})
    return None


# The refusals in English, filled from their parameters.
_ENGLISH = {
    Fault.EMPTY_TEXT: "the message is empty",
    Fault.TEXT_TOO_LONG: "the message is {length:,} characters long; the limit is {limit:,}",
    Fault.TEXT_INVISIBLE_CHAR: "the message contains an invisible control character ({char}) "
                               "at position {position}; phones cannot show it — remove it",
    Fault.TEXT_NOT_UNICODE: "the message contains bytes that are not valid text (UTF-8)",
    Fault.SENDER_TOO_MANY_DIGITS: "a numeric sender ID can have at most {limit} digits",
    Fault.SENDER_TOO_LONG: "the sender ID '{sender}' is {length} characters long; the limit "
                           "is {limit} letters and digits",
    Fault.SENDER_BAD_CHARS: "the sender ID '{sender}' may only use the letters A-Z, digits, "
                            "spaces, dots and dashes",
}


def explain(refusal: Refusal) -> str:
    """The refusal in English: the wire layer's own errors, and the command line's."""
    return _ENGLISH[refusal.fault].format(**refusal.params)


def validate_originator(originator: str) -> str:
    _refuse(sender_refusal(originator))
    return originator


def validate_text(text: str) -> str:
    _refuse(text_refusal(text))
    return text


def _refuse(refusal: Refusal | None) -> None:
    if refusal is not None:
        raise ValueError(explain(refusal))


def send_params(
    to: str,
    text: str,
    *,
    originator: str | None = None,
    flash: bool = False,
    request_delivery: bool = False,
) -> dict[str, str]:
    """Validated query parameters for send_sms; raises ValueError before anything is sent."""
    params = {
        "cmd": "easysms",
        "action": "send_sms",
        "text": validate_text(text),
        "mobile_number": validate_msisdn(to),
    }
    if originator:
        params["originator"] = validate_originator(originator)
    if flash:
        params["flash"] = "true"
    if request_delivery:
        params["request_delivery"] = "true"
    return params


BALANCE_PARAMS = {"cmd": "easysms", "action": "get_balance", "balance": "true"}
STATUS_PARAMS = {"cmd": "easysms", "action": "get_status", "get_status": "true"}


def sanitize(body: bytes | str, limit: int = MAX_SHOWN_BODY) -> str:
    """A reply body made safe to show a person: decoded, one line, no control chars, short."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = _CONTROL_RE.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _shown(value: object) -> str:
    return sanitize(str(value), 40)


def _decode(body: bytes) -> str:
    if _HTML_RE.match(body):
        raise ProtocolError(
            "the server answered with a web page, not an easysms reply — "
            "check the gateway URL"
        )
    try:
        return body.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise ProtocolError(
            f"the gateway's reply is not text: {sanitize(body)!r}"
        ) from None


def _number(field: str, what: str, body: str) -> Decimal:
    if not NUMBER_RE.fullmatch(field):
        raise ProtocolError(f"the gateway sent {what} that is not a number: {sanitize(body)!r}")
    return Decimal(field)


def _raise_if_auth_failure(text: str) -> None:
    if _AUTH_WORDS.search(text):
        raise AuthError(f"the gateway refused the username or password ({sanitize(text)})")


def parse_send_reply(body: bytes) -> SendResult:
    text = _decode(body)
    fields = text.split("|")
    code = fields[0].strip()
    if not re.fullmatch(r"-?[0-9]{1,6}", code):
        _raise_if_auth_failure(text)
        raise ProtocolError(f"unexpected reply to send_sms: {sanitize(text)!r}")
    if code != "1":
        _raise_if_auth_failure(text)
        raise RejectedError(code, sanitize(text))
    if len(fields) != 3 or not GATEWAY_ID_RE.fullmatch(fields[1]):
        raise ProtocolError(f"incomplete reply to send_sms: {sanitize(text)!r}")
    return SendResult(sms_id=fields[1], balance=_number(fields[2], "a balance", text))


def parse_balance_reply(body: bytes) -> Decimal:
    text = _decode(body)
    if not NUMBER_RE.fullmatch(text):
        _raise_if_auth_failure(text)
    return _number(text, "a balance", text)


def format_status_reply(updates: Sequence[StatusUpdate]) -> str:
    """The reply as the gateway wrote it (parse_status_reply reads it back): for storing."""
    return "|".join(f"{u.sms_id}|{u.raw}" for u in updates)


def parse_status_reply(body: bytes) -> list[StatusUpdate]:
    text = _decode(body)
    if not text:
        return []
    # A trailing separator is harmless; anything else malformed is refused whole, since a
    # half-parsed reply could pair an id with the wrong status. One regex checks the whole
    # reply: a reply can carry 100,000 pairs, and per-field checks cost three times more.
    text = text.removesuffix("|")
    if not _STATUS_REPLY_RE.fullmatch(text):
        fields = text.split("|")
        if len(fields) % 2:
            _raise_if_auth_failure(text)
            raise ProtocolError(
                f"the status reply has an odd number of fields ({len(fields)}): "
                f"{sanitize(text)!r}"
            )
        raise ProtocolError(f"malformed status reply: {sanitize(text)!r}")
    fields = text.split("|")
    return [
        StatusUpdate(sms_id, raw) for sms_id, raw in zip(fields[::2], fields[1::2], strict=True)
    ]
