"""Campaigns in the window: named in Compose, counted live in the Outbox's campaign view
as the simulator delivers, sent again to failed, reported to CSV, told when finished."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_sms.core.outbox.campaigns import MAX_NAME_CHARS, Campaigns
from desktop_sms.core.outbox.messages import NewCampaign, NewMessage
from desktop_sms.core.states import State
from desktop_sms.simulator import FaultKind, GatewaySimulator
from desktop_sms.ui.main_window import MainWindow
from tests.gui.test_compose import compose
from tests.gui.test_export import told

NUMBERS = ["+306912345671", "+306912345672", "+306912345670"]  # ...0 fails


def _campaign_counts(window: MainWindow) -> list[tuple[int, ...]]:
    model = window.outbox.campaigns.model
    return [tuple(model.data(model.index(row, column)) for column in range(2, 9))
            for row in range(model.rowCount())]


def test_compose_names_a_send_to_several_and_a_lone_message_is_none(
    qtbot: QtBot, window: MainWindow, sim: GatewaySimulator
) -> None:
    tab = window.compose
    compose(qtbot, window, "+306912345678", "just one")
    assert not tab.form.isRowVisible(tab.campaign_row)
    compose(qtbot, window, "Team", "Sale starts Friday at noon")
    qtbot.waitUntil(lambda: tab.form.isRowVisible(tab.campaign_row), timeout=2000)
    assert tab.campaign_edit.placeholderText().startswith("Sale starts Friday at… · ")
    tab.grab().save("/tmp/compose-campaign.png")
    # Pasted with an escape sequence, a bidi override and too long: capped, then cleaned.
    tab.campaign_edit.setText("Friday \u202esale\x1b[0m " + "x" * 200)
    assert len(tab.campaign_edit.text()) == MAX_NAME_CHARS
    tab.send_button.click()
    qtbot.waitUntil(lambda: len(sim.accepted()) == 2, timeout=5000)
    assert tab.campaign_edit.text() == ""  # cleared for the next send
    (made,) = Campaigns(window.conn).all()
    assert (made.name, made.text, made.total) == (
        "Friday sale[0m " + "x" * (MAX_NAME_CHARS - 17), "Sale starts Friday at noon", 2)


def test_live_counts_then_send_again_to_failed_and_the_report(
    qtbot: QtBot, window: MainWindow, sim: GatewaySimulator, tmp_path: Path
) -> None:
    notices: list[tuple[str, str]] = []
    window.session.notify.connect(lambda title, text: notices.append((title, text)))
    tab = window.outbox
    window.tabs.setCurrentWidget(tab)
    view = tab.campaigns
    view.toggle.click()
    assert view.isVisible()
    seen: list[list[tuple[int, ...]]] = []
    view.model.dataChanged.connect(lambda *_: seen.append(_campaign_counts(window)))
    view.model.modelReset.connect(lambda: seen.append(_campaign_counts(window)))
    # Reports a second after the send: the counts (re-read at most every 0.25 s) are seen
    # on the way too, however loaded the machine (with 0.2 s they were seen only final).
    sim.sent_delay, sim.final_delay = 0.5, 1.0
    window.session.enqueue([NewMessage(n, "x" * 200) for n in NUMBERS],
                           campaign=NewCampaign("Promo", "x" * 200))
    # messages, waiting, on the way, delivered, failed, unknown, rejected/cancelled
    qtbot.waitUntil(lambda: _campaign_counts(window) == [(3, 0, 0, 2, 1, 0, 0)], timeout=8000)
    assert len({tuple(counts) for counts in seen}) >= 2  # it moved while we watched
    qtbot.waitUntil(lambda: any(title == "Campaign finished" for title, _ in notices),
                    timeout=8000)
    assert [text for title, text in notices if title == "Campaign finished"] == [
        "“Promo”: every message has its final state; see the Outbox."]

    view.view.selectRow(0)
    assert tab.model.shown.campaign_id is not None  # the list shows its messages only
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=2000)
    model = view.model
    assert model.data(model.index(0, model.RATE)) == "67%"
    assert model.data(model.index(0, model.CREDITS)) == "6"
    assert "delivery rate 67%" in view.summary.text()
    assert view.again_button.isEnabled() and not view.unknown_button.isEnabled()
    window.grab().save("/tmp/outbox-campaigns.png")

    view.again_button.click()
    qtbot.waitUntil(lambda: len(sim.accepted()) == 4, timeout=5000)
    assert sim.accepted()[-1].mobile_number == NUMBERS[2][1:]
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    assert view.model.campaigns[0].name == "Promo (again)"
    assert "1 message queued again" in view.notice.text()

    view.view.selectRow(1)  # the first campaign again
    path = tmp_path / "promo.csv"
    view.exporter.export_to(view.model.campaigns[1].id, path)
    assert told(qtbot, view) == f"Exported the campaign's report (3 messages) to {path}."
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    summary = dict(rows[:rows.index([])])
    assert (summary["Campaign"], summary["Failed"], summary["Credits"]) == ("Promo", "1", "6")
    assert len(rows) == rows.index([]) + 1 + 1 + 3

    view.toggle.click()  # off: every message again
    assert tab.model.shown.campaign_id is None and not view.isVisible()


def test_send_again_to_unknown_asks_first(
    qtbot: QtBot, window: MainWindow, sim: GatewaySimulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer_no(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", answer_no)
    window.session.run(lambda w: w.outbox.enqueue(
        [NewMessage(n, "hi") for n in NUMBERS[:2]], campaign=NewCampaign("Doubt", "hi")))
    sim.inject("send_sms", FaultKind.GARBAGE, times=1)
    window.session.drain()
    tab = window.outbox
    view = tab.campaigns
    view.toggle.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1
                    and view.model.campaigns[0].count(State.UNKNOWN) == 1, timeout=8000)
    view.view.selectRow(0)
    assert view.unknown_button.isEnabled()
    accepted = len(sim.accepted())
    view.unknown_button.click()
    assert asked and "may arrive twice" in asked[0]
    qtbot.wait(300)
    assert len(sim.accepted()) == accepted and view.model.rowCount() == 1
