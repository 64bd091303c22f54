"""Which gateway addresses are safe to send a password to."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from desktop_sms.gateway.protocol import sanitize


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_gateway_url(url: str) -> str:
    """Refuse URLs that would send the password in clear text or inside the URL itself."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"'{sanitize(url, 80)}' is not a web address (https://...)")
    if parts.username or parts.password:
        raise ValueError(
            "the gateway URL must not contain a username or password; "
            "enter them in the account settings instead"
        )
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ValueError(
            "the gateway URL must start with https:// — plain http would send your "
            "password unencrypted (it is only allowed for a simulator on this computer)"
        )
    return url.strip()
