from __future__ import annotations

import gsm0338  # noqa: F401  (registers the codec used as an oracle)
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_sms.core.text import GSM7_ALL, count


@pytest.mark.parametrize(
    ("text", "encoding", "parts", "remaining"),
    [
        ("", "GSM-7", 0, 160),
        ("a" * 160, "GSM-7", 1, 0),
        ("a" * 161, "GSM-7", 2, 153 * 2 - 161),
        ("a" * 306, "GSM-7", 2, 0),
        ("a" * 307, "GSM-7", 3, 152),
        ("€" * 80, "GSM-7", 1, 0),  # extension characters cost two septets
        ("€" * 81, "GSM-7", 2, 143),
        ("a" * 152 + "€" + "a" * 10, "GSM-7", 2, 153 - 12),  # escape pair never split
        ("ΔΦΓΛΩΠΨΣΘΞ", "GSM-7", 1, 150),  # Greek capitals are in GSM-7
        ("Καλημέρα", "UCS-2", 1, 62),
        ("x" * 70 + "é", "GSM-7", 1, 89),  # é is in the basic table
        ("ç" * 70, "UCS-2", 1, 0),  # ç (lower case) is not; Ç is
        ("ç" * 71, "UCS-2", 2, 67 * 2 - 71),
        ("😀" * 35, "UCS-2", 1, 0),  # two UTF-16 units each
        ("😀" * 36, "UCS-2", 2, 67 - 6),  # 33 fit in part one (66 units); pair not split
        ("a" * 66 + "😀" + "b" * 5, "UCS-2", 2, 67 - 7),
    ],
)
def test_published_vectors(text: str, encoding: str, parts: int, remaining: int) -> None:
    result = count(text)
    assert (result.encoding, result.parts, result.remaining) == (encoding, parts, remaining)


def test_characters_forcing_ucs2_listed_once_in_order() -> None:
    assert count("Hi ç, ça va? 😀ç").ucs2_chars == ("ç", "😀")
    assert count("Plain [text] {ok} €5").ucs2_chars == ()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(sorted(GSM7_ALL - {"\r", "\f"})), max_size=400))
def test_septets_match_the_gsm0338_codec(text: str) -> None:
    # The codec is the independent reference for how many septets a text costs.
    assert count(text).units == len(text.encode("gsm03.38"))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_ucs2_units_match_utf16(text: str) -> None:
    result = count(text)
    if result.encoding == "UCS-2":
        assert result.units == len(text.encode("utf-16-le")) // 2
    assert result.parts >= (1 if text else 0)
