"""`desktop-sms optout add|remove|list|import` and `templates list|save|rename|delete`, and
the text of `send --template NAME`.

Exit codes as the rest of the command line: 0 done (a number already on the list, or not
on it when removed, is said on stderr but is no failure); 1 an import left rows out (each
listed with its line and reason, then one `error:` line); 2 bad input (one `error:` line,
printed by run_command).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from desktop_sms.core.errors import InputError
from desktop_sms.core.optout import OptOutList
from desktop_sms.core.phone import ParsedNumber, Verdict, parse_number
from desktop_sms.core.store import Connection
from desktop_sms.core.templates import Templates

COMMANDS = frozenset({"optout", "templates"})
EXIT_REJECTED = 1


def chosen_text(text: str | None, template: str | None, conn: Connection) -> str:
    """`send`'s text: --text as given, or the text of the template --template names."""
    if template is None:
        assert text is not None  # args.py: one of the two is required
        return text
    return Templates(conn).text_of(template)


def run(args: argparse.Namespace, conn: Connection, default_region: str) -> int:
    if args.command == "templates":
        return _templates(args, Templates(conn))
    opt_outs = OptOutList(conn)
    action = args.optout_command
    if action == "list":
        for o in opt_outs.list():
            added = datetime.fromtimestamp(o.added_at).strftime("%Y-%m-%d %H:%M")
            print(f"{o.number}\t{added}\t{o.source}\t{o.name}")
        return 0
    from desktop_sms.cli_contacts import region_of  # the importers: not for a send

    region = region_of(args.region or default_region)
    if action == "import":
        return _import(args.file, opt_outs, region)
    parsed = _parsed(args.number, region)
    numbers = [p.e164 for p in parsed if p.e164]
    if action == "remove":
        on_list = opt_outs.numbers()
        opt_outs.remove(numbers)
        for number in numbers:
            if number in on_list:
                print(f"{number}\tremoved")
            else:
                print(f"warning: {number} was not on the opt-out list", file=sys.stderr)
        return 0
    before = opt_outs.numbers()
    opt_outs.add(numbers, args.reason)
    for number in dict.fromkeys(numbers):
        print(f"{number}\t{'already on the list' if number in before else 'added'}")
    for doubtful in (p for p in parsed if p.verdict is Verdict.WARNING):
        print(f"warning: '{doubtful.typed}' ({doubtful.e164}): {doubtful.reason}",
              file=sys.stderr)
    return 0


def _parsed(typed: list[str], region: str) -> list[ParsedNumber]:
    """Every number parsed, or InputError naming the first that is not a number. A
    doubtful one is taken (opting it out cannot hurt anyone) and the caller says why it is
    doubtful: the person may have meant another number, still sent to."""
    numbers = []
    for each in typed:
        parsed = parse_number(each, region)
        if parsed.e164 is None:
            raise InputError(f"'{each}': {parsed.reason}; nothing was changed")
        numbers.append(parsed)
    return numbers


def _import(path: str, opt_outs: OptOutList, region: str) -> int:
    from desktop_sms.core.contact_import import english

    done = opt_outs.import_file(path, region)
    for issue in done.rejected:
        print(f"line {issue.line}: rejected: {english(issue)}")
    for issue in done.warnings:
        print(f"line {issue.line}: warning: {english(issue)}")
    print(f"added {done.added}, already on the list {done.already}, rejected "
          f"{len(done.rejected)}")
    if not done.rejected:
        return 0
    print(f"error: {len(done.rejected)} row(s) rejected (listed above); the others were "
          "added", file=sys.stderr)
    return EXIT_REJECTED


def _templates(args: argparse.Namespace, templates: Templates) -> int:
    action = args.templates_command
    if action == "save":
        created = templates.save(args.name, args.text)
        print(f"{'created' if created else 'replaced'}\t{args.name.strip()}")
    elif action == "rename":
        templates.rename(args.name, args.new_name)
        print(f"renamed\t{args.new_name.strip()}")
    elif action == "delete":
        templates.delete(args.name)
        print(f"deleted\t{args.name.strip()}")
    else:
        for template in templates.list():
            # One line each: the text's own line breaks and tabs written as \n and \t.
            text = template.text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            print(f"{template.name}\t{text}")
    return 0
