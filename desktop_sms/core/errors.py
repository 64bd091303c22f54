"""The error core raises when what was asked cannot be done as asked (an unknown group, a
message that cannot be sent again). Its text is for a person; any other ValueError is a
bug, logged with its traceback, and never shown as it is."""

from __future__ import annotations

from enum import Enum


class InputError(ValueError):
    """A request refused for a reason the user can act on; the text says which."""


class Refusal(InputError):
    """An InputError the window words in its own language: ``code`` names the refusal and
    ``params`` its values. ``str()`` is the English text (the CLI, the log)."""

    def __init__(self, text: str, code: Enum, **params: str | int) -> None:
        super().__init__(text)
        self.code = code
        self.params = params
