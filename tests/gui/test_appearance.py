"""Light and dark: the window follows the colour scheme (forced here by the environment, as
a user or the screenshots can), and every colour we choose ourselves is readable (WCAG
contrast of at least 4.5:1) on the backgrounds it is painted on, in both schemes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop_sms.app import open_gui
from desktop_sms.args import parse
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.states import State
from desktop_sms.ui import appearance
from desktop_sms.ui.appearance import DARK, ENV, LIGHT, Colours, Tint, colours, tint

LIGHT_PALETTE = QPalette(QColor(0xef, 0xef, 0xef))  # Fusion's, as offscreen has it


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def over(top: QColor, bottom: QColor) -> QColor:
    """``top`` (with its alpha) painted on ``bottom``."""
    a = top.alphaF()
    return QColor.fromRgbF(*(a * t + (1 - a) * b for t, b in (
        (top.redF(), bottom.redF()), (top.greenF(), bottom.greenF()),
        (top.blueF(), bottom.blueF()))))


def backgrounds(palette: QPalette) -> dict[str, QColor]:
    """Where our colours are painted: views (base, alternate rows) and labels (window)."""
    return {role: palette.color(getattr(QPalette.ColorRole, role))
            for role in ("Base", "AlternateBase", "Window")}


SCHEMES = [("light", LIGHT_PALETTE, LIGHT), ("dark", appearance.dark_palette(), DARK)]


@pytest.mark.parametrize(("scheme", "palette", "shades"), SCHEMES, ids=["light", "dark"])
def test_each_colour_of_ours_reads_at_4_5_to_1_on_its_backgrounds(
        scheme: str, palette: QPalette, shades: Colours) -> None:
    assert colours(palette) is shades  # the set is the palette's
    texts = {f"state {state.value}": colour for state, colour in shades.states.items()}
    texts.update({kind.value: getattr(shades, kind.value) for kind in Tint})
    texts["skipped recipient"] = shades.skipped
    poor = [(what, role, round(contrast(QColor(colour), background), 2))
            for what, colour in texts.items()
            for role, background in backgrounds(palette).items()
            if contrast(QColor(colour), background) < 4.5]
    assert not poor, f"{scheme}: {poor}"
    # Highlights: the UCS-2 mark (its own text on its own background), the DEMO badge, and
    # the cheaper offer's changed characters (the palette's text on the highlight at 70/255
    # over the base; underlined as well).
    assert contrast(QColor(shades.ucs2_text), QColor(shades.ucs2_back)) >= 4.5
    assert contrast(QColor(shades.badge_text), QColor(shades.badge_back)) >= 4.5
    highlight = palette.color(QPalette.ColorRole.Highlight)
    highlight.setAlpha(70)
    marked = over(highlight, palette.color(QPalette.ColorRole.Base))
    assert contrast(palette.color(QPalette.ColorRole.Text), marked) >= 4.5
    # Every state has a colour, and the states that differ in meaning differ in colour.
    assert set(shades.states) == set(State)
    assert shades.states[State.DELIVERED] != shades.states[State.FAILED]


@pytest.fixture
def follow_the_system(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield
    monkeypatch.delenv(ENV, raising=False)
    appearance.follow(qapp)  # back to the platform's light palette for the other tests
    assert colours() is LIGHT


def test_a_window_started_under_a_forced_dark_scheme_is_dark(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        follow_the_system: None) -> None:
    monkeypatch.setenv(ENV, "dark")
    session = open_gui(parse(["--demo", "--data-dir", str(tmp_path), "--quit-when-ready"]))
    assert session is not None
    try:
        window = session.window
        base = window.outbox.view.palette().color(QPalette.ColorRole.Base)
        assert luminance(base) < 0.05
        assert luminance(window.palette().color(QPalette.ColorRole.Window)) < 0.05
        assert luminance(window.palette().color(QPalette.ColorRole.WindowText)) > 0.6
        assert colours() is DARK
        # The Outbox paints the dark set's state colours; Compose's refusal is the dark red.
        window.session.enqueue([NewMessage("+306912345678", "σκοτεινό"),
                                NewMessage("+306912345670", "fails: ends in 0")])
        model = window.outbox.model
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
        compose = window.compose
        compose.recipients_edit.setText("12345")
        compose.message_edit.setPlainText("Καλημέρα")
        compose.recheck()
        assert DARK.error in compose.reason_label.styleSheet()
        for row in range(model.rowCount()):
            state = model.data(model.index(row, 4), model.STATE_ROLE)
            brush = model.data(model.index(row, 4), Qt.ItemDataRole.ForegroundRole.value)
            assert brush.color().name() == DARK.states[state]
    finally:
        session.close()


def test_a_change_of_scheme_recolours_what_is_shown(
        qtbot: QtBot, qapp: QApplication, follow_the_system: None) -> None:
    label = QLabel("✖ refused")
    qtbot.addWidget(label)
    tint(label, Tint.ERROR, "font-weight: bold")
    assert label.styleSheet() == f"color: {LIGHT.error}; font-weight: bold"
    changes: list[None] = []
    appearance.notifier.changed.connect(lambda: changes.append(None))
    appearance.apply(qapp, Qt.ColorScheme.Dark)  # as colorSchemeChanged has it
    assert label.styleSheet() == f"color: {DARK.error}; font-weight: bold"
    assert changes == [None]
    appearance.apply(qapp, Qt.ColorScheme.Dark)  # no change, no repaint asked for
    assert changes == [None]
    appearance.apply(qapp, Qt.ColorScheme.Unknown)  # the platform's own: light here
    assert label.styleSheet() == f"color: {LIGHT.error}; font-weight: bold"
    tint(label, None)
    assert label.styleSheet() == ""
