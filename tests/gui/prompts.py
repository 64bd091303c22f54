"""The one-line questions (a group's or a template's name) answered as a user would: the
text typed into the dialog's own field, then OK or Cancel, without a nested event loop
waiting for a click."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QInputDialog, QLineEdit

from tests.gui.widget_survey import unnamed


@dataclass(frozen=True)
class Prompt:
    title: str
    label: str
    shown: str  # the text in the field when it opened
    field_name: str  # what a screen reader says for the field
    unnamed: list[str]  # its widgets without an accessible name


def answer_prompts(monkeypatch: pytest.MonkeyPatch, *answers: str | None) -> list[Prompt]:
    """Each QInputDialog opened from now gets the next of ``answers`` typed into its field
    and OK pressed (None: Cancel). Returns the prompts met, filled in as they open."""
    queue = iter(answers)
    met: list[Prompt] = []

    def exec_(dialog: QInputDialog) -> int:
        field = dialog.findChild(QLineEdit)
        assert field is not None
        met.append(Prompt(dialog.windowTitle(), dialog.labelText(), field.text(),
                          field.accessibleName(), unnamed(dialog)))
        answer = next(queue)
        if answer is None:
            dialog.reject()
        else:
            field.setText(answer)
            dialog.accept()
        return dialog.result()

    monkeypatch.setattr(QInputDialog, "exec", exec_)
    return met
