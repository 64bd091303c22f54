"""Every import refusal has its own words in the window (a code the match in
ui/import_text.py forgot would fall through to another's)."""

from __future__ import annotations

from desktop_sms.core.contact_import import Fault, ImportRefused
from desktop_sms.ui.import_text import refusal_text

PARAMS: dict[Fault, dict[str, str | int]] = {
    Fault.CANNOT_OPEN: {"path": "/x/contacts.csv", "reason": "No such file"},
    Fault.TOO_LARGE: {"size_mb": 70, "limit_mb": 64},
    Fault.TOO_MANY_ROWS: {"limit": 250_000},
    Fault.TOO_MANY_COLUMNS: {"limit": 200},
    Fault.TOO_MANY_CELLS: {"limit": 5_000_000},
    Fault.BAD_ENCODING: {"encoding": "utf-16"},
    Fault.NO_SHEET: {"sheet": "Πελάτες", "sheets": "Sheet1, Sheet2"},
    Fault.EMPTY_SHEET: {"sheet": "Πελάτες", "sheets": "Sheet1, Sheet2"},
    Fault.ROLE_TWICE: {"role": "number"},
}


def test_each_refusal_has_words_of_its_own() -> None:
    texts = {fault: refusal_text(ImportRefused(fault, **PARAMS.get(fault, {})))
             for fault in Fault}
    assert len(set(texts.values())) == len(Fault), texts
    assert texts[Fault.TOO_MANY_COLUMNS].startswith("The file has more than 200 columns")
    assert texts[Fault.TOO_MANY_CELLS].startswith("The file has more than 5,000,000 cells")
