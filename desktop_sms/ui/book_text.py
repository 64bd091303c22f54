"""The address book's refusals (core/contacts.py BookFault) in the user's language
(context "BookText"; one literal per fault, so the extraction tool sees each)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_sms.core.contacts import BookFault
from desktop_sms.core.errors import Refusal


def describe(refusal: Refusal) -> str | None:
    """One sentence, or None for a refusal that is not the address book's."""
    if not isinstance(refusal.code, BookFault):
        return None
    name = refusal.params.get("name", "")
    translate = QCoreApplication.translate
    match refusal.code:
        case BookFault.CONTACT_NAME_NEEDED:
            return translate("BookText", "A contact needs a name.")
        case BookFault.GROUP_NAME_NEEDED:
            return translate("BookText", "A group needs a name.")
        case BookFault.GROUP_TAKEN:
            return translate("BookText",
                             "There is already a group called '{0}'.").format(name)
        case BookFault.NO_GROUP:
            return translate("BookText", "There is no group called '{0}'.").format(name)
