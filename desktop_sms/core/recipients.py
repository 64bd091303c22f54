"""Turn what a person typed (numbers, contact names, group names) into recipients."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.phone import Verdict, parse_number


@dataclass(frozen=True)
class Recipient:
    typed: str
    e164: str | None
    verdict: Verdict
    reason: str = ""
    name: str | None = None  # the contact's name, when it came from the address book

    @property
    def ok(self) -> bool:
        return self.verdict is not Verdict.INVALID


def resolve(tokens: Iterable[str], book: AddressBook, region: str) -> list[Recipient]:
    """Expand groups and contact names, parse numbers, and drop duplicates (first wins)."""
    groups = {name.casefold(): name for name, _ in book.groups()}
    found: list[Recipient] = []
    for token in (t.strip() for t in tokens):
        if not token:
            continue
        if token.casefold() in groups:
            members = book.members(groups[token.casefold()])
            if not members:
                found.append(Recipient(token, None, Verdict.INVALID, "the group is empty"))
            found.extend(Recipient(token, c.number, Verdict.VALID, name=c.name) for c in members)
            continue
        contact = book.by_name(token)
        if contact:
            found.append(Recipient(token, contact.number, Verdict.VALID, name=contact.name))
            continue
        parsed = parse_number(token, region)
        known = book.by_number(parsed.e164) if parsed.e164 else None
        found.append(Recipient(token, parsed.e164, parsed.verdict, parsed.reason,
                               known.name if known else None))
    return dedupe(found)


def dedupe(recipients: list[Recipient]) -> list[Recipient]:
    seen: set[str] = set()
    unique = []
    for recipient in recipients:
        key = recipient.e164 or f"invalid:{recipient.typed}"
        if key not in seen:
            seen.add(key)
            unique.append(recipient)
    return unique
