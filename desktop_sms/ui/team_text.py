"""A shared team database's failures in the user's language: the server cannot be reached,
refused the login, has no such database, or was set up by a newer version.

postgres.TeamDatabaseError's own text is English, with the server's words after the
first colon; they are quoted as they are, as the SQLite file's are (storage_text.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from PySide6.QtCore import QCoreApplication, QObject

from desktop_sms.core.errors import InputError, Refusal
from desktop_sms.core.store import team_failure
from desktop_sms.ui.locale_text import number

if TYPE_CHECKING:
    from desktop_sms.core.store.move_refusals import MoveRefused

# The database as TeamDatabaseError names it: postgresql://user@host[:port]/database
_NAMED = re.compile(r"postgresql://[^@\s]*@(?P<host>\[[^\]]*\]|[^/:\s]*)(?::\d+)?/\S+")


def is_team_error(exc: BaseException) -> bool:
    """A team database's failure (none without a team database opened)."""
    return team_failure(exc)


def is_slow_answer(exc: BaseException) -> bool:
    """A live team database too slow for the window's bound: not the server gone."""
    return team_failure(exc, "TeamSlowAnswer")


def team_text(exc: BaseException) -> str:
    """What went wrong with the team database, and what to do, for a person."""
    said = str(exc)
    named = _NAMED.search(said)
    host = unquote(named.group("host").strip("[]")) if named else "?"  # a socket's folder
    detail = said.split(": ", 1)[1] if ": " in said else said
    lowered = said.lower()
    translate = QCoreApplication.translate
    if "newer version" in lowered:
        return translate("TeamText", "The team database at {0} was set up by a newer version "
                         "of desktop-sms. Update the program on this workstation.").format(host)
    if "password" in lowered or "authentication" in lowered:
        return translate("TeamText", "The team database at {0} refused the user name or "
                         "password ({1}). Check them in File → Settings → Shared team "
                         "database.").format(host, detail)
    if "does not exist" in lowered:
        return translate("TeamText", "The team database at {0} has no such database or user "
                         "({1}). Check the address in File → Settings → Shared team "
                         "database.").format(host, detail)
    return translate("TeamText", "The team database at {0} cannot be reached ({1}). Nothing "
                     "is sent, and nothing is queued on this computer meanwhile. Check the "
                     "network or ask whoever runs the server, then try again.").format(
                         host, detail)


def way_back(settings_file: Path) -> str:
    """How to start with this computer's own data when the team database cannot be used
    (the window, and its Settings, do not open)."""
    return QCoreApplication.translate(
        "TeamText", "To work with this computer's own data meanwhile, remove the "
        "team_database line from {0}.").format(settings_file)


def address_text(exc: InputError) -> str:
    """Why a team database address typed in Settings cannot be used (location.parse's
    refusals, by their code, in the user's language)."""
    from desktop_sms.core.store.location import AddressFault  # loaded when first needed

    translate = QCoreApplication.translate
    code = exc.code if isinstance(exc, Refusal) else None
    p = exc.params if isinstance(exc, Refusal) else {}
    match code:
        case AddressFault.SCHEME:
            return translate("TeamText", "The address must start with postgresql:// — for "
                             "example postgresql://office@server/desktop_sms.")
        case AddressFault.NO_DATABASE:
            return translate("TeamText", "The address names no database: "
                             "postgresql://USER@HOST/DATABASE.")
        case AddressFault.NO_USER:
            return translate("TeamText", "The address names no user: "
                             "postgresql://USER@HOST/DATABASE.")
        case AddressFault.NOT_ENCRYPTED:
            return translate("TeamText", "The server is not on this computer, so the "
                             "connection must be encrypted: remove sslmode, or use "
                             "sslmode=require, verify-ca or verify-full.")
        case AddressFault.UNUSED_SETTINGS:
            return translate("TeamText", "The address has settings desktop-sms does not use "
                             "({0}); only sslmode and sslrootcert may follow the ?.").format(
                                 p["names"])
        case AddressFault.TOO_LONG:
            return translate("TeamText", "The address is too long ({0} characters; at most "
                             "{1}).").format(number(int(p["length"])), number(int(p["limit"])))
        case AddressFault.INVISIBLE:
            return translate("TeamText", "The address has an invisible character ({0}), such "
                             "as a line break pasted with it. Type it again.").format(p["char"])
        case AddressFault.HOST_NAME:
            return translate("TeamText", "The server's name {0} cannot be looked up: each "
                             "part between dots must have 1 to 63 characters.").format(
                                 p["host"])
        case AddressFault.FRAGMENT:
            return translate("TeamText", "The address has a #: write %23 for a # in a name.")
        case AddressFault.NOT_URL:
            detail = str(p["detail"])
        case _:
            detail = str(exc)
    return translate("TeamText", "This is not a valid address ({0}).").format(detail)


class TeamText(QObject):
    """The context "TeamText" for its plurals: lupdate extracts a %n plural from a tr() in
    a class only."""

    def sending(self, n: int) -> str:
        return self.tr("%Ln message(s) are being sent from this computer. Let the sending "
                       "finish, then move again. Nothing was copied.", "", n)

    def waiting(self, n: int) -> str:
        return self.tr("%Ln message(s) on this computer are still queued or scheduled. Send "
                       "or cancel them first: moved, they would go out from here and from "
                       "the team database. Nothing was copied.", "", n)


def move_refusal_text(exc: MoveRefused) -> str:
    """Why "Move my data to the team database" copied nothing, for a person."""
    from desktop_sms.core.store.move_refusals import MoveFault

    p = exc.params
    translate = QCoreApplication.translate
    match exc.code:
        case MoveFault.SENDING:
            return TeamText().sending(int(p["count"]))
        case MoveFault.WAITING:
            return TeamText().waiting(int(p["count"]))
        case MoveFault.ROW_REFUSED:
            return translate("TeamText", "The team database refused a row ({0}). Nothing was "
                             "copied.").format(p["detail"])
        case MoveFault.COUNTED:
            return translate("TeamText", "{0}: {1} in this computer's file, but {2} found in "
                             "the team database after copying. Nothing was copied.").format(
                                 table_name(str(p["table"])), number(int(p["in_file"])),
                                 number(int(p["found"])))
        case MoveFault.UNFIT_VALUE:
            return translate("TeamText", "{0}: the row {1} has a value the team database "
                             "cannot hold ({2}). Nothing was copied.").format(
                                 table_name(str(p["table"])), p["row"], p["detail"])
    return str(exc)  # a reason added to core since: its English words rather than none


def table_name(table: str) -> str:
    """What a table of the move holds, in words."""
    translate = QCoreApplication.translate
    names = {
        "contacts": translate("TeamText", "Contacts"),
        "groups": translate("TeamText", "Groups"),
        "group_members": translate("TeamText", "Group memberships"),
        "contact_fields": translate("TeamText", "Contacts' custom fields"),
        "templates": translate("TeamText", "Templates"),
        "opt_outs": translate("TeamText", "Opt-out list"),
        "campaigns": translate("TeamText", "Campaigns"),
        "messages": translate("TeamText", "Messages"),
        "balance_history": translate("TeamText", "Balance history"),
        "status_updates": translate("TeamText", "Delivery reports not yet matched"),
    }
    return names.get(table, table)
