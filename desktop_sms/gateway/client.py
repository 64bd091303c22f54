"""GatewayClient: the easysms API over one keep-alive requests.Session."""

from __future__ import annotations

import logging
import os
import ssl
import time
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Protocol, TypeVar

import requests
from urllib3.exceptions import MaxRetryError, NewConnectionError

from desktop_sms import __version__
from desktop_sms.gateway import protocol
from desktop_sms.gateway.errors import (
    AuthError,
    CaBundleError,
    CaBundleFault,
    CertificateError,
    GatewayError,
    NetworkError,
    ProtocolError,
)
from desktop_sms.gateway.protocol import SendResult, StatusUpdate, sanitize
from desktop_sms.gateway.urls import check_gateway_url

log = logging.getLogger(__name__)
T = TypeVar("T")

# Small replies are a few dozen bytes; a status reply can list many thousands of updates.
SMALL_REPLY_LIMIT = 4096
STATUS_REPLY_LIMIT = 8 * 1024 * 1024

# Named in certificate errors: where a user of the command line names a private CA.
CA_BUNDLE_HINT = "the environment variable DESKTOP_SMS_CA_BUNDLE (window and command line)"
# OpenSSL's verify codes for a certificate issued to another name or address.
_NAME_MISMATCH = {62, 64}  # X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH


class RequestObserver(Protocol):
    """Told when each request starts and ends, e.g. to say what a long wait is for."""

    def started(self, action: str) -> None: ...

    def finished(self) -> None: ...


class GatewayClient:
    """One account on one easysms gateway.

    ``send_sms`` makes exactly one HTTP request and never retries: whether a failed send
    may be repeated is the outbox's decision, guided by ``NetworkError.maybe_sent``.
    ``get_balance`` and ``get_status`` retry network failures with backoff.

    Certificates are always verified: against the system's CAs, or, with ``ca_bundle``,
    against the CAs in that PEM file instead (for a gateway behind a private CA).
    """

    def __init__(
        self,
        base_url: str,
        username: str,
        password: str,
        *,
        timeout: float | tuple[float, float] = (5.0, 30.0),
        retries: int = 2,
        backoff: float = 0.5,
        ca_bundle: str | os.PathLike[str] | None = None,
        observer: RequestObserver | None = None,
    ) -> None:
        self.base_url = check_gateway_url(base_url)
        # Checked now so a wrong path is one clear sentence, not a failure at first send.
        self.ca_bundle = _check_ca_bundle(os.fspath(ca_bundle)) if ca_bundle else None
        self.username, self.observer = username, observer
        # How hard to try: the wait for each answer, and the retries of what never left.
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        # Shared by the sending engine's threads (at most 8): requests keeps up to 10
        # connections per host, and a request changes nothing in the session.
        self._session = requests.Session()
        self._session.auth = (username, password)
        self._session.headers["User-Agent"] = f"desktop-sms/{__version__}"
        # Proxies or netrc from the environment could reroute or re-authenticate us.
        # (That also ignores REQUESTS_CA_BUNDLE: ca_bundle is our own, explicit setting.)
        self._session.trust_env = False
        # Never False: a path narrows trust to that file, True uses the system's CAs.
        self._verify: bool | str = self.ca_bundle or True
        self._session.verify = self._verify
        self._adapter = self._session.get_adapter(self.base_url)

    def __repr__(self) -> str:
        return f"GatewayClient({self.base_url!r}, user={self.username!r})"

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> GatewayClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the three actions -------------------------------------------------------------

    def send_sms(
        self,
        to: str,
        text: str,
        *,
        originator: str | None = None,
        flash: bool = False,
        request_delivery: bool = False,
    ) -> SendResult:
        params = protocol.send_params(
            to, text, originator=originator, flash=flash, request_delivery=request_delivery
        )
        body = self._get(params, SMALL_REPLY_LIMIT)
        return protocol.parse_send_reply(body)

    def get_balance(self) -> Decimal:
        return self._with_retries(
            lambda: protocol.parse_balance_reply(
                self._get(protocol.BALANCE_PARAMS, SMALL_REPLY_LIMIT)
            )
        )

    def get_status(self) -> list[StatusUpdate]:
        """Retried only when the request never left: the gateway drains what it reports,
        so a reply lost on the way back is not there to fetch again; the caller says so."""
        return self._with_retries(
            lambda: protocol.parse_status_reply(
                self._get(protocol.STATUS_PARAMS, STATUS_REPLY_LIMIT)
            ),
            after_sent=False,
        )

    # --- HTTP --------------------------------------------------------------------------

    def _with_retries(self, call: Callable[[], T], *, after_sent: bool = True) -> T:
        for attempt in range(self.retries + 1):
            try:
                return call()
            except CertificateError:
                raise  # fails the same way next time
            except NetworkError as exc:
                if attempt == self.retries or exc.timed_out or (exc.maybe_sent
                                                                 and not after_sent):
                    raise
                delay = self.backoff * 2**attempt
                log.info("gateway call failed (%s); retrying in %.1f s", exc, delay)
                time.sleep(delay)
        raise AssertionError("unreachable")

    @property
    def read_timeout(self) -> float:
        return self.timeout[1] if isinstance(self.timeout, tuple) else self.timeout

    def _get(self, params: Mapping[str, str], limit: int) -> bytes:
        action = params["action"]
        if self.observer:
            self.observer.started(action)
        try:
            return self._request(params, action, limit)
        finally:
            if self.observer:
                self.observer.finished()

    def _request(self, params: Mapping[str, str], action: str, limit: int) -> bytes:
        try:
            # Prepared and sent by the session's adapter: Session.get() would merge
            # settings, environment, cookies and hooks we never use, which was a third of
            # a request's time when several go at once. Not following a redirect is the
            # adapter's way, as ours.
            request = requests.PreparedRequest()
            request.prepare(method="GET", url=self.base_url, params=params,
                            headers=self._session.headers, auth=self._session.auth)
            with self._adapter.send(request, stream=True, timeout=self.timeout,
                                    verify=self._verify) as response:
                self._check_status(response, action)
                return _read_bounded(response, limit)
        except GatewayError:
            raise
        except requests.exceptions.ConnectTimeout:
            raise NetworkError(
                "could not reach the gateway (connection timed out)", maybe_sent=False
            ) from None
        except requests.exceptions.SSLError as exc:
            raise self._tls_error(exc) from None
        except requests.exceptions.ReadTimeout:
            raise NetworkError(
                f"the gateway did not answer within {self.read_timeout:g} s", maybe_sent=True,
                timed_out=True,
            ) from None
        except requests.exceptions.ChunkedEncodingError:
            raise ProtocolError("the gateway's reply was cut off") from None
        except requests.exceptions.ConnectionError as exc:
            if _never_connected(exc):
                raise NetworkError(
                    "could not connect to the gateway (no network, wrong address, "
                    "or the server is down)",
                    maybe_sent=False,
                ) from None
            raise NetworkError(
                "the connection to the gateway broke before it answered", maybe_sent=True
            ) from None
        except requests.exceptions.RequestException as exc:
            raise NetworkError(
                f"network error talking to the gateway ({type(exc).__name__})",
                maybe_sent=True,
            ) from None

    def _tls_error(self, exc: requests.exceptions.SSLError) -> NetworkError:
        cause = _ssl_error_in(exc)
        if isinstance(cause, ssl.SSLCertVerificationError):
            reason = sanitize(cause.verify_message or "refused", 120).rstrip(".")
            if cause.verify_code in _NAME_MISMATCH:
                advice = "check the gateway address"
            elif self.ca_bundle:
                shown = sanitize(self.ca_bundle, 120)
                advice = f"check that the CA bundle '{shown}' holds the CA that signed it"
            else:
                advice = (f"if the gateway uses a private certificate authority, name its CA "
                          f"file with {CA_BUNDLE_HINT}")
            return CertificateError(
                f"the gateway's security certificate could not be verified ({reason}); {advice}"
            )
        reason = sanitize(getattr(cause, "reason", None) or type(cause).__name__, 60)
        if reason == "WRONG_VERSION_NUMBER":  # the usual cause: a plain-http server
            reason += ", is this really an https:// server?"
        # A TLS error after the handshake may come after our request left; only one in
        # the handshake proves that nothing was sent.
        return NetworkError(
            f"a secure connection to the gateway could not be made (TLS error: {reason})",
            maybe_sent=not (cause and _in_handshake(cause)),
        )

    @staticmethod
    def _check_status(response: requests.Response, action: str) -> None:
        code = response.status_code
        if code in (401, 403):
            raise AuthError("the gateway refused the username or password")
        if code >= 500:
            raise NetworkError(f"the gateway had a server error (HTTP {code})", maybe_sent=True)
        if 300 <= code < 400:
            raise ProtocolError(
                f"the gateway redirected the request (HTTP {code}) — check the gateway URL"
            )
        if code != 200:
            raise ProtocolError(f"unexpected HTTP {code} from the gateway for {action}")


def _read_bounded(response: requests.Response, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(chunk_size=65536):
        size += len(chunk)
        if size > limit:
            raise ProtocolError(
                f"the gateway's reply is too large (over {limit:,} bytes); "
                "this does not look like an easysms server"
            )
        chunks.append(chunk)
    return b"".join(chunks)


def _check_ca_bundle(path: str) -> str:
    """Refuse a CA bundle that cannot serve: missing, unreadable, or holding no certificate."""
    shown = sanitize(path, 120)
    if not os.path.exists(path):
        raise CaBundleError(CaBundleFault.MISSING, shown)
    if not os.path.isfile(path):
        raise CaBundleError(CaBundleFault.NOT_FILE, shown)
    try:
        ssl.create_default_context(cafile=path)
    except ssl.SSLError:
        raise CaBundleError(CaBundleFault.NO_CERTIFICATE, shown) from None
    except OSError as exc:
        raise CaBundleError(CaBundleFault.UNREADABLE, shown,
                            str(exc.strerror or exc)) from None
    return path

def _ssl_error_in(exc: BaseException) -> ssl.SSLError | None:
    """The ssl module's own error inside requests' and urllib3's wrappers, if any.

    A certificate verification error wins over any other TLS error in the chain.
    """
    found: ssl.SSLError | None = None
    pending: list[object] = [exc]
    seen: set[int] = set()
    while pending:
        item = pending.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, ssl.SSLCertVerificationError):
            return item
        if isinstance(item, ssl.SSLError):
            found = found or item
        pending += [*item.args, getattr(item, "reason", None), item.__cause__,
                    item.__context__]
    return found


def _in_handshake(error: ssl.SSLError) -> bool:
    """True when the error was raised by the TLS handshake (before any request bytes)."""
    tb = error.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        # By base name: in the frozen bundle the path differs from ssl.__file__.
        if code.co_name == "do_handshake" and os.path.basename(code.co_filename) == "ssl.py":
            return True
        tb = tb.tb_next
    return False


def _never_connected(exc: requests.exceptions.ConnectionError) -> bool:
    """True when the error happened while connecting, so no request bytes were sent."""
    reason = exc.args[0] if exc.args else None
    if isinstance(reason, MaxRetryError):
        reason = reason.reason
    return isinstance(reason, NewConnectionError)
