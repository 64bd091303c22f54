"""Choosing when a message goes: Compose's "Send at" (a local date and time), the time
field it shares with the reschedule dialog, and scheduled times in the user's words.

The wall time picked is read into a UTC instant by core (core/sending/schedule.py), which
refuses a time the clocks skip and a past one; the words for those are here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop_sms.core.sending.schedule import (
    YEARS,
    SendAt,
    TimeCode,
    TimeProblem,
    TimeRefused,
    read_send_at,
)
from desktop_sms.core.states import State
from desktop_sms.ui.appearance import Tint, tint
from desktop_sms.ui.locale_text import with_utc
from desktop_sms.ui.state_names import state_name

Clock = Callable[[], float]


# The edit holds the local wall time's fields as if they were UTC: in local time, Qt would
# quietly move a time the clocks skip (03:30 became 04:30); core reads them instead, and
# says so.
_FIELDS_ONLY = QTimeZone(QTimeZone.Initialization.UTC)


def time_edit(clock: Clock) -> QDateTimeEdit:
    """A local date and time, with a calendar and the keyboard, at the next whole hour."""
    edit = QDateTimeEdit()
    edit.setObjectName("sendAtEdit")
    edit.setAccessibleName(QCoreApplication.translate("SendAt", "Date and time to send"))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setTimeZone(_FIELDS_ONLY)
    # Qt allows up to 9999, where the time-zone arithmetic fails: the years core reads.
    edit.setDateRange(QDate(YEARS.start, 1, 1), QDate(YEARS.stop - 1, 12, 31))
    show_wall(edit, next_whole_hour(clock()))
    return edit


def next_whole_hour(now: float) -> datetime:
    """The next whole hour in local time (a wall time, naive)."""
    return datetime.fromtimestamp(now).replace(minute=0, second=0, microsecond=0) + \
        timedelta(hours=1)


def show_wall(edit: QDateTimeEdit, wall: datetime) -> None:
    """Put a local wall time in ``edit``."""
    edit.setDateTime(QDateTime(QDate(wall.year, wall.month, wall.day),
                               QTime(wall.hour, wall.minute), _FIELDS_ONLY))


def show_instant(edit: QDateTimeEdit, instant: float) -> None:
    show_wall(edit, datetime.fromtimestamp(instant))


def chosen(edit: QDateTimeEdit, now: float) -> SendAt:
    """The instant of the wall time shown (raises TimeRefused: skipped by the clocks, or
    past)."""
    shown = edit.dateTime()
    day, clock_time = shown.date(), shown.time()
    wall = datetime(day.year(), day.month(), day.day(), clock_time.hour(), clock_time.minute())
    return read_send_at(wall, now=now)


def verdict(edit: QDateTimeEdit, now: float) -> tuple[SendAt | None, str]:
    """The instant shown, or None when it cannot be; and what to say of it: why not, or
    the note on a time that happens twice."""
    try:
        send_at = chosen(edit, now)
    except TimeRefused as refused:
        return None, problem_text(refused.problem)
    return send_at, problem_text(send_at.note) if send_at.note else ""


def show_verdict(label: QLabel, send_at: SendAt | None, text: str) -> None:
    tint(label, Tint.NOTE if send_at else Tint.ERROR)
    label.setText(text)


def problem_text(problem: TimeProblem) -> str:
    """A refused time, or the note on one that happens twice, in the user's words."""
    p = problem.params
    translate = QCoreApplication.translate
    match problem.code:
        case TimeCode.BAD_TIME:
            return translate("SendAt", "'{0}' is not a date and time.").format(p["text"])
        case TimeCode.NO_SUCH_TIME:
            return translate(
                "SendAt", "{0} does not exist here: the clocks go forward from {1} to {2} "
                "that night. Choose a time outside it.").format(p["time"], p["start"], p["end"])
        case TimeCode.PAST_TIME:
            return translate("SendAt", "{0} is in the past. Choose a later time.").format(
                p["time"])
        case TimeCode.TWICE:
            return translate(
                "SendAt", "{0} happens twice (the clocks go back that night): the first, "
                "{1}, is used.").format(p["time"], p["first"])


def when_text(instant: float, now: float | None = None) -> str:
    """'Tue 1 Dec 09:00' in local time (with the year when it is not this one)."""
    moment = QDateTime.fromSecsSinceEpoch(int(instant))
    this_year = QDateTime.fromSecsSinceEpoch(int(time.time() if now is None else now))
    shape = "ddd d MMM HH:mm" if moment.date().year() == this_year.date().year() else \
        "ddd d MMM yyyy HH:mm"
    return QLocale().toString(moment, shape)


def state_text(state: State, send_at: float | None) -> str:
    """A message's state as the Outbox shows it: 'scheduled · Tue 1 Dec 09:00'."""
    if state is State.SCHEDULED and send_at is not None:
        return f"{state_name(state)} · {when_text(send_at)}"
    return state_name(state)


def state_tip(state: State, send_at: float | None) -> str | None:
    """'Tuesday, 1 December 2026 09:00 EET (07:00 UTC)' for a scheduled message."""
    if state is not State.SCHEDULED or send_at is None:
        return None
    return with_utc(send_at)


class SendAtField(QWidget):
    """Compose's "Send at": unchecked, a send goes now; checked, at the time shown, and
    the Send button says Schedule."""

    toggled = Signal(bool)

    def __init__(self, button: QPushButton, clock: Clock = time.time) -> None:
        super().__init__()
        self.setObjectName("sendAtField")
        self.clock = clock
        self.button = button
        self.confirmed: float | None = None  # the instant of the last send() (None: now)
        self.box = QCheckBox(self.tr("Send &at"))
        self.box.setObjectName("sendAtBox")
        self.edit = time_edit(clock)
        self.edit.setEnabled(False)
        self.note = QLabel()
        self.note.setObjectName("sendAtNote")
        self.note.setWordWrap(True)
        tint(self.note, Tint.NOTE)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box)
        row.addWidget(self.edit)
        row.addWidget(self.note, 1)  # empty, it keeps the time beside the box
        self.box.toggled.connect(self._toggled)
        self.edit.dateTimeChanged.connect(lambda _when: self._check())

    def _toggled(self, on: bool) -> None:
        if on and verdict(self.edit, self.clock())[0] is None:  # e.g. left open since
            show_wall(self.edit, next_whole_hour(self.clock()))
        self.edit.setEnabled(on)
        self.button.setText(self.tr("&Schedule") if on else self.tr("&Send"))
        self.button.setAccessibleName(self.tr("Schedule") if on else self.tr("Send"))
        self._check()
        if on:
            self.edit.setFocus()
        self.toggled.emit(on)

    def _check(self) -> tuple[SendAt | None, str]:
        """Says beside the time what is wrong with it, or the note on it."""
        if not self.box.isChecked():
            self.note.clear()
            return None, ""
        send_at, text = verdict(self.edit, self.clock())
        show_verdict(self.note, send_at, text)
        return send_at, text

    def confirm(self) -> bool:
        """At Send: the instant to send at (``confirmed``), or a message saying why the
        time cannot be, and False."""
        self.confirmed = None
        if not self.box.isChecked():
            return True
        send_at, text = self._check()
        if send_at is None:
            QMessageBox.warning(self, self.tr("Choose another time"), text)
            self.edit.setFocus()
            return False
        self.confirmed = send_at.instant
        return True

    def queued_text(self, count: int) -> str:
        """What the status bar says once the messages are in the outbox."""
        if self.confirmed is None:
            return self.tr("%Ln message(s) queued", "", count)
        return self.tr("%Ln message(s) scheduled for {0}", "", count).format(
            when_text(self.confirmed, self.clock()))
