"""A message's state in words, as the user reads it.

One literal per state, so the translation tool finds each of them (a ``tr()`` on the
state's value would work in English and stay English in every other language).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop_sms.core.states import State

_NAMES: dict[State, Callable[[], str]] = {
    State.SCHEDULED: lambda: QCoreApplication.translate("State", "scheduled"),
    State.QUEUED: lambda: QCoreApplication.translate("State", "queued"),
    State.SENDING: lambda: QCoreApplication.translate("State", "sending"),
    State.ACCEPTED: lambda: QCoreApplication.translate("State", "accepted"),
    State.SENT: lambda: QCoreApplication.translate("State", "sent"),
    State.DELIVERED: lambda: QCoreApplication.translate("State", "delivered"),
    State.FAILED: lambda: QCoreApplication.translate("State", "failed"),
    State.REJECTED: lambda: QCoreApplication.translate("State", "rejected"),
    State.UNKNOWN: lambda: QCoreApplication.translate("State", "unknown"),
    State.CANCELLED: lambda: QCoreApplication.translate("State", "cancelled"),
}


def state_name(state: State) -> str:
    return _NAMES[state]()
