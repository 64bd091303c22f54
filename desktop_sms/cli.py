"""`desktop-sms <command>`: scripting access to the outbox and the gateway, no window."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import signal
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop_sms import cli_gsm, cli_lists, cli_report, cli_schedule
from desktop_sms.args import CA_BUNDLE_ENV, URL_ENV, USER_ENV
from desktop_sms.cli_report import (
    SlowNotice,
    as_json,
    check_cost,
    id_range,
    message_line,
    refusal,
)
from desktop_sms.cli_send import (
    EXIT_GATEWAY,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    CliError,
    Sending,
    pace_of,
)
from desktop_sms.core import paths, status_fetch, store, team
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.credentials import CredentialsError, CredentialStore
from desktop_sms.core.optout import OptOutList
from desktop_sms.core.outbox.campaigns import campaign_for, mark_finished
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.paths import LOG_FILE
from desktop_sms.core.plan import LONE_SURROGATE_RE, Draft, SendPlan, english, make_plan
from desktop_sms.core.recipients import Resolver
from desktop_sms.core.sender_lock import SenderLock
from desktop_sms.core.settings import Settings
from desktop_sms.core.states import State
from desktop_sms.core.storage_errors import explain, is_storage_error
from desktop_sms.core.store import is_team, opening
from desktop_sms.gateway import GatewayError
from desktop_sms.gateway.client import GatewayClient
from desktop_sms.logfile import setup_logging

PASSWORD_ENV = "DESKTOP_SMS_PASSWORD"
CONNECT_TIMEOUT = 5.0

log = logging.getLogger(__name__)


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
    # The variable first: a script that sets it means that password, and the keyring's
    # backends need not be looked for (0.15 s of every scripted command).
    password = os.environ.get(PASSWORD_ENV)
    if not password:
        try:
            password = credentials.get(username)
        except CredentialsError:
            password = None
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
        self.conn = open_database(args, folder, self.settings)
        self.outbox = Outbox(self.conn)
        self.book = AddressBook(self.conn)
        self.lock = SenderLock(folder, "command")
        self.recovered = 0  # flagged 'unknown' as the command started (team database)

    def close(self) -> None:
        self.lock.release()
        self.conn.close()

    @contextmanager
    def client(self) -> Iterator[GatewayClient]:
        """The account is checked (URL, user, password) before anything is queued or sent."""
        account = resolve_account(self.args, self.settings, CredentialStore())
        timeout = float(self.args.timeout)
        notice = SlowNotice(account.url, timeout)
        try:
            with GatewayClient(account.url, account.username, account.password,
                               timeout=(min(CONNECT_TIMEOUT, timeout), timeout),
                               ca_bundle=os.environ.get(CA_BUNDLE_ENV) or None,
                               observer=notice) as client:
                yield client
        finally:
            notice.close()

    def run(self) -> int:
        command = self.args.command
        # On a team database, what a killed workstation left in flight is flagged at every
        # command (its claimer's lock is free); the SQLite file waits for a sender's lock.
        self.recovered = self._recover() if is_team(self.conn) else 0
        if getattr(self.args, "export_file", None) is not None:
            from desktop_sms import cli_export  # here: a send need not load the importers

            return cli_export.run(self.args, self.conn)
        if command == "contacts":
            from desktop_sms import cli_contacts

            return cli_contacts.run(self.args, self.book, self.settings.default_region)
        if command == "campaigns":
            from desktop_sms import cli_campaigns  # the reports' exporter: not for a send

            return cli_campaigns.run(self)
        if command in cli_lists.COMMANDS:
            return cli_lists.run(self.args, self.conn, self.settings.default_region)
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
            print(balance, flush=True)
            try:
                self.outbox.record_balance(balance)
            except sqlite3.Error as exc:  # the answer is out; keeping it is a nicety
                print(f"warning: the balance was not recorded: {explain(exc, self.folder)}",
                      file=sys.stderr)
            return 0
        if command == "send":
            return self.send()
        return self.resume()

    def send(self) -> int:
        """Queue this send and send it, and only it. Everything that can refuse it (input,
        account, another sender, the cost) does so before anything is queued."""
        send_at = cli_schedule.send_at(self.args)
        plan = self.prepare()
        messages = plan.messages()
        # Named by --campaign, or by default for 2+ recipients.
        campaign = campaign_for(self.args.campaign or "", self.args.text, len(messages),
                                self.args.template)
        if len(messages) > self.settings.cost_check_over:  # whoever will send them
            with self.client() as client:
                check_cost(plan, client.get_balance(), over_balance=self.args.over_balance)
        if send_at is not None:
            return cli_schedule.schedule(self.outbox, messages, send_at, campaign)
        return self.queue_and_send(lambda: self.outbox.enqueue(messages, campaign=campaign))

    def queue_and_send(self, enqueue: Callable[[], list[int]]) -> int:
        """Queue (``enqueue`` gives the ids) and send only those, or leave them to the window."""
        if not self.lock.acquire():
            holder = self._holder()
            if holder != "window":
                raise CliError(f"{holder} is already sending from this data folder; nothing "
                               "was queued. Try again when it has finished.", EXIT_GATEWAY)
            ids = enqueue()
            if ids:
                print(f"queued {id_range(ids)}: the desktop-sms window, which is running on "
                      "this data folder, sends them", file=sys.stderr)
            return 0
        with self.client() as client:
            self._recover()
            ids = enqueue()
            return self._drain(client, batch=ids[0], ids=ids) if ids else 0

    def resume(self) -> int:
        """Send everything still queued, reporting each message, even those waiting out a
        backoff after a network failure: a person asked to send them now."""
        if not self.lock.acquire():
            holder = self._holder()
            if holder == "window":
                print("the desktop-sms window is running on this data folder: it sends the "
                      "queued messages", file=sys.stderr)
                return 0
            raise CliError(f"{holder} is already sending from this data folder. Try again "
                           "when it has finished.", EXIT_GATEWAY)
        with self.client() as client:
            recovered = self.recovered + self._recover()
            cli_schedule.release_for_resume(self.outbox)
            return self._drain(client, batch=None, recovered=recovered)

    def _holder(self) -> str:
        found = self.lock.current_holder()
        if found is None:
            return "another desktop-sms"
        kind, pid = found
        return "window" if kind == "window" else f"another desktop-sms command (process {pid})"

    def _recover(self) -> int:
        """Flag what a crash left in flight, naming each; returns how many."""
        recovered = self.outbox.recover()
        for message_id in recovered:
            message = self.outbox.get(message_id)
            to = message.recipient if message else "?"
            print(f"warning: message {message_id} to {to} was being sent when desktop-sms "
                  "stopped; it is now 'unknown' (the gateway may have it). Check it before "
                  "sending it again.", file=sys.stderr)
        return len(recovered)

    def prepare(self) -> SendPlan:
        """The messages of this send, checked by the send plan; nothing is written."""
        args = self.args
        args.text = cli_lists.chosen_text(args.text, args.template, self.conn)
        for group in args.group:
            if group.strip():
                self.book.members(group)  # a clear error for a group that does not exist
        draft = Draft([*args.to, *args.group], args.text,
                      args.sender or self.settings.default_sender or None, args.flash,
                      args.delivery_report)
        resolver = Resolver(self.book, self.settings.default_region)
        opted_out = OptOutList(self.conn).numbers()
        draft = cli_gsm.draft_to_send(draft, args.gsm, resolver, opted_out)  # or a hint
        plan = make_plan(draft, resolver, opted_out=opted_out)
        if plan.problems:
            raise CliError(refusal(plan.problems))
        for warning in plan.warnings:
            print(f"warning: {english(warning)}", file=sys.stderr)
        for skipped in plan.skipped:
            print(f"skipped: {english(skipped)}", file=sys.stderr)
        return plan

    def _drain(self, client: GatewayClient, *, batch: int | None, ids: Sequence[int] = (),
               recovered: int = 0) -> int:
        pace = pace_of(self.args, self.settings)
        return Sending(self.outbox, self.folder, pace).drain(client, batch=batch, ids=ids,
                                                             recovered=recovered)

    def refresh(self) -> int:
        if not team.is_poller(self.conn):
            status_fetch.restore_rescued(self.outbox, self.folder)  # listed with the others
            return cli_report.applied_by_another(self.outbox)
        with self.client() as client:
            try:
                changes = status_fetch.refresh(self.outbox, client, self.folder)
            except (status_fetch.StatusesNotFetched, status_fetch.StatusesNotStored) as exc:
                raise CliError(str(exc)) from None
        mark_finished(self.conn)  # as the window does at each poll
        for change in changes:
            message = self.outbox.get(change.message_id)
            assert message is not None
            print(message_line(message))
        waiting = self.outbox.unmatched_updates()
        if waiting:
            print(f"{waiting} status update(s) for messages not known here are kept until "
                  "they match", file=sys.stderr)
        return 0

    def list_outbox(self) -> int:
        if self.args.outbox_command in ("cancel", "reschedule"):
            return cli_schedule.change(self.args, self.outbox)
        state = State(self.args.state) if self.args.state else None
        messages = cli_report.queued_where(self.outbox.messages(state), self.args)
        if self.args.json:
            json.dump([as_json(m) for m in messages], sys.stdout, ensure_ascii=False, indent=1)
            print()
        else:
            for message in messages:
                print(message_line(message))
        return 0


def open_database(args: argparse.Namespace, folder: Path, settings: Settings) -> store.Connection:
    """The data folder's file, or the team database --database, $DESKTOP_SMS_DATABASE or
    the settings name; one that cannot be used is one `error:` line naming its server."""
    url = opening.chosen_url(args.database, settings.team_database)
    source = opening.team_source(url, CredentialStore()) if url else None
    try:
        return opening.open_store(folder, source)
    except sqlite3.Error as exc:
        if source is None:
            raise
        raise CliError(str(exc)) from None


def run_command(args: argparse.Namespace) -> int:
    """Run one command; every failure ends as one `error:` line and an exit code."""
    folder = paths.location(args.data_dir)
    cli: Cli | None = None
    # `kill` (SIGTERM) ends a command as Ctrl+C does: with the error line and the report
    # of what was left in flight, not silently.
    previous_term = signal.signal(signal.SIGTERM, _interrupt)
    try:
        _check_text_arguments(args)
        folder = paths.data_dir(args.data_dir)
        setup_logging(folder)
        if args.command == "db":  # the file is the source: opened there, not as the store
            from desktop_sms import cli_db

            return cli_db.run(args, folder)
        cli = Cli(args, folder)
        return cli.run()
    except CliError as exc:
        return _fail(str(exc), exc.code)
    except GatewayError as exc:
        return _fail(str(exc), EXIT_GATEWAY)
    except ValueError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_INTERRUPTED)
    except Exception as exc:
        if is_storage_error(exc):
            return _fail(explain(exc, folder), EXIT_USAGE)
        log.critical("unexpected error", exc_info=exc)  # the traceback: the log file only
        return _fail(f"desktop-sms did not expect this ({type(exc).__name__}: {exc}). The "
                     f"details are in {folder / LOG_FILE}.", EXIT_USAGE)
    finally:
        signal.signal(signal.SIGTERM, previous_term)
        if cli:
            _close_quietly(cli)


def _interrupt(_signal: int, _frame: object) -> None:
    raise KeyboardInterrupt


def _check_text_arguments(args: argparse.Namespace) -> None:
    """Invalid UTF-8 on the command line decodes to lone surrogates, which no database,
    keyring or HTTP request takes: refuse it by name, before anything is done."""
    for name, value in vars(args).items():
        if name == "text":  # the send plan refuses it (TEXT_NOT_UNICODE), as everywhere
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and LONE_SURROGATE_RE.search(item):
                option = {"sender": "--from", "name": "NAME", "number": "NUMBER",
                          "queued_by": "outbox --user"}.get(
                    name, f"--{name.replace('_', '-')}")
                raise CliError(f"the value of {option} is not valid text (UTF-8): check the "
                               "terminal's encoding")


def _fail(message: str, code: int) -> int:
    # One line: a multi-line reason (an exception's text) is joined.
    print("error: " + " ".join(message.split()), file=sys.stderr)
    return code


def _close_quietly(cli: Cli) -> None:
    try:
        cli.close()
    except Exception:  # the error line is out already; closing cannot make it worse
        log.debug("closing failed", exc_info=True)

