"""The error core raises when what was asked cannot be done as asked (an unknown group, a
message that cannot be sent again). Its text is for a person; any other ValueError is a
bug, logged with its traceback, and never shown as it is."""

from __future__ import annotations


class InputError(ValueError):
    """A request refused for a reason the user can act on; the text says which."""
