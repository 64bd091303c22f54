"""Why a move into a team database (move.py) copied nothing, as codes the window words in
its language (ui/team_text.py); ``str()`` stays English for the command line. Apart from
move.py, which loads psycopg: the window's error wording imports this at start-up."""

from __future__ import annotations

from enum import Enum

from desktop_sms.core.errors import Refusal


class MoveFault(Enum):
    """Why a move copied nothing; the comment names each fault's parameters."""

    SENDING = "sending"  # count: messages being sent from the file
    WAITING = "waiting"  # count: messages queued or scheduled in the file
    ROW_REFUSED = "row_refused"  # detail: the team database's words
    COUNTED = "counted"  # table, in_file, found
    UNFIT_VALUE = "unfit_value"  # table, row (its values, shortened), detail (the server's)


class MoveRefused(Refusal):
    """The move cannot start, or its counts did not match (then nothing was copied):
    ``code`` a MoveFault, worded by the window (ui/team_text.py); ``str()`` the CLI's."""
