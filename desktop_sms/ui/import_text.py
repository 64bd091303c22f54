"""The import's codes in the words the user reads, translatable (context "Import"; one
literal per code, so the extraction tool sees each)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop_sms.core.contact_import.checking import RowCode, RowIssue
from desktop_sms.core.contact_import.errors import Fault, ImportRefused
from desktop_sms.core.contact_import.headers import Role
from desktop_sms.ui.locale_text import fmt
from desktop_sms.ui.phone_text import reason_text


class Import(QObject):
    """The context "Import" for its plurals: lupdate extracts a %n plural from a tr() in
    a class only."""

    def missing_cells(self, n: int) -> str:
        return self.tr("The row has %Ln cell(s); the number is in column {0}.", "", n)


def refusal_text(refusal: ImportRefused) -> str:
    """Why the file cannot be imported as it is."""
    p = refusal.params
    translate = QCoreApplication.translate
    match refusal.fault:
        case Fault.CANNOT_OPEN:
            return translate("Import", "Cannot open {0}: {1}.").format(p["path"], p["reason"])
        case Fault.TOO_LARGE:
            return translate("Import", "The file is {0} MB; files up to {1} MB can be "
                             "imported.").format(p["size_mb"], p["limit_mb"])
        case Fault.TOO_MANY_ROWS:
            return fmt(translate("Import", "The file has more than {0:,} rows: split it "
                                 "into smaller files."), p["limit"])
        case Fault.TOO_MANY_COLUMNS:
            return fmt(translate("Import", "The file has more than {0:,} columns; a contacts "
                                 "file has a column for each thing known of a contact."),
                       p["limit"])
        case Fault.TOO_MANY_CELLS:
            return fmt(translate("Import", "The file has more than {0:,} cells (rows × "
                                 "columns): split it into smaller files or leave out the "
                                 "columns you do not need."), p["limit"])
        case Fault.NOT_CONTACTS:
            return translate("Import", "This file is not a CSV, Excel or vCard file.")
        case Fault.OLD_EXCEL:
            return translate("Import", "This is an old Excel file (.xls): save it as .xlsx "
                             "or CSV in Excel and import that.")
        case Fault.BROKEN_XLSX:
            return translate("Import", "This Excel file is damaged or not an .xlsx workbook.")
        case Fault.BAD_ENCODING if p.get("encoding"):
            return translate("Import", "The text cannot be read as {0}: choose another "
                             "encoding.").format(p["encoding"])
        case Fault.BAD_ENCODING:
            return translate("Import", "The text is not UTF-8, UTF-16, Windows-1253 or "
                             "Windows-1252: choose its encoding.")
        case Fault.NO_SHEET:
            return translate("Import", "The workbook has no sheet called '{0}'.").format(
                p["sheet"])
        case Fault.EMPTY:
            return translate("Import", "The file has no contacts in it.")
        case Fault.EMPTY_SHEET:
            return translate("Import", "The sheet '{0}' has no contacts; the workbook also "
                             "has: {1}. Choose one of them above.").format(p["sheet"],
                                                                          p["sheets"])
        case Fault.NO_NUMBER_COLUMN:
            return translate("Import", "No column holds phone numbers: choose the number "
                             "column.")
    return translate("Import", "Only one column can be the {0} column.").format(
        role_name(Role(p["role"])).casefold())


def row_text(issue: RowIssue) -> str:
    """Why a row is left out (or worth a look)."""
    p = issue.params
    translate = QCoreApplication.translate
    match issue.code:
        case RowCode.NO_NUMBER:
            return translate("Import", "No number.")
        case RowCode.BAD_NUMBER | RowCode.NUMBER_WARNING:
            return translate("Import", "'{0}': {1}.").format(p["typed"],
                                                             reason_text(str(p["reason"])))
        case RowCode.MISSING_CELLS:
            return Import().missing_cells(int(p["cells"])).format(p["needed"])
        case RowCode.EXTRA_CELLS:
            return translate("Import", "The row has {0} cells but the header has {1} (a "
                             "separator inside a value that is not in quotes?).").format(
                p["cells"], p["expected"])
        case RowCode.UNREADABLE_CARD:
            return translate("Import", "This vCard cannot be read.")
        case RowCode.DUPLICATE_IN_FILE:
            return translate("Import", "{0} is already on line {1}.").format(
                p["number"], p["line"])
    return translate("Import", "{0} is already in the address book ({1}).").format(
        p["number"], p["name"])


def role_name(role: Role) -> str:
    """What a column becomes, as the mapping's choices say it."""
    translate = QCoreApplication.translate
    match role:
        case Role.NAME:
            return translate("Import", "Name")
        case Role.FIRST_NAME:
            return translate("Import", "First name")
        case Role.LAST_NAME:
            return translate("Import", "Last name")
        case Role.NUMBER:
            return translate("Import", "Number")
        case Role.GROUP:
            return translate("Import", "Group")
        case Role.NOTES:
            return translate("Import", "Notes")
        case Role.FIELD:
            return translate("Import", "Custom field")
    return translate("Import", "Do not import")
