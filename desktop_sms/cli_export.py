"""`desktop-sms contacts export FILE` and `desktop-sms outbox export FILE`: the format from
the file name's extension; one summary line on success, one `error:` line otherwise."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_sms.core.contact_export import export_contacts
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.errors import InputError
from desktop_sms.core.export_file import ExportFailed, english
from desktop_sms.core.outbox.export import export_outbox
from desktop_sms.core.outbox.history import History, OutboxFilter
from desktop_sms.core.states import State
from desktop_sms.core.store import Connection


def run(args: argparse.Namespace, conn: Connection) -> int:
    path = Path(args.export_file)
    try:
        if args.command == "contacts":
            if args.encoding not in (None, "utf-8-sig") and path.suffix.lower() == ".vcf":
                raise InputError("--encoding is for a .csv file: a vCard is always UTF-8")
            count = export_contacts(AddressBook(conn), path,
                                    encoding=args.encoding or "utf-8-sig")
            what = "contact" if count == 1 else "contacts"
        else:
            state = State(args.state) if args.state else None
            count = export_outbox(History(conn), OutboxFilter(state), path)
            what = "message" if count == 1 else "messages"
    except ExportFailed as exc:
        raise InputError(english(exc)) from None
    print(f"exported {count} {what} to {path}")
    return 0
