"""Templates (schema 4): saved, replaced, renamed and deleted by name, whatever its case and
accents in any script."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_sms.core import store
from desktop_sms.core.errors import InputError, Refusal
from desktop_sms.core.templates import MAX_NAME_CHARS, TemplateFault, Templates


@pytest.fixture
def templates(conn: store.Connection) -> Templates:
    return Templates(conn)


def test_save_creates_then_replaces_by_name_in_any_case(templates: Templates) -> None:
    assert templates.save(" Προσφορά ", "Γεια σας {first_name|πελάτη}! -20% σήμερα.") is True
    assert templates.save("Reminder", "Your appointment is tomorrow at {time}.") is True
    # Greek capitals are the same name: the text is replaced, not a second template made.
    assert templates.save("ΠΡΟΣΦΟΡΑ", "Νέα προσφορά") is False
    templates.save("Cafe", "x")
    assert templates.save("CAFÉ", "Open today") is False
    assert [(t.name, t.text) for t in templates.list()] == [
        ("CAFÉ", "Open today"),
        ("Reminder", "Your appointment is tomorrow at {time}."),
        ("ΠΡΟΣΦΟΡΑ", "Νέα προσφορά"),
    ]
    found = templates.get("προσφορά")
    assert found is not None and found.text == "Νέα προσφορά"
    assert found.updated_at >= found.created_at
    assert templates.text_of("reminder") == "Your appointment is tomorrow at {time}."


def test_list_is_in_the_readers_order(templates: Templates) -> None:
    for name in ("zeta", "Άλφα", "alpha", "Ωμέγα", "Beta"):
        templates.save(name, "x")
    assert [t.name for t in templates.list()] == ["alpha", "Beta", "zeta", "Άλφα", "Ωμέγα"]


def test_empty_names_and_texts_are_refused(templates: Templates) -> None:
    with pytest.raises(InputError, match="needs a name"):
        templates.save("  ", "text")
    with pytest.raises(InputError, match="needs a text"):
        templates.save("Empty", " \n ")
    with pytest.raises(InputError, match="not valid text"):
        templates.save("Broken", "caf\udce9")
    assert templates.list() == []


def test_rename(templates: Templates) -> None:
    templates.save("Υπενθύμιση", "Το ραντεβού σας είναι αύριο.")
    templates.save("Promo", "Sale!")
    templates.rename("ΥΠΕΝΘΥΜΙΣΗ", "Ραντεβού")
    assert [t.name for t in templates.list()] == ["Promo", "Ραντεβού"]
    templates.rename("promo", "PROMO")  # only the case: allowed
    assert templates.get("Promo") is not None
    assert templates.get("promo").name == "PROMO"  # type: ignore[union-attr]
    with pytest.raises(InputError, match="already a template called 'ραντεβού'"):
        templates.rename("PROMO", "ραντεβού")
    with pytest.raises(InputError, match="no template called 'Missing'.*PROMO, Ραντεβού"):
        templates.rename("Missing", "Other")
    with pytest.raises(InputError, match="needs a name"):
        templates.rename("PROMO", " ")


def test_delete(templates: Templates) -> None:
    templates.save("Promo", "Sale!")
    templates.delete("PROMO")
    assert templates.list() == []
    with pytest.raises(InputError, match="no template called 'Promo' \\(none is saved yet\\)"):
        templates.delete("Promo")
    with pytest.raises(InputError, match="no template called 'Promo'"):
        templates.text_of("Promo")


def test_a_name_is_unique_in_the_schema_too(templates: Templates) -> None:
    """Whatever writes the table, two names that are one to a person are refused."""
    templates.save("Promo", "Sale!")
    with pytest.raises(sqlite3.IntegrityError):
        templates.conn.execute(
            "INSERT INTO templates (name, name_key, text, created_at, updated_at) "
            "VALUES ('PROMO', 'promo', 'x', 0, 0)")


def test_each_refusal_carries_its_code_and_values_for_the_window(templates: Templates) -> None:
    """The CLI prints the English; the window words the code in its own language."""
    templates.save("Promo", "Sale!")
    templates.save("Ραντεβού", "Αύριο.")
    cases = [
        (lambda: templates.save(" ", "x"), TemplateFault.NAME_NEEDED, {}),
        (lambda: templates.save("x" * (MAX_NAME_CHARS + 1), "x"), TemplateFault.NAME_TOO_LONG,
         {"length": MAX_NAME_CHARS + 1, "limit": MAX_NAME_CHARS}),
        (lambda: templates.save("Empty", " "), TemplateFault.TEXT_NEEDED, {}),
        (lambda: templates.save("caf\udce9", "x"), TemplateFault.NAME_NOT_TEXT, {}),
        (lambda: templates.rename("Promo", "ραντεβού"), TemplateFault.NAME_TAKEN,
         {"name": "ραντεβού"}),
        (lambda: templates.delete("Missing"), TemplateFault.MISSING,
         {"name": "Missing", "known": "Promo, Ραντεβού", "more": 0}),
    ]
    for act, fault, params in cases:
        with pytest.raises(Refusal) as caught:
            act()
        assert (caught.value.code, caught.value.params) == (fault, params)
    with pytest.raises(Refusal, match=r"at most 100 characters \(this one has 101\)"):
        templates.save("x" * 101, "x")
    templates.save("x" * 100, "a name of the limit's length is kept")
    assert templates.get("x" * 100) is not None
