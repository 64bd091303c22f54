"""Core's SQLite SQL as PostgreSQL reads it (pg_sql.translate): the rewrites touch the
statement's code only — never a quoted string, a "quoted identifier" or a comment, where a
? is no placeholder either — and LIKE keeps SQLite's meaning: no escape character, so a
backslash typed in a search matches a backslash on both engines."""

from __future__ import annotations

import pytest

from desktop_sms.core import store
from desktop_sms.core.optout import OptOutList
from desktop_sms.core.outbox.history import History, OutboxFilter
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.store.pg_sql import translate


def sql(text: str) -> str:
    return translate(text).sql


def test_quoted_strings_identifiers_and_comments_are_left_as_they_are() -> None:
    assert sql("SELECT 'LIKE instr( temp.x json_each( char(9) NOT INDEXED' FROM t") == (
        "SELECT 'LIKE instr( temp.x json_each( char(9) NOT INDEXED' FROM t")
    assert sql('SELECT "like" FROM "temp.x"') == 'SELECT "like" FROM "temp.x"'
    assert sql("SELECT 'it''s: ?', x FROM t -- no LIKE here\nWHERE y LIKE ?") == (
        "SELECT 'it''s: ?', x FROM t -- no LIKE here\nWHERE y ILIKE %s ESCAPE ''")
    assert sql("SELECT 1 /* a LIKE b */ FROM t") == "SELECT 1 /* a LIKE b */ FROM t"


def test_a_question_mark_in_an_identifier_or_a_comment_is_no_placeholder() -> None:
    found = translate('SELECT x AS "what?" FROM t -- why? isn\'t it :name\nWHERE y = ?')
    assert found.sql == 'SELECT x AS "what?" FROM t -- why? isn\'t it :name\nWHERE y = %s'
    assert found.order == (0,)
    assert translate("SELECT :a, '?:b', x::text FROM t").sql == (
        "SELECT %(a)s, '?:b', x::text FROM t")


def test_a_percent_outside_the_code_is_doubled_for_psycopg() -> None:
    assert sql("SELECT '100%', \"a%b\" FROM t -- 5%\nWHERE x % 2 = 0") == (
        "SELECT '100%%', \"a%%b\" FROM t -- 5%%\nWHERE x %% 2 = 0")


@pytest.mark.parametrize(("sqlite", "postgresql"), [
    ("SELECT group_concat(id) FROM t", "SELECT string_agg((id)::text, ',') FROM t"),
    ("SELECT group_concat(DISTINCT name) FROM t",
     "SELECT string_agg(DISTINCT (name)::text, ',') FROM t"),
    ("SELECT group_concat(number, ' ') FROM t",
     "SELECT string_agg((number)::text, ' ') FROM t"),
    ("SELECT group_concat(value, char(31)) FROM t",
     "SELECT string_agg((value)::text, chr(31)) FROM t"),
    ("SELECT group_concat(coalesce(a, b), ', ') FROM t",
     "SELECT string_agg((coalesce(a, b))::text, ', ') FROM t"),
    ("SELECT GROUP_CONCAT(a || ')') FROM t", "SELECT string_agg((a || ')')::text, ',') FROM t"),
])
def test_group_concat(sqlite: str, postgresql: str) -> None:
    assert sql(sqlite) == postgresql


@pytest.mark.parametrize(("sqlite", "postgresql"), [
    ("a LIKE ?", "a ILIKE %s ESCAPE ''"),
    ("a NOT LIKE ?3", "a NOT ILIKE %s ESCAPE ''"),
    ("a LIKE :p OR b like 'x%'", "a ILIKE %(p)s ESCAPE '' OR b ILIKE 'x%%' ESCAPE ''"),
    ("a LIKE b.c", "a ILIKE b.c ESCAPE ''"),
    # Core's own escape character is kept.
    ("a LIKE ? ESCAPE '!'", "a ILIKE %s ESCAPE '!'"),
    ("a LIKE ?\n  escape '\\'", "a ILIKE %s\n  escape '\\'"),
])
def test_like_has_no_escape_character_unless_core_gives_one(sqlite: str,
                                                            postgresql: str) -> None:
    assert sql(f"SELECT 1 FROM t WHERE {sqlite}") == f"SELECT 1 FROM t WHERE {postgresql}"


def test_what_cannot_be_translated_is_refused_when_translated() -> None:
    with pytest.raises(ValueError, match="LIKE"):
        translate("SELECT 1 FROM t WHERE a LIKE '%' || ? || '%'")
    with pytest.raises(ValueError, match="group_concat"):
        translate("SELECT group_concat(a FROM t")


def test_a_search_for_a_backslash_or_a_percent_finds_the_same_on_both_engines(
        conn: store.Connection) -> None:
    outbox = Outbox(conn)
    outbox.enqueue([NewMessage("+306912345671", "C:\\temp\\new"),  # 1
                    NewMessage("+306912345672", "C:temp new"),  # 2: what \t, \n escaped find
                    NewMessage("+306912345673", "50% off"),  # 3
                    NewMessage("+306912345674", "50 off, Ελένη")])  # 4
    history = History(conn)
    for text, ids in (("\\temp\\", [1]), ("\\", [1]), ("c:\\T", [1]), ("50%", [4, 3]),
                      ("ελένη", [4] if store.is_team(conn) else [])):
        # ("ελένη": PostgreSQL's ILIKE folds case beyond ASCII; SQLite's LIKE does not.)
        assert list(history.matching_ids(OutboxFilter(text=text))) == ids, text
    optouts = OptOutList(conn)
    optouts.add(["+306900000001"], "asked by phone \\ shop")
    optouts.add(["+306900000002"], "asked by phone  shop")
    assert [o.number for o in optouts.list("phone \\ shop")] == ["+306900000001"]
