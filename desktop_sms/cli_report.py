"""What the command line prints besides its results: message lines, JSON, its sentences
for problems, and the notice while the gateway is slow."""

from __future__ import annotations

import sys
import threading
import time
from argparse import Namespace
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from urllib.parse import urlsplit

from desktop_sms.core.errors import InputError
from desktop_sms.core.outbox.history import History
from desktop_sms.core.outbox.messages import Message
from desktop_sms.core.plan import Code, Problem, SendPlan, english
from desktop_sms.core.sending.engine import DrainResult, StopReason
from desktop_sms.core.sending.schedule import local_and_utc as when
from desktop_sms.core.states import State
from desktop_sms.gateway import AuthError, NetworkError

SLOW_NOTICE_AFTER = 2.0  # seconds without an answer before saying what we wait for
SHOWN_RANGES = 5  # of the ids a line names

# The plan's words where the command line says it its own way: it names its options.
_OWN_WORDS = {
    Code.NO_RECIPIENTS: "send needs at least one --to NUMBER or --group GROUP",
    Code.BLANK_RECIPIENT: "an empty --to or --group was given (nothing was sent)",
    Code.TEXT_NOT_UNICODE: "the value of --text is not valid text (UTF-8): check the "
                           "terminal's encoding",
}


def check_cost(plan: SendPlan, balance: Decimal, *, over_balance: bool) -> None:
    """The window's cost check, for a large send from the command line: the figures on
    stderr, and a send over the balance refused unless --over-balance says to go on."""
    after = balance - plan.credits
    print(f"cost check: {len(plan.sendable):,} recipient(s) ({plan.duplicates:,} "
          f"duplicate(s) removed, {len(plan.skipped):,} on the opt-out list skipped): "
          f"{plan.credits:,} credit(s); balance {balance.normalize():,f} → "
          f"{after.normalize():,f}", file=sys.stderr)
    if after < 0 and not over_balance:
        raise InputError(f"this send costs {plan.credits:,} credits but the balance is "
                         f"{balance.normalize():,f}; nothing was queued (add --over-balance "
                         "to send anyway)")


def refusal(problems: Sequence[Problem]) -> str:
    """Why a send was refused, for its one `error:` line: every bad recipient, else the
    first problem."""
    first = problems[0]
    if first.code in _OWN_WORDS:
        return _OWN_WORDS[first.code]
    bad = [p for p in problems if p.code in (Code.BAD_RECIPIENT, Code.EMPTY_GROUP)]
    if bad:
        return "; ".join(map(english, bad)) + " (nothing was sent)"
    return english(first)


def drain_problems(result: DrainResult, unknown: int, rejected: int,
                   why_in_doubt: str | None) -> list[str]:
    problems = []
    if isinstance(result.error, AuthError):
        problems.append("the gateway refused the username or password")
    elif isinstance(result.error, NetworkError):
        problems.append(str(result.error))
    elif result.stop is StopReason.BALANCE:
        balance = "" if result.balance is None else f" (balance {result.balance.normalize():f})"
        problems.append(f"balance exhausted{balance}: top up the account")
    if unknown:
        problems.append(f"{unknown} message(s) may or may not have reached the gateway "
                        "(state 'unknown'): check them before sending again"
                        + (f"; sending stopped there because {why_in_doubt}"
                           if why_in_doubt else ""))
    if rejected:
        problems.append(f"{rejected} message(s) were refused by the gateway (state 'rejected')")
    return problems


def id_range(ids: Sequence[int]) -> str:
    """Messages named in a line: runs of ids as ranges ("messages 500, 502–1500"), the
    first SHOWN_RANGES only (a line naming each of 1,000 ids is not read)."""
    ordered = sorted(set(ids))
    if len(ordered) == 1:
        return f"message {ordered[0]}"
    runs: list[list[int]] = []  # [first, last]
    for message_id in ordered:
        if runs and message_id == runs[-1][1] + 1:
            runs[-1][1] = message_id
        else:
            runs.append([message_id, message_id])
    shown = runs[:SHOWN_RANGES]
    named = ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in shown)
    more = len(ordered) - sum(b - a + 1 for a, b in shown)
    return f"messages {named}" + (f", … and {more:,} more" if more else "")


def message_line(message: Message) -> str:
    extra = message.gateway_id or message.error or (
        f"at {when(message.send_at)}" if message.send_at and message.state is State.SCHEDULED
        else "")
    return f"{message.id}\t{message.recipient}\t{message.state}\t{extra}".rstrip("\t")


def iso(stamp: float) -> str:
    return datetime.fromtimestamp(stamp, UTC).isoformat(timespec="seconds")


def as_json(message: Message) -> dict[str, object]:
    return {
        "id": message.id, "to": message.recipient, "text": message.text,
        "sender": message.sender, "parts": message.parts, "state": message.state.value,
        "gateway_id": message.gateway_id, "gateway_status": message.gateway_status,
        "error": message.error, "attempts": message.attempts, "batch_id": message.batch_id,
        "resend_of": message.resend_of, "created_at": iso(message.created_at),
        "updated_at": iso(message.updated_at),
        "send_at": iso(message.send_at) if message.send_at is not None else None,
        "queued_on": message.queued_on, "queued_by": message.queued_by,
    }


def queued_where(messages: Sequence[Message], args: Namespace) -> list[Message]:
    """`outbox --workstation NAME --user NAME`: those queued there, by them (any case)."""
    wanted = [(field, value.casefold()) for field, value in (
        ("queued_on", args.workstation), ("queued_by", args.queued_by)) if value]
    return [m for m in messages
            if all((getattr(m, field) or "").casefold() == value for field, value in wanted)]


def applied_by_another(outbox: History) -> int:
    """`refresh` on a team database where another workstation fetches the statuses (the
    gateway reports each once: a second fetcher would take some from it): what it applied."""
    print("another workstation fetches the delivery statuses for this team database; these "
          "are the statuses it has applied", file=sys.stderr)
    for message in outbox.messages():
        if message.gateway_status is not None:
            print(message_line(message))
    return 0


class SlowNotice:
    """Says on stderr what the command waits for when the gateway is slow to answer, so
    that a hanging gateway is never a silent wait (one line per slow request)."""

    def __init__(self, url: str, timeout: float) -> None:
        self.host = urlsplit(url).hostname or url
        self.timeout = timeout
        self._since: float | None = None
        self._action = ""
        self._waiting = 0  # requests in flight: the engine sends several at once
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._closed = False
        self._thread = threading.Thread(target=self._watch, name="slow-notice", daemon=True)
        self._thread.start()

    def started(self, action: str) -> None:
        with self._lock:
            self._waiting += 1
            self._action, self._since = action, time.monotonic()

    def finished(self) -> None:
        with self._lock:
            self._waiting -= 1
            if not self._waiting:
                self._since = None

    def close(self) -> None:
        self._closed = True
        self._wake.set()
        self._thread.join()

    def _watch(self) -> None:
        announced: float | None = None
        while not self._wake.wait(0.25):
            since = self._since
            if since is None or since == announced:
                continue
            if time.monotonic() - since >= SLOW_NOTICE_AFTER:
                announced = since
                print(f"waiting for the gateway {self.host} to answer {self._action} "
                      f"(gives up after {self.timeout:g} s)…", file=sys.stderr, flush=True)
