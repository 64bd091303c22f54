"""`send --gsm [FORM]`: the text in a GSM-7 form, said in one line on stderr; without
--gsm, one hint line when a form would cost fewer credits (the text is sent as typed).

Every figure is counted by planning the send in that form: with merge fields, each
recipient's merged text (a Greek name stays Greek in every form, and Greeklish is longer). A
form that would cost more is refused. `auto` (plain --gsm) takes the form that saves the
most credits (none if none saves) and, of equals, the least change: typography, then Greek
capitals, then Greeklish; a form named is taken if it costs no more.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Container

from desktop_sms.core.cheaper import (
    Conversion,
    Costed,
    Form,
    cheapest,
    convert,
    costed,
    offer,
    visible,
)
from desktop_sms.core.merge import parse
from desktop_sms.core.plan import Draft, make_plan
from desktop_sms.core.recipients import Resolver

FORMS = {"typography": Form.TYPOGRAPHY, "capitals": Form.GREEK_CAPITALS,
         "greeklish": Form.GREEKLISH}
NAMES = {Form.TYPOGRAPHY: "typography", Form.GREEK_CAPITALS: "Greek capitals without accents",
         Form.GREEKLISH: "Greeklish (ELOT 743)"}


def _many(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def _parts(n: int) -> str:
    return _many(n, "part")


def draft_to_send(draft: Draft, gsm: str | None, resolver: Resolver,
                  opted_out: Container[str]) -> Draft:
    """The draft to plan, its text in the form --gsm asks for if that costs no more; each
    form's credits are those of its plan."""
    def credits_of(text: str) -> int:
        return make_plan(draft._replace(text=text), resolver, opted_out=opted_out).credits

    return draft._replace(text=text_to_send(draft.text, gsm, credits_of))


def text_to_send(text: str, gsm: str | None, credits_of: Callable[[str], int]) -> str:
    """The text to plan: converted if --gsm asked for it and a form costs no more, else as
    typed. ``credits_of(text)``: the credits of the send with that text."""
    def of_form(form: Form | None) -> int:
        return credits_of(text if form is None else convert(text, form).text)

    found = offer(text)
    forms = costed(text, of_form)
    if gsm is None:
        best = cheapest(forms)
        if best is not None and best.after < best.before:
            _say(f"hint: --gsm would {_would(text, best)} ({NAMES[best.option.form]})")
        return text
    if found.before.encoding == "GSM-7":
        _say("--gsm: the text is GSM-7 already: nothing to change")
        return text
    wanted = None if gsm == "auto" else FORMS[gsm]
    chosen = cheapest(c for c in forms if wanted in (None, c.option.form))
    if chosen is None:
        # Capitals do the typography too and never lengthen: the fullest form to explain.
        why = _why_not(convert(text, wanted or Form.GREEK_CAPITALS), found.blockers, of_form)
        _say(f"--gsm: {why}; the text is sent as typed")
        return text
    if wanted is None and chosen.after == chosen.before:  # named, a form is the user's
        _say(f"--gsm: no form saves credits ({NAMES[chosen.option.form]} would cost "
             f"{_many(chosen.after, 'credit')}, as typed); the text is sent as typed")
        return text
    option = chosen.option
    _say(f"--gsm: {NAMES[option.form]}, {_many(option.changed, 'character')} changed "
         f"({_examples(option)}); {_figures(text, chosen)}")
    return option.text


def _same_text(text: str) -> bool:
    """Every recipient gets the same text: its parts are each message's."""
    return not parse(text).slots


def _would(text: str, chosen: Costed) -> str:
    if _same_text(text):
        return (f"send {_parts(chosen.option.after.parts)} instead of "
                f"{chosen.option.before.parts:,} per recipient")
    return f"cost {_many(chosen.after, 'credit')} instead of {chosen.before:,}"


def _figures(text: str, chosen: Costed) -> str:
    option = chosen.option
    if _same_text(text):
        saved = option.parts_saved
        return (f"{_parts(option.before.parts)} → {_parts(option.after.parts)} per "
                "recipient: " + (f"saves {_many(saved, 'credit')} per recipient" if saved
                                 else "saves nothing"))
    saved = chosen.before - chosen.after
    return (f"{chosen.before:,} → {_many(chosen.after, 'credit')}: "
            + (f"saves {_many(saved, 'credit')}" if saved else "saves nothing"))


def _why_not(chosen: Conversion, blockers: tuple[str, ...],
             of_form: Callable[[Form | None], int]) -> str:
    if blockers:
        return f"no GSM-7 form: {visible(blockers)} cannot be written in GSM-7"
    if chosen.after.encoding == "UCS-2":
        return (f"{NAMES[chosen.form]} leaves {visible(chosen.after.ucs2_chars)}, not in "
                "GSM-7")
    return (f"{NAMES[chosen.form]} would cost {_many(of_form(chosen.form), 'credit')} "
            f"instead of {of_form(None):,}")


def _examples(chosen: Conversion, most: int = 4) -> str:
    pairs = chosen.replacements()
    listed = ", ".join(f"{visible(a)}→{b or 'nothing'}" for a, b, _ in pairs[:most])
    return listed + (", …" if len(pairs) > most else "")


def _say(line: str) -> None:
    print(line, file=sys.stderr)
