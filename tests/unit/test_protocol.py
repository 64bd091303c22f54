from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_sms.gateway import protocol
from desktop_sms.gateway.errors import AuthError, ProtocolError, RejectedError
from desktop_sms.gateway.protocol import DeliveryStatus, delivery_status


def test_send_reply_success() -> None:
    result = protocol.parse_send_reply(b"1|456123789|112\r\n")
    assert result.sms_id == "456123789"
    assert result.balance == Decimal(112)


def test_send_reply_fractional_balance_kept_exactly() -> None:
    assert protocol.parse_send_reply(b"1|9|12.35").balance == Decimal("12.35")


@pytest.mark.parametrize("body", [b"0|no credit", b"-1", b"2|something|else"])
def test_send_reply_failure_codes_are_rejections(body: bytes) -> None:
    with pytest.raises(RejectedError) as info:
        protocol.parse_send_reply(body)
    assert info.value.code == body.split(b"|")[0].decode()
    assert body.decode() in str(info.value)


@pytest.mark.parametrize(
    "body",
    [b"", b"1|", b"1|45", b"1|45|", b"1|45|abc", b"1|4 5|3", b"hello", b"1|45|NaN", b"1|45|1e9"],
)
def test_send_reply_malformed(body: bytes) -> None:
    with pytest.raises(ProtocolError):
        protocol.parse_send_reply(body)


def test_html_reply_names_the_likely_cause() -> None:
    with pytest.raises(ProtocolError, match="web page"):
        protocol.parse_balance_reply(b"  <html><body>Login</body></html>")


def test_failure_body_mentioning_authentication_is_auth_error() -> None:
    with pytest.raises(AuthError):
        protocol.parse_send_reply(b"ERROR: authentication failed")
    with pytest.raises(AuthError):
        protocol.parse_balance_reply(b"Invalid login")


def test_rejection_body_is_sanitized_and_bounded() -> None:
    body = b"0|" + b"\x1b[31m" + b"x" * 5000
    with pytest.raises(RejectedError) as info:
        protocol.parse_send_reply(body)
    assert "\x1b" not in info.value.body
    assert len(info.value.body) <= protocol.MAX_SHOWN_BODY


def test_balance() -> None:
    assert protocol.parse_balance_reply(b"500\n") == Decimal(500)
    for bad in (b"", b"five", b"Infinity", b"1|2"):
        with pytest.raises(ProtocolError):
            protocol.parse_balance_reply(bad)


def test_status_pairs_and_letters() -> None:
    updates = protocol.parse_status_reply(b"11|s|12|d|13|f|14|1|15|2|16|3|17|x|18|D")
    assert [(u.sms_id, delivery_status(u.raw)) for u in updates] == [
        ("11", DeliveryStatus.SENT),
        ("12", DeliveryStatus.DELIVERED),
        ("13", DeliveryStatus.FAILED),
        ("14", DeliveryStatus.SENT),
        ("15", DeliveryStatus.DELIVERED),
        ("16", DeliveryStatus.FAILED),
        ("17", DeliveryStatus.UNKNOWN),
        ("18", DeliveryStatus.DELIVERED),
    ]
    assert updates[6].raw == "x"


def test_status_empty_means_nothing_changed() -> None:
    assert protocol.parse_status_reply(b"") == []
    assert protocol.parse_status_reply(b"\r\n") == []


def test_status_odd_field_count_is_refused_whole() -> None:
    with pytest.raises(ProtocolError, match="odd number"):
        protocol.parse_status_reply(b"11|s|12")


@pytest.mark.parametrize("number", ["306912345678", "4915123456789", "447911123456"])
def test_valid_msisdn(number: str) -> None:
    assert protocol.validate_msisdn(number) == number


@pytest.mark.parametrize(
    "number",
    ["+306912345678", "00306912345678", "6912345", "30 691 234 5678", "", "3069123456789012"],
)
def test_invalid_msisdn_explains(number: str) -> None:
    with pytest.raises(ValueError, match="international mobile number"):
        protocol.validate_msisdn(number)


def test_originator_rules() -> None:
    assert protocol.validate_originator("MyCompany") == "MyCompany"
    assert protocol.validate_originator("1234567890123456") == "1234567890123456"
    with pytest.raises(ValueError, match="limit is 11"):
        protocol.validate_originator("MyCompanyLtd")
    with pytest.raises(ValueError, match="16 digits"):
        protocol.validate_originator("12345678901234567")
    with pytest.raises(ValueError, match="letters A-Z"):
        protocol.validate_originator("Café")


def test_text_rules() -> None:
    with pytest.raises(ValueError, match="empty"):
        protocol.validate_text("   ")
    with pytest.raises(ValueError, match="limit"):
        protocol.validate_text("x" * (protocol.MAX_TEXT_CHARS + 1))


@pytest.mark.parametrize("text", ["\x00", "hi\x00", "\x00\x00 \x00"])
def test_nul_is_refused_not_charged(text: str) -> None:
    # A text of one NUL was accepted and charged as a message.
    with pytest.raises(ValueError, match=r"control character \(U\+0000\)"):
        protocol.validate_text(text)


def test_line_breaks_tab_and_form_feed_are_text() -> None:
    text = "line one\r\nline two\twith tab\fpage"
    assert protocol.validate_text(text) == text


def test_non_ascii_digits_are_not_a_numeric_sender() -> None:
    with pytest.raises(ValueError, match="letters A-Z") as info:
        protocol.validate_originator("١٢٣٤٥")
    assert "16 digits" not in str(info.value)
