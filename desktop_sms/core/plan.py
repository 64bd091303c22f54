"""The send plan: what a person typed, checked once by one set of rules, for Compose, the
command line and the outbox alike.

A plan names each recipient with its verdict, the parts per message, the credits, and what
is wrong as problem *codes* with parameters (the UI words them in the user's language;
``english`` words them for the command line and logs). The text and sender rules are the
gateway's own (protocol.text_refusal / sender_refusal), which the wire checks again. A text
with merge fields (core/merge.py) is merged per recipient, and each merged text is counted
and checked; a number on the opt-out list is skipped, and the plan says so.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Container, Iterable, Mapping, Sequence
from decimal import Decimal
from enum import Enum
from itertools import repeat
from types import MappingProxyType
from typing import NamedTuple

from desktop_sms.core import merge
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
    # Merge fields (core/merge.py's faults, same values).
    UNKNOWN_PLACEHOLDER = merge.MergeFault.UNKNOWN_PLACEHOLDER.value  # placeholder
    BAD_PLACEHOLDER = merge.MergeFault.BAD_PLACEHOLDER.value  # text, position
    # A merged text the gateway would refuse: recipient (the first), others (how many
    # more), fault (a text code's value) and that code's parameters.
    RECIPIENT_TEXT = "recipient_text"
    ALL_OPTED_OUT = "all_opted_out"  # count: every recipient is on the opt-out list
    # Warnings: worth saying, but sending may go ahead.
    NUMBER_WARNING = "number_warning"  # typed, reason (core.phone's words)
    NOT_ENOUGH_CREDIT = "not_enough_credit"  # credits, balance
    MISSING_VALUE = merge.MergeFault.MISSING_VALUE.value  # placeholder, count, recipients
    # Why a recipient is skipped (not sent, not a problem).
    OPTED_OUT = "opted_out"  # typed, name ('' for none), number

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


class Merged(NamedTuple):
    """Each recipient's own text, for a text with merge fields."""

    template: merge.Template
    values: list[tuple[str, ...]]  # per sendable recipient: each slot's value
    counted: merge.MergeCount

    def text(self, index: int) -> str:
        return self.template.merge(self.values[index])

    def texts(self) -> list[str]:
        """Every recipient's text, in order (100,000 in about 0.1 s)."""
        pattern = self.template.pattern
        return [pattern.format(*row) for row in self.values]


class SendPlan(NamedTuple):
    draft: Draft
    recipients: list[Recipient]  # each once (the first wins), with its verdict
    # Of the text: encoding, and parts per message. With merge fields, of the merged text
    # with the most parts, its ucs2_chars those of every merged text.
    sms_count: sms_text.SmsCount
    sendable: list[Recipient]  # the recipients a message goes to
    credits: int  # exact: the sum of each message's parts
    problems: list[Problem]  # any one of them refuses the whole send
    warnings: list[Problem]
    skipped: Sequence[Problem] = ()  # recipients not sent to, and why (OPTED_OUT)
    merged: Merged | None = None  # None: every recipient gets the same text
    duplicates: int = 0  # entries dropped because their number came earlier

    @property
    def parts(self) -> int:
        """The parts of a message; with merge fields, of the longest."""
        return self.sms_count.parts

    @property
    def min_parts(self) -> int:
        """The parts of the shortest message (``parts`` without merge fields)."""
        if self.merged is None or not self.sendable:
            return self.parts
        return self.merged.counted.min_parts

    def text_for(self, index: int) -> str:
        """The text ``sendable[index]`` gets."""
        if self.merged is None:
            return merge.parse(self.draft.text).pieces[0]  # '{{' written, '{' sent
        return self.merged.text(index)

    def messages(self) -> list[NewMessage]:
        """The messages to queue; none while a problem stands."""
        if self.problems:
            return []
        d = self.draft
        sender = d.sender or None
        texts = (self.merged.texts() if self.merged is not None
                 else repeat(merge.parse(d.text).pieces[0]))
        return [NewMessage(r.e164 or "", text, sender, d.flash, d.delivery_report)
                for r, text in zip(self.sendable, texts, strict=False)]


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
    skipped: list[Problem]  # OPTED_OUT, one per recipient skipped
    fields: merge.FieldValues  # the sendable recipients' merge values, read when needed
    duplicates: int = 0  # entries dropped because their number came earlier


def check_recipients(recipients: Iterable[Recipient], opted_out: Container[str] = frozenset(),
                     field_names: Collection[str] = ()) -> CheckedRecipients:
    """``opted_out``: E.164 numbers never sent to; ``field_names``: the address book's
    custom fields (a merge field naming none of them is a problem)."""
    entries = list(recipients)
    unique = dedupe(entries)
    problems = [] if unique else [Problem(Code.NO_RECIPIENTS)]
    sendable, warnings, skipped = [], [], []
    for r in unique:
        if r.verdict is Verdict.INVALID:
            problems.append(Problem(Code.EMPTY_GROUP, {"group": r.typed}) if r.group
                            else Problem(Code.BAD_RECIPIENT, {"typed": r.typed,
                                                              "reason": r.reason}))
            continue
        if r.e164 in opted_out:
            skipped.append(Problem(Code.OPTED_OUT, {"typed": r.typed, "name": r.name or "",
                                                    "number": r.e164 or ""}))
            continue
        if r.verdict is Verdict.WARNING:
            warnings.append(Problem(Code.NUMBER_WARNING, {"typed": r.typed, "reason": r.reason}))
        sendable.append(r)
    if skipped and not sendable and not problems:
        problems.append(Problem(Code.ALL_OPTED_OUT, {"count": len(skipped)}))
    return CheckedRecipients(unique, sendable, problems, warnings, skipped,
                             merge.FieldValues(sendable, field_names),
                             len(entries) - len(unique))


def make_plan(draft: Draft, resolver: Resolver, balance: Decimal | None = None,
              opted_out: Container[str] = frozenset()) -> SendPlan:
    """The plan for a draft whose entries are as typed (``resolver`` remembers each entry's
    answer, so planning again after an edit is quick)."""
    checked = check_recipients(
        (r for token in draft.recipients for r in resolver.token(token)), opted_out,
        resolver.field_names())
    if any(not token.strip() for token in draft.recipients):
        checked = checked._replace(
            problems=[Problem(Code.BLANK_RECIPIENT), *checked.problems])
    return plan_for(checked, draft, balance)


def plan_for(checked: CheckedRecipients, draft: Draft,
             balance: Decimal | None = None) -> SendPlan:
    """The plan for recipients already resolved and checked (Compose resolves a long list
    in slices, then plans again at each keystroke)."""
    template = merge.parse(draft.text)
    problems = list(checked.problems)
    problems += [_merge_problem(i) for i in template.faults + tuple(
        template.unknown(checked.fields.known))]
    warnings = list(checked.warnings)
    merged = None
    if not template.slots:
        count = sms_text.count(template.pieces[0])
        credits = len(checked.sendable) * count.parts
        problems += _text_problems(template.pieces[0])
    else:
        table = checked.fields.table(template.slots)
        merged, count = _merged(template, table)
        credits = merged.counted.credits
        # A fault of the text itself is said once, not once per recipient.
        problems += _text_problems(draft.text) or [
            _recipient_text_problem(checked.fields, r) for r in merged.counted.refused]
        warnings += map(_merge_problem, checked.fields.missing_issues(template, table))
    if balance is not None and credits > balance:
        warnings.append(Problem(Code.NOT_ENOUGH_CREDIT,
                                {"credits": credits, "balance": f"{balance.normalize():f}"}))
    problems += _sender_problems(draft.sender)
    return SendPlan(draft, checked.recipients, count, checked.sendable, credits, problems,
                    warnings, checked.skipped, merged, checked.duplicates)


def _merged(template: merge.Template,
            table: merge.Table) -> tuple[Merged, sms_text.SmsCount]:
    counted = merge.count(template, table)
    widest = (template.merge(table.values[counted.widest]) if counted.widest >= 0
              else template.merge([s.fallback or "" for s in template.slots]))
    count = sms_text.count(widest)._replace(ucs2_chars=counted.ucs2_chars)
    return Merged(template, table.values, counted), count


def _merge_problem(issue: merge.Issue) -> Problem:
    return Problem(Code(issue.fault.value), issue.params)


def _recipient_text_problem(fields: merge.FieldValues, refused: merge.Refused) -> Problem:
    return Problem(Code.RECIPIENT_TEXT, {
        "recipient": fields.shown(refused.first), "others": refused.recipients - 1,
        "fault": refused.refusal.fault.value, **refused.refusal.params})


def check_messages(messages: Iterable[NewMessage],
                   opted_out: Container[str] = frozenset()) -> list[Problem]:
    """The problems of messages built elsewhere (what ``Outbox.enqueue`` refuses): the same
    rules as a plan's, the opt-out list's too (a message sent again, a caller that made
    no plan). Each distinct text and sender is checked once."""
    problems: list[Problem] = []
    seen: set[tuple[str, str | None]] = set()
    for message in messages:
        if not _E164_RE.fullmatch(message.recipient):
            problems.append(Problem(Code.BAD_RECIPIENT, {
                "typed": message.recipient,
                "reason": "not an E.164 number (+ and the country code)"}))
        elif message.recipient in opted_out:
            problems.append(Problem(Code.OPTED_OUT, {
                "typed": message.recipient, "name": "", "number": message.recipient}))
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
    Code.UNKNOWN_PLACEHOLDER: "there is no field called '{placeholder}': a placeholder in "
                              "braces names name, first_name, last_name, number or a field "
                              "of the contacts",
    Code.BAD_PLACEHOLDER: "'{text}' at position {position} is not a placeholder: write a "
                          "field's name in braces, e.g. {{first_name}}, and {{{{ or }}}} "
                          "for a brace itself",
    Code.MISSING_VALUE: "{count} recipient(s) have no {placeholder} ({recipients}): it is "
                        "left out of their message; {{{placeholder}|text}} gives a fallback",
    Code.ALL_OPTED_OUT: "every recipient ({count}) is on the opt-out list: nothing to send",
}


def english(problem: Problem) -> str:
    """The problem in English, for the command line and the log (the UI words its own)."""
    p = problem.params
    if problem.code.value.startswith("url_"):
        return url_english(UrlFault(problem.code.value), str(p["url"]))
    if problem.code is Code.RECIPIENT_TEXT:
        others = f" and {p['others']:,} other(s)" if p["others"] else ""
        inner = Problem(Code(p["fault"]), p)
        return f"the message for {p['recipient']}{others}: {english(inner)}"
    if problem.code is Code.OPTED_OUT:
        who = f"{p['name']} ({p['number']})" if p["name"] else p["number"]
        return f"{who} is on the opt-out list: not sent"
    words = _ENGLISH.get(problem.code)
    if words is None:
        return protocol.explain(protocol.Refusal(_Fault(problem.code.value), problem.params))
    return words.format(**p)
