"""desktop_sms — a desktop client for the easysms SMS gateway."""

from __future__ import annotations

__version__ = "0.1.0"
