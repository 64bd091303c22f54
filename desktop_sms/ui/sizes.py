"""Sizes of what holds text, in the font's measure. Qt scales logical pixels by itself at
150% and 200% (QT_SCALE_FACTOR, the desktop's scale), text and sizes alike; a larger font
(set in the system, or a language's) grows the sizes below with it, so what fitted the
reference font still fits. Each size is given in pixels for that reference font."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QTableView, QWidget

# DejaVu Sans 9 pt, the font the sizes were chosen with (the offscreen screenshots' font).
REFERENCE_CHAR_WIDTH = 6.08
REFERENCE_LINE_SPACING = 13.95


def wide(widget: QWidget, pixels: int) -> int:
    """``pixels`` of width for the reference font, for ``widget``'s font; never less."""
    scale = QFontMetricsF(widget.font()).averageCharWidth() / REFERENCE_CHAR_WIDTH
    return max(pixels, round(pixels * scale))


def tall(widget: QWidget, pixels: int) -> int:
    """``pixels`` of height for the reference font, for ``widget``'s font; never less."""
    scale = QFontMetricsF(widget.font()).lineSpacing() / REFERENCE_LINE_SPACING
    return max(pixels, round(pixels * scale))


def column_widths(view: QTableView, widths: tuple[int, ...]) -> None:
    """Give a table's first columns these widths (reference-font pixels)."""
    for column, width in enumerate(widths):
        view.setColumnWidth(column, wide(view, width))
