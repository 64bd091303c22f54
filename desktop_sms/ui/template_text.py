"""Core's refusals of a template (core/templates.py TemplateFault) in the user's language
(context "TemplateText"; one literal per fault, so the extraction tool sees each)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop_sms.core.errors import Refusal
from desktop_sms.core.templates import TemplateFault
from desktop_sms.ui.locale_text import fmt


class TemplateText(QObject):
    """The context "TemplateText" for its plural: lupdate extracts a %n plural from a tr()
    in a class only."""

    def others(self, n: int) -> str:
        return self.tr("{0} and %Ln other(s)", "", n)


def describe(refusal: Refusal) -> str | None:
    """One sentence, or None for a refusal that is not a template's."""
    if not isinstance(refusal.code, TemplateFault):
        return None
    p = refusal.params
    translate = QCoreApplication.translate
    match refusal.code:
        case TemplateFault.NAME_NEEDED:
            return translate("TemplateText", "A template needs a name.")
        case TemplateFault.NAME_TOO_LONG:
            return fmt(translate(
                "TemplateText", "A template's name can have at most {1:,} characters; this "
                "one has {0:,}."), p["length"], p["limit"])
        case TemplateFault.NAME_NOT_TEXT:
            return translate("TemplateText",
                             "The template's name is not valid text (UTF-8).")
        case TemplateFault.TEXT_NEEDED:
            return translate("TemplateText", "A template needs a text.")
        case TemplateFault.TEXT_NOT_TEXT:
            return translate("TemplateText",
                             "The template's text is not valid text (UTF-8).")
        case TemplateFault.NAME_TAKEN:
            return translate("TemplateText",
                             "There is already a template called '{0}'.").format(p["name"])
        case TemplateFault.MISSING:
            if not p["known"]:
                return translate("TemplateText", "There is no template called '{0}'; none "
                                 "is saved yet.").format(p["name"])
            known = str(p["known"])
            if int(p["more"]):
                known = TemplateText().others(int(p["more"])).format(known)
            return translate("TemplateText", "There is no template called '{0}'. The "
                             "templates are: {1}.").format(p["name"], known)
