"""Phone numbers as people type them → E.164; the gateway's MSISDN only at the wire."""

from __future__ import annotations

import functools
import re
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, NamedTuple

from desktop_sms.gateway.protocol import MSISDN_RE

# phonenumbers compiles its patterns at import (20 ms): it is imported on first use, so
# the window can appear first.
if TYPE_CHECKING:
    import phonenumbers

_SEPARATORS = re.compile(r"[\s\-().\u00a0/]")
# '+30 (0) 69…', '+44 (0)20 …': the trunk prefix a caller within the country dials, written
# after the country code; dialled from abroad it is nothing (+3006… is no number).
_TRUNK_AFTER_CODE = re.compile(r"^(\s*(?:\+|00)\s*\d{1,3})\s*\(\s*0\s*\)")


class Verdict(Enum):
    VALID = "valid"
    WARNING = "warning"  # possible but not valid by the numbering plan: allowed, flagged
    INVALID = "invalid"  # refused


class NumberFault(StrEnum):
    """Why a number is refused or doubtful. The value is the English the command line
    prints; the window words each code in its language (ui/phone_text.py)."""

    NO_NUMBER = "no number given"
    BAD_CHARACTERS = "only digits, spaces, dashes, brackets and a leading + are allowed"
    NOT_A_NUMBER = "this is not a phone number"
    NOT_VALID = "this is not a valid phone number"
    BAD_COUNTRY_CODE = "the country code does not exist"
    TOO_SHORT = "too few digits"
    BAD_LENGTH = "the number of digits does not fit the country"
    TOO_LONG = "too many digits"
    NOT_IN_USE = "the number is not in use according to the numbering plan"


# Added to a refusal of digits typed without a country code when no default country is set.
ADD_COUNTRY_CODE = " (add the country code, e.g. +30)"


class ParsedNumber(NamedTuple):
    typed: str
    e164: str | None  # '+306912345678'; None when invalid
    verdict: Verdict
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.verdict is not Verdict.INVALID


def _impossible_reason(result: int) -> str:
    from phonenumbers import ValidationResult

    return {
        ValidationResult.INVALID_COUNTRY_CODE: NumberFault.BAD_COUNTRY_CODE,
        ValidationResult.TOO_SHORT: NumberFault.TOO_SHORT,
        ValidationResult.INVALID_LENGTH: NumberFault.BAD_LENGTH,
        ValidationResult.TOO_LONG: NumberFault.TOO_LONG,
    }.get(result, NumberFault.NOT_VALID).value


def parse_number(typed: str, default_region: str = "") -> ParsedNumber:
    """Parse what a person typed.

    '+30 691…' and '0030 691…' are international. Bare digits are tried as a national number
    of ``default_region`` only if that is *valid*; otherwise they are read as international
    digits without the '+' (the gateway's own format), never forced into the region.
    """
    import phonenumbers
    from phonenumbers import ValidationResult

    compact = _SEPARATORS.sub("", _TRUNK_AFTER_CODE.sub(r"\1", typed.strip()))
    if not compact:
        return ParsedNumber(typed, None, Verdict.INVALID, NumberFault.NO_NUMBER.value)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if compact.startswith("+"):
        candidates = [_parse(compact, None)]
    elif compact.isdigit():
        region = default_region.upper()
        national = _parse(compact, region) if region else None
        national_kind = _valid_kind(national)
        # '49175123456' with region DE is the gateway's own international form, not a
        # German landline 0491 75123456: digits that start with the region's country code
        # and read as a possible international number are taken as international.
        if national is not None and national_kind is not None and not compact.startswith(
                str(phonenumbers.country_code_for_region(region))):
            return _sendable(_judged(typed, national, national_kind))
        international = _parse("+" + compact, None)
        possible = international is not None and phonenumbers.is_possible_number(international)
        if national is not None and national_kind is not None and not possible:
            return _sendable(_judged(typed, national, national_kind))
        candidates = [international] if possible else [international, national]
    else:
        return ParsedNumber(typed, None, Verdict.INVALID, NumberFault.BAD_CHARACTERS.value)
    numbers = [n for n in candidates if n is not None]
    if not numbers:
        return ParsedNumber(typed, None, Verdict.INVALID, NumberFault.NOT_A_NUMBER.value)
    for number in numbers:
        kind = _valid_kind(number)
        if kind is not None:
            return _sendable(_judged(typed, number, kind))
    first = numbers[0]
    result = phonenumbers.is_possible_number_with_reason(first)
    if result in (ValidationResult.IS_POSSIBLE, ValidationResult.IS_POSSIBLE_LOCAL_ONLY):
        return _sendable(ParsedNumber(typed, _e164(first), Verdict.WARNING,
                                      NumberFault.NOT_IN_USE.value))
    reason: str = _impossible_reason(result)
    if not compact.startswith("+") and not default_region:
        reason = reason + ADD_COUNTRY_CODE
    return ParsedNumber(typed, None, Verdict.INVALID, reason)


def _valid_kind(number: phonenumbers.PhoneNumber | None) -> int | None:
    """The number's type if it is valid, else None: one look at the numbering plan where
    is_valid_number() and number_type() took two (is_valid_number is exactly
    number_type() != UNKNOWN), which an import of 100,000 rows feels."""
    import phonenumbers

    if number is None:
        return None
    if _plainly_mobile(number):
        return int(phonenumbers.PhoneNumberType.MOBILE)
    kind = int(phonenumbers.number_type(number))
    return None if kind == phonenumbers.PhoneNumberType.UNKNOWN else kind


def _quick_parse(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    """The plain shapes an import is made of ('+306912345678', '6912345678' in Greece,
    '0612345678' in France) read without phonenumbers.parse(), which costs 17 µs of the
    check's 26. Only used when the result is plainly a mobile; anything else is None."""
    import phonenumbers

    if text.startswith("+"):
        digits = text[1:]
        if not digits.isdigit() or digits.startswith("0"):  # no country code starts with 0
            return None
        code = next((int(digits[:size]) for size in (1, 2, 3)
                     if int(digits[:size] or 0) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE),
                    None)
        if code is None:
            return None
        national = digits[len(str(code)):]
    elif region and text.isdigit():
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if metadata is None or metadata.country_code is None:
            return None
        code, national = metadata.country_code, text
        prefix = metadata.national_prefix_for_parsing
        if prefix is not None:  # a plain trunk prefix ('0') only, nothing to transform
            if not prefix.isdigit() or metadata.national_prefix_transform_rule:
                return None
            if national.startswith(prefix):
                national = national[len(prefix):]
    else:
        return None
    if not national or national.startswith("0"):  # Italy's leading zero and the like
        return None
    return phonenumbers.PhoneNumber(country_code=code, national_number=int(national))


def _plainly_mobile(number: phonenumbers.PhoneNumber) -> bool:
    """A number the plan calls mobile and could not call a landline: number_type() looks
    at up to eleven kinds before mobiles, most of a customer list's check. Any kind but
    a landline gets the same verdict (valid), so one look at mobiles decides."""
    return _mobile(number.country_code or 0, number.national_number or 0,
                   bool(number.italian_leading_zero), number.number_of_leading_zeros or 1)


@functools.lru_cache(maxsize=1024)  # asked twice per number: when read, then when judged
def _mobile(code: int, national_number: int, leading_zero: bool, zeros: int) -> bool:
    import phonenumbers

    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code, ())
    if len(regions) != 1:  # shared codes (+1, +44, +7): which plan applies is a question
        return False
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(regions[0])
    if metadata is None:
        return False
    national = ("0" * zeros if leading_zero else "") + str(national_number)
    return (_fits(national, metadata.general_desc) and _fits(national, metadata.mobile)
            and not _fits(national, metadata.fixed_line))


def _fits(national: str, desc: phonenumbers.phonemetadata.PhoneNumberDesc | None) -> bool:
    if desc is None or desc.national_number_pattern is None:
        return False
    if desc.possible_length and len(national) not in desc.possible_length:
        return False
    return _pattern(desc.national_number_pattern).fullmatch(national) is not None


@functools.cache
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


def _parse(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    import phonenumbers

    quick = _quick_parse(text, region)
    if quick is not None and _plainly_mobile(quick):
        return quick
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def _sendable(parsed: ParsedNumber) -> ParsedNumber:
    """A real number the gateway cannot take is refused here, by name, so that no list
    passes its check and then bounces at enqueue (Tokelau has 7-digit numbers)."""
    if parsed.e164 and not MSISDN_RE.fullmatch(parsed.e164[1:]):
        return ParsedNumber(parsed.typed, None, Verdict.INVALID, "the gateway takes numbers "
                            "of 8 to 15 digits, country code included")
    return parsed


def _judged(typed: str, number: phonenumbers.PhoneNumber, kind: int) -> ParsedNumber:
    import phonenumbers

    if kind == phonenumbers.PhoneNumberType.FIXED_LINE:
        return ParsedNumber(typed, _e164(number), Verdict.WARNING,
                            "this looks like a landline; it may not receive SMS")
    return ParsedNumber(typed, _e164(number), Verdict.VALID)


def _e164(number: phonenumbers.PhoneNumber) -> str:
    import phonenumbers

    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def warm_up(region: str) -> None:
    """Import phonenumbers, load ``region``'s metadata and its formatting rules now (call
    it off the GUI thread), so the first number shown or typed does not stall the window."""
    import phonenumbers

    parse_number("0", region)
    example = phonenumbers.example_number(region)
    if example is not None:
        display(phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164))


def to_msisdn(e164: str) -> str:
    """The gateway's format: international digits, no '+'."""
    return e164.removeprefix("+")


def display(e164: str) -> str:
    """International format with spaces, for people."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def country_code_apart(e164: str) -> str:
    """'+306912345678' → '+30 6912345678', for files a spreadsheet opens: with a space it
    stays text (in one piece Excel makes it a number and drops the '+'), and
    parse_number reads it back. Country codes are prefix-free, so no parse is needed:
    1 µs, where display() takes 25."""
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    for size in (1, 2, 3):
        code = e164[1:1 + size]
        if code.isdigit() and int(code) in COUNTRY_CODE_TO_REGION_CODE:
            return f"+{code} {e164[1 + size:]}"
    return e164
