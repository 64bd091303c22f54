"""Numbers in the window's language: '1 200' in French, '1.200' in Greek, '1,200' in
English. Python's ',' format spec always writes the English comma, so a translated text's
``{0:,}`` is formatted here with the default QLocale's separators (language.install sets
it); dates and times too. The command line keeps machine formats (ISO dates, plain
numbers); the window's exports are written the language's way (ui/export_words.py)."""

from __future__ import annotations

import re
import string
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDateTime, QLocale


def _separators(text: str) -> str:
    locale = QLocale()
    return text.translate({ord(","): locale.groupSeparator(),
                           ord("."): locale.decimalPoint()})


class _Formatter(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        text: str = super().format_field(value, format_spec)
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            return text
        return _separators(text)


_FORMATTER = _Formatter()


def fmt(text: str, /, *args: object, **kwargs: object) -> str:
    """``text.format(...)`` with the numbers' separators in the window's language."""
    return _FORMATTER.vformat(text, args, kwargs)


def number(value: int | Decimal) -> str:
    """A count or an amount as the window shows it: grouped, local separators."""
    return _separators(f"{value:,f}" if isinstance(value, Decimal) else f"{value:,}")


def when(stamp: float) -> str:
    """A moment (UTC epoch seconds) as a short local date and time, the language's way:
    '27/11/2026 08:31' in French, '11/27/26 8:31 AM' in American English."""
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(stamp)),
                              QLocale.FormatType.ShortFormat)


def _seconds_shape(locale: QLocale) -> str:
    # The language's long time ('HH:mm:ss tttt', 'h:mm:ss AP tttt') without its time zone.
    return re.sub(r"\s*t+", "", locale.timeFormat(QLocale.FormatType.LongFormat))


def moment_shape(locale: QLocale) -> str:
    """The language's short date and time with seconds: 'dd/MM/yyyy HH:mm:ss' in French,
    'd/M/yy h:mm:ss AP' in Greek; a format for ``locale.toString``."""
    return f"{locale.dateFormat(QLocale.FormatType.ShortFormat)} {_seconds_shape(locale)}"


def decimal(value: float, decimals: int) -> str:
    """A value with ``decimals`` decimals, the language's decimal point and no grouping
    (a spreadsheet cell: '62,5' in French and Greek)."""
    return _separators(f"{value:.{decimals}f}")


def clock(stamp: float) -> str:
    """The time of day with seconds: '14:05:09' in French, '2:05:09 PM' in English."""
    locale = QLocale()
    return locale.toString(QDateTime.fromSecsSinceEpoch(int(stamp)).time(),
                           _seconds_shape(locale))


def moment(stamp: float) -> str:
    """A moment in full: 'vendredi 27 novembre 2026 08:31:05'."""
    locale = QLocale()
    at = QDateTime.fromSecsSinceEpoch(int(stamp))
    return (f"{locale.toString(at.date(), QLocale.FormatType.LongFormat)} "
            f"{locale.toString(at.time(), _seconds_shape(locale))}")


def with_utc(stamp: float) -> str:
    """A scheduled moment in local time with its zone, then in UTC, the language's way:
    'mardi 1 décembre 2026 09:00 EET (07:00 UTC)'; UTC's date too where it differs."""
    locale = QLocale()
    at = QDateTime.fromSecsSinceEpoch(int(stamp))
    utc = at.toUTC()
    short = QLocale.FormatType.ShortFormat
    local = (f"{locale.toString(at.date(), QLocale.FormatType.LongFormat)} "
             f"{locale.toString(at.time(), short)} {at.timeZoneAbbreviation()}")
    there = (locale.toString(utc.time(), short) if utc.date() == at.date()
             else locale.toString(utc, short))
    return f"{local} ({there} UTC)"
