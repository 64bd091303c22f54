"""Turn what a person typed (numbers, contact names, group names) into recipients."""

from __future__ import annotations

from typing import NamedTuple

from desktop_sms.core.contacts import AddressBook, Contact
from desktop_sms.core.phone import Verdict, parse_number


class Recipient(NamedTuple):
    typed: str
    e164: str | None
    verdict: Verdict
    reason: str = ""
    name: str | None = None  # the contact's name, when it came from the address book
    group: str | None = None  # the group it came from
    contact: Contact | None = None  # its address book entry: merge fields come from it


class Resolver:
    """Resolves what was typed, one entry at a time, remembering each answer: a pasted list
    of 10,000 numbers is parsed once, and checking it again after a keystroke costs one
    dictionary lookup per entry. Make a new one when the address book or region changes."""

    def __init__(self, book: AddressBook, region: str) -> None:
        self.book = book
        self.region = region
        self._groups = {name.casefold(): name for name, _ in book.groups()}
        self._known: dict[str, list[Recipient]] = {}
        self._field_names: list[str] | None = None

    def field_names(self) -> list[str]:
        """The address book's custom field names (what a merge field may name)."""
        if self._field_names is None:
            self._field_names = self.book.field_names()
        return self._field_names

    def token(self, token: str) -> list[Recipient]:
        """The recipients one entry stands for (several for a group); [] for a blank one."""
        found = self._known.get(token)
        if found is None:
            found = self._known[token] = self._resolve(token.strip())
        return found

    def _resolve(self, token: str) -> list[Recipient]:
        if not token:
            return []
        group = self._groups.get(token.casefold())
        if group is not None:
            members = self.book.members(group)
            if not members:
                return [Recipient(token, None, Verdict.INVALID, "the group is empty",
                                  group=group)]
            return [Recipient(token, c.number, Verdict.VALID, name=c.name, group=group,
                              contact=c) for c in members]
        contact = self.book.by_name(token)
        if contact:
            return [Recipient(token, contact.number, Verdict.VALID, name=contact.name,
                              contact=contact)]
        parsed = parse_number(token, self.region)
        known = self.book.by_number(parsed.e164) if parsed.e164 else None
        return [Recipient(token, parsed.e164, parsed.verdict, parsed.reason,
                          known.name if known else None, contact=known)]


def dedupe(recipients: list[Recipient]) -> list[Recipient]:
    seen: set[str] = set()
    unique = []
    for recipient in recipients:
        key = recipient.e164 or f"invalid:{recipient.typed}"
        if key not in seen:
            seen.add(key)
            unique.append(recipient)
    return unique
