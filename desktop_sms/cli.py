"""`desktop-sms <command>`: scripting access to the outbox and the gateway, no window."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop_sms.args import URL_ENV, USER_ENV
from desktop_sms.core import paths, store
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.credentials import CredentialsError, CredentialStore
from desktop_sms.core.outbox import Change, Message, NewMessage, Outbox, State
from desktop_sms.core.phone import Verdict, parse_number
from desktop_sms.core.recipients import resolve
from desktop_sms.core.sender_lock import SenderLock
from desktop_sms.core.settings import Settings
from desktop_sms.gateway import GatewayError, protocol
from desktop_sms.gateway.client import GatewayClient

PASSWORD_ENV = "DESKTOP_SMS_PASSWORD"


class CliError(Exception):
    """A failure to report as one `error: ...` line."""


@dataclass(frozen=True)
class Account:
    url: str
    username: str
    password: str


def resolve_account(args: argparse.Namespace, settings: Settings,
                    credentials: CredentialStore) -> Account:
    url = args.gateway_url or os.environ.get(URL_ENV) or settings.gateway_url
    username = args.user or os.environ.get(USER_ENV) or settings.username
    if not username:
        raise CliError(f"no account: pass --user NAME or set ${USER_ENV}")
    try:
        password = credentials.get(username)
    except CredentialsError:
        password = None
    password = password or os.environ.get(PASSWORD_ENV)
    if not password:
        if not sys.stdin.isatty():
            raise CliError(
                f"no password for {username!r}: save it in the app's settings or set "
                f"${PASSWORD_ENV}"
            )
        password = getpass.getpass(f"easysms password for {username}: ")
    return Account(url, username, password)


class Cli:
    def __init__(self, args: argparse.Namespace, folder: Path) -> None:
        self.args = args
        self.folder = folder
        self.settings = Settings.load(folder)
        self.conn = store.connect(store.database_path(folder))
        self.outbox = Outbox(self.conn)
        self.book = AddressBook(self.conn)
        self.lock = SenderLock(folder)

    def close(self) -> None:
        self.lock.release()
        self.conn.close()

    @contextmanager
    def client(self) -> Iterator[GatewayClient]:
        account = resolve_account(self.args, self.settings, CredentialStore())
        with GatewayClient(account.url, account.username, account.password,
                           ca_bundle=os.environ.get("DESKTOP_SMS_CA_BUNDLE") or None) as client:
            yield client

    def run(self) -> int:
        command = self.args.command
        if command == "contacts":
            return self.contacts()
        if command == "keyring":
            store = CredentialStore()
            print(f"{store.backend_name}\t{'usable' if store.usable else 'not usable'}")
            print(store.describe(), file=sys.stderr)
            if not store.usable:
                print("\n".join(store.diagnose()), file=sys.stderr)
            return 0 if store.usable else 1
        if command == "outbox":
            return self.list_outbox()
        if command in ("refresh", "status"):
            return self.refresh()
        if command == "balance":
            with self.client() as client:
                balance = client.get_balance()
            self.outbox.record_balance(balance)
            print(balance)
            return 0
        if command == "send":
            ids = self.enqueue()
            return self.drain(only=set(ids))
        return self.drain(only=None)  # resume

    def enqueue(self) -> list[int]:
        args = self.args
        tokens = [*args.to, *args.group]
        if not tokens:
            raise CliError("send needs at least one --to NUMBER or --group GROUP")
        for group in args.group:
            self.book.members(group)  # a clear error for a group that does not exist
        recipients = resolve(tokens, self.book, self.settings.default_region)
        bad = [r for r in recipients if not r.ok]
        if bad:
            raise CliError("; ".join(f"'{r.typed}': {r.reason}" for r in bad)
                           + " (nothing was sent)")
        for warned in (r for r in recipients if r.verdict is Verdict.WARNING):
            print(f"warning: {warned.typed}: {warned.reason}", file=sys.stderr)
        protocol.validate_text(args.text)
        sender = args.sender or self.settings.default_sender or None
        if sender:
            protocol.validate_originator(sender)
        return self.outbox.enqueue([
            NewMessage(r.e164 or "", args.text, sender, args.flash, args.delivery_report)
            for r in recipients
        ])

    def drain(self, only: set[int] | None) -> int:
        if not self.lock.acquire():
            print("the desktop-sms window is running: it will send the queued messages",
                  file=sys.stderr)
            return 0
        self.outbox.recover()
        finals: dict[int, State] = {}
        with self.client() as client:
            result = self.outbox.drain(
                client, on_change=lambda change: _remember(finals, change))
        for message_id in finals:
            if only is None or message_id in only:
                message = self.outbox.get(message_id)
                assert message is not None
                print(_line(message))
        if result.error:
            raise result.error
        unsent = [i for i, s in finals.items() if s in (State.UNKNOWN, State.REJECTED)]
        return 1 if unsent else 0

    def refresh(self) -> int:
        with self.client() as client:
            updates = client.get_status()
        changes = self.outbox.record_statuses(updates)
        for change in changes:
            message = self.outbox.get(change.message_id)
            assert message is not None
            print(_line(message))
        waiting = self.outbox.unmatched_updates()
        if waiting:
            print(f"{waiting} status update(s) for messages not known here are kept until "
                  "they match", file=sys.stderr)
        return 0

    def list_outbox(self) -> int:
        state = State(self.args.state) if self.args.state else None
        messages = self.outbox.messages(state)
        if self.args.json:
            json.dump([_as_json(m) for m in messages], sys.stdout, ensure_ascii=False, indent=1)
            print()
        else:
            for message in messages:
                print(_line(message))
        return 0

    def contacts(self) -> int:
        if self.args.contacts_command == "add":
            parsed = parse_number(self.args.number, self.settings.default_region)
            if not parsed.ok or parsed.e164 is None:
                raise CliError(f"'{self.args.number}': {parsed.reason}")
            if parsed.verdict is Verdict.WARNING:
                print(f"warning: {self.args.number}: {parsed.reason}", file=sys.stderr)
            contact_id = self.book.add(self.args.name, parsed.e164,
                                       groups=tuple(self.args.group))
            print(f"{contact_id}\t{self.args.name}\t{parsed.e164}")
        else:
            for contact in self.book.search():
                print(f"{contact.id}\t{contact.name}\t{contact.number}\t"
                      f"{','.join(contact.groups)}")
        return 0


def _remember(finals: dict[int, State], change: Change) -> None:
    finals[change.message_id] = change.state


def _line(message: Message) -> str:
    extra = message.gateway_id or message.error or ""
    return f"{message.id}\t{message.recipient}\t{message.state}\t{extra}".rstrip("\t")


def _iso(stamp: float) -> str:
    return datetime.fromtimestamp(stamp, UTC).isoformat(timespec="seconds")


def _as_json(message: Message) -> dict[str, object]:
    return {
        "id": message.id, "to": message.recipient, "text": message.text,
        "sender": message.sender, "parts": message.parts, "state": message.state.value,
        "gateway_id": message.gateway_id, "gateway_status": message.gateway_status,
        "error": message.error, "attempts": message.attempts, "batch_id": message.batch_id,
        "resend_of": message.resend_of, "created_at": _iso(message.created_at),
        "updated_at": _iso(message.updated_at),
    }


def run_command(args: argparse.Namespace) -> int:
    cli: Cli | None = None
    try:
        cli = Cli(args, paths.data_dir(args.data_dir))
        return cli.run()
    except (CliError, GatewayError, ValueError, store.StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1 if isinstance(exc, GatewayError) else 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    finally:
        if cli:
            cli.close()
