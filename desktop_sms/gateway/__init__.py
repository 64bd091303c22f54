"""Talks HTTP to the easysms gateway. Knows nothing of Qt or SQLite.

The client lives in ``desktop_sms.gateway.client`` and is imported from there: it pulls in
requests, which the window does not need before it is on screen.
"""

from __future__ import annotations

from desktop_sms.gateway.errors import (
    AuthError,
    CertificateError,
    GatewayError,
    NetworkError,
    ProtocolError,
    RejectedError,
)
from desktop_sms.gateway.protocol import DeliveryStatus, SendResult, StatusUpdate

__all__ = [
    "AuthError",
    "CertificateError",
    "DeliveryStatus",
    "GatewayError",
    "NetworkError",
    "ProtocolError",
    "RejectedError",
    "SendResult",
    "StatusUpdate",
]
