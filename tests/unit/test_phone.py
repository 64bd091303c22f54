from __future__ import annotations

import pytest

from desktop_sms.core.phone import Verdict, display, parse_number, to_msisdn

GREEK, GERMAN, FRENCH, UK = "+306912345678", "+4915123456789", "+33612345678", "+447911123456"


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("+30 691 234 5678", "GR", GREEK), ("0030 691 234 5678", "", GREEK),
        ("6912345678", "GR", GREEK), ("691-234-5678", "GR", GREEK),
        ("306912345678", "GR", GREEK), ("306912345678", "", GREEK),
        ("+49 1512 3456789", "", GERMAN), ("01512 3456789", "DE", GERMAN),
        ("0049-1512-3456789", "FR", GERMAN), ("4915123456789", "DE", GERMAN),
        ("+33 6 12 34 56 78", "", FRENCH), ("06 12 34 56 78", "FR", FRENCH),
        ("(0)6.12.34.56.78", "FR", FRENCH), ("33612345678", "GR", FRENCH),
        ("+44 7911 123456", "", UK), ("07911 123456", "GB", UK),
        ("(07911) 123-456", "GB", UK), ("447911123456", "GB", UK),
        # '(0)' after the country code: the trunk prefix, not dialled from abroad.
        ("+30 (0) 691 234 5678", "", GREEK), ("0030(0)6912345678", "GR", GREEK),
        ("+44 (0) 7911 123456", "", UK), ("+33 (0)6 12 34 56 78", "DE", FRENCH),
    ],
)
def test_valid_numbers_in_every_form(typed: str, region: str, e164: str) -> None:
    parsed = parse_number(typed, region)
    assert (parsed.verdict, parsed.e164) == (Verdict.VALID, e164)


def test_bare_international_digits_are_not_forced_into_the_region() -> None:
    # The provider's example number: read as international (+49 …), never as a German
    # national number 0491 75123456, and flagged because it is not a valid German mobile.
    for region in ("DE", "GR", ""):
        parsed = parse_number("49175123456", region)
        assert parsed.e164 == "+49175123456"
        assert parsed.verdict is Verdict.WARNING


def test_landline_is_a_warning() -> None:
    parsed = parse_number("+44 20 7946 0958")
    assert parsed.verdict is Verdict.WARNING and "landline" in parsed.reason


@pytest.mark.parametrize(
    ("typed", "reason"),
    [("12", "too few"), ("", "no number"), ("call me", "only digits"),
     ("+30 691 234 5678 9999", "too many"), ("+999 12345678", "not a phone number")],
)
def test_impossible_numbers_are_refused_with_reason(typed: str, reason: str) -> None:
    parsed = parse_number(typed, "GR")
    assert parsed.verdict is Verdict.INVALID and parsed.e164 is None
    assert reason in parsed.reason


def test_wire_and_display_forms() -> None:
    assert to_msisdn(GREEK) == "306912345678"
    assert display(GREEK) == "+30 691 234 5678"


def test_the_shortcuts_never_change_a_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    """parse_number reads plain shapes itself and looks at mobiles first (an import's
    check spent most of its time in phonenumbers' parse and number_type): over example
    numbers of every region, mutated and written in each shape people use, the answer is
    the one the library alone gives. (240,000 such numbers were compared once; this keeps
    a few thousand.)"""
    import random

    import phonenumbers

    from desktop_sms.core import phone

    rng = random.Random(7)
    kinds = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    samples = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        trunk = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix or ""
        for kind in kinds:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            for _ in range(4):
                digits = list(str(example.national_number))
                for _change in range(rng.randint(0, 2)):
                    digits[rng.randrange(len(digits))] = str(rng.randint(0, 9))
                national = "".join(digits)
                code = example.country_code
                for typed in (f"+{code}{national}", national, trunk + national,
                              f"00{code}{national}", f"{code}{national}"):
                    samples.append((typed, region))
    with_shortcuts = [parse_number(typed, region) for typed, region in samples]
    monkeypatch.setattr(phone, "_plainly_mobile", lambda _number: False)
    monkeypatch.setattr(phone, "_quick_parse", lambda _text, _region: None)
    assert [parse_number(typed, region) for typed, region in samples] == with_shortcuts
    assert sum(p.verdict is Verdict.VALID for p in with_shortcuts) > 3000
