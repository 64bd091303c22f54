"""What a screen reader should hear without moving focus: the result of a send, a part
more in the message. Qt 6.8's announcement event asks the screen reader to say a text
(Windows UI Automation notifications, AT-SPI announcements on Linux, macOS
announcements); where no screen reader listens, Qt drops it at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QWidget


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have ``text`` said, on behalf of ``widget``; ``urgent`` interrupts what is being
    said (for something that went wrong), otherwise it waits its turn."""
    # Here, not at the top: the accessibility bindings cost 6 ms of every start-up.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(widget, text)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


class SpokenCounter:
    """Compose's counter for the ear as for the eye: its words are also the description of
    the label and of the message field (read with the field), and a change in the number
    of parts is announced as it happens (each keystroke would be too many words)."""

    def __init__(self, label: QLabel, field: QWidget) -> None:
        self.label, self.field = label, field
        self._parts = 0  # as last shown; 0: no text

    def show(self, text: str, parts: int, parts_text: str) -> None:
        self.label.setText(text)
        for widget in (self.label, self.field):
            widget.setAccessibleDescription(text)
        if parts and self._parts and parts != self._parts:
            announce(self.field, parts_text)
        self._parts = parts
