"""What a cell looks like, without parsing it as a phone number (that is core.phone's job,
and too slow to ask of every cell of a sheet)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

# '+30 691 234 5678', '(01) 40-00-00-00', '00306912345678', '6912345678'.
_NUMBER = re.compile(r"\s*(?:\+|00)?[\d\s\-().\u00a0/]{6,24}\s*")


def looks_like_number(cell: str) -> bool:
    if not _NUMBER.fullmatch(cell):
        return False
    digits = sum(c.isdigit() for c in cell)
    return 6 <= digits <= 16


def share(rows: Iterable[Sequence[str]], column: int, test: Callable[[str], bool]) -> float:
    """The share of the column's non-blank cells that pass ``test``."""
    cells = [r[column] for r in rows if len(r) > column and r[column].strip()]
    return sum(test(c) for c in cells) / len(cells) if cells else 0.0
