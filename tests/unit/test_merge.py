"""The merge engine: placeholders, fallbacks, escapes, unknown and missing fields, field
names in any case and script; and, for any template and any values, a merge result or a
problem, never a crash, with parts that are exactly core.text's count of each merged text."""

from __future__ import annotations

from types import MappingProxyType

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_sms.core import merge
from desktop_sms.core import text as sms_text
from desktop_sms.core.contacts import Contact
from desktop_sms.core.merge import FieldValues, MergeFault, field_key, parse
from desktop_sms.core.phone import Verdict
from desktop_sms.core.recipients import Recipient
from desktop_sms.gateway import protocol


def contact(name: str, number: str = "+306912345671", first: str = "", last: str = "",
            **fields: str) -> Recipient:
    found = Contact(1, name, number, "", (), first, last, MappingProxyType(fields))
    return Recipient(name, number, Verdict.VALID, name=name, contact=found)


def direct(number: str) -> Recipient:
    return Recipient(number, number, Verdict.VALID)


def merged(text: str, recipients: list[Recipient],
           field_names: tuple[str, ...] = ()) -> tuple[list[str], FieldValues]:
    fields = FieldValues(recipients, field_names)
    template = parse(text)
    table = fields.table(template.slots)
    return [template.merge(row) for row in table.values], fields


def test_standard_fields_and_first_name_from_the_name() -> None:
    texts, _ = merged("{name}|{first_name}|{last_name}|{number}", [
        contact("Eleni Papadopoulou"),
        contact("Dr Nikos", first="Νίκος", last="Γεωργίου", number="+33612345678"),
    ])
    assert texts == ["Eleni Papadopoulou|Eleni|Papadopoulou|+30 691 234 5671",
                     "Dr Nikos|Νίκος|Γεωργίου|+33 6 12 34 56 78"]


def test_a_name_without_letters_is_no_name() -> None:
    # An import names a contact by its number when the file gives none.
    texts, _ = merged("Hi {first_name|there}", [contact("+306912345603")])
    assert texts == ["Hi there"]


def test_fallback_escapes_and_spaces_in_the_braces() -> None:
    texts, _ = merged("{{ {first_name | customer} }} {{x}}", [contact("Ann Lee"), direct(
        "+447911123456")])
    assert texts == ["{ Ann } {x}", "{ customer } {x}"]
    assert merged("{first_name|}!", [direct("+447911123456")])[0] == ["!"]


def test_custom_fields_match_whatever_the_case_script_or_spelling() -> None:
    people = [contact("Άννα", **{"Πόλη": "Αθήνα", "Date de visite": "lundi"})]
    names = ("Πόλη", "Date de visite")
    texts, _ = merged("{ΠΌΛΗ} {πόλη} {date_de_visite} {DATE DE  VISITE}", people, names)
    assert texts == ["Αθήνα Αθήνα lundi lundi"]
    decomposed = "Po\u0301li"  # 'ó' as o + combining accent, as some files write it
    assert field_key(decomposed) == field_key("PÓLI") == "poli"


def test_a_field_name_matches_without_its_accents() -> None:
    """Greek capitals are written without accents: {ΠΟΛΗ} and {πολη} are the field Πόλη."""
    people = [contact("Άννα", **{"Πόλη": "Αθήνα"})]
    texts, _ = merged("{ΠΟΛΗ|x} {πολη} {Πολη}", people, ("Πόλη",))
    assert texts == ["Αθήνα Αθήνα Αθήνα"]
    assert parse("{ΠΟΛΗ}").unknown(FieldValues([], ("Πόλη",)).known) == []


def test_a_custom_field_never_hides_a_standard_one() -> None:
    texts, _ = merged("{number}", [contact("Ann", Number="secret")], ("Number",))
    assert texts == ["+30 691 234 5671"]


def test_unknown_and_malformed_placeholders() -> None:
    template = parse("Hi {first_name}, {Πόλη} {colour|red} {colour} {Πόλη}")
    assert template.unknown(FieldValues([], ("Πόλη",)).known) == [
        merge.Issue(MergeFault.UNKNOWN_PLACEHOLDER, {"placeholder": "colour"})]
    for text, bad, position in [("a { b", "{", 3), ("a } b", "}", 3), ("{}", "{}", 1),
                                ("{ |x}", "{ |x}", 1), ("{first\nname}", "{", 1)]:
        assert parse(text).faults == (
            merge.Issue(MergeFault.BAD_PLACEHOLDER, {"text": bad, "position": position}),)
    assert parse("a { b").pieces == ("a { b",)  # counted as written


def test_missing_values_are_one_warning_per_field_naming_the_first_few() -> None:
    people = [contact(f"+3069123456{i:02d}", number=f"+3069123456{i:02d}") for i in range(5)]
    people.append(contact("Eleni"))
    template = parse("Hi {first_name}, {first_name}! {last_name|} {number}")
    fields = FieldValues(people, ())
    table = fields.table(template.slots)
    assert fields.missing_issues(template, table) == [merge.Issue(MergeFault.MISSING_VALUE, {
        "placeholder": "first_name", "count": 5,
        "recipients": "+30 691 234 5600, +30 691 234 5601, +30 691 234 5602, …"})]


def test_counts_per_recipient_min_max_and_total() -> None:
    people = [contact("Ann"), contact("Ζωή"), contact("B" * 200)]
    template = parse("Hello {name}")
    fields = FieldValues(people, ())
    counted = merge.count(template, fields.table(template.slots))
    assert (counted.min_parts, counted.max_parts, counted.credits) == (1, 2, 4)
    assert counted.encodings == ("GSM-7", "UCS-2")
    assert counted.ucs2_chars == ("Ζ", "ω", "ή")
    assert counted.widest == 2


def test_a_value_the_gateway_refuses_names_its_recipient() -> None:
    people = [contact("Ann", note="a\x07b"), contact("Bob", note="a\x07b"),
              contact("Cy", note="x" * 2000)]
    template = parse("{note}")
    fields = FieldValues(people, ("note",))
    refused = merge.count(template, fields.table(template.slots)).refused
    assert [(r.refusal.fault, r.first, r.recipients) for r in refused] == [
        (protocol.Fault.TEXT_INVISIBLE_CHAR, 0, 2), (protocol.Fault.TEXT_TOO_LONG, 2, 1)]


# --- properties ---------------------------------------------------------------------------

# Text rich in what matters: braces, bars, GSM extension characters, Greek, emoji, line
# breaks, control characters and lone surrogates.
SENDABLE = st.sampled_from(list("ab {}|_€[~^\\\n Ωά😀🎉é\u00a0"))
CHARS = SENDABLE | st.sampled_from(["\x00", "\x1b", "\udcff"])
# Mostly sendable and long enough for several parts, where the split is hardest.
TEXT = st.text(SENDABLE, max_size=90) | st.text(CHARS, max_size=30) | st.text(max_size=30)
LONG = st.text(SENDABLE, min_size=50, max_size=200)
FIELD_NAMES = ("Πόλη", "Note")
VALUES = st.text(SENDABLE, max_size=160) | st.text(CHARS, max_size=40) | st.text(max_size=20)


def placeholders(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from([*merge.STANDARD_FIELDS, *FIELD_NAMES, "ΠΌΛΗ", "unknown"]))
    fallback = draw(st.none() | VALUES)
    return "{" + name + ("" if fallback is None else "|" + fallback) + "}"


@st.composite
def templates(draw: st.DrawFn) -> str:
    parts = draw(st.lists(TEXT | LONG, max_size=4))
    out = []
    for part in parts:
        out += [part, placeholders(draw)]
    return "".join(out) + draw(TEXT)


@st.composite
def people(draw: st.DrawFn) -> list[Recipient]:
    found = []
    for i in range(draw(st.integers(0, 6))):
        number = f"+3069123456{i:02d}"
        if draw(st.booleans()):
            found.append(direct(number))
            continue
        fields = {name: draw(VALUES) for name in FIELD_NAMES if draw(st.booleans())}
        found.append(contact(draw(VALUES), number, draw(VALUES), draw(VALUES), **fields))
    return found


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=templates() | TEXT, recipients=people())
def test_any_template_and_values_merge_and_count_exactly(
        text: str, recipients: list[Recipient]) -> None:
    template = parse(text)
    fields = FieldValues(recipients, FIELD_NAMES)
    table = fields.table(template.slots)
    counted = merge.count(template, table)
    texts = [template.merge(row) for row in table.values]
    parts = [sms_text.count(t).parts for t in texts]
    assert counted.credits == sum(parts)
    assert (counted.min_parts, counted.max_parts) == ((min(parts), max(parts)) if parts
                                                       else (0, 0))
    if parts:
        assert parts[counted.widest] == max(parts)
    refusals = [protocol.text_refusal(t) for t in texts]
    assert sum(r.recipients for r in counted.refused) == sum(r is not None for r in refusals)
    for refused in counted.refused:
        assert refusals[refused.first] == refused.refusal
    forcing = {c for t in texts for c in sms_text.count(t).ucs2_chars}
    assert forcing <= set(counted.ucs2_chars)
    assert set(counted.encodings) == {sms_text.count(t).encoding for t in texts}


@settings(max_examples=200, deadline=None)
@given(text=templates() | TEXT)
def test_a_template_without_placeholders_is_its_text(text: str) -> None:
    template = parse(text)
    if not template.slots and "{" not in text and "}" not in text:
        assert template.pieces == (text,) and template.merge(()) == text
    assert template.merge([""] * len(template.slots)) == "".join(template.pieces)
