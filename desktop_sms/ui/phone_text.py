"""Why a number is refused or doubtful, in the window's language: core/phone.py gives its
reasons as NumberFault values (the English the command line prints)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_sms.core.phone import ADD_COUNTRY_CODE, NumberFault


def reason_text(reason: str) -> str:
    """A ParsedNumber's reason worded; text that is no NumberFault is shown as it is."""
    translate = QCoreApplication.translate
    hint = reason.endswith(ADD_COUNTRY_CODE)
    fault = reason.removesuffix(ADD_COUNTRY_CODE)
    match fault:
        case NumberFault.NO_NUMBER:
            words = translate("PhoneText", "no number given")
        case NumberFault.BAD_CHARACTERS:
            words = translate("PhoneText", "only digits, spaces, dashes, brackets and a "
                              "leading + are allowed")
        case NumberFault.NOT_A_NUMBER:
            words = translate("PhoneText", "this is not a phone number")
        case NumberFault.NOT_VALID:
            words = translate("PhoneText", "this is not a valid phone number")
        case NumberFault.BAD_COUNTRY_CODE:
            words = translate("PhoneText", "the country code does not exist")
        case NumberFault.TOO_SHORT:
            words = translate("PhoneText", "too few digits")
        case NumberFault.BAD_LENGTH:
            words = translate("PhoneText", "the number of digits does not fit the country")
        case NumberFault.TOO_LONG:
            words = translate("PhoneText", "too many digits")
        case NumberFault.NOT_IN_USE:
            words = translate("PhoneText", "the number is not in use according to the "
                              "numbering plan")
        case _:
            return reason
    if hint:
        words += translate("PhoneText", " (add the country code, e.g. +30)")
    return words
