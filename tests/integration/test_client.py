"""GatewayClient over real HTTP against the simulator on 127.0.0.1."""

from __future__ import annotations

import logging
import socket
import time

import pytest

from desktop_sms.gateway import (
    AuthError,
    DeliveryStatus,
    NetworkError,
    ProtocolError,
    RejectedError,
)
from desktop_sms.gateway.client import GatewayClient
from desktop_sms.gateway.errors import GatewayError
from desktop_sms.gateway.protocol import delivery_status
from desktop_sms.simulator import FaultKind, GatewaySimulator
from tests.conftest import SENTINEL_PASSWORD

GREEK = "Καλημέρα! Η παραγγελία σας ΔΦΓΛΩ είναι έτοιμη."
FRENCH = "Ça coûte 12 € — à bientôt, Hélène ! «œuvre»"
EMOJI = "Party tonight 🎉🥳 see you 👍🏽"


def test_send_balance_and_status_round_trip(sim: GatewaySimulator, client: GatewayClient) -> None:
    result = client.send_sms("306912345678", "Hello World", originator="MyCompany",
                             request_delivery=True)
    assert result.balance == 999
    assert client.get_balance() == 999
    accepted = sim.accepted()
    assert [(a.sms_id, a.mobile_number, a.originator, a.request_delivery) for a in accepted] == [
        (result.sms_id, "306912345678", "MyCompany", True)
    ]
    time.sleep(0.3)
    updates = client.get_status()
    assert [(u.sms_id, delivery_status(u.raw)) for u in updates] == [
        (result.sms_id, DeliveryStatus.SENT), (result.sms_id, DeliveryStatus.DELIVERED)
    ]
    assert client.get_status() == []  # each change is reported once


def test_number_ending_in_zero_fails(sim: GatewaySimulator, client: GatewayClient) -> None:
    result = client.send_sms("306912345670", "x")
    time.sleep(0.3)
    assert (result.sms_id, DeliveryStatus.FAILED) in [
        (u.sms_id, delivery_status(u.raw)) for u in client.get_status()
    ]


@pytest.mark.parametrize("text", [GREEK, FRENCH, EMOJI, "a&b=c?d#e%f+g h/i"])
def test_text_arrives_intact(sim: GatewaySimulator, client: GatewayClient, text: str) -> None:
    client.send_sms("306912345678", text)
    assert sim.accepted()[-1].text == text


def test_multipart_charges_per_part(sim: GatewaySimulator, client: GatewayClient) -> None:
    result = client.send_sms("306912345678", "x" * 161)  # two GSM-7 parts
    assert result.balance == 998
    assert sim.accepted()[-1].parts == 2


@pytest.mark.parametrize(
    ("to", "text", "originator"),
    [("+306912345678", "hi", None), ("306912345678", "", None),
     ("306912345678", "hi", "TwelveChars!"), ("12", "hi", None)],
)
def test_invalid_input_sends_nothing(
    sim: GatewaySimulator, client: GatewayClient, to: str, text: str, originator: str | None
) -> None:
    with pytest.raises(ValueError):
        client.send_sms(to, text, originator=originator)
    assert sim.request_count() == 0


def test_rejection_carries_code(sim: GatewaySimulator) -> None:
    with GatewaySimulator(users={"demo": "pw"}, balance=0) as poor, \
            GatewayClient(poor.url, "demo", "pw") as gateway:
        with pytest.raises(RejectedError) as info:
            gateway.send_sms("306912345678", "hi")
    assert info.value.code == "-2"
    assert "insufficient credit" in str(info.value)


def test_wrong_password_is_auth_error(sim: GatewaySimulator) -> None:
    with GatewayClient(sim.url, "demo", "wrong") as gateway, pytest.raises(AuthError):
        gateway.get_balance()


# (fault, expected error type, expected maybe_sent for send_sms; None: not a NetworkError)
SEND_FAULTS = [
    (FaultKind.HTTP_401, AuthError, None),
    (FaultKind.AUTH_BODY, AuthError, None),
    (FaultKind.HTTP_500, NetworkError, True),
    (FaultKind.HTTP_503, NetworkError, True),
    (FaultKind.RESET, NetworkError, True),
    (FaultKind.HANG, NetworkError, True),
    (FaultKind.GARBAGE, ProtocolError, None),
    (FaultKind.HTML, ProtocolError, None),
    (FaultKind.TRUNCATED, ProtocolError, None),
    (FaultKind.HUGE, ProtocolError, None),
]


@pytest.mark.parametrize(("fault", "error", "maybe_sent"), SEND_FAULTS,
                         ids=[f[0].value for f in SEND_FAULTS])
def test_send_fault_gives_typed_error_after_one_request(
    sim: GatewaySimulator, client: GatewayClient, fault: FaultKind,
    error: type[GatewayError], maybe_sent: bool | None,
) -> None:
    sim.inject("send_sms", fault, delay=5.0)
    with pytest.raises(error) as info:
        client.send_sms("306912345678", "hi")
    if maybe_sent is not None:
        assert isinstance(info.value, NetworkError)
        assert info.value.maybe_sent is maybe_sent
    assert sim.request_count("send_sms") == 1  # never retried
    assert SENTINEL_PASSWORD not in str(info.value)


@pytest.mark.parametrize("action", ["get_balance", "get_status"])
@pytest.mark.parametrize(("fault", "error"), [
    (FaultKind.HTTP_401, AuthError), (FaultKind.HTTP_503, NetworkError),
    (FaultKind.RESET, NetworkError), (FaultKind.GARBAGE, ProtocolError),
    (FaultKind.HTML, ProtocolError), (FaultKind.TRUNCATED, ProtocolError),
])
def test_query_faults(sim: GatewaySimulator, client: GatewayClient, action: str,
                      fault: FaultKind, error: type[GatewayError]) -> None:
    sim.inject(action, fault)
    with pytest.raises(error):
        getattr(client, action)()


def test_status_ten_megabytes_of_junk_is_refused(sim: GatewaySimulator,
                                                 client: GatewayClient) -> None:
    sim.inject("get_status", FaultKind.HUGE)
    with pytest.raises(ProtocolError, match="too large"):
        client.get_status()


def test_queries_retry_transient_failures(sim: GatewaySimulator, client: GatewayClient) -> None:
    sim.inject("get_balance", FaultKind.HTTP_503, times=2)
    assert client.get_balance() == 1000
    assert sim.request_count("get_balance") == 3


def test_timed_out_send_is_one_request_and_maybe_sent(sim: GatewaySimulator,
                                                      client: GatewayClient) -> None:
    sim.inject("send_sms", FaultKind.DELAY, delay=2.0, times=1)
    with pytest.raises(NetworkError, match="did not answer within 1 s") as info:
        client.send_sms("306912345678", "hi")
    assert info.value.maybe_sent is True
    assert sim.request_count("send_sms") == 1
    assert len(sim.accepted()) == 1  # it was in fact accepted: only a person may resend


def test_connection_refused_is_not_sent() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # bound but not listening: connecting is refused
        with GatewayClient(f"http://127.0.0.1:{port}/srvauth/index", "u", "p") as gateway:
            with pytest.raises(NetworkError) as info:
                gateway.send_sms("306912345678", "hi")
    assert info.value.maybe_sent is False


def test_dns_failure_is_not_sent() -> None:
    with GatewayClient("https://gateway.invalid/srvauth/index", "u", "p") as gateway:
        with pytest.raises(NetworkError) as info:
            gateway.send_sms("306912345678", "hi")
    assert info.value.maybe_sent is False


@pytest.mark.parametrize("url", [
    "http://www.net2sms.gr/srvauth/index",
    "https://user:secret@www.net2sms.gr/srvauth/index",
    "ftp://example.com/x",
])
def test_unsafe_urls_are_refused(url: str) -> None:
    with pytest.raises(ValueError) as info:
        GatewayClient(url, "user", "secret")
    assert "secret" not in str(info.value)


def test_password_never_leaks(sim: GatewaySimulator, client: GatewayClient,
                              caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client.send_sms("306912345678", "hi")
    client.get_balance()
    sim.inject("get_balance", FaultKind.HTTP_503, times=1)
    client.get_balance()
    assert SENTINEL_PASSWORD not in repr(client)
    assert SENTINEL_PASSWORD not in caplog.text
    assert caplog.records, "debug logging was on, so requests/urllib3 should have logged"
    assert all(SENTINEL_PASSWORD not in path for path in sim.request_paths())
    assert all("demo" not in path for path in sim.request_paths())  # no user in URL either


def test_a_timed_out_balance_is_not_retried(sim: GatewaySimulator,
                                            client: GatewayClient) -> None:
    # Retrying a gateway that let the whole timeout pass tripled the wait (≈92 s in the CLI).
    sim.inject("get_balance", FaultKind.DELAY, delay=2.0)
    with pytest.raises(NetworkError, match="did not answer within 1 s") as info:
        client.get_balance()
    assert info.value.timed_out and sim.request_count("get_balance") == 1
