"""Light or dark: the window follows the system's colour scheme (Qt's style hints: the
desktop portal on GNOME, the system setting on Windows 11 and macOS), or the one forced by
DESKTOP_SMS_COLOR_SCHEME=light|dark (tests, screenshots, a user who wants it). The colours
we choose ourselves (states, verdicts, highlights) come in two sets, one per scheme, each
readable (WCAG contrast of at least 4.5:1) on the views' and windows' backgrounds."""

from __future__ import annotations

import os
from enum import Enum
from typing import NamedTuple

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop_sms.core.states import State

ENV = "DESKTOP_SMS_COLOR_SCHEME"
SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


class Colours(NamedTuple):
    """Our own colours for one scheme, as '#rrggbb' (also used in style sheets and HTML)."""

    states: dict[State, str]
    ok: str  # ✔ a valid number, a test that worked
    warning: str  # ⚠ a doubtful number
    error: str  # ✖ refused, failed
    note: str  # merge warnings, a paste refused, a scheduled time
    skipped: str  # ⊘ on the opt-out list
    ucs2_back: str  # behind a character that forces UCS-2
    ucs2_text: str
    badge_back: str  # the DEMO badge
    badge_text: str


def _states(scheduled: str, waiting: str, moving: str, sent: str, delivered: str,
            failed: str, unknown: str) -> dict[State, str]:
    return {State.SCHEDULED: scheduled, State.QUEUED: waiting, State.SENDING: moving,
            State.ACCEPTED: moving, State.SENT: sent, State.DELIVERED: delivered,
            State.FAILED: failed, State.REJECTED: failed, State.UNKNOWN: unknown,
            State.CANCELLED: waiting}


# Darker than the usual flat-UI shades, which reach only 2.8-4.3:1 on white.
LIGHT = Colours(
    states=_states("#0b7262", "#5d6566", "#1a659e", "#7b3596", "#1b7340", "#b0281c", "#a33f00"),
    ok="#1b7340", warning="#855600", error="#b0281c", note="#855600", skipped="#5d6566",
    ucs2_back="#f9e79f", ucs2_text="#000000", badge_back="#a33f00", badge_text="#ffffff")
DARK = Colours(
    states=_states("#4fd1b8", "#b0b9ba", "#6cb6ec", "#cfa6e0", "#5fd68f", "#ff8f85", "#f5a255"),
    ok="#5fd68f", warning="#f2c14e", error="#ff8f85", note="#f2c14e", skipped="#b0b9ba",
    ucs2_back="#6b5a00", ucs2_text="#ffffff", badge_back="#a33f00", badge_text="#ffffff")


class Tint(Enum):
    """What a coloured label says; its colour is the current set's of that name."""

    OK = "ok"
    WARNING = "warning"
    ERROR = "error"
    NOTE = "note"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(palette: QPalette | None = None) -> Colours:
    """The set for ``palette`` (the application's by default): chosen by the palette in
    use, not by the scheme asked for, since readability is against what is painted."""
    return DARK if is_dark(palette or QGuiApplication.palette()) else LIGHT


_TINT = "desktopSmsTint"  # a widget property: what tint() gave it, to redo on a change


def tint(widget: QWidget, kind: Tint | None, extra: str = "") -> None:
    """Colour ``widget``'s text as ``kind`` says (None: the palette's), plus ``extra``
    style-sheet declarations; redone with the other set when the scheme changes."""
    widget.setProperty(_TINT, f"{kind.value if kind else ''};{extra}")
    colour = f"color: {getattr(colours(), kind.value)}" if kind else ""
    widget.setStyleSheet("; ".join(part for part in (colour, extra) if part))


def _retint() -> None:
    for widget in QApplication.allWidgets():
        value = widget.property(_TINT)
        if isinstance(value, str) and value:
            kind, extra = value.split(";", 1)
            tint(widget, Tint(kind) if kind else None, extra)


def dark_palette() -> QPalette:
    """Fusion's dark palette, as Qt builds it where the platform reports a dark scheme;
    for the platforms that do not (offscreen, X11 without a portal) and a forced scheme."""
    window, text = QColor(0x32, 0x32, 0x32), QColor(0xd4, 0xd4, 0xd4)
    palette = QPalette(QColor("white"), window, window.lighter(150), window.darker(150),
                       window.darker(130), text, window.darker(140))
    palette.setColor(QPalette.ColorRole.Button, window)
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("white"))
    palette.setColor(QPalette.ColorRole.AlternateBase, window.darker(125))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(48, 140, 198))
    palette.setColor(QPalette.ColorRole.HighlightedText, text)
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(0x45, 0x45, 0x45))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("white"))
    palette.setColor(QPalette.ColorRole.Link, QColor(0x6c, 0xb6, 0xec))
    palette.setColor(QPalette.ColorRole.LinkVisited, QColor(0xcf, 0xa6, 0xe0))
    placeholder = QColor(text)
    placeholder.setAlpha(128)
    palette.setColor(QPalette.ColorRole.PlaceholderText, placeholder)
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, QColor(0x95, 0x95, 0x95))
    palette.setColor(disabled, QPalette.ColorRole.Base, window)
    palette.setColor(disabled, QPalette.ColorRole.Highlight, QColor(0x91, 0x91, 0x91))
    return palette


class _Notifier(QObject):
    changed = Signal()  # the colour set may have changed: models repaint their rows


notifier = _Notifier()


def wanted(app: QApplication) -> Qt.ColorScheme:
    """The scheme forced by the environment, else the system's (Unknown: none known)."""
    forced = SCHEMES.get(os.environ.get(ENV, "").strip().lower())
    return forced or app.styleHints().colorScheme()


def apply(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Give the application ``scheme``'s palette: the platform's where it has one of that
    scheme, else ours (Unknown keeps the platform's)."""
    before = colours()
    app.setPalette(QPalette())  # nothing of ours: the platform theme's palette
    if scheme is Qt.ColorScheme.Dark and not is_dark(app.palette()):
        app.setPalette(dark_palette())
    elif scheme is Qt.ColorScheme.Light and is_dark(app.palette()):
        app.setPalette(QPalette(QColor(0xef, 0xef, 0xef)))  # Fusion's light, from its button
    if colours() is not before:
        _retint()
        notifier.changed.emit()


_following: list[QApplication] = []  # connected once per application


def follow(app: QApplication) -> None:
    """At start-up, before the first window: the scheme wanted now and at each change."""
    forced = SCHEMES.get(os.environ.get(ENV, "").strip().lower())
    if forced is not None:
        # Qt 6.8+: where the platform can (Windows, macOS, GNOME), its own dark palette
        # and window frames follow too; where it cannot, apply() gives ours.
        app.styleHints().setColorScheme(forced)
    else:
        app.styleHints().unsetColorScheme()  # a scheme forced earlier in this process
    apply(app, wanted(app))
    if app not in _following:
        _following.append(app)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app, wanted(app)))
