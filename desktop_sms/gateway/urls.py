"""Which gateway addresses are safe to send a password to."""

from __future__ import annotations

import ipaddress
import re
from enum import Enum
from urllib.parse import urlsplit

from desktop_sms.gateway.protocol import sanitize


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class UrlFault(Enum):
    NOT_WEB_ADDRESS = "url_not_web_address"  # url
    HAS_LOGIN = "url_has_login"
    PLAIN_HTTP = "url_plain_http"


def url_fault(url: str) -> UrlFault | None:
    """Why the password must not go to ``url``, or None: it is safe."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return UrlFault.NOT_WEB_ADDRESS
    if parts.username or parts.password:
        return UrlFault.HAS_LOGIN
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        return UrlFault.PLAIN_HTTP
    return None


# What stands before an '@' in an address may be a login: never shown or logged.
_LOGIN_RE = re.compile(r"[^/@\s]+@")


def shown_url(url: str) -> str:
    """The address as it may be shown: any ``user:password@`` part hidden, however the rest
    is malformed (``https//me:pw@host`` has no scheme, so urlsplit finds no password)."""
    return sanitize(_LOGIN_RE.sub("…@", url.strip()), 80)


def url_english(fault: UrlFault, url: str) -> str:
    match fault:
        case UrlFault.NOT_WEB_ADDRESS:
            return f"'{shown_url(url)}' is not a web address (https://...)"
        case UrlFault.HAS_LOGIN:
            return ("the gateway URL must not contain a username or password; enter them in "
                    "the account settings instead")
    return ("the gateway URL must start with https:// — plain http would send your password "
            "unencrypted (it is only allowed for a simulator on this computer)")


def check_gateway_url(url: str) -> str:
    """Refuse URLs that would send the password in clear text or inside the URL itself."""
    fault = url_fault(url)
    if fault is not None:
        raise ValueError(url_english(fault, url))
    return url.strip()
