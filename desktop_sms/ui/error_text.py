"""One path from an error the program knows to words for a person.

The worker runs every request through ``failure_of``: a known error becomes a
``Failure`` with its text; anything else is a bug, logged with its traceback and told as
unexpected. Callers never turn exceptions into text themselves.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from desktop_sms.core.credentials import CredentialsError
from desktop_sms.core.errors import InputError, Refusal
from desktop_sms.core.export_file import ExportFailed
from desktop_sms.core.plan import PlanRefused
from desktop_sms.core.status_fetch import StatusesNotStored
from desktop_sms.core.storage_errors import is_storage_error
from desktop_sms.gateway import AuthError, GatewayError, NetworkError
from desktop_sms.ui import (
    book_text,
    export_text,
    gateway_setup_text,
    outbox_refusal_text,
    problem_text,
    template_text,
)
from desktop_sms.ui.storage_text import storage_text
from desktop_sms.ui.team_text import is_team_error, team_text
from desktop_sms.ui.widgets import sentence


class Kind(Enum):
    GATEWAY = "gateway"  # the gateway or the network: told in the status bar
    ACCOUNT = "account"  # no usable account (none set, keyring, address): status bar
    STORAGE = "storage"  # the data folder or the database
    NOT_OPEN = "not-open"  # the worker's database is not open: Retry in the status bar
    INPUT = "input"  # core refused what was asked (InputError)
    UNEXPECTED = "unexpected"  # a bug: logged with its traceback


class Failure(NamedTuple):  # not a dataclass: 0.1 ms to define, not 0.7, at start-up
    """How a request ended when it did not end with a result."""

    text: str  # for a person
    kind: Kind
    fatal: bool = False  # the database cannot recover by waiting: the window closes

    @property
    def needs_telling(self) -> bool:
        """Known and not fatal: the caller tells it (unexpected and fatal ones the session
        has told already)."""
        return self.kind is not Kind.UNEXPECTED and not self.fatal


class Refused(Exception):
    """A request the worker cannot do now; its text is already for a person."""

    kind = Kind.ACCOUNT


class NoAccount(Refused):
    pass


class NotOpen(Refused):
    kind = Kind.NOT_OPEN


def failure_of(exc: Exception, folder: Path) -> Failure:
    if isinstance(exc, Refused):
        return Failure(str(exc), exc.kind)
    if isinstance(exc, AuthError):
        return Failure(QCoreApplication.translate(
            "ErrorText", "The gateway refused the username or password. Check them in "
            "File → Settings; queued messages wait until then."), Kind.GATEWAY)
    if isinstance(exc, NetworkError) and not exc.maybe_sent:
        return Failure(QCoreApplication.translate(
            "ErrorText", "Offline: {0}. Queued messages will be sent when the gateway can "
            "be reached.").format(exc), Kind.GATEWAY)
    if isinstance(exc, GatewayError):  # its own words are English: in brackets
        return Failure(QCoreApplication.translate(
            "ErrorText", "The gateway did not do what was asked ({0}).").format(exc),
            Kind.GATEWAY)
    if is_team_error(exc):  # the window lets go of it, and offers Retry (as a failed open)
        return Failure(team_text(exc), Kind.NOT_OPEN)
    if isinstance(exc, StatusesNotStored):
        return Failure(sentence(exc), Kind.STORAGE)
    if is_storage_error(exc):
        text, fatal = storage_text(exc, folder)
        return Failure(text, Kind.STORAGE, fatal)
    if isinstance(exc, CredentialsError):
        return Failure(sentence(exc), Kind.ACCOUNT)
    if isinstance(exc, PlanRefused):  # its problems as codes: worded in ui/
        first = problem_text.describe(exc.problems[0])
        if len(exc.problems) > 1:
            first = QCoreApplication.translate("ErrorText", "{0} (and {1} more)").format(
                first, len(exc.problems) - 1)
        return Failure(first, Kind.INPUT)
    if isinstance(exc, Refusal):  # a code: worded in ui/, in the window's language
        words = (template_text.describe(exc) or book_text.describe(exc)
                 or outbox_refusal_text.describe(exc) or gateway_setup_text.describe(exc)
                 or sentence(exc))
        return Failure(words, Kind.INPUT)
    if isinstance(exc, InputError):
        return Failure(sentence(exc), Kind.INPUT)
    if isinstance(exc, ExportFailed):  # the user's file, not the data folder: never fatal
        return Failure(export_text.describe(exc), Kind.INPUT)
    return unexpected(exc)


def unexpected(exc: BaseException) -> Failure:
    """A bug: told by its type only (the session adds the log file's path)."""
    return Failure(QCoreApplication.translate(
        "ErrorText", "Something went wrong that desktop-sms did not expect ({0}). Your "
        "messages are safe; the details are in the log file.").format(type(exc).__name__),
        Kind.UNEXPECTED)
