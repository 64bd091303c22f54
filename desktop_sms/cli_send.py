"""`send` and `resume`, once the messages are queued: drain them through the sending
engine, one line per message as it ends, then one `error:` line for whatever was not
sent for sure."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from desktop_sms.cli_report import drain_problems, id_range, message_line
from desktop_sms.core.outbox.campaigns import mark_finished
from desktop_sms.core.outbox.messages import Change
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.sending.engine import Engine
from desktop_sms.core.sending.pacing import Pace
from desktop_sms.core.settings import Settings
from desktop_sms.core.states import State
from desktop_sms.core.storage_errors import explain, is_storage_error
from desktop_sms.gateway.client import GatewayClient

# Exit codes (README): 0 done; 1 the gateway failed or refused, or a message was not
# sent for sure; 2 bad input, configuration or data folder; 130 interrupted.
EXIT_GATEWAY, EXIT_USAGE, EXIT_INTERRUPTED = 1, 2, 130


class CliError(Exception):
    """A failure to report as one `error: ...` line, with its exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def pace_of(args: argparse.Namespace, settings: Settings) -> Pace:
    """--concurrency and --max-per-minute where the command has them, else the settings
    the window uses."""
    pace = settings.pace
    concurrency = getattr(args, "concurrency", None)
    per_minute = getattr(args, "max_per_minute", None)
    return Pace(concurrency or pace.concurrency,
                pace.max_per_minute if per_minute is None else per_minute)


class Sending:
    """One drain of the outbox from the command line."""

    def __init__(self, outbox: Outbox, folder: Path, pace: Pace) -> None:
        self.outbox, self.folder, self.pace = outbox, folder, pace

    def drain(self, client: GatewayClient, *, batch: int | None, ids: Sequence[int] = (),
              recovered: int = 0) -> int:
        """Send, print one line per message as it ends, then sum up in one error line if
        anything was not sent for sure (including ``recovered`` messages flagged before)."""
        try:
            return self._send_and_report(client, batch, recovered)
        except KeyboardInterrupt:
            raise CliError("interrupted. " + self._left_behind(batch, ids),
                           EXIT_INTERRUPTED) from None
        except Exception as exc:
            # The disk filled or the file broke mid-send: say exactly what is left where,
            # so that nobody sends this batch again with another `send` (a duplicate).
            if not is_storage_error(exc):
                raise
            raise CliError(explain(exc, self.folder) + " " + self._left_behind(batch, ids),
                           EXIT_USAGE) from None

    def _left_behind(self, batch: int | None, ids: Sequence[int]) -> str:
        try:
            sending, queued = self._ids(State.SENDING, batch), self._ids(State.QUEUED, batch)
        except Exception:  # the database cannot even be read: name the batch
            named = f"this send's {id_range(ids)}" if ids else "the queued messages"
            return (f"Check {named} with `desktop-sms outbox` before sending anything again; "
                    "do not send them again with `send`.")
        parts = []
        if sending:
            it, was, becomes = (("it", "was", "becomes") if len(sending) == 1
                                else ("them", "were", "become"))  # several fly at once
            parts.append(f"{id_range(sending).capitalize()} {was} being sent and may have "
                         f"reached the gateway: {'it' if it == 'it' else 'they'} {becomes} "
                         f"'unknown' at the next start; check {it} before sending again.")
        if queued:
            parts.append(f"{len(queued)} message(s) are still queued ({id_range(queued)}): "
                         "`desktop-sms resume` sends them; do not send them again with `send`.")
        return " ".join(parts)

    def _send_and_report(self, client: GatewayClient, batch: int | None,
                         recovered: int) -> int:
        finals: dict[int, State] = {}

        def report(change: Change) -> None:
            finals[change.message_id] = change.state
            if change.state is not State.QUEUED:
                message = self.outbox.get(change.message_id)
                if message is not None:
                    print(message_line(message), flush=True)

        result = Engine(self.outbox, client, pace=self.pace, batch=batch,
                        ignore_backoff=True, on_change=report).run()
        mark_finished(self.outbox.conn)  # those it left final (rejected, unknown) end now
        unknown = sum(state is State.UNKNOWN for state in finals.values())
        rejected = sum(state is State.REJECTED for state in finals.values())
        still = self._ids(State.QUEUED, batch)
        doubt = self.outbox.get(result.in_doubt) if result.in_doubt else None
        problems = drain_problems(result, unknown, rejected, doubt.error if doubt else None)
        if recovered:
            problems.insert(0, f"{recovered} message(s) were being sent when desktop-sms "
                               "stopped and are now 'unknown' (named above)")
        if still and problems:
            problems.append(f"{len(still)} message(s) kept queued ({id_range(still)}): "
                            "`desktop-sms resume` sends them, `desktop-sms outbox cancel ID…` "
                            "cancels them")
        if problems:
            raise CliError("; ".join(problems), EXIT_GATEWAY)
        return 0

    def _ids(self, state: State, batch: int | None) -> list[int]:
        """The messages in ``state`` (of ``batch`` only, if given), oldest first."""
        return [m.id for m in self.outbox.messages(state)
                if batch is None or m.batch_id == batch]
