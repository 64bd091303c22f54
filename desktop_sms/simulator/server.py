"""The simulator's HTTP server, account state and fault injection."""

from __future__ import annotations

import base64
import binascii
import heapq
import hmac
import itertools
import socket
import ssl
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass
from enum import Enum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from desktop_sms.core import text as sms_text

PATH = "/srvauth/index"
ACTIONS = ("send_sms", "get_balance", "get_status")
HANDSHAKE_TIMEOUT = 10.0  # seconds


class FaultKind(Enum):
    """What the simulator does instead of a normal answer.

    DELAY, RESET, GARBAGE, HTML, TRUNCATED, HUGE and HANG happen *after* the request was
    processed (a send is accepted and charged), like a gateway whose reply is lost on the
    way back. HTTP_401, HTTP_500, HTTP_503 and AUTH_BODY refuse before processing.
    """

    DELAY = "delay"
    HTTP_401 = "401"
    HTTP_500 = "500"
    HTTP_503 = "503"
    AUTH_BODY = "auth-body"
    RESET = "reset"
    GARBAGE = "garbage"
    HTML = "html"
    TRUNCATED = "truncated"
    HUGE = "huge"
    HANG = "hang"


_REFUSING = {FaultKind.HTTP_401, FaultKind.HTTP_500, FaultKind.HTTP_503, FaultKind.AUTH_BODY}


@dataclass
class _Fault:
    kind: FaultKind
    delay: float
    remaining: int | None  # None: until cleared


@dataclass(frozen=True)
class AcceptedSms:
    sms_id: str
    mobile_number: str
    text: str
    originator: str | None
    flash: bool
    request_delivery: bool
    parts: int


@dataclass
class _Reply:
    status: int
    body: bytes


_REASONS = {200: "OK", 401: "Unauthorized", 404: "Not Found", 500: "Internal Server Error",
            503: "Service Unavailable"}


class GatewaySimulator:
    """An in-process easysms gateway. Use as a context manager or start()/stop().

    With ``tls=(cert_file, key_file)`` it speaks HTTPS with that certificate (PEM files;
    the cert file may hold the chain after the server certificate).
    """

    def __init__(
        self,
        *,
        users: dict[str, str] | None = None,
        balance: int = 500,
        host: str = "127.0.0.1",
        port: int = 0,
        sent_delay: float = 0.5,
        final_delay: float = 2.0,
        fail_suffix: str = "0",
        latency: float = 0.0,
        tls: tuple[Path, Path] | None = None,
    ) -> None:
        self.users = dict(users or {"demo": "demo"})
        self._balance = balance
        self.sent_delay = sent_delay
        self.final_delay = final_delay
        self.fail_suffix = fail_suffix
        self.latency = latency
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._ids = itertools.count(time.time_ns() // 1000)  # unique across restarts
        self._accepted: list[AcceptedSms] = []
        self._events: list[tuple[float, int, str, str]] = []  # (due, seq, sms_id, letter)
        self._seq = itertools.count()
        self._faults: dict[str, list[_Fault]] = {a: [] for a in ACTIONS}
        self._requests: Counter[str] = Counter()
        self._paths: list[str] = []
        self._in_flight = self._peak_in_flight = 0  # requests being handled at once
        self._tls = _server_context(*tls) if tls else None
        self._server = _Server((host, port), _Handler, self, self._tls)
        self._thread: threading.Thread | None = None

    # --- life cycle --------------------------------------------------------------------

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        scheme = "https" if self._tls else "http"
        return f"{scheme}://127.0.0.1:{self.port}{PATH}"

    def start(self) -> GatewaySimulator:
        self._thread = threading.Thread(
            # stop() waits for one poll interval: keep it short.
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01},
            name="gateway-simulator", daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def __enter__(self) -> GatewaySimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- control and inspection (for tests) ---------------------------------------------

    def inject(
        self, action: str, kind: FaultKind, *, delay: float = 0.0, times: int | None = None
    ) -> None:
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        with self._lock:
            self._faults[action].append(_Fault(kind, delay, times))

    def clear_faults(self) -> None:
        with self._lock:
            for faults in self._faults.values():
                faults.clear()

    def accepted(self) -> list[AcceptedSms]:
        with self._lock:
            return list(self._accepted)

    def request_count(self, action: str | None = None) -> int:
        with self._lock:
            return self._requests[action] if action else sum(self._requests.values())

    @property
    def peak_in_flight(self) -> int:
        """The most requests handled at the same time so far (a client's concurrency)."""
        with self._lock:
            return self._peak_in_flight

    def request_paths(self) -> list[str]:
        """Every request line's target as received, to check what travelled in URLs."""
        with self._lock:
            return list(self._paths)

    @property
    def balance(self) -> int:
        with self._lock:
            return self._balance

    @balance.setter
    def balance(self, credits: int) -> None:
        with self._lock:
            self._balance = credits

    def push_status(self, sms_id: str, letter: str, *, after: float = 0.0) -> None:
        """Queue a status report, e.g. for an id this client never sent."""
        with self._lock:
            self._schedule(time.monotonic() + after, sms_id, letter)

    # --- request handling ----------------------------------------------------------------

    def _schedule(self, due: float, sms_id: str, letter: str) -> None:
        heapq.heappush(self._events, (due, next(self._seq), sms_id, letter))

    def _take_fault(self, action: str) -> _Fault | None:
        with self._lock:
            faults = self._faults.get(action)
            if not faults:
                return None
            fault = faults[0]
            if fault.remaining is not None:
                fault.remaining -= 1
                if fault.remaining <= 0:
                    faults.pop(0)
            return fault

    def _authorized(self, header: str | None) -> bool:
        if not header or not header.startswith("Basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:], validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        expected = self.users.get(user)
        return expected is not None and hmac.compare_digest(expected, password)

    def handle(self, handler: _Handler) -> None:
        with self._lock:
            self._in_flight += 1
            self._peak_in_flight = max(self._peak_in_flight, self._in_flight)
        try:
            self._handle(handler)
        finally:
            with self._lock:
                self._in_flight -= 1

    def _handle(self, handler: _Handler) -> None:
        if self.latency:
            time.sleep(self.latency)
        split = urlsplit(handler.path)
        if split.path != PATH:
            handler.reply(_Reply(404, b"not found"))
            return
        params = {k: v[0] for k, v in parse_qs(split.query, keep_blank_values=True,
                                                errors="replace").items()}
        action = params.get("action", "") if params.get("cmd") == "easysms" else ""
        with self._lock:
            self._requests[action] += 1
            self._paths.append(handler.path)
        fault = self._take_fault(action)
        if fault and fault.kind in _REFUSING:
            handler.fail(fault.kind, fault.delay, self._stopping)
            return
        if not self._authorized(handler.headers.get("Authorization")):
            handler.reply(_Reply(401, b"Unauthorized"), extra="WWW-Authenticate: Basic\r\n")
            return
        reply = self._dispatch(action, params)
        if fault:
            handler.fail(fault.kind, fault.delay, self._stopping, reply)
        else:
            handler.reply(reply)

    def _dispatch(self, action: str, params: dict[str, str]) -> _Reply:
        if action == "send_sms":
            return self._send(params)
        if action == "get_balance":
            return _Reply(200, str(self.balance).encode())
        if action == "get_status":
            return _Reply(200, self._statuses().encode())
        return _Reply(200, b"-9|unknown action")

    def _send(self, params: dict[str, str]) -> _Reply:
        number, text = params.get("mobile_number", ""), params.get("text", "")
        if not (number.isdigit() and 8 <= len(number) <= 15):
            return _Reply(200, b"-1|invalid mobile_number")
        if not text:
            return _Reply(200, b"-3|missing text")
        parts = sms_text.parts(text)
        now = time.monotonic()
        with self._lock:
            if self._balance < parts:
                return _Reply(200, b"-2|insufficient credit")
            self._balance -= parts
            sms_id = str(next(self._ids))
            self._accepted.append(AcceptedSms(
                sms_id, number, text, params.get("originator"),
                params.get("flash") == "true", params.get("request_delivery") == "true", parts,
            ))
            self._schedule(now + self.sent_delay, sms_id, "s")
            final = "f" if self.fail_suffix and number.endswith(self.fail_suffix) else "d"
            self._schedule(now + self.final_delay, sms_id, final)
            return _Reply(200, f"1|{sms_id}|{self._balance}".encode())

    def _statuses(self) -> str:
        now = time.monotonic()
        fields: list[str] = []
        with self._lock:
            while self._events and self._events[0][0] <= now:
                _, _, sms_id, letter = heapq.heappop(self._events)
                fields += (sms_id, letter)
        return "|".join(fields)


def _server_context(cert_file: Path, key_file: Path) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(cert_file, key_file)
    return context


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], handler: type[_Handler],
                 sim: GatewaySimulator, tls: ssl.SSLContext | None = None) -> None:
        self.sim = sim
        self.tls = tls
        super().__init__(address, handler)

    def get_request(self) -> tuple[socket.socket, tuple[str, int]]:
        sock, address = super().get_request()
        if self.tls is None:
            return sock, address
        # The handshake is left to the handler's thread (setup): done here, one slow or
        # failing client would hold up the accept loop for everyone.
        return self.tls.wrap_socket(sock, server_side=True,
                                    do_handshake_on_connect=False), address

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up mid-reply (e.g. after a huge body) is not our error


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if isinstance(self.connection, ssl.SSLSocket):
            # A refused certificate ends here (SSLError): no request is read or counted.
            # The timeout keeps a client that stalls mid-handshake from holding stop().
            self.connection.settimeout(HANDSHAKE_TIMEOUT)
            self.connection.do_handshake()
            self.connection.settimeout(None)

    def do_GET(self) -> None:
        self.server.sim.handle(self)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # quiet: the benchmarks send thousands of requests

    def reply(self, reply: _Reply, *, extra: str = "", length: int | None = None,
              close: bool = False) -> None:
        # Headers and body leave in one send: separate writes meet Nagle + delayed ACK.
        head = (
            f"HTTP/1.1 {reply.status} {_REASONS.get(reply.status, 'Status')}\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n"
            f"Content-Length: {len(reply.body) if length is None else length}\r\n"
            f"{extra}{'Connection: close' + chr(13) + chr(10) if close else ''}\r\n"
        )
        self.wfile.write(head.encode() + reply.body)
        if close:
            self.close_connection = True

    def fail(self, kind: FaultKind, delay: float, stopping: threading.Event,
             reply: _Reply | None = None) -> None:
        if kind is FaultKind.DELAY:
            time.sleep(delay)
            self.reply(reply or _Reply(200, b""))
        elif kind is FaultKind.HTTP_401:
            self.reply(_Reply(401, b"Unauthorized"), extra="WWW-Authenticate: Basic\r\n")
        elif kind in (FaultKind.HTTP_500, FaultKind.HTTP_503):
            self.reply(_Reply(int(kind.value), b"server error"))
        elif kind is FaultKind.AUTH_BODY:
            self.reply(_Reply(200, b"ERROR: authentication failed"))
        elif kind is FaultKind.GARBAGE:
            self.reply(_Reply(200, b"\xff\xfe\x00\x9c garbage \xc3\x28"))
        elif kind is FaultKind.HTML:
            self.reply(_Reply(200, b"<!DOCTYPE html><html><body>Service Unavailable</body></html>"))
        elif kind is FaultKind.TRUNCATED:
            self.reply(_Reply(200, b"1|45"), length=40, close=True)
        elif kind is FaultKind.HUGE:
            self.reply(_Reply(200, b"A" * (10 * 1024 * 1024)))
        elif kind is FaultKind.HANG:
            stopping.wait(delay or 120)
            self.close_connection = True
        elif kind is FaultKind.RESET:
            # SO_LINGER 0 makes close() send RST: the reply is lost after processing.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True

