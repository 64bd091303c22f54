"""Scheduled sends in the window, real widgets and the simulator, with a clock the test
moves on: a message scheduled in Compose goes out when its time comes (and not before),
even hidden to the tray; the Outbox edits its time and cancels it; messages long overdue
at start-up are asked about first."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from desktop_sms.core import store
from desktop_sms.core.credentials import CredentialStore
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.sending.schedule import local_text
from desktop_sms.core.settings import Settings
from desktop_sms.core.states import State
from desktop_sms.simulator import GatewaySimulator
from desktop_sms.ui import session
from desktop_sms.ui.main_window import MainWindow
from desktop_sms.ui.models import STATE_COLUMN
from desktop_sms.ui.reschedule_dialog import RescheduleDialog
from desktop_sms.ui.send_at import show_instant, show_wall
from desktop_sms.ui.tray_menu import attach_menu
from tests.conftest import SENTINEL_PASSWORD


class Clock:
    """The real time, moved on by ``ahead`` seconds: it still runs, so a timer set for it
    fires when it should."""

    def __init__(self) -> None:
        self.ahead = 0.0

    def __call__(self) -> float:
        return time.time() + self.ahead

    def move_to(self, instant: float) -> None:
        self.ahead = instant - time.time()


MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make_window(qtbot: QtBot, sim: GatewaySimulator, tmp_path: Path, clock: Clock,
                monkeypatch: pytest.MonkeyPatch) -> Iterator[MakeWindow]:
    monkeypatch.setattr(session, "FAST_POLL_MS", 200)
    made: list[tuple[MainWindow, store.Connection]] = []

    def make() -> MainWindow:
        conn = store.connect(store.database_path(tmp_path), cache_kib=store.READER_CACHE_KIB)
        settings = Settings(gateway_url=sim.url, username="demo", default_sender="Shop")
        credentials = CredentialStore(system=False)
        credentials.set("demo", SENTINEL_PASSWORD, session_only=True)
        window = MainWindow(tmp_path, conn, settings, credentials, clock=clock)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.session.is_open, timeout=5000)
        made.append((window, conn))
        return window

    yield make
    for window, conn in made:
        window.shutdown()
        assert not window.session.worker_thread.thread.isRunning()
        window.deleteLater()
        conn.close()


def schedule_outside(folder: Path, send_at: float, *numbers: str) -> list[int]:
    """Messages scheduled before the window starts (as a command would)."""
    conn = store.connect(store.database_path(folder))
    try:
        return Outbox(conn).enqueue([NewMessage(n, f"for {n}") for n in numbers],
                                    send_at=send_at)
    finally:
        conn.close()


def state_texts(window: MainWindow) -> list[str]:
    model = window.outbox.model
    return [model.data(model.index(row, STATE_COLUMN)) for row in range(model.rowCount())]


def polled(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.session.statuses_polled, timeout=5000):
        window.session.poll()


def test_a_message_scheduled_in_compose_goes_out_when_its_time_comes(
        qtbot: QtBot, make_window: MakeWindow, sim: GatewaySimulator, clock: Clock) -> None:
    window = make_window()
    compose = window.compose
    compose.recipients_edit.setText("+306912345678")
    compose.message_edit.setPlainText("Good morning")
    compose.recheck()
    assert compose.send_button.text() == "&Send"
    qtbot.mouseClick(compose.send_at.box, Qt.MouseButton.LeftButton)
    assert compose.send_button.text() == "&Schedule"
    assert compose.send_at.edit.isEnabled()
    qtbot.mouseClick(compose.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.reader.count(State.SCHEDULED) == 1, timeout=5000)
    assert "scheduled for" in window.statusBar().currentMessage()
    due = compose.send_at.confirmed
    assert due is not None and 0 < due - clock() <= 3600  # the next whole hour
    assert datetime.fromtimestamp(due).minute == 0
    qtbot.waitUntil(lambda: state_texts(window) != [] and
                    state_texts(window)[0].startswith("scheduled · "), timeout=5000)
    (message,) = window.reader.messages(State.SCHEDULED)
    assert message.send_at == due
    # The timer is set for the time (at most a quarter of an hour ahead), not polling.
    timer = window.scheduler.timer
    qtbot.waitUntil(timer.isActive, timeout=3000)
    assert timer.remainingTime() / 1000 == pytest.approx(min(due - clock(), 900), abs=2)

    # Hidden to the tray, it goes on.
    menu = attach_menu(QSystemTrayIcon(), window)
    (hide,) = [a for a in menu.actions() if a.text().startswith("&Hide")]
    hide.trigger()
    assert not window.isVisible()
    polled(qtbot, window)  # before its time: a poll sends nothing
    assert sim.accepted() == []
    clock.move_to(due - 0.5)  # time passes; the next poll looks again and sets the timer
    polled(qtbot, window)
    qtbot.waitUntil(lambda: 0 <= timer.remainingTime() <= 600, timeout=3000)
    assert sim.accepted() == [] and window.reader.count(State.SCHEDULED) == 1
    qtbot.waitUntil(lambda: len(sim.accepted()) == 1, timeout=5000)  # the timer fired
    assert clock() >= due
    assert sim.accepted()[0].text == "Good morning"
    qtbot.waitUntil(lambda: window.reader.count(State.DELIVERED) == 1, timeout=8000)
    assert not timer.isActive()  # nothing more is scheduled


def test_a_past_or_skipped_time_is_refused_in_compose(
        qtbot: QtBot, make_window: MakeWindow, clock: Clock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    window = make_window()
    compose = window.compose
    compose.recipients_edit.setText("+306912345678")
    compose.message_edit.setPlainText("Too late")
    compose.recheck()
    compose.send_at.box.setChecked(True)
    show_instant(compose.send_at.edit, clock() - 3600)
    assert "is in the past" in compose.send_at.note.text()
    compose.send_button.click()
    assert len(told) == 1 and told[0].endswith("is in the past. Choose a later time.")
    assert window.reader.count() == 0
    assert compose.message_edit.toPlainText() == "Too late"  # nothing was taken


def last_sunday(year: int, month: int) -> int:
    return max(day for day in range(25, 32) if datetime(year, month, day).weekday() == 6)


@pytest.fixture
def athens() -> Iterator[None]:
    """The system's local time is Athens' (through $TZ), as a user's system sets it."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Athens"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_a_time_the_clocks_skip_is_said_not_moved(
        qtbot: QtBot, make_window: MakeWindow, athens: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    window = make_window()
    field = window.compose.send_at
    field.box.setChecked(True)
    year = datetime.now().year + 1
    sunday = last_sunday(year, 3)  # Athens moves to summer time
    show_wall(field.edit, datetime(year, 3, sunday, 3, 30))
    assert field.edit.text() == f"{year}-03-{sunday} 03:30"  # as typed: Qt moves nothing
    assert field.note.text() == (f"{year}-03-{sunday} 03:30 does not exist here: the clocks "
                                 "go forward from 03:00 to 04:00 that night. Choose a time "
                                 "outside it.")
    assert not field.confirm() and told == [field.note.text()]
    show_wall(field.edit, datetime(year, 10, last_sunday(year, 10), 3, 30))  # and back
    assert "happens twice (the clocks go back that night): the first, " in field.note.text()
    assert field.confirm() and field.confirmed is not None
    assert local_text(field.confirmed).endswith(" 03:30 EEST")  # summer time: the first


def test_the_outbox_reschedules_and_cancels_a_scheduled_message(
        qtbot: QtBot, make_window: MakeWindow, sim: GatewaySimulator, clock: Clock) -> None:
    window = make_window()
    window.session.enqueue([NewMessage("+306912345678", "one"),
                            NewMessage("+306912345679", "two")], send_at=clock() + 7200)
    tab = window.outbox
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
    tab.view.selectRow(0)  # newest first: "two"
    assert tab.reschedule_button.isEnabled() and tab.cancel_button.isEnabled()
    assert "Send at" in tab.details.toPlainText()
    qtbot.mouseClick(tab.reschedule_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(RescheduleDialog)
    assert dialog is not None and dialog.isVisible()
    show_instant(dialog.edit, clock() - 60)
    dialog.accept()  # refused: it stays open and says why
    assert dialog.isVisible() and "is in the past" in dialog.problem.text()
    new_time = (int(clock()) // 3600 + 30) * 3600
    show_instant(dialog.edit, new_time)
    assert dialog.problem.text() == ""
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)  # the keyboard: Enter takes it
    (two, one) = sorted(window.reader.messages(State.SCHEDULED), key=lambda m: -m.id)
    qtbot.waitUntil(lambda: window.reader.get(two.id).send_at == new_time,  # type: ignore[union-attr]
                    timeout=5000)
    assert window.reader.get(one.id).send_at == one.send_at  # type: ignore[union-attr]
    expected = "scheduled · " + QDateTime.fromSecsSinceEpoch(new_time).toString("ddd d MMM")
    qtbot.waitUntil(lambda: state_texts(window)[0].startswith(expected), timeout=3000)

    tab.view.selectRow(0)
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state_texts(window)[0] == "cancelled", timeout=3000)
    assert window.reader.get(one.id).state is State.SCHEDULED  # type: ignore[union-attr]
    tab.view.selectRow(0)
    assert not tab.reschedule_button.isEnabled() and not tab.cancel_button.isEnabled()
    assert sim.accepted() == []


@pytest.mark.parametrize("answer", ["&Send now", "&Cancel them", "&Decide later"])
def test_long_overdue_messages_are_asked_about_at_start(
        qtbot: QtBot, make_window: MakeWindow, sim: GatewaySimulator, tmp_path: Path,
        answer: str) -> None:
    now = time.time()
    (overdue,) = schedule_outside(tmp_path, now - 2 * 3600, "+306912345671")
    (due,) = schedule_outside(tmp_path, now - 60, "+306912345672")
    window = make_window()
    # Due a minute ago: sent without asking. Two hours ago: asked first.
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "overdueQuestion") is not None,
                    timeout=5000)
    box = window.findChild(QMessageBox, "overdueQuestion")
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("1 scheduled message was due at ")
    qtbot.waitUntil(lambda: [a.mobile_number for a in sim.accepted()] == ["306912345672"],
                    timeout=5000)
    assert window.reader.get(overdue).state is State.SCHEDULED  # type: ignore[union-attr]
    polled(qtbot, window)  # a poll while the question is open asks nothing more
    assert len(window.findChildren(QMessageBox, "overdueQuestion")) == 1
    if answer == "&Decide later":
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    else:
        (button,) = [b for b in box.buttons() if b.text() == answer]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    expected = {"&Send now": State.DELIVERED, "&Cancel them": State.CANCELLED,
                "&Decide later": State.SCHEDULED}[answer]
    qtbot.waitUntil(lambda: window.reader.get(overdue).state is expected,  # type: ignore[union-attr]
                    timeout=8000)
    polled(qtbot, window)
    qtbot.wait(100)
    assert window.findChild(QMessageBox, "overdueQuestion") is None  # asked once
    sent = [a.mobile_number for a in sim.accepted()]
    assert sent == (["306912345672", "306912345671"] if answer == "&Send now"
                    else ["306912345672"])
    assert window.reader.get(due).gateway_id is not None  # type: ignore[union-attr]


def test_the_send_at_field_offers_only_the_years_a_schedule_may_name(
        qtbot: QtBot, window: MainWindow) -> None:
    # Qt's own range reaches 9999, where reading the wall time failed with a bug dialog.
    edit = window.compose.send_at.edit
    edit.setDate(QDate(9999, 12, 31))
    assert edit.date().year() == 2999
