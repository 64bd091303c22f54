"""Greek letters in GSM-7: capitals without accents, and Greeklish by ELOT 743.

ELOT 743 (= ISO 843) type 2, the transcription on Greek passports: accents are dropped;
θ th, χ ch, ψ ps, ξ x, η i, υ y, ω o, β v; ου → ou; αυ, ευ, ηυ → av, ev, iv before a
vowel or a voiced consonant (β γ δ ζ λ μ ν ρ), af, ef, if before a voiceless one and at
the end of a word; γγ → ng, γξ → nx, γχ → nch (γκ stays gk); μπ → b at the start or the
end of a word, mp inside it. An accent on the first vowel or a diaeresis on the υ (άυ,
αϋ, οϋ) means two sounds, not a digraph.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

LETTERS = "αβγδεζηθικλμνξοπρστυφχψω"
VOWELS = frozenset("αεηιουω")
# After αυ/ευ/ηυ: these make υ a v; anything else (voiceless, word end) an f.
_VOICED = VOWELS | frozenset("βγδζλμνρ")

# Half the Greek capitals are in GSM-7; the other half are written with their Latin twins.
CAPITAL = dict(zip(LETTERS, "ABΓΔEZHΘIKΛMNΞOΠPΣTYΦXΨΩ", strict=True))
# Greek letters that their Latin twins replace look the same (Α → A, ο → o).
LOOK_ALIKES = frozenset(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧο", "ABEZHIKMNOPTYXo", strict=True))
_ELOT = dict(zip(LETTERS, ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n",
                           "x", "o", "p", "r", "s", "t", "y", "f", "ch", "ps", "o"],
                 strict=True))

_ACCENTS = frozenset("\u0300\u0301\u0340\u0341\u0342\u0344")
_DIAERESIS = frozenset("\u0308\u0344")
GREEK_QUESTION_MARK = "\u037e"


class Letter(NamedTuple):
    base: str  # one of LETTERS (ς is σ)
    upper: bool
    accent: bool
    diaeresis: bool

    def marked(self, marks: str) -> Letter:
        """With the combining marks that followed it in decomposed text."""
        return self._replace(accent=self.accent or any(m in _ACCENTS for m in marks),
                             diaeresis=self.diaeresis or any(m in _DIAERESIS for m in marks))


def _table() -> dict[str, Letter]:
    """Every precomposed Greek letter (monotonic, polytonic, symbol forms such as ϐ)."""
    table: dict[str, Letter] = {}
    for code in (*range(0x370, 0x400), *range(0x1F00, 0x2000)):
        char = chr(code)
        if not unicodedata.category(char).startswith("L"):
            continue
        decomposed = unicodedata.normalize("NFKD", char)
        base = decomposed[0].lower().replace("ς", "σ")
        if base in CAPITAL:
            table[char] = Letter(base, not char.islower(), False, False).marked(decomposed[1:])
    return table


LETTER = _table()


def capital(letter: Letter) -> str:
    return CAPITAL[letter.base]


def elot(letters: list[Letter | None], k: int) -> str:
    """Letter ``k``'s transcription; ``letters`` holds None for anything not a Greek
    letter (a word boundary)."""
    cur = letters[k]
    assert cur is not None
    prev = letters[k - 1] if k > 0 else None
    nxt = letters[k + 1] if k + 1 < len(letters) else None
    out = _lower(letters, k, cur, prev, nxt)
    if not cur.upper or not out:
        return out
    # A capital written with two letters is all capitals in a word of capitals (THESSALONIKI)
    # and a capital and a small one otherwise (Thessaloniki).
    neighbour = nxt if nxt is not None else prev
    return out.upper() if len(out) == 1 or (neighbour and neighbour.upper) else out.title()


def _lower(letters: list[Letter | None], k: int, cur: Letter, prev: Letter | None,
           nxt: Letter | None) -> str:
    base = cur.base
    if base == "υ" and prev is not None and not prev.accent and not cur.diaeresis:
        if prev.base in "αεη":
            return "v" if nxt is not None and nxt.base in _VOICED else "f"
        if prev.base == "ο":
            return "u"
    if base == "μ" and nxt is not None and nxt.base == "π":
        after = letters[k + 2] if k + 2 < len(letters) else None
        return "b" if prev is None or after is None else "m"
    if base == "π" and prev is not None and prev.base == "μ":
        before = letters[k - 2] if k >= 2 else None
        return "" if before is None or nxt is None else "p"
    if base == "γ" and nxt is not None and nxt.base in "γξχ":
        return "n"
    return _ELOT[base]
