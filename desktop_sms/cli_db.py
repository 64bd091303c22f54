"""`desktop-sms db move-to URL`: this data folder's SQLite file copied into a team database
(core/store/move.py), the file kept. The password as for every use of a team database:
``$DESKTOP_SMS_DATABASE_PASSWORD``, else the keyring (core/store/opening.py).

Prints, per table, the file's rows and how many this move copied (the others were there
from an earlier move, or the team had them: the same group, template or opt-out).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_sms.cli_send import CliError
from desktop_sms.core import store
from desktop_sms.core.credentials import CredentialStore
from desktop_sms.core.store import move, opening, postgres


def run(args: argparse.Namespace, folder: Path) -> int:
    team = opening.team_source(args.url, CredentialStore())
    source = store.connect(store.database_path(folder))
    try:
        try:
            target = postgres.connect(team.location, team.password,
                                      application="desktop-sms move")
        except postgres.TeamDatabaseError as exc:
            raise CliError(f"{exc}; nothing was moved") from None
        try:
            report = move.move_to(source, target, progress=lambda table: print(
                f"copying {table}…", file=sys.stderr, flush=True))
        finally:
            store.close_quietly(target)
    finally:
        source.close()
    print("table\tin the file\tcopied")
    for table in report.tables:
        print(f"{table.table}\t{table.in_file}\t{table.copied}")
    for table in report.tables:
        if table.merged:
            print(f"{table.table}: {table.in_file} in the file, {table.copied} copied "
                  f"({table.merged} of them are one to the team database, whose names ignore "
                  "case: kept as one)", file=sys.stderr)
    print(f"moved to {team.location.display}: {report.copied} row(s) copied, the file "
          f"{store.database_path(folder)} kept as it was", file=sys.stderr)
    return 0
