"""What a cell looks like, without parsing it as a phone number (that is core.phone's job,
and too slow to ask of every cell of a sheet)."""

from __future__ import annotations

import re

# '+30 691 234 5678', '(01) 40-00-00-00', '00306912345678', '6912345678'.
_NUMBER = re.compile(r"\s*(?:\+|00)?[\d\s\-().\u00a0/]{6,24}\s*")


def looks_like_number(cell: str) -> bool:
    if not _NUMBER.fullmatch(cell):
        return False
    digits = sum(c.isdigit() for c in cell)
    return 6 <= digits <= 16
