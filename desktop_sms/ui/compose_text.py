"""The Compose tab's counter and cost lines, with plurals done right (%n: '1 part',
'2 parts', '2 μέρη'). Each count is its own phrase, so a language words it with the right
form; the phrases are joined by signs (·, ×, =) that every language reads alike."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject

from desktop_sms.core.plan import SendPlan
from desktop_sms.ui.locale_text import fmt, number


class ComposeText(QObject):
    """The words (context "ComposeText"); lupdate extracts a plural only from a tr() in a
    class."""

    def counter(self, plan: SendPlan) -> str:
        """'161 characters · 2 parts · GSM-7 · 145 left in this part', or for merged texts
        'Merged per recipient: 1–3 parts · GSM-7 / UCS-2'."""
        count = plan.sms_count
        if plan.merged is not None:
            return self.tr("Merged per recipient: {0} · {1}").format(
                self.parts(plan), " / ".join(plan.merged.counted.encodings))
        return " · ".join((self.tr("%Ln character(s)", "", count.units), self.parts(plan),
                           count.encoding,
                           self.tr("%Ln left in this part", "", count.remaining)))

    def cost(self, plan: SendPlan, balance: Decimal | None) -> str:
        """'4 recipients × 1 part = 4 credits; balance 1 200'."""
        shown = self.tr("unknown") if balance is None else number(balance.normalize())
        return self.tr("{0} × {1} = {2}; balance {3}").format(
            self.tr("%Ln recipient(s)", "", len(plan.sendable)), self.parts(plan),
            self.tr("%Ln credit(s)", "", plan.credits), shown)

    def parts(self, plan: SendPlan) -> str:
        """'2 parts', or '1–3 parts' where merged texts differ."""
        low = plan.min_parts
        if low != plan.parts:
            return self.tr("{0}–{1} parts").format(number(low), number(plan.parts))
        return self.tr("%Ln part(s)", "", plan.parts)

    def checking(self, done: int, total: int) -> str:
        return fmt(self.tr("Checking recipients… {0:,} of {1:,}"), done, total)

    def not_restored(self, count: int, text: str) -> str:
        return self.tr("%Ln message(s) were not queued (see the error), and the fields were "
                       "in use, so their text is not restored: “{0}”", "", count).format(text)
