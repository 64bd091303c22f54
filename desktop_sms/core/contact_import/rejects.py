"""The rejected rows saved as a file a person can fix and import again: the original
cells, and the reason in a last column."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from desktop_sms.core.contact_import.checking import ImportPlan, RowIssue, english


def write_rejected(plan: ImportPlan, path: str | Path, *,
                   describe: Callable[[RowIssue], str] = english,
                   line_header: str = "Line", reason_header: str = "Reason") -> None:
    """UTF-8 with a byte-order mark (Excel then reads Greek right), separated as the file
    read was (Excel in Greece and France expects ';'). The UI passes its own words."""
    width = max([len(plan.headers), *(len(r.cells) for r in plan.rejected)])
    headers = list(plan.headers) + [""] * (width - len(plan.headers))
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=plan.delimiter or ",")
        writer.writerow([line_header, *headers, reason_header])
        for issue in plan.rejected:
            cells = list(issue.cells) + [""] * (width - len(issue.cells))
            writer.writerow([issue.line, *cells, describe(issue)])
