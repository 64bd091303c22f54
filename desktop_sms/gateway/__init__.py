"""Talks HTTP to the easysms gateway. Knows nothing of Qt or SQLite."""

from __future__ import annotations

from desktop_sms.gateway.client import GatewayClient
from desktop_sms.gateway.errors import (
    AuthError,
    GatewayError,
    NetworkError,
    ProtocolError,
    RejectedError,
)
from desktop_sms.gateway.protocol import DeliveryStatus, SendResult, StatusUpdate

__all__ = [
    "AuthError",
    "DeliveryStatus",
    "GatewayClient",
    "GatewayError",
    "NetworkError",
    "ProtocolError",
    "RejectedError",
    "SendResult",
    "StatusUpdate",
]
