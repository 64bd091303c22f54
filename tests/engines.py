"""A second connection to the store a test's ``conn`` opened, on either engine: another
writer (another thread, process or workstation) racing the first."""

from __future__ import annotations

from pathlib import Path

from desktop_sms.core import store


def another_writer(source: store.Source) -> store.Connection:
    """A writer on ``source`` (``store.source_of(conn)``, read on the conn's own thread)."""
    if isinstance(source, Path):
        return store.connect(source)
    from desktop_sms.core.store import postgres

    return postgres.connect(source.location, source.password, migrate=False)
