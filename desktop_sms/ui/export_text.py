"""A failed export's code in the words the user reads, translatable (context "Export";
core.export_file.english words the same for the command line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_sms.core.export_file import Code, ExportFailed


def describe(failure: ExportFailed) -> str:
    p = failure.params
    translate = QCoreApplication.translate
    match failure.code:
        case Code.UNKNOWN_FORMAT:
            return translate("Export", "Nothing was exported: the file name {0} must end in "
                             "{1}.").format(p["path"], p["formats"])
        case Code.CANNOT_WRITE:
            return translate("Export", "Nothing was exported: {0} cannot be written ({1}). "
                             "Choose another folder or name.").format(p["path"], p["detail"])
        case Code.NOT_ENCODABLE if "contact" in p:
            return translate(
                "Export", "Nothing was exported: the contact '{0}' holds {1}, which {2} "
                "cannot hold. Export in UTF-8 instead, or change the contact.").format(
                p["contact"], p["character"], p["encoding"])
        case Code.NOT_ENCODABLE:
            return translate(
                "Export", "Nothing was exported: the field '{0}' holds {1}, which {2} cannot "
                "hold. Export in UTF-8 instead.").format(
                p["column"], p["character"], p["encoding"])
    return translate("Export", "The export was cancelled; nothing was written.")
