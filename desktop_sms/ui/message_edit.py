"""The message field: a plain-text editor that refuses pastes longer than a message can be,
and marks the characters that make a message Unicode (70 per SMS instead of 160)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from desktop_sms.core import text as sms_text
from desktop_sms.core.merge import field_name_spans
from desktop_sms.core.plan import MAX_TEXT_CHARS
from desktop_sms.ui.appearance import colours, notifier
from desktop_sms.ui.locale_text import fmt


class MessageEdit(QPlainTextEdit):
    """A paste (or drop) that would take the text past the gateway's limit is refused whole,
    with the reason: a 1 MB paste froze the window for a minute, then ~55 s a keystroke."""

    paste_refused = Signal(str)  # why, for the user

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        pasted = source.text()
        selected = len(self.textCursor().selectedText())
        total = len(self.toPlainText()) - selected + len(pasted)
        if total > MAX_TEXT_CHARS:
            self.paste_refused.emit(fmt(self.tr(
                "Nothing was pasted: the text would be {0:,} characters long, and a message "
                "can have at most {1:,}. Paste a shorter text."), total, MAX_TEXT_CHARS))
            return
        super().insertFromMimeData(source)


class Ucs2Highlighter(QSyntaxHighlighter):
    """Marks the characters that switch the whole message to UCS-2 (70 per SMS)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.ucs2_format = QTextCharFormat()
        self.ucs2_format.setToolTip(self.tr("This character forces Unicode (UCS-2): 70 "
                                            "characters per SMS"))
        self._recolour(rehighlight=False)
        notifier.changed.connect(self._recolour)

    def _recolour(self, rehighlight: bool = True) -> None:
        shade = colours()
        self.ucs2_format.setBackground(QColor(shade.ucs2_back))
        self.ucs2_format.setForeground(QColor(shade.ucs2_text))
        if rehighlight:
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        # One setFormat per run of such characters, not per character: a line of Greek
        # at the length limit made 1,500 calls a keystroke.
        position = 0  # in UTF-16 units, as Qt counts
        run_start: int | None = None
        ends = dict(field_name_spans(text))  # a field's name is not sent: not marked
        skip_until = -1
        for index, char in enumerate(text):
            skip_until = max(skip_until, ends.get(index, -1))
            if char not in sms_text.GSM7_ALL and index >= skip_until:
                if run_start is None:
                    run_start = position
            elif run_start is not None:
                self.setFormat(run_start, position - run_start, self.ucs2_format)
                run_start = None
            position += 2 if ord(char) > 0xFFFF else 1
        if run_start is not None:
            self.setFormat(run_start, position - run_start, self.ucs2_format)
