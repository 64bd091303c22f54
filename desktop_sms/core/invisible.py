"""Characters a stored value must not carry to a terminal or a window as they are: C0 and
C1 controls (an escape sequence recolours or retitles a terminal, a carriage return
overwrites the line), Unicode's format characters (Cf: a bidi override such as U+202E
shows 'exe.txt' as 'txt.exe'; zero-width ones hide a difference) and the line and
paragraph separators."""

from __future__ import annotations

import unicodedata

_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})
# The joiners shape Persian and Indic words and emoji sequences: they reorder, and hide,
# nothing.
_JOINERS = frozenset("\u200c\u200d")


def hidden(char: str) -> bool:
    return unicodedata.category(char) in _HIDDEN_CATEGORIES and char not in _JOINERS


def one_line(text: str) -> str:
    """``text`` as one line of what can be seen: each run of spaces, tabs or line breaks
    one space, the hidden characters dropped, no space at either end."""
    spaced = " ".join(text.split())
    if spaced.isprintable():  # nearly always: nothing to look for
        return spaced
    return " ".join("".join(c for c in spaced if not hidden(c)).split())


def escaped(text: str) -> str:
    """``text`` with each hidden character written as its escape ('\\n', '\\x1b',
    '\\u202e'): the command line prints stored values so, whoever wrote them."""
    if text.isprintable():
        return text
    return "".join(c.encode("unicode_escape").decode("ascii") if hidden(c) else c
                   for c in text)
