"""The command line's shape. Kept apart from cli.py so that opening the window parses its
arguments without importing the gateway client and the store."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from desktop_sms import __version__
from desktop_sms.core.states import State

URL_ENV = "DESKTOP_SMS_GATEWAY_URL"
USER_ENV = "DESKTOP_SMS_USER"
CA_BUNDLE_ENV = "DESKTOP_SMS_CA_BUNDLE"  # a private CA's certificates (PEM), for TLS


COMMANDS = frozenset({"balance", "send", "resume", "refresh", "status", "outbox", "contacts",
                      "keyring", "optout", "templates", "campaigns", "db"})


DEFAULT_TIMEOUT = 20.0  # seconds; README's "how long a command can wait"
AT_HELP = "local date and time, e.g. '2026-12-01 09:00'"


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds") from None
    if not 0.1 <= value <= 600:
        raise argparse.ArgumentTypeError("the timeout must be between 0.1 and 600 seconds")
    return value


def _whole(text: str, low: int, high: int, what: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"{what} must be between {low} and {high}")
    return value


def _concurrency(text: str) -> int:
    return _whole(text, 1, 8, "--concurrency")  # core/sending/pacing.py MAX_CONCURRENCY


def _per_minute(text: str) -> int:
    return _whole(text, 0, 100_000, "--max-per-minute")


def parse(argv: list[str]) -> argparse.Namespace:
    """Parse the command line. Without a command word (opening the window), the command
    parsers are not built: each costs a millisecond of start-up."""
    wants_commands = any(word in COMMANDS for word in argv) or any(
        word in ("-h", "--help") for word in argv)
    args = build_parser(with_commands=wants_commands).parse_args(argv)
    if not wants_commands:
        args.command = None
    return args


class _Parser(argparse.ArgumentParser):
    """Usage mistakes end, like every other failure, in one `error:` line (exit 2)."""

    def error(self, message: str) -> NoReturn:
        print(f"error: {message} (see `{self.prog} --help`)", file=sys.stderr)
        sys.exit(2)


def _message_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a message number") from None
    if not 1 <= value < 2**63:
        raise argparse.ArgumentTypeError(f"there is no message {text}")
    return value


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="desktop-sms",
        description="Send SMS through the easysms gateway. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"desktop-sms {__version__}")
    parser.add_argument("--data-dir", help="folder for the database, settings and logs")
    parser.add_argument("--gateway-url", help=f"gateway address (or ${URL_ENV})")
    parser.add_argument("--database", metavar="URL",
                        help="a shared team database, postgresql://USER@HOST/NAME (or "
                             "$DESKTOP_SMS_DATABASE; the password from "
                             "$DESKTOP_SMS_DATABASE_PASSWORD or the keyring); default: the "
                             "data folder's own file")
    parser.add_argument("--user", help=f"account username (or ${USER_ENV})")
    parser.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help="how long to wait for the gateway's answer to each request "
                             f"(default {DEFAULT_TIMEOUT:g}); connecting gives up after "
                             "at most 5 s")
    parser.add_argument("--demo", action="store_true", help="use the built-in simulator")
    parser.add_argument("--quit-when-ready", action="store_true",
                        help="exit as soon as the window is shown (start-up timing)")
    parser.add_argument("--self-test", action="store_true",
                        help="demo: send one message through the window and wait for delivery")
    if not with_commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("balance", help="print the account balance (credits)")
    send = sub.add_parser("send", help="queue messages and send them now (or at --at TIME)")
    send.add_argument("--to", action="append", default=[], metavar="NUMBER",
                      help="a number (or a contact's name); repeatable")
    send.add_argument("--group", action="append", default=[], help="every member of a group")
    what = send.add_mutually_exclusive_group(required=True)
    what.add_argument("--text")
    what.add_argument("--template", metavar="NAME", help="send the text of this template")
    send.add_argument("--from", dest="sender", metavar="SENDER", help="sender ID")
    send.add_argument("--flash", action="store_true")
    send.add_argument("--delivery-report", action="store_true")
    send.add_argument("--campaign", metavar="NAME",
                      help="name this send, to follow it as a campaign (a send to 2 or more "
                           "recipients is one anyway, named by its first words and the date)")
    send.add_argument("--over-balance", action="store_true",
                      help="send even when it costs more than the balance (the gateway may "
                           "refuse the messages the balance does not cover)")
    send.add_argument("--gsm", nargs="?", const="auto", metavar="FORM",
                      choices=("auto", "typography", "capitals", "greeklish"),
                      help="send the text in a GSM-7 form when one fits (up to 2.3× "
                           "cheaper than UCS-2), said on stderr: auto (the default: the "
                           "fewest parts, then the least change), typography (quotes, "
                           "dashes, …), capitals (Greek capitals without accents), "
                           "greeklish (ELOT 743)")
    send.add_argument("--at", metavar="TIME", help=AT_HELP + "; schedules, sends nothing now")
    resume = sub.add_parser("resume",
                            help="send what is still queued, and scheduled messages now due")
    for sending in (send, resume):
        sending.add_argument("--concurrency", type=_concurrency, metavar="N",
                             help="requests in flight at once, 1 to 8 (default: the "
                                  "setting, 4)")
        sending.add_argument("--max-per-minute", type=_per_minute, metavar="N",
                             help="send at most N messages a minute (0: no limit; default: "
                                  "the setting)")
    sub.add_parser("refresh", aliases=["status"], help="fetch delivery statuses once")
    outbox = sub.add_parser("outbox", help="list messages (or cancel or reschedule them)")
    outbox.add_argument("--state", choices=[s.value for s in State])
    outbox.add_argument("--json", action="store_true")
    outbox.add_argument("--workstation", metavar="NAME",
                        help="only the messages queued on this workstation (host name)")
    outbox.add_argument("--user", dest="queued_by", metavar="NAME",
                        help="only the messages queued by this user (login name)")
    outbox_sub = outbox.add_subparsers(dest="outbox_command", metavar="ACTION")
    cancel = outbox_sub.add_parser("cancel", help="cancel queued or scheduled messages")
    cancel.add_argument("ids", nargs="+", type=_message_id, metavar="ID")
    reschedule = outbox_sub.add_parser("reschedule", help="give scheduled (or queued) "
                                       "messages a new time")
    reschedule.add_argument("ids", nargs="+", type=_message_id, metavar="ID")
    reschedule.add_argument("--at", metavar="TIME", required=True, help=AT_HELP)
    outbox_export = outbox_sub.add_parser("export", help="write messages to .csv or .xlsx")
    outbox_export.add_argument("export_file", metavar="FILE")
    # SUPPRESS: `outbox --state S export FILE` keeps S.
    outbox_export.add_argument("--state", choices=[s.value for s in State],
                               default=argparse.SUPPRESS)
    contacts = sub.add_parser("contacts", help="the address book")
    contacts_sub = contacts.add_subparsers(dest="contacts_command", metavar="ACTION",
                                           required=True)
    add = contacts_sub.add_parser("add", help="add a contact")
    add.add_argument("name")
    add.add_argument("number")
    add.add_argument("--group", action="append", default=[])
    contacts_sub.add_parser("list", help="list contacts")
    imp = contacts_sub.add_parser(
        "import", help="import contacts from a CSV, Excel (.xlsx) or vCard file")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--group", help="put every imported contact in this group")
    imp.add_argument("--dry-run", action="store_true",
                     help="check the file and print the report, writing nothing")
    imp.add_argument("--region", metavar="CC",
                     help="country of numbers written without their country code, e.g. GR "
                          "(default: the one in the settings)")
    imp.add_argument("--duplicates", choices=["skip", "update", "keep"], default="skip",
                     help="a number already in the address book: skip the row, update the "
                          "contact, or keep both (default: skip)")
    imp.add_argument("--encoding", metavar="E", help="the text's encoding (default: detected)")
    imp.add_argument("--sheet", metavar="S", help="the workbook's sheet (default: the first)")
    imp.add_argument("--rejected", metavar="FILE",
                     help="save the rejected rows, with the reason, to this CSV file")
    contacts_export = contacts_sub.add_parser("export", help="write contacts to .csv or .vcf")
    contacts_export.add_argument("export_file", metavar="FILE")
    contacts_export.add_argument("--encoding", choices=("utf-8-sig", "cp1253", "cp1252"),
                                 help="of a .csv (default utf-8-sig: UTF-8 that Excel reads)")
    sub.add_parser("keyring", help="say which keyring backend stores the password")
    _lists(sub)
    _campaigns(sub)
    _db(sub)
    return parser


def _db(sub: argparse._SubParsersAction[_Parser]) -> None:
    """`db move-to URL` (cli_db.py)."""
    db = sub.add_parser("db", help="the database: move this data folder's into a team one")
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    move = actions.add_parser(
        "move-to", help="copy the contacts, lists and outbox of this data folder into a team "
        "database (PostgreSQL); the file is kept, and a second move copies nothing twice")
    move.add_argument("url", metavar="URL",
                      help="postgresql://USER@HOST/DATABASE (the password: "
                           "$DESKTOP_SMS_DATABASE_PASSWORD or the keyring)")


def _campaign_id(text: str) -> int:
    try:
        return _message_id(text)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a campaign number") from None


def _campaigns(sub: argparse._SubParsersAction[_Parser]) -> None:
    """`campaigns …` (cli_campaigns.py)."""
    campaigns = sub.add_parser("campaigns", help="bulk sends followed as one")
    actions = campaigns.add_subparsers(dest="campaigns_command", metavar="ACTION",
                                       required=True)
    actions.add_parser("list", help="every campaign: counts per state, delivery rate, cost")
    show = actions.add_parser("show", help="one campaign in full")
    again = actions.add_parser("resend-failed",
                               help="send the failed messages again, as a new campaign")
    again.add_argument("--unknown", action="store_true",
                       help="the unknown ones too (they may have arrived: twice, then)")
    export = actions.add_parser("export", help="write the campaign's report to a .csv file")
    for each in (show, again, export):
        each.add_argument("campaign_id", type=_campaign_id, metavar="ID")
    export.add_argument("file", metavar="FILE")


def _lists(sub: argparse._SubParsersAction[_Parser]) -> None:
    """`optout …` and `templates …` (cli_lists.py)."""
    optout = sub.add_parser("optout", help="the numbers no message is sent to")
    actions = optout.add_subparsers(dest="optout_command", metavar="ACTION", required=True)
    region_help = ("country of numbers written without their country code, e.g. GR "
                   "(default: the one in the settings)")
    add = actions.add_parser("add", help="add numbers to the opt-out list")
    add.add_argument("number", nargs="+", metavar="NUMBER")
    add.add_argument("--reason", default="", help="why, kept beside each number")
    remove = actions.add_parser("remove", help="take numbers off the opt-out list")
    remove.add_argument("number", nargs="+", metavar="NUMBER")
    actions.add_parser("list", help="print the list: number, added, reason, contact")
    imp = actions.add_parser("import", help="add the numbers of a CSV, Excel or vCard file")
    imp.add_argument("file", metavar="FILE")
    for each in (add, remove, imp):
        each.add_argument("--region", metavar="CC", help=region_help)
    templates = sub.add_parser("templates", help="saved message texts (send --template)")
    actions = templates.add_subparsers(dest="templates_command", metavar="ACTION",
                                       required=True)
    actions.add_parser("list", help="print the templates: name, text")
    save = actions.add_parser("save", help="save a template (replaces one of that name)")
    save.add_argument("name", metavar="NAME")
    save.add_argument("--text", required=True)
    rename = actions.add_parser("rename", help="rename a template")
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("new_name", metavar="NEW_NAME")
    delete = actions.add_parser("delete", help="delete a template")
    delete.add_argument("name", metavar="NAME")
