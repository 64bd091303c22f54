"""An easysms-compatible gateway on 127.0.0.1, for the demo, the tests and the benchmarks.

It lives outside ``gateway/`` because it plays the remote side: it charges by the SMS part
count from ``core.text``, which the client layer must not import.
"""

from __future__ import annotations

from desktop_sms.simulator.server import AcceptedSms, FaultKind, GatewaySimulator

__all__ = ["AcceptedSms", "FaultKind", "GatewaySimulator"]
