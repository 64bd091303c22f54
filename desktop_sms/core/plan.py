"""The send plan: what a person typed, checked once by one set of rules, for Compose, the
command line and the outbox alike.

A plan names each recipient with its verdict, the parts per message, the credits, and what
is wrong as problem *codes* with parameters (the UI words them in the user's language;
``english`` words them for the command line and logs). The text and sender rules are the
gateway's own (protocol.text_refusal / sender_refusal), which the wire checks again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from enum import Enum
from types import MappingProxyType
from typing import NamedTuple

from desktop_sms.core import text as sms_text
from desktop_sms.core.errors import InputError
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.phone import Verdict
from desktop_sms.core.recipients import Recipient, Resolver, dedupe
from desktop_sms.gateway import protocol
from desktop_sms.gateway.protocol import LONE_SURROGATE_RE as LONE_SURROGATE_RE
from desktop_sms.gateway.protocol import MAX_TEXT_CHARS as MAX_TEXT_CHARS
from desktop_sms.gateway.urls import UrlFault, shown_url, url_english, url_fault

_Fault = protocol.Fault
_E164_RE = re.compile(r"\+" + protocol.MSISDN_RE.pattern)  # the gateway's number, with '+'


class Code(Enum):
    """What is wrong; the comment names each code's parameters."""

    NO_RECIPIENTS = "no_recipients"
    BLANK_RECIPIENT = "blank_recipient"  # an entry with nothing in it
    BAD_RECIPIENT = "bad_recipient"  # typed, reason (core.phone's words)
    EMPTY_GROUP = "empty_group"  # group
    # The gateway's rules for the text and the sender ID (protocol.Fault, same values).
    EMPTY_TEXT = _Fault.EMPTY_TEXT.value
    TEXT_TOO_LONG = _Fault.TEXT_TOO_LONG.value  # length, limit
    TEXT_INVISIBLE_CHAR = _Fault.TEXT_INVISIBLE_CHAR.value  # char ('U+0000'), position
    TEXT_NOT_UNICODE = _Fault.TEXT_NOT_UNICODE.value  # a lone surrogate: bad UTF-8 input
    SENDER_TOO_MANY_DIGITS = _Fault.SENDER_TOO_MANY_DIGITS.value  # limit
    SENDER_TOO_LONG = _Fault.SENDER_TOO_LONG.value  # sender, length, limit
    SENDER_BAD_CHARS = _Fault.SENDER_BAD_CHARS.value  # sender
    # The account's gateway address (urls.UrlFault, same values), checked in settings.
    URL_NOT_WEB_ADDRESS = UrlFault.NOT_WEB_ADDRESS.value  # url
    URL_HAS_LOGIN = UrlFault.HAS_LOGIN.value
    URL_PLAIN_HTTP = UrlFault.PLAIN_HTTP.value
    # Warnings: worth saying, but sending may go ahead.
    NUMBER_WARNING = "number_warning"  # typed, reason (core.phone's words)
    NOT_ENOUGH_CREDIT = "not_enough_credit"  # credits, balance

    @property
    def is_sender(self) -> bool:
        return self.value.startswith("sender_")


class Problem(NamedTuple):
    code: Code
    params: Mapping[str, str | int] = MappingProxyType({})


class Draft(NamedTuple):
    """What the person typed."""

    recipients: Sequence[str] = ()  # entries: numbers, contact names, group names
    text: str = ""
    sender: str | None = None  # None or '': the account's default
    flash: bool = False
    delivery_report: bool = False


class SendPlan(NamedTuple):
    draft: Draft
    recipients: list[Recipient]  # each once (the first wins), with its verdict
    sms_count: sms_text.SmsCount  # of the text: encoding, and parts per message
    sendable: list[Recipient]  # the recipients a message goes to
    credits: int
    problems: list[Problem]  # any one of them refuses the whole send
    warnings: list[Problem]

    @property
    def parts(self) -> int:
        return self.sms_count.parts

    def messages(self) -> list[NewMessage]:
        """The messages to queue; none while a problem stands."""
        if self.problems:
            return []
        d = self.draft
        sender = d.sender or None
        return [NewMessage(r.e164 or "", d.text, sender, d.flash, d.delivery_report)
                for r in self.sendable]


class PlanRefused(InputError):
    """Messages refused before anything was queued; ``problems`` says why, as codes."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(english(problems[0]) + more)
        self.problems = list(problems)


class CheckedRecipients(NamedTuple):
    """Recipients with their verdicts gathered: what a plan needs of them, worked out once
    per list (Compose plans again at each keystroke in the message; a list can be long)."""

    recipients: list[Recipient]  # each once (the first wins)
    sendable: list[Recipient]  # those a message goes to
    problems: list[Problem]
    warnings: list[Problem]


def check_recipients(recipients: Iterable[Recipient]) -> CheckedRecipients:
    unique = dedupe(list(recipients))
    problems = [] if unique else [Problem(Code.NO_RECIPIENTS)]
    sendable, warnings = [], []
    for r in unique:
        if r.verdict is Verdict.INVALID:
            problems.append(Problem(Code.EMPTY_GROUP, {"group": r.typed}) if r.group
                            else Problem(Code.BAD_RECIPIENT, {"typed": r.typed,
                                                              "reason": r.reason}))
            continue
        if r.verdict is Verdict.WARNING:
            warnings.append(Problem(Code.NUMBER_WARNING, {"typed": r.typed, "reason": r.reason}))
        sendable.append(r)
    return CheckedRecipients(unique, sendable, problems, warnings)


def make_plan(draft: Draft, resolver: Resolver, balance: Decimal | None = None) -> SendPlan:
    """The plan for a draft whose entries are as typed (``resolver`` remembers each entry's
    answer, so planning again after an edit is quick)."""
    checked = check_recipients(r for token in draft.recipients for r in resolver.token(token))
    if any(not token.strip() for token in draft.recipients):
        checked = checked._replace(
            problems=[Problem(Code.BLANK_RECIPIENT), *checked.problems])
    return plan_for(checked, draft, balance)


def plan_for(checked: CheckedRecipients, draft: Draft,
             balance: Decimal | None = None) -> SendPlan:
    """The plan for recipients already resolved and checked (Compose resolves a long list
    in slices)."""
    count = sms_text.count(draft.text)
    credits = len(checked.sendable) * count.parts
    warnings = list(checked.warnings)
    if balance is not None and credits > balance:
        warnings.append(Problem(Code.NOT_ENOUGH_CREDIT,
                                {"credits": credits, "balance": f"{balance.normalize():f}"}))
    problems = checked.problems + _text_problems(draft.text) + _sender_problems(draft.sender)
    return SendPlan(draft, checked.recipients, count, checked.sendable, credits, problems,
                    warnings)


def check_messages(messages: Iterable[NewMessage]) -> list[Problem]:
    """The problems of messages built elsewhere (what ``Outbox.enqueue`` refuses): the same
    rules as a plan's. Each distinct text and sender is checked once."""
    problems: list[Problem] = []
    seen: set[tuple[str, str | None]] = set()
    for message in messages:
        if not _E164_RE.fullmatch(message.recipient):
            problems.append(Problem(Code.BAD_RECIPIENT, {
                "typed": message.recipient,
                "reason": "not an E.164 number (+ and the country code)"}))
        key = (message.text, message.sender)
        if key not in seen:
            seen.add(key)
            problems += _text_problems(message.text) + _sender_problems(message.sender)
    return problems


def _text_problems(text: str) -> list[Problem]:
    return _problems(protocol.text_refusal(text))


def _sender_problems(sender: str | None) -> list[Problem]:
    return _problems(protocol.sender_refusal(sender)) if sender else []


def account_problems(url: str, default_sender: str) -> list[Problem]:
    """What is wrong with the account settings: the address the password would go to, and
    the default sender (by the same rule as a send's)."""
    fault = url_fault(url)
    found = [] if fault is None else [Problem(Code(fault.value), {"url": shown_url(url)})]
    return found + _sender_problems(default_sender)


def _problems(refusal: protocol.Refusal | None) -> list[Problem]:
    return [] if refusal is None else [Problem(Code(refusal.fault.value), refusal.params)]


# The plan's own problems in English; the text and sender ones are the gateway's words.
_ENGLISH = {
    Code.NO_RECIPIENTS: "there are no recipients: add a number, a contact or a group",
    Code.BLANK_RECIPIENT: "a recipient entry is empty",
    Code.BAD_RECIPIENT: "'{typed}': {reason}",
    Code.NUMBER_WARNING: "{typed}: {reason}",
    Code.EMPTY_GROUP: "'{group}': the group is empty",
    Code.NOT_ENOUGH_CREDIT: "sending needs {credits} credits but the balance is {balance}",
}


def english(problem: Problem) -> str:
    """The problem in English, for the command line and the log (the UI words its own)."""
    if problem.code.value.startswith("url_"):
        return url_english(UrlFault(problem.code.value), str(problem.params["url"]))
    words = _ENGLISH.get(problem.code)
    if words is None:
        return protocol.explain(protocol.Refusal(_Fault(problem.code.value), problem.params))
    return words.format(**problem.params)
