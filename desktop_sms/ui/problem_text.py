"""The send plan's problem codes in the words the user reads, translatable (context
"Problems"; one literal per code, so the extraction tool sees each)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_sms.core.plan import Code, Problem


def describe(problem: Problem) -> str:
    """One sentence: why Send is disabled, or what to check."""
    p = problem.params
    translate = QCoreApplication.translate
    match problem.code:
        case Code.NO_RECIPIENTS:
            return translate("Problems", "Add at least one recipient.")
        case Code.BLANK_RECIPIENT:
            return translate("Problems", "A recipient entry is empty.")
        case Code.BAD_RECIPIENT:
            return translate("Problems", "Fix the recipient '{0}': {1}.").format(
                p["typed"], p["reason"])
        case Code.EMPTY_GROUP:
            return translate("Problems", "Fix the recipient '{0}': the group is empty.").format(
                p["group"])
        case Code.EMPTY_TEXT:
            return translate("Problems", "The message is empty.")
        case Code.TEXT_TOO_LONG:
            return translate(
                "Problems", "The message is {0:,} characters long; the limit is {1:,}.").format(
                p["length"], p["limit"])
        case Code.TEXT_INVISIBLE_CHAR:
            return translate(
                "Problems", "The message contains an invisible control character ({0}) at "
                "position {1}; phones cannot show it — remove it.").format(
                p["char"], p["position"])
        case Code.TEXT_NOT_UNICODE:
            return translate(
                "Problems", "The message contains bytes that are not valid text (UTF-8).")
        case Code.NUMBER_WARNING:
            return translate("Problems", "Check the recipient '{0}': {1}.").format(
                p["typed"], p["reason"])
        case Code.NOT_ENOUGH_CREDIT:
            return translate(
                "Problems", "Sending needs {0} credits but the balance is {1}.").format(
                p["credits"], p["balance"])
    return translate("Problems", "Fix the sender ID: {0}.").format(sender_text(problem))


def sender_text(problem: Problem) -> str:
    """A sender ID problem on its own, shown beside the field."""
    p = problem.params
    translate = QCoreApplication.translate
    match problem.code:
        case Code.SENDER_TOO_MANY_DIGITS:
            return translate(
                "Problems", "A numeric sender ID can have at most {0} digits").format(p["limit"])
        case Code.SENDER_TOO_LONG:
            return translate(
                "Problems", "The sender ID '{0}' is {1} characters long; the limit is {2} "
                "letters and digits").format(p["sender"], p["length"], p["limit"])
    return translate(
        "Problems", "The sender ID '{0}' may only use the letters A-Z, digits, spaces, dots "
        "and dashes").format(p["sender"])
