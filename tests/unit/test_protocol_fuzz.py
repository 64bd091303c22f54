"""Arbitrary bytes into every reply parser: a typed error or a valid result, nothing else."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_sms.gateway import protocol
from desktop_sms.gateway.errors import GatewayError
from desktop_sms.gateway.protocol import SendResult

# Bytes built from the reply alphabet find the near-misses that pure noise rarely hits.
near_replies = st.lists(
    st.sampled_from([b"1", b"0", b"-", b"|", b"d", b"s", b"f", b"12", b".", b" ", b"\n",
                     b"\xff", b"<", b"auth", b"NaN", b"e"]),
    max_size=30,
).map(b"".join)
replies = st.one_of(st.binary(max_size=300), near_replies)

PARSERS: list[Callable[[bytes], object]] = [
    protocol.parse_send_reply, protocol.parse_balance_reply, protocol.parse_status_reply,
]


@pytest.mark.parametrize("parser", PARSERS, ids=lambda p: p.__name__)
@settings(max_examples=400, deadline=None)
@given(body=replies)
def test_parsers_raise_only_typed_errors(parser: Callable[[bytes], object], body: bytes) -> None:
    try:
        result = parser(body)
    except GatewayError:
        return
    if isinstance(result, SendResult):
        assert result.sms_id and result.balance.is_finite()
    elif isinstance(result, Decimal):
        assert result.is_finite()
    else:
        assert isinstance(result, list)
        assert all(update.sms_id for update in result)
