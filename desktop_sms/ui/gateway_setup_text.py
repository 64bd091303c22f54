"""A CA bundle the gateway client cannot use (gateway/client.py CaBundleFault), in the
user's language (context "GatewaySetupText"; one literal per fault, for the extraction
tool). The path and the system's reason stay as they are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_sms.core.errors import Refusal
from desktop_sms.gateway.errors import CaBundleFault


def describe(refusal: Refusal) -> str | None:
    """One sentence, or None for a refusal that is not about the CA bundle."""
    if not isinstance(refusal.code, CaBundleFault):
        return None
    path, reason = refusal.params.get("path", ""), refusal.params.get("reason", "")
    translate = QCoreApplication.translate
    match refusal.code:
        case CaBundleFault.MISSING:
            return translate("GatewaySetupText",
                             "The CA bundle file “{0}” does not exist.").format(path)
        case CaBundleFault.NOT_FILE:
            return translate("GatewaySetupText", "The CA bundle “{0}” is not a file: a PEM "
                             "file of certificate authorities is needed.").format(path)
        case CaBundleFault.NO_CERTIFICATE:
            return translate("GatewaySetupText", "The CA bundle file “{0}” holds no usable "
                             "certificate (PEM format expected).").format(path)
        case CaBundleFault.UNREADABLE:
            return translate("GatewaySetupText", "The CA bundle file “{0}” cannot be read "
                             "({1}).").format(path, reason)
