"""What a keyboard or screen-reader user meets in a window: its interactive widgets, their
accessible names, its mnemonics and its focus chain."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QProgressBar,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox,
               QAbstractSpinBox, QAbstractItemView, QAbstractSlider, QProgressBar)
# Parts of a compound widget, named through it: a combo's list and line edit, a spin box's
# line edit, a line edit's clear button, a tab bar's scroll arrows, a view's header and
# scroll bars, a menu bar's overflow arrow.
PARTS_OF = (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar, QMenuBar, QAbstractScrollArea)
MNEMONIC = re.compile(r"&(?!&)(\w)")


def _part(widget: QWidget) -> bool:
    if isinstance(widget, QHeaderView | QScrollBar):
        return True
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, PARTS_OF) and not isinstance(widget, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def interactive(top: QWidget) -> list[QWidget]:
    """The widgets of ``top``'s window (not of the dialogs it owns) a user works with."""
    return [w for w in top.findChildren(QWidget)
            if isinstance(w, INTERACTIVE) and w.window() is top and not _part(w)]


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says. A button's own text counts (its accessible
    interface names it by its text on every platform); a buddy label does not."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    return ""


def unnamed(top: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName() or '(no objectName)'}"
            for w in interactive(top) if not accessible_name(w)]


def mnemonics(top: QWidget) -> dict[str, list[str]]:
    """The Alt+letter keys of what ``top`` shows now (widgets of a hidden tab have none
    active), each with the texts that claim it."""
    found: dict[str, list[str]] = defaultdict(list)

    def claim(text: str) -> None:
        match = MNEMONIC.search(text)
        if match:
            found[match.group(1).casefold()].append(text)

    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QAbstractButton):  # its key: a shortcut set replaces it
            if widget.shortcut() == QKeySequence.mnemonic(widget.text()):
                claim(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            claim(widget.text())
        elif isinstance(widget, QGroupBox):
            claim(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                claim(widget.tabText(index))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                claim(action.text())
    return dict(found)


def clashes(top: QWidget) -> dict[str, list[str]]:
    return {key: texts for key, texts in mnemonics(top).items() if len(texts) > 1}


def focus_chain(start: QWidget, stop: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``start`` to ``stop`` (visible, enabled, taking Tab)."""
    from PySide6.QtCore import Qt

    chain, widget = [start], start.nextInFocusChain()
    while widget is not start:
        if (widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None):
            chain.append(widget)
            if widget is stop:
                return chain
        widget = widget.nextInFocusChain()
    raise AssertionError(f"{stop.objectName()} is not after {start.objectName()}")
