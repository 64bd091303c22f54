"""HTTPS against the simulator with a throwaway private CA: refused unless trusted.

Everything is real TLS over loopback; the CA and certificates are made per test module.
"""

from __future__ import annotations

import datetime
import ipaddress
import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from desktop_sms.gateway import CertificateError, DeliveryStatus, NetworkError
from desktop_sms.gateway.client import GatewayClient
from desktop_sms.gateway.protocol import delivery_status
from desktop_sms.simulator import GatewaySimulator
from tests.conftest import SENTINEL_PASSWORD

GREEK = "Καλημέρα! Η παραγγελία σας ΔΦΓΛΩ είναι έτοιμη."
CA_ENV = "DESKTOP_SMS_CA_BUNDLE"


# --- a private CA made at test time -------------------------------------------------------

def _key_usage(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True, content_commitment=False, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
        encipher_only=False, decipher_only=False,
    )


def _window() -> tuple[datetime.datetime, datetime.datetime]:
    now = datetime.datetime.now(datetime.UTC)
    return now - datetime.timedelta(minutes=5), now + datetime.timedelta(days=1)


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


@dataclass(frozen=True)
class Authority:
    name: x509.Name
    key: ec.EllipticCurvePrivateKey
    cert_file: Path

    @classmethod
    def create(cls, folder: Path, common_name: str) -> Authority:
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
        start, end = _window()
        cert = (
            x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_key_usage(ca=True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .sign(key, hashes.SHA256())
        )
        cert_file = folder / f"{common_name.replace(' ', '-')}.pem"
        cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        return cls(name, key, cert_file)

    def issue(self, folder: Path, stem: str, *, dns: tuple[str, ...],
              ips: tuple[str, ...]) -> tuple[Path, Path]:
        """A server certificate for these names; returns (cert file, key file)."""
        key = ec.generate_private_key(ec.SECP256R1())
        names: list[x509.GeneralName] = [x509.DNSName(d) for d in dns]
        names += [x509.IPAddress(ipaddress.ip_address(i)) for i in ips]
        start, end = _window()
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, dns[0])]))
            .issuer_name(self.name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_key_usage(ca=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()),
                critical=False)
            .sign(self.key, hashes.SHA256())
        )
        cert_file, key_file = folder / f"{stem}.pem", folder / f"{stem}.key"
        cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        key_file.write_bytes(_pem_key(key))
        return cert_file, key_file


@dataclass(frozen=True)
class Pki:
    ca: Path
    other_ca: Path  # a CA that signed nothing we serve
    server: tuple[Path, Path]  # for localhost and 127.0.0.1
    wrong_name: tuple[Path, Path]  # same CA, but for gateway.invalid only


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    folder = tmp_path_factory.mktemp("pki")
    ca = Authority.create(folder, "desktop-sms test CA")
    other = Authority.create(folder, "unrelated CA")
    return Pki(
        ca=ca.cert_file,
        other_ca=other.cert_file,
        server=ca.issue(folder, "server", dns=("localhost",), ips=("127.0.0.1",)),
        wrong_name=ca.issue(folder, "wrong-name", dns=("gateway.invalid",), ips=()),
    )


def _simulator(tls: tuple[Path, Path]) -> GatewaySimulator:
    return GatewaySimulator(users={"demo": SENTINEL_PASSWORD}, balance=1000,
                            sent_delay=0.05, final_delay=0.2, tls=tls)


@pytest.fixture
def tls_sim(pki: Pki) -> Iterator[GatewaySimulator]:
    with _simulator(pki.server) as simulator:
        yield simulator


def _client(url: str, ca_bundle: str | Path | None = None, *,
            backoff: float = 0.01) -> GatewayClient:
    return GatewayClient(url, "demo", SENTINEL_PASSWORD, timeout=(2.0, 5.0),
                         backoff=backoff, ca_bundle=ca_bundle)


# --- GatewayClient ------------------------------------------------------------------------

def test_simulator_url_is_https(tls_sim: GatewaySimulator) -> None:
    assert tls_sim.url == f"https://127.0.0.1:{tls_sim.port}/srvauth/index"


@pytest.mark.alone
def test_without_the_ca_the_certificate_is_refused_before_any_request(
    tls_sim: GatewaySimulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    # A long backoff: a retried certificate failure would take over a second.
    with _client(tls_sim.url, backoff=2.0) as client:
        started = time.monotonic()
        with pytest.raises(CertificateError) as balance_error:
            client.get_balance()
        elapsed = time.monotonic() - started
        with pytest.raises(NetworkError) as send_error:
            client.send_sms("306912345678", GREEK)
    assert elapsed < 1.5, "a certificate failure must not be retried"
    for error in (balance_error.value, send_error.value):
        message = str(error)
        assert isinstance(error, CertificateError)
        assert error.maybe_sent is False  # the outbox may safely send it again later
        assert message.startswith("the gateway's security certificate could not be verified")
        assert "DESKTOP_SMS_CA_BUNDLE" in message and "private certificate authority" in message
        assert "\n" not in message and "Traceback" not in message
        assert SENTINEL_PASSWORD not in message
    # The handshake failed, so no HTTP request (and no credentials) reached the server.
    assert tls_sim.request_count() == 0
    assert tls_sim.accepted() == []
    assert SENTINEL_PASSWORD not in caplog.text


def test_requests_ca_bundle_from_the_environment_is_not_trusted(
    tls_sim: GatewaySimulator, pki: Pki, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Our own setting is the only way to widen trust: the session ignores the environment.
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(pki.ca))
    monkeypatch.setenv("CURL_CA_BUNDLE", str(pki.ca))
    with _client(tls_sim.url) as client, pytest.raises(CertificateError):
        client.get_balance()
    assert tls_sim.request_count() == 0


@pytest.mark.parametrize("as_path", [False, True], ids=["str", "Path"])
def test_with_the_ca_bundle_balance_and_send_work(
    tls_sim: GatewaySimulator, pki: Pki, caplog: pytest.LogCaptureFixture, as_path: bool
) -> None:
    caplog.set_level(logging.DEBUG)
    bundle: str | Path = pki.ca if as_path else str(pki.ca)
    with _client(tls_sim.url, bundle) as client:
        assert client.get_balance() == 1000
        result = client.send_sms("306912345678", GREEK, originator="Shop")
        assert result.balance == 999
        time.sleep(0.3)
        statuses = [(u.sms_id, delivery_status(u.raw)) for u in client.get_status()]
    accepted = tls_sim.accepted()
    assert [(a.sms_id, a.mobile_number, a.text, a.originator) for a in accepted] == [
        (result.sms_id, "306912345678", GREEK, "Shop")
    ]
    assert (result.sms_id, DeliveryStatus.DELIVERED) in statuses
    assert tls_sim.request_count() == 3
    assert not any(SENTINEL_PASSWORD in p for p in tls_sim.request_paths())
    assert SENTINEL_PASSWORD not in caplog.text


def test_localhost_name_is_accepted_too(tls_sim: GatewaySimulator, pki: Pki) -> None:
    url = tls_sim.url.replace("127.0.0.1", "localhost")
    with _client(url, pki.ca) as client:
        assert client.get_balance() == 1000


def test_a_bundle_without_the_signing_ca_is_refused(tls_sim: GatewaySimulator, pki: Pki) -> None:
    with _client(tls_sim.url, pki.other_ca) as client, \
            pytest.raises(CertificateError) as refused:
        client.send_sms("306912345678", "hi")
    assert refused.value.maybe_sent is False
    assert f"check that the CA bundle '{pki.other_ca}'" in str(refused.value)
    assert tls_sim.request_count() == 0


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_a_certificate_for_another_name_is_refused_even_with_the_ca(
    pki: Pki, host: str
) -> None:
    with _simulator(pki.wrong_name) as sim:
        url = sim.url.replace("127.0.0.1", host)
        with _client(url, pki.ca) as client, pytest.raises(CertificateError) as refused:
            client.send_sms("306912345678", GREEK)
        assert sim.request_count() == 0
        assert sim.accepted() == []
    message = str(refused.value)
    assert refused.value.maybe_sent is False
    assert f"not valid for '{host}'" in message
    assert "check the gateway address" in message


def test_an_https_address_on_a_plain_http_server_never_sends(pki: Pki) -> None:
    with GatewaySimulator(users={"demo": SENTINEL_PASSWORD}) as plain:
        url = plain.url.replace("http://", "https://")
        with _client(url, pki.ca) as client, pytest.raises(NetworkError) as failed:
            client.send_sms("306912345678", "hi")
        assert plain.request_count() == 0
    # The TLS handshake failed, so no request left: a later resend is safe.
    assert failed.value.maybe_sent is False
    assert "https://" in str(failed.value)
    assert SENTINEL_PASSWORD not in str(failed.value)


def _unusable_bundles(folder: Path, pki: Pki) -> list[tuple[Path, str]]:
    empty = folder / "empty.pem"
    empty.write_bytes(b"")
    text = folder / "notes.txt"
    text.write_text("not a certificate\n")
    return [
        (folder / "missing.pem", "does not exist"),
        (folder, "is not a file"),
        (empty, "holds no usable certificate"),
        (text, "holds no usable certificate"),
        (pki.server[1], "holds no usable certificate"),  # a private key is not a CA
    ]


def test_an_unusable_ca_bundle_is_a_clear_value_error(tmp_path: Path, pki: Pki) -> None:
    for bundle, reason in _unusable_bundles(tmp_path, pki):
        with pytest.raises(ValueError) as refused:
            _client("https://127.0.0.1:9/srvauth/index", bundle)
        message = str(refused.value)
        assert message.startswith("the CA bundle"), message
        assert str(bundle) in message and reason in message
        assert "\n" not in message and "Traceback" not in message


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root (or a non-POSIX system) reads files whatever their mode")
def test_an_unreadable_ca_bundle_is_a_clear_value_error(tmp_path: Path, pki: Pki) -> None:
    bundle = tmp_path / "locked.pem"
    bundle.write_bytes(pki.ca.read_bytes())
    bundle.chmod(0)
    with pytest.raises(ValueError, match=r"the CA bundle file '.*locked\.pem' cannot be read"):
        _client("https://127.0.0.1:9/srvauth/index", bundle)


# --- the command line ---------------------------------------------------------------------

def run_cli(url: str, data: Path, *args: str,
            ca_bundle: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DESKTOP_SMS_PASSWORD=SENTINEL_PASSWORD)
    for name in ("DESKTOP_SMS_GATEWAY_URL", "REQUESTS_CA_BUNDLE", CA_ENV):
        env.pop(name, None)
    if ca_bundle is not None:
        env[CA_ENV] = str(ca_bundle)
    return subprocess.run(
        [sys.executable, "-m", "desktop_sms", "--data-dir", str(data),
         "--gateway-url", url, "--user", "demo", *args],
        capture_output=True, text=True, env=env, timeout=60, stdin=subprocess.DEVNULL,
    )


def _no_password(*runs: subprocess.CompletedProcess[str]) -> None:
    for run in runs:
        assert SENTINEL_PASSWORD not in run.stdout + run.stderr


def _one_error_line(run: subprocess.CompletedProcess[str]) -> str:
    assert run.returncode != 0
    assert run.stderr.startswith("error: ") and run.stderr.count("\n") == 1, run.stderr
    assert "Traceback" not in run.stderr
    return run.stderr


def test_cli_balance_is_refused_without_the_ca_and_works_with_it(
    tls_sim: GatewaySimulator, pki: Pki, tmp_path: Path
) -> None:
    refused = run_cli(tls_sim.url, tmp_path, "balance")
    message = _one_error_line(refused)
    assert "security certificate could not be verified" in message
    assert CA_ENV in message
    assert refused.stdout == ""
    assert tls_sim.request_count() == 0

    trusted = run_cli(tls_sim.url, tmp_path, "balance", ca_bundle=pki.ca)
    assert trusted.returncode == 0, trusted.stderr
    assert trusted.stdout.strip() == "1000"
    assert tls_sim.request_count("get_balance") == 1
    _no_password(refused, trusted)


def test_cli_send_waits_in_the_queue_until_the_ca_is_trusted(
    tls_sim: GatewaySimulator, pki: Pki, tmp_path: Path
) -> None:
    refused = run_cli(tls_sim.url, tmp_path, "send", "--to", "306912345678", "--text", GREEK)
    assert "certificate" in _one_error_line(refused)
    assert tls_sim.accepted() == []
    queued = run_cli(tls_sim.url, tmp_path, "outbox")
    assert queued.returncode == 0 and "\tqueued\t" in queued.stdout  # kept, not lost

    # The refusal proved nothing was sent, so the message goes once when the CA is trusted.
    time.sleep(2.1)  # the outbox's backoff after a connect-phase failure (2 s)
    resumed = run_cli(tls_sim.url, tmp_path, "resume", ca_bundle=pki.ca)
    assert resumed.returncode == 0, resumed.stderr
    assert [(a.mobile_number, a.text) for a in tls_sim.accepted()] == [("306912345678", GREEK)]
    _no_password(refused, queued, resumed)


def test_cli_names_a_missing_ca_bundle_in_one_line(
    tls_sim: GatewaySimulator, tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-ca.pem"
    done = run_cli(tls_sim.url, tmp_path, "balance", ca_bundle=missing)
    message = _one_error_line(done)
    assert f"the CA bundle file '{missing}' does not exist" in message
    assert tls_sim.request_count() == 0
    _no_password(done)


def test_cli_wrong_host_name_is_refused_even_with_the_ca(pki: Pki, tmp_path: Path) -> None:
    with _simulator(pki.wrong_name) as sim:
        done = run_cli(sim.url, tmp_path, "balance", ca_bundle=pki.ca)
        assert sim.request_count() == 0
    message = _one_error_line(done)
    assert "certificate" in message and "not valid for '127.0.0.1'" in message
    _no_password(done)


# --- the simulator's own command ----------------------------------------------------------

def test_simulator_command_serves_https(pki: Pki) -> None:
    cert, key = pki.server
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop_sms.simulator", "--port", "0", "--user", "demo",
         "--password", SENTINEL_PASSWORD, "--tls-cert", str(cert), "--tls-key", str(key)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert banner.startswith("easysms simulator on https://127.0.0.1:"), banner
        url = banner.split()[3]
        with _client(url, pki.ca) as client:
            assert client.get_balance() == 500
        with _client(url) as client, pytest.raises(CertificateError):
            client.get_balance()
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_simulator_command_needs_both_tls_files(pki: Pki) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop_sms.simulator", "--port", "0",
         "--tls-cert", str(pki.server[0])],
        capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert "--tls-cert and --tls-key go together" in done.stderr
