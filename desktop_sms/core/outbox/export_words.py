"""The words and formats an Outbox export and a campaign report are written in: the
window passes its language's (ui/export_words.py), the command line keeps ``ENGLISH``
(ISO dates and plain numbers, what scripts reading the files expect)."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from desktop_sms.core.export_file import local_time
from desktop_sms.core.states import State


class ReportLabels(NamedTuple):
    """The campaign report's summary labels (a state's count is labelled by its word)."""

    campaign: str
    text: str
    template: str
    created: str
    finished: str
    messages: str
    delivery_rate: str
    credits: str
    may_have_cost: str


class ExportWords(NamedTuple):
    columns: tuple[str, ...]  # the Outbox export's titles, in its columns' order
    report: ReportLabels
    state: Callable[[State], str]
    yes: str
    no: str
    when: Callable[[float | None], str]  # a moment (UTC epoch) as a CSV cell; None: ""
    number: Callable[[float, int], str]  # a value with that many decimals, no grouping

    def percent(self, fraction: float) -> str:
        return self.number(fraction * 100, 1) + "%"


def _plain(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


ENGLISH = ExportWords(
    columns=("ID", "Batch", "Recipient", "Contact", "Text", "Sender", "Flash",
             "Delivery report", "Parts", "State", "Gateway ID", "Gateway status", "Error",
             "Attempts", "Resend of", "Created", "Updated", "Sending", "Accepted", "Sent",
             "Final"),
    report=ReportLabels("Campaign", "Text", "Template", "Created", "Finished", "Messages",
                        "Delivery rate", "Credits", "May have cost"),
    state=lambda state: state.value, yes="yes", no="no", when=local_time, number=_plain)
