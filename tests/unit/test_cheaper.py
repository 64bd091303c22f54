"""The cheaper GSM-7 forms: each map, ELOT 743 by known examples, and what is offered."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_sms.core.cheaper import (
    TYPOGRAPHY,
    Form,
    convert,
    credits_saved,
    offer,
    visible,
)
from desktop_sms.core.greek import CAPITAL, LETTER
from desktop_sms.core.merge import parse
from desktop_sms.core.text import GSM7_ALL, GSM7_BASIC, count


def test_every_typography_target_is_gsm7() -> None:
    for source, target in TYPOGRAPHY.items():
        assert source not in GSM7_ALL, repr(source)
        assert all(c in GSM7_ALL for c in target), (source, target)


@pytest.mark.parametrize(("text", "expected"), [
    ("‘one’ “two” „three“ «four» ‹five›", "'one' \"two\" \"three\" \"four\" 'five'"),
    ("a–b — c ‒ d ― e − f", "a-b - c - d - e - f"),
    ("Wait…", "Wait..."),
    ("10\u00a0€ 5\u202f% x\u2003y\tz", "10 € 5 % x y z"),
    ("in\u200bvis\u00adible\ufeff", "invisible"),
    ("• one\n◦ two", "- one\n- two"),
    ("Shop™ ©2026 ®", "ShopTM (c)2026 (R)"),
    ("e\u0301te\u0301", "été"),  # decomposed accents composed (é is GSM-7)
    ("\u2126 \u212b", "Ω Å"),  # ohm and angstrom signs are Ω and Å
    ("ＡＢＣ ﬁne", "ABC fine"),  # fullwidth and ligatures by NFKC
    ("mid · dot", "mid - dot"),
])
def test_typography(text: str, expected: str) -> None:
    conversion = convert(text, Form.TYPOGRAPHY)
    assert conversion.text == expected
    assert conversion.after.encoding == "GSM-7"


def test_typography_leaves_what_it_cannot_write() -> None:
    conversion = convert("5µg at 25°C 🎉", Form.TYPOGRAPHY)
    assert conversion.text == "5µg at 25°C 🎉"
    assert conversion.changed == 0


def test_greek_capitals_are_gsm7_or_latin_twins() -> None:
    assert set(CAPITAL.values()) <= GSM7_BASIC
    assert all(c in GSM7_BASIC for c in "ΔΦΓΛΩΠΨΣΘΞ")


@pytest.mark.parametrize(("text", "expected"), [
    ("Καλημέρα", "KAΛHMEPA"),
    ("Ευχαριστούμε πολύ", "EYXAPIΣTOYME ΠOΛY"),
    ("σας ς Σ", "ΣAΣ Σ Σ"),  # final sigma
    ("ΐ ϊ ϋ ΰ Ϊ Ϋ", "I I Y Y I Y"),  # diaeresis, with and without accent
    ("άέήίόύώ ΆΈΉΊΌΎΏ", "AEHIOYΩ AEHIOYΩ"),
    ("ἀρχὴ ᾠδή", "APXH ΩΔH"),  # polytonic
    ("α\u0301ε\u0308", "AE"),  # decomposed accents
    ("Café «Ωμέγα» 10€…", 'Café "ΩMEΓA" 10€...'),  # Latin kept, typography applied
    ("Τι κάνεις\u037e Καλά\u0387", "TI KANEIΣ; KAΛA;"),
])
def test_greek_capitals(text: str, expected: str) -> None:
    conversion = convert(text, Form.GREEK_CAPITALS)
    assert conversion.text == expected
    assert conversion.after.encoding == "GSM-7"


# ELOT 743 (ISO 843) type 2: examples of each rule.
@pytest.mark.parametrize(("greek", "latin"), [
    ("Ευάγγελος", "Evangelos"),  # ευ before a vowel; γγ → ng
    ("Αθήνα", "Athina"),
    ("ψωμί", "psomi"),
    ("μπαμπάς", "bampas"),  # μπ: b at the start of a word, mp inside
    ("Μπάμπης", "Bampis"),
    ("κεμπάμπ", "kempab"),  # … and b at the end
    ("αυτός", "aftos"),  # αυ before a voiceless consonant
    ("αυγό", "avgo"),  # … before a voiced one
    ("Ευθύμιος", "Efthymios"),
    ("ευυπόληπτος", "evypoliptos"),  # ευ before υ (a vowel)
    ("ταυ", "taf"),  # … at the end of a word
    ("άνευ", "anef"),
    ("Δαυίδ", "David"),
    ("απηύδησε", "apivdise"),  # ηυ
    ("αγκώνας", "agkonas"),  # γκ stays gk
    ("άγχος", "anchos"),  # γχ → nch
    ("ελέγξω", "elenxo"),  # γξ → nx
    ("ντομάτα", "ntomata"),
    ("τσάι", "tsai"),
    ("όπου", "opou"),  # ου
    ("προϋπόθεση", "proypothesi"),  # diaeresis: ο and υ apart
    ("άυλος", "aylos"),  # accent on the first vowel: apart too
    ("παιδιά", "paidia"),
    ("Χανιά", "Chania"),
    ("ΘΕΣΣΑΛΟΝΙΚΗ", "THESSALONIKI"),  # a capital digraph in a word of capitals
    ("Θεσσαλονίκη", "Thessaloniki"),
    ("ΨΑΡΙ ΑΥΤΟ ΟΥΡΑΝΟΣ", "PSARI AFTO OURANOS"),
    ("ΜΠΑΜΠΑΣ", "BAMPAS"),
    ("ξεσκεπάζω την ψυχοφθόρα σας βδελυγμία", "xeskepazo tin psychofthora sas vdelygmia"),
    ("Τι κάνεις\u037e", "Ti kaneis?"),  # the Greek question mark
    ("Γεια σου, John — 10€…", 'Geia sou, John - 10€...'),
])
def test_greeklish_by_elot_743(greek: str, latin: str) -> None:
    conversion = convert(greek, Form.GREEKLISH)
    assert conversion.text == latin
    assert conversion.after.encoding == "GSM-7"


def test_every_greek_letter_has_both_greek_forms() -> None:
    for char in LETTER:
        for form in (Form.GREEK_CAPITALS, Form.GREEKLISH):
            assert count(convert(char, form).text).encoding == "GSM-7", (char, form)


def test_gsm7_text_has_no_offer() -> None:
    assert offer("Hello, 10€ [ok]").options == ()
    assert offer("").options == ()


def test_a_greek_text_offers_capitals_first_then_greeklish() -> None:
    text = "Καλημέρα σας! Η «Ακρόπολη» — ανοιχτή 9:00–17:00… " * 2
    found = offer(text)
    assert [o.form for o in found.options] == [Form.GREEK_CAPITALS, Form.GREEKLISH]
    assert found.before.parts == 2
    best = found.best
    assert best is not None and best.form is Form.GREEK_CAPITALS
    assert (best.before.parts, best.after.parts, best.parts_saved) == (2, 1, 1)
    assert best.credits_saved(1200) == 1200
    assert found.blockers == ()


def test_changes_are_counted_and_listed() -> None:
    conversion = convert("Don’t — “go”…\u200b", Form.TYPOGRAPHY)
    assert conversion.text == 'Don\'t - "go"...'
    assert conversion.changed == 6
    assert conversion.replacements() == [("’", "'", 1), ("—", "-", 1), ("“", '"', 1),
                                         ("”", '"', 1), ("…", "...", 1), ("\u200b", "", 1)]
    # Greek Α → Latin A reads the same: counted as a change, not listed as one.
    capitals = convert("Αα", Form.GREEK_CAPITALS)
    assert capitals.changed == 2 and capitals.replacements() == [("α", "A", 1)]


def test_an_emoji_blocks_every_form_and_is_named() -> None:
    found = offer("Καλημέρα ‘φίλε’ 🎉")
    assert found.options == ()
    assert found.blockers == ("🎉",)
    assert offer("5µg Καλημέρα").blockers == ("µ",)


def test_a_form_that_needs_more_parts_is_not_offered() -> None:
    text = "…" * 70  # 1 part in UCS-2; 210 dots are 2 parts in GSM-7
    assert count(text).parts == 1
    found = offer(text)
    assert found.options == () and found.blockers == ()
    assert convert(text, Form.TYPOGRAPHY).offered is False


def test_same_parts_in_gsm7_is_offered_and_saves_nothing() -> None:
    found = offer("Don’t")
    option = found.option(Form.TYPOGRAPHY)
    assert option is not None and option.parts_saved == 0
    assert option.credits_saved(100) == 0


@pytest.mark.parametrize("form", list(Form))
def test_placeholders_are_left_as_written(form: Form) -> None:
    """A placeholder names a field (and a fallback): no form rewrites it, only the text
    around it; an escaped brace is text."""
    text = "Από {Πόλη|το κατάστημα} «{first_name}» {{Πόλη}} — {ΟΝΟΜΑ}"
    converted = convert(text, form).text
    for placeholder in ("{Πόλη|το κατάστημα}", "{first_name}", "{ΟΝΟΜΑ}"):
        assert placeholder in converted
    if form is Form.GREEK_CAPITALS:
        assert "{{ΠOΛH}}" in converted  # an escaped brace is text, converted
    if form is Form.GREEKLISH:
        assert converted == 'Apo {Πόλη|το κατάστημα} "{first_name}" {{Poli}} - {ΟΝΟΜΑ}'


def test_a_greek_placeholder_name_alone_gets_no_offer() -> None:
    """The name is not sent: a text GSM-7 around it has nothing to convert."""
    text = ("Dear customer, your order is ready for pickup at our store. Opening hours "
            "9-17. Thanks! From {Πόλη|the shop}")
    found = offer(text)
    assert found.options == () and found.blockers == ()
    assert found.before.encoding == "GSM-7"


def test_the_text_around_placeholders_is_what_is_counted() -> None:
    found = offer("Καλημέρα {ΟΝΟΜΑ}, " + "ευχαριστούμε! " * 5)
    best = found.best
    assert best is not None and best.form is Form.GREEK_CAPITALS
    assert (best.before.encoding, best.after.encoding) == ("UCS-2", "GSM-7")
    assert "{ΟΝΟΜΑ}" in best.text


def test_credits_saved_from_totals() -> None:
    assert credits_saved(3600, 1200) == 2400
    assert credits_saved(5, 7) == 0  # never a negative saving


def test_visible_names_invisible_characters() -> None:
    assert visible("a\u00a0\u200b🎉") == "a U+00A0 U+200B 🎉"


GREEKISH = st.sampled_from(list(LETTER) + list(TYPOGRAPHY) + list("\u0301\u0308\u037e\u00b7"
                                                                  " .,;!?aZ€[Δ\n🎉µ"))
# Lone surrogates too: invalid UTF-8 on a command line decodes to them.
SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, exclude_categories=())
TEXTS = st.text(alphabet=st.one_of(GREEKISH, st.characters(), SURROGATES), max_size=400)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_any_text_never_crashes_and_offers_only_what_is_cheaper(text: str) -> None:
    for form in Form:
        conversion = convert(text, form)
        assert "".join(p.original for p in conversion.pieces) == text
        assert parse(conversion.text).slots == parse(text).slots  # placeholders as written
    found = offer(text)
    for option in found.options:
        assert option.text == "".join(p.converted for p in option.pieces)
        # Of the text around the placeholders: what the form changes.
        before, after = count(_literal(text)), count(_literal(option.text))
        assert after.parts <= before.parts
        assert after.encoding == "GSM-7" or after.parts < before.parts
    if found.blockers:
        assert all(option.after.encoding == "UCS-2" for option in found.options)
        assert set(found.blockers) <= set(count(_literal(text)).ucs2_chars)


def _literal(text: str) -> str:
    return "".join(parse(text).pieces)
