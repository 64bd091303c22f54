"""`desktop-sms contacts add|list|import`. The import runs without a window, with the same
report the import dialog shows (counts, then each rejected row's line and reason).

Exit codes: 0 every row imported (duplicates skipped by the policy count as done), 1 some
rows rejected (the report says which, and one `error:` line sums up), 2 the file cannot be
imported at all (one `error:` line: ImportRefused, printed by run_command).
"""

from __future__ import annotations

import argparse
import sys

from desktop_sms.core.contact_import import (
    ImportPlan,
    Policy,
    apply_import,
    check_import,
    english,
    existing_numbers,
    guess_mapping,
    read_file,
    write_rejected,
)
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.errors import InputError
from desktop_sms.core.phone import Verdict, parse_number

EXIT_REJECTED = 1


def run(args: argparse.Namespace, book: AddressBook, default_region: str) -> int:
    if args.contacts_command == "import":
        return import_contacts(args, book, default_region)
    if args.contacts_command == "add":
        parsed = parse_number(args.number, default_region)
        if not parsed.ok or parsed.e164 is None:
            raise InputError(f"'{args.number}': {parsed.reason}")
        if parsed.verdict is Verdict.WARNING:
            print(f"warning: {args.number}: {parsed.reason}", file=sys.stderr)
        contact_id = book.add(args.name, parsed.e164, groups=tuple(args.group))
        print(f"{contact_id}\t{args.name}\t{parsed.e164}")
        return 0
    for contact in book.search():
        print(f"{contact.id}\t{contact.name}\t{contact.number}\t{','.join(contact.groups)}")
    return 0


def import_contacts(args: argparse.Namespace, book: AddressBook, default_region: str) -> int:
    region = region_of(args.region or default_region)
    table = read_file(args.file, encoding=args.encoding, sheet=args.sheet)
    plan = check_import(table, guess_mapping(table), region=region,
                        existing=existing_numbers(book), policy=Policy(args.duplicates),
                        group=args.group)
    assert plan is not None  # never cancelled here
    if args.rejected and plan.rejected:
        # Written first: a path that fails is the user's file's problem, told before the
        # book changed (the rejected rows do not depend on the book).
        try:
            write_rejected(plan, args.rejected)
        except OSError as exc:
            raise InputError(f"the rejected rows cannot be written to {args.rejected}: "
                             f"{exc.strerror or exc}; nothing was imported") from None
    if not args.dry_run:
        written = apply_import(book, plan)
        assert written is not None
        plan = written
    report(plan, dry_run=args.dry_run)
    if not plan.rejected:
        return 0
    saved = f", saved to {args.rejected}" if args.rejected else ""
    done = "would be imported" if args.dry_run else "were imported"
    print(f"error: {plan.rejected_count} row(s) rejected (listed above{saved}); the others "
          f"{done}", file=sys.stderr)
    return EXIT_REJECTED


def report(plan: ImportPlan, *, dry_run: bool) -> None:
    for issue in plan.warnings:
        print(f"warning: line {issue.line}: {english(issue)}", file=sys.stderr)
    for issue in plan.skipped:
        print(f"line {issue.line}: skipped: {english(issue)}")
    for issue in plan.rejected:
        print(f"line {issue.line}: rejected: {english(issue)}")
    verb = ("would add", "would update") if dry_run else ("added", "updated")
    print(f"{verb[0]} {plan.added}, {verb[1]} {plan.updated}, skipped {plan.skipped_count} "
          f"(duplicates), rejected {plan.rejected_count}"
          + (" (dry run: nothing was written)" if dry_run else ""))


def region_of(code: str) -> str:
    """A country code as typed ('gr'), checked; '' for none."""
    import phonenumbers

    code = code.strip().upper()
    if code and not phonenumbers.country_code_for_region(code):
        raise InputError(f"'{code}' is not a country code such as GR, FR or GB")
    return code
