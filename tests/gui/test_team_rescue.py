"""The window stores a rescued status reply at its poll though another workstation is the
poller (review 15, defect 8): it used to wait for this one to become the poller."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_sms.core import status_fetch, team
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.states import State
from desktop_sms.simulator import GatewaySimulator
from tests.gui.test_team_window import _window
from tests.integration.test_team_rescue import rescued_at
from tests.postgres_server import PostgresServer


def test_the_window_stores_a_rescued_reply_though_another_is_the_poller(
        qtbot: QtBot, sim: GatewaySimulator, tmp_path: Path, postgres_server: PostgresServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    folder = tmp_path / "desk"
    folder.mkdir()
    name = postgres_server.new_database()
    with postgres_server.connect(name) as poller, postgres_server.connect(name) as conn:
        message_id = rescued_at(sim, Outbox(poller), folder)
        assert team.is_poller(poller)  # another workstation's window, say
        window = _window(qtbot, folder, conn, sim)  # it polls as it opens
        try:
            def stored() -> None:
                message = Outbox(poller).get(message_id)
                assert message is not None and message.state is State.DELIVERED
            qtbot.waitUntil(stored, timeout=5000)
            assert not list(status_fetch._rescue_dir(folder).glob("reply-*"))
        finally:
            window.shutdown()
            window.deleteLater()
