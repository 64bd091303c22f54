"""`desktop-sms <command>`: scripting access to the gateway and the outbox, no window."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import dataclass

from desktop_sms import __version__
from desktop_sms.core import paths
from desktop_sms.core.credentials import CredentialsError, CredentialStore
from desktop_sms.core.settings import Settings
from desktop_sms.gateway import GatewayClient, GatewayError

URL_ENV = "DESKTOP_SMS_GATEWAY_URL"
USER_ENV = "DESKTOP_SMS_USER"
PASSWORD_ENV = "DESKTOP_SMS_PASSWORD"


class CliError(Exception):
    """A failure to report as one `error: ...` line."""


@dataclass(frozen=True)
class Account:
    url: str
    username: str
    password: str


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-sms",
        description="Send SMS through the easysms gateway. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"desktop-sms {__version__}")
    parser.add_argument("--data-dir", help="folder for the database, settings and logs")
    parser.add_argument("--gateway-url", help=f"gateway address (or ${URL_ENV})")
    parser.add_argument("--user", help=f"account username (or ${USER_ENV})")
    parser.add_argument("--demo", action="store_true", help="use the built-in simulator")
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("balance", help="print the account balance (credits)")
    send = sub.add_parser("send", help="send a message")
    send.add_argument("--to", action="append", default=[], metavar="NUMBER",
                      help="recipient in international format (repeatable)")
    send.add_argument("--text", required=True)
    send.add_argument("--from", dest="sender", metavar="SENDER", help="sender ID")
    send.add_argument("--flash", action="store_true")
    send.add_argument("--delivery-report", action="store_true")
    sub.add_parser("status", help="print the delivery statuses that changed")
    return parser


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


def run(args: argparse.Namespace) -> int:
    folder = paths.data_dir(args.data_dir)
    settings = Settings.load(folder)
    account = resolve_account(args, settings, CredentialStore())
    with GatewayClient(account.url, account.username, account.password) as client:
        if args.command == "balance":
            print(client.get_balance())
        elif args.command == "status":
            for update in client.get_status():
                print(f"{update.sms_id}\t{update.status.value}")
        elif args.command == "send":
            if not args.to:
                raise CliError("send needs at least one --to NUMBER")
            sender = args.sender or settings.default_sender or None
            for number in args.to:
                result = client.send_sms(number, args.text, originator=sender, flash=args.flash,
                                         request_delivery=args.delivery_report)
                print(f"{number}\taccepted\t{result.sms_id}\tbalance {result.balance}")
    return 0


def run_command(args: argparse.Namespace) -> int:
    try:
        return run(args)
    except (CliError, GatewayError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, (CliError, ValueError)) else 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
