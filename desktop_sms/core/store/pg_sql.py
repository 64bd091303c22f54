"""Core's SQL, written for SQLite, as PostgreSQL reads it.

Core keeps one text per statement for both engines. The few SQLite spellings it uses are
rewritten here, once per distinct statement (cached): placeholders (``?``, ``?N`` and ``:name``),
``LIKE`` (SQLite's ignores case), ``json_each`` over an id list, ``group_concat``,
``instr``, ``char``, ``NOT INDEXED`` and the ``temp.`` schema. ``COLLATE NOCASE`` needs
no rewrite: the PostgreSQL schema defines a case-insensitive collation of that name.
A statement using anything else must be written portably in core instead.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# Placeholders and % are found outside quoted strings only. The rewrites apply to the
# whole text: core's quoted strings are short separators and empty strings.
_TOKENS = re.compile(r"'(?:[^']|'')*'|\?(\d*)|(?<![:\w]):([A-Za-z_]\w*)|%|[^'?%:]+|:",
                     re.DOTALL)
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bNOT INDEXED\b", re.IGNORECASE), ""),
    (re.compile(r"\bLIKE\b", re.IGNORECASE), "ILIKE"),
    (re.compile(r"\btemp\.", re.IGNORECASE), "pg_temp."),
    (re.compile(r"\bjson_each\(", re.IGNORECASE), "id_list("),
    (re.compile(r"\binstr\(", re.IGNORECASE), "strpos("),
    (re.compile(r"\bchar\((\d+)\)", re.IGNORECASE), r"chr(\1)"),
    # group_concat(x) and group_concat(x, sep): every use in core has plain arguments.
    (re.compile(r"\bgroup_concat\(([^(),]+(?:\([^()]*\))?)\)", re.IGNORECASE),
     r"string_agg((\1)::text, ',')"),
    (re.compile(r"\bgroup_concat\(([^(),]+),\s*([^()]+(?:\([^()]*\))?)\)", re.IGNORECASE),
     r"string_agg((\1)::text, \2)"),
)


class Translated(NamedTuple):
    sql: str
    # For each %s, the index of the parameter it takes (``?3`` takes the third).
    order: tuple[int, ...]
    numbered: bool


@lru_cache(maxsize=1024)
def translate(sql: str) -> Translated:
    pieces: list[str] = []
    order: list[int] = []
    numbered = False
    for pattern, replacement in _REWRITES:
        sql = pattern.sub(replacement, sql)
    for match in _TOKENS.finditer(sql):
        token = match.group(0)
        if token.startswith("'"):
            pieces.append(token.replace("%", "%%"))
        elif match.group(2):  # :name, bound from a dict
            pieces.append(f"%({match.group(2)})s")
        elif token.startswith("?"):
            if match.group(1):
                numbered = True
                order.append(int(match.group(1)) - 1)
            else:
                order.append(len(order))
            pieces.append("%s")
        elif token == "%":
            pieces.append("%%")
        else:
            pieces.append(token)
    return Translated("".join(pieces), tuple(order), numbered)
