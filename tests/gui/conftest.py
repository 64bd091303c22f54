from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_sms.core import store
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.credentials import CredentialStore
from desktop_sms.core.settings import Settings
from desktop_sms.simulator import GatewaySimulator
from desktop_sms.ui import language, session
from desktop_sms.ui.main_window import MainWindow
from desktop_sms.ui.resources import resources_dir
from tests.conftest import SENTINEL_PASSWORD


def compile_translations() -> None:
    """`make` compiles the .qm files; a bare pytest run compiles those missing or stale."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    for ts in (resources_dir() / "translations").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if lrelease and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            # Written aside, then renamed: parallel workers compile at once, and one that
            # loaded another's half-written file crashed (a worker lost in the full run).
            part = qm.with_name(f"{qm.name}.{os.getpid()}.part")
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(part)], check=True,
                           timeout=60)
            os.replace(part, qm)


@pytest.fixture(scope="session", autouse=True)
def english(qapp: object) -> Iterator[None]:
    """The window as an English user has it, plural forms included ('1 contact')."""
    compile_translations()
    language.install("en")
    yield
    language.remove()


@pytest.fixture
def window(qtbot: QtBot, sim: GatewaySimulator, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(session, "FAST_POLL_MS", 200)  # statuses arrive in 0.2 s here
    conn = store.connect(store.database_path(tmp_path),
                         cache_kib=store.READER_CACHE_KIB)
    book = AddressBook(conn)
    book.add("Eleni Papadopoulou", "+306912345671", groups=("Team",))
    book.add("Nikos Georgiou", "+306944123456", groups=("Team",))
    book.add("Claire Dubois", "+33612345678")
    settings = Settings(gateway_url=sim.url, username="demo", default_sender="Shop")
    credentials = CredentialStore(system=False)
    credentials.set("demo", SENTINEL_PASSWORD, session_only=True)
    win = MainWindow(tmp_path, conn, settings, credentials)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shutdown()
    assert not win.session.worker_thread.thread.isRunning()
    win.deleteLater()
    conn.close()
