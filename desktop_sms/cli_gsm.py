"""`send --gsm [FORM]`: the text in a GSM-7 form, said in one line on stderr; without
--gsm, one hint line when a form would send fewer parts (the text is sent as typed).

`auto` (plain --gsm) takes the form with the fewest parts and, of equals, the least
change: typography, then Greek capitals, then Greeklish. Capitals keep Greek readable as
Greek and the length unchanged, so they never need more parts than Greeklish.
"""

from __future__ import annotations

import sys

from desktop_sms.core.cheaper import Conversion, Form, convert, offer, visible

FORMS = {"typography": Form.TYPOGRAPHY, "capitals": Form.GREEK_CAPITALS,
         "greeklish": Form.GREEKLISH}
NAMES = {Form.TYPOGRAPHY: "typography", Form.GREEK_CAPITALS: "Greek capitals without accents",
         Form.GREEKLISH: "Greeklish (ELOT 743)"}


def _many(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def _parts(n: int) -> str:
    return _many(n, "part")


def text_to_send(text: str, gsm: str | None) -> str:
    """The text to plan: converted if --gsm asked for it and a form fits, else as typed."""
    found = offer(text)
    if gsm is None:
        best = found.best
        if best is not None and best.parts_saved > 0:
            _say(f"hint: --gsm would send {_parts(best.after.parts)} instead of "
                 f"{best.before.parts:,} per recipient ({NAMES[best.form]})")
        return text
    chosen = found.best if gsm == "auto" else convert(text, FORMS[gsm])
    if found.before.encoding == "GSM-7":
        _say("--gsm: the text is GSM-7 already: nothing to change")
        return text
    if chosen is None or not chosen.offered:
        # Capitals do the typography too and never lengthen: the fullest form to explain.
        why = _why_not(chosen or convert(text, Form.GREEK_CAPITALS), found.blockers)
        _say(f"--gsm: {why}; the text is sent as typed")
        return text
    saved = chosen.parts_saved
    _say(f"--gsm: {NAMES[chosen.form]}, {_many(chosen.changed, 'character')} changed "
         f"({_examples(chosen)}); {_parts(chosen.before.parts)} → "
         f"{_parts(chosen.after.parts)} per recipient: "
         + (f"saves {_many(saved, 'credit')} per recipient" if saved else "saves nothing"))
    return chosen.text


def _why_not(chosen: Conversion, blockers: tuple[str, ...]) -> str:
    if blockers:
        return f"no GSM-7 form: {visible(blockers)} cannot be written in GSM-7"
    if chosen.after.encoding == "UCS-2":
        return (f"{NAMES[chosen.form]} leaves {visible(chosen.after.ucs2_chars)}, not in "
                "GSM-7")
    return (f"{NAMES[chosen.form]} would need {_parts(chosen.after.parts)} instead of "
            f"{chosen.before.parts:,}")


def _examples(chosen: Conversion, most: int = 4) -> str:
    pairs = chosen.replacements()
    listed = ", ".join(f"{visible(a)}→{b or 'nothing'}" for a, b, _ in pairs[:most])
    return listed + (", …" if len(pairs) > most else "")


def _say(line: str) -> None:
    print(line, file=sys.stderr)
