"""The Outbox export and the campaign report in the window's language: titles, states,
yes/no, dates and numbers (a Greek spreadsheet reads '27/11/26 10:15:03 π.μ.' and
'62,5%' as a date and a number). The command line keeps core's ENGLISH."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desktop_sms.core.outbox.export_words import ExportWords, ReportLabels
from desktop_sms.ui.locale_text import decimal, moment_shape
from desktop_sms.ui.state_names import state_name


def export_words() -> ExportWords:
    """The words of the language installed now. Called on the GUI thread; what it returns
    is used on the export's thread, which alone uses its QLocale (one literal per word:
    the extraction tool reads only literals)."""
    translate = QCoreApplication.translate
    locale = QLocale()
    shape = moment_shape(locale)

    def when(stamp: float | None) -> str:
        if stamp is None:
            return ""
        # Qt puts a narrow no-break space before 'π.μ.'/'AM'; a spreadsheet reading the
        # cell as a date expects a plain one.
        return locale.toString(QDateTime.fromSecsSinceEpoch(int(stamp)),
                               shape).replace("\u202f", " ")

    columns = (
        translate("ExportWords", "ID"), translate("ExportWords", "Batch"),
        translate("ExportWords", "Recipient"), translate("ExportWords", "Contact"),
        translate("ExportWords", "Text"), translate("ExportWords", "Sender"),
        translate("ExportWords", "Flash"), translate("ExportWords", "Delivery report"),
        translate("ExportWords", "Parts"), translate("ExportWords", "State"),
        translate("ExportWords", "Gateway ID"), translate("ExportWords", "Gateway status"),
        translate("ExportWords", "Error"), translate("ExportWords", "Attempts"),
        translate("ExportWords", "Resend of"), translate("ExportWords", "Created"),
        translate("ExportWords", "Updated"), translate("ExportWords", "Sending"),
        translate("ExportWords", "Accepted"), translate("ExportWords", "Sent"),
        translate("ExportWords", "Final"))
    report = ReportLabels(
        translate("ExportWords", "Campaign"), translate("ExportWords", "Text"),
        translate("ExportWords", "Template"), translate("ExportWords", "Created"),
        translate("ExportWords", "Finished"), translate("ExportWords", "Messages"),
        translate("ExportWords", "Delivery rate"), translate("ExportWords", "Credits"),
        translate("ExportWords", "May have cost"))
    return ExportWords(columns, report, state_name, translate("ExportWords", "yes"),
                       translate("ExportWords", "no"), when, decimal)

