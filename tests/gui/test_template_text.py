"""A template refused reaches the window in its language: core raises a code with its
values (core/templates.py), ui/template_text.py words it; the CLI keeps the English."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_sms.core import store
from desktop_sms.core.errors import Refusal
from desktop_sms.core.templates import Templates
from desktop_sms.ui import language
from desktop_sms.ui.error_text import Kind, failure_of


@pytest.fixture
def templates(tmp_path: Path) -> Iterator[Templates]:
    conn = store.connect(tmp_path / "db.sqlite3")
    book = Templates(conn)
    book.save("Promo", "Sale!")
    for n in range(11):  # more than a refusal names
        book.save(f"Ραντεβού {n:02d}", "Αύριο.")
    yield book
    conn.close()


@pytest.fixture
def greek() -> Iterator[None]:
    language.install("el")
    yield
    language.install("en")  # as tests/gui/conftest.py has it for every other test


def refused(act: Callable[[], object], folder: Path) -> str:
    with pytest.raises(Refusal) as caught:
        act()
    failure = failure_of(caught.value, folder)
    assert failure.kind is Kind.INPUT
    return failure.text


def test_each_template_refusal_is_worded_in_greek(templates: Templates, tmp_path: Path,
                                                  greek: None) -> None:
    said = {
        "no name": refused(lambda: templates.save(" ", "x"), tmp_path),
        "too long": refused(lambda: templates.save("x" * 1234, "x"), tmp_path),
        "no text": refused(lambda: templates.save("Κενό", " "), tmp_path),
        "taken": refused(lambda: templates.rename("Promo", "ραντεβού 01"), tmp_path),
        "missing": refused(lambda: templates.delete("Λείπει"), tmp_path),
    }
    assert said == {
        "no name": "Ένα πρότυπο χρειάζεται όνομα.",
        "too long": "Το όνομα ενός προτύπου μπορεί να έχει έως 100 χαρακτήρες· αυτό έχει "
                    "1.234.",  # Greek groups thousands with a dot
        "no text": "Ένα πρότυπο χρειάζεται κείμενο.",
        "taken": "Υπάρχει ήδη πρότυπο με το όνομα «ραντεβού 01».",
        "missing": "Δεν υπάρχει πρότυπο με το όνομα «Λείπει». Τα πρότυπα είναι: Promo, "
                   "Ραντεβού 00, Ραντεβού 01, Ραντεβού 02, Ραντεβού 03, Ραντεβού 04, "
                   "Ραντεβού 05, Ραντεβού 06, Ραντεβού 07, Ραντεβού 08 και 2 ακόμη.",
    }
    for text in said.values():  # no English word left in them
        assert not re.search(r"\b(template|name|there|called)\b", text, re.IGNORECASE), text


def test_in_english_the_window_says_what_the_cli_says(templates: Templates,
                                                      tmp_path: Path) -> None:
    with pytest.raises(Refusal) as caught:
        templates.delete("Gone")
    assert str(caught.value).startswith("there is no template called 'Gone' (there are: ")
    assert failure_of(caught.value, tmp_path).text.startswith(
        "There is no template called 'Gone'. The templates are: Promo, Ραντεβού 00,")
    assert failure_of(caught.value, tmp_path).text.endswith("Ραντεβού 08 and 2 others.")
