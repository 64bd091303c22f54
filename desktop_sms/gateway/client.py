"""GatewayClient: the easysms API over one keep-alive requests.Session."""

from __future__ import annotations

import logging
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
    GatewayError,
    NetworkError,
    ProtocolError,
)
from desktop_sms.gateway.protocol import SendResult, StatusUpdate
from desktop_sms.gateway.urls import check_gateway_url

log = logging.getLogger(__name__)
T = TypeVar("T")

# Small replies are a few dozen bytes; a status reply can list many thousands of updates.
SMALL_REPLY_LIMIT = 4096
STATUS_REPLY_LIMIT = 8 * 1024 * 1024


class RequestObserver(Protocol):
    """Told when each request starts and ends, e.g. to say what a long wait is for."""

    def started(self, action: str) -> None: ...

    def finished(self) -> None: ...


class GatewayClient:
    """One account on one easysms gateway.

    ``send_sms`` makes exactly one HTTP request and never retries: whether a failed send
    may be repeated is the outbox's decision, guided by ``NetworkError.maybe_sent``.
    ``get_balance`` and ``get_status`` retry network failures with backoff.
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
        observer: RequestObserver | None = None,
    ) -> None:
        self.base_url = check_gateway_url(base_url)
        self.username = username
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.observer = observer
        self._session = requests.Session()
        self._session.auth = (username, password)
        self._session.headers["User-Agent"] = f"desktop-sms/{__version__}"
        # Proxies or netrc from the environment could reroute or re-authenticate us.
        self._session.trust_env = False

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
            with self._session.get(
                self.base_url,
                params=params,
                timeout=self.timeout,
                stream=True,
                allow_redirects=False,
            ) as response:
                self._check_status(response, action)
                return _read_bounded(response, limit)
        except GatewayError:
            raise
        except requests.exceptions.ConnectTimeout:
            raise NetworkError(
                "could not reach the gateway (connection timed out)", maybe_sent=False
            ) from None
        except requests.exceptions.SSLError:
            raise NetworkError(
                "the gateway's security certificate could not be verified", maybe_sent=False
            ) from None
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


def _never_connected(exc: requests.exceptions.ConnectionError) -> bool:
    """True when the error happened while connecting, so no request bytes were sent."""
    reason = exc.args[0] if exc.args else None
    if isinstance(reason, MaxRetryError):
        reason = reason.reason
    return isinstance(reason, NewConnectionError)
