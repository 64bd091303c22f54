"""Typed gateway errors. Their texts are for people and never hold a secret."""

from __future__ import annotations

from enum import Enum


class GatewayError(Exception):
    """Base of every error the gateway client raises (besides ValueError for bad input)."""


class AuthError(GatewayError):
    """The gateway refused the username or password."""


class RejectedError(GatewayError):
    """The gateway answered but refused the request (return code other than 1)."""

    def __init__(self, code: str, body: str) -> None:
        self.code = code
        self.body = body
        super().__init__(f"the gateway refused the message (code {code}): {body}")


class ProtocolError(GatewayError):
    """The gateway answered with something that is not the documented reply shape."""


class NetworkError(GatewayError):
    """No usable answer arrived.

    ``maybe_sent`` is False only when the request certainly never left this machine
    (DNS failure, connection refused, connect timeout); only then is a resend safe.
    """

    def __init__(self, message: str, *, maybe_sent: bool, timed_out: bool = False) -> None:
        self.maybe_sent = maybe_sent
        # A gateway that took the whole timeout will not do better a second later: such
        # calls are not retried, which keeps the worst-case wait one timeout long.
        self.timed_out = timed_out
        super().__init__(message)


class CertificateError(NetworkError):
    """The gateway's TLS certificate was refused, so nothing was sent.

    Not worth retrying: it fails the same way until the address or the trusted CA changes.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message, maybe_sent=False)


class CaBundleFault(Enum):
    """Why a CA bundle cannot serve (the window words each; ``str()`` is the English)."""

    MISSING = "missing"
    NOT_FILE = "not_file"
    NO_CERTIFICATE = "no_certificate"
    UNREADABLE = "unreadable"  # reason: the system's words


class CaBundleError(ValueError):
    def __init__(self, fault: CaBundleFault, shown: str, reason: str = "") -> None:
        super().__init__({
            CaBundleFault.MISSING: f"the CA bundle file '{shown}' does not exist",
            CaBundleFault.NOT_FILE: f"the CA bundle '{shown}' is not a file (a PEM file "
                                    "of CAs is needed)",
            CaBundleFault.NO_CERTIFICATE: f"the CA bundle file '{shown}' holds no usable "
                                          "certificate (PEM format expected)",
            CaBundleFault.UNREADABLE: f"the CA bundle file '{shown}' cannot be read "
                                      f"({reason})",
        }[fault])
        self.fault, self.shown, self.reason = fault, shown, reason
