"""Core's SQL, written for SQLite, as PostgreSQL reads it.

Core keeps one text per statement for both engines. The few SQLite spellings it uses are
rewritten here, once per distinct statement (cached): placeholders (``?``, ``?N`` and ``:name``),
``LIKE`` (SQLite's ignores case and has no escape character), ``json_each`` over an id
list, ``group_concat``, ``instr``, ``char``, ``NOT INDEXED`` and the ``temp.`` schema.
``COLLATE NOCASE`` needs no rewrite: the PostgreSQL schema defines a case-insensitive
collation of that name. A statement using anything else must be written portably in core
instead; one these rewrites cannot read is refused here, when first run.

Quoted strings, "quoted identifiers" and comments are set aside first (masked), so that
neither the rewrites nor the placeholders reach into them, and put back after.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# What is set aside: a '' or "" inside is the quote itself.
_OPAQUE = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|/\*.*?\*/", re.DOTALL)
# A set-aside piece's place in the code: private-use characters, which core's SQL never has.
_MASK_OPEN, _MASK_CLOSE = "\ue000", "\ue001"
_TOKENS = re.compile(f"{_MASK_OPEN}(\\d+){_MASK_CLOSE}|\\?(\\d*)|(?<![:\\w]):([A-Za-z_]\\w*)"
                     f"|%|[^?%:{_MASK_OPEN}]+|:")
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bNOT INDEXED\b", re.IGNORECASE), ""),
    (re.compile(r"\btemp\.", re.IGNORECASE), "pg_temp."),
    (re.compile(r"\bjson_each\(", re.IGNORECASE), "id_list("),
    (re.compile(r"\binstr\(", re.IGNORECASE), "strpos("),
    (re.compile(r"\bchar\((\d+)\)", re.IGNORECASE), r"chr(\1)"),
)
_GROUP_CONCAT = re.compile(r"\bgroup_concat\(", re.IGNORECASE)
_DISTINCT = re.compile(r"DISTINCT\s+", re.IGNORECASE)
# LIKE's pattern, as core writes it: a placeholder, a quoted string or a column; then the
# end of the comparison (what a longer pattern expression would not be followed by).
_LIKE = re.compile(r"\bLIKE(\s+)", re.IGNORECASE)
_PATTERN = re.compile(f"(?:\\?\\d*|:\\w+|{_MASK_OPEN}\\d+{_MASK_CLOSE}|[A-Za-z_][\\w.]*)"
                      r"(?=\s*(?:$|[),;]|[A-Za-z_]))")
_OWN_ESCAPE = re.compile(r"\s+ESCAPE\b", re.IGNORECASE)


class Translated(NamedTuple):
    sql: str
    # For each %s, the index of the parameter it takes (``?3`` takes the third).
    order: tuple[int, ...]
    numbered: bool


@lru_cache(maxsize=1024)
def translate(sql: str) -> Translated:
    set_aside: list[str] = []

    def mask(found: re.Match[str]) -> str:
        set_aside.append(found.group(0))
        return f"{_MASK_OPEN}{len(set_aside) - 1}{_MASK_CLOSE}"

    code = _OPAQUE.sub(mask, sql)
    for pattern, replacement in _REWRITES:
        code = pattern.sub(replacement, code)
    code = _likes(_group_concats(code, sql), sql)
    pieces: list[str] = []
    order: list[int] = []
    numbered = False
    for match in _TOKENS.finditer(code):
        token = match.group(0)
        if match.group(1):  # a piece set aside: psycopg reads a % anywhere
            pieces.append(set_aside[int(match.group(1))].replace("%", "%%"))
        elif match.group(3):  # :name, bound from a dict
            pieces.append(f"%({match.group(3)})s")
        elif token.startswith("?"):
            if match.group(2):
                numbered = True
                order.append(int(match.group(2)) - 1)
            else:
                order.append(len(order))
            pieces.append("%s")
        elif token == "%":
            pieces.append("%%")
        else:
            pieces.append(token)
    return Translated("".join(pieces), tuple(order), numbered)


def _group_concats(code: str, sql: str) -> str:
    """group_concat([DISTINCT] x[, separator]) → string_agg([DISTINCT] (x)::text, sep)."""
    while found := _GROUP_CONCAT.search(code):
        arguments, end = _arguments(code, found.end(), sql)
        if len(arguments) > 2:
            raise ValueError(f"pg_sql cannot translate group_concat of {len(arguments)} "
                             f"arguments: {sql[:200]}")
        first = arguments[0]
        distinct = _DISTINCT.match(first)
        value = first[distinct.end():] if distinct else first
        separator = arguments[1] if len(arguments) == 2 else "','"
        code = (f"{code[:found.start()]}string_agg({'DISTINCT ' if distinct else ''}"
                f"({value})::text, {separator}){code[end:]}")
    return code


def _arguments(code: str, start: int, sql: str) -> tuple[list[str], int]:
    """The comma-separated arguments of the call whose ( ends at ``start``, and where its
    ) ends (quoted strings are masked: a parenthesis in one does not count)."""
    depth, begun, arguments = 0, start, []
    for at in range(start, len(code)):
        char = code[at]
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif char in ",)" and not depth:
            arguments.append(code[begun:at].strip())
            begun = at + 1
            if char == ")":
                return arguments, at + 1
    raise ValueError(f"pg_sql cannot translate an unclosed group_concat: {sql[:200]}")


def _likes(code: str, sql: str) -> str:
    """LIKE → ILIKE … ESCAPE '' unless core gives its own escape. PostgreSQL's LIKE takes a
    backslash for its escape character by default, SQLite's has none: without ESCAPE '' a
    \\ typed in a search would match differently. ILIKE folds case beyond ASCII (É, Ω),
    where SQLite's LIKE folds ASCII only: a better search on the team database (the same
    on SQLite would need core.folding's keys)."""
    pieces, done = [], 0
    for found in _LIKE.finditer(code):
        pattern = _PATTERN.match(code, found.end())
        if pattern is None:
            raise ValueError("pg_sql cannot translate this LIKE (write its pattern as one "
                             f"placeholder): {sql[:200]}")
        own = _OWN_ESCAPE.match(code, pattern.end())
        pieces += [code[done:found.start()], "ILIKE", found.group(1), pattern.group(0),
                   "" if own else " ESCAPE ''"]
        done = pattern.end()
    return "".join(pieces) + code[done:]
