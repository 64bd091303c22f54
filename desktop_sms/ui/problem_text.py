"""The send plan's problem codes in the words the user reads, translatable (context
"Problems"; one literal per code, so the extraction tool sees each)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop_sms.core.phone import display
from desktop_sms.core.plan import Code, Problem, SendPlan
from desktop_sms.ui.locale_text import fmt
from desktop_sms.ui.phone_text import reason_text

SKIPPED_SHOWN = 3  # a note about a long opt-out list names the first few


class Problems(QObject):
    """The context "Problems" for its plurals: lupdate extracts a %n plural from a tr()
    in a class only, never from QCoreApplication.translate."""

    def others(self, n: int) -> str:
        return self.tr("For {0} and %Ln other(s): {1}", "", n)

    def missing(self, n: int) -> str:
        return self.tr("%Ln recipient(s) have no {0} ({1}): it is left out of their "
                       "message. {{{0}|text}} gives a fallback.", "", n)

    def skipped(self, n: int) -> str:
        return self.tr("%Ln recipient(s) on the opt-out list will be skipped: {0}", "", n)


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
                p["typed"], reason_text(str(p["reason"])))
        case Code.EMPTY_GROUP:
            return translate("Problems", "Fix the recipient '{0}': the group is empty.").format(
                p["group"])
        case Code.EMPTY_TEXT:
            return translate("Problems", "The message is empty.")
        case Code.TEXT_TOO_LONG:
            return fmt(translate(
                "Problems", "The message is {0:,} characters long; the limit is {1:,}."),
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
                p["typed"], reason_text(str(p["reason"])))
        case Code.NOT_ENOUGH_CREDIT:
            return translate(
                "Problems", "Sending needs {0} credits but the balance is {1}.").format(
                p["credits"], p["balance"])
        case Code.UNKNOWN_PLACEHOLDER:
            return translate(
                "Problems", "There is no field called “{0}”: use name, first_name, last_name, "
                "number or a field of the contacts (Insert field lists them).").format(
                p["placeholder"])
        case Code.BAD_PLACEHOLDER:
            return translate(
                "Problems", "“{0}” at position {1} is not a placeholder: put a field's name "
                "in braces, like {{first_name}}, and write {{{{ or }}}} for a brace "
                "itself.").format(p["text"], p["position"])
        case Code.RECIPIENT_TEXT:
            inner = describe(Problem(Code(p["fault"]), p))
            if p["others"]:
                return Problems().others(int(p["others"])).format(p["recipient"], inner)
            return translate("Problems", "For {0}: {1}").format(p["recipient"], inner)
        case Code.ALL_OPTED_OUT:
            return fmt(translate(
                "Problems", "Every recipient ({0:,}) is on the opt-out list: there is no one "
                "to send to."), p["count"])
        case Code.MISSING_VALUE:
            return Problems().missing(int(p["count"])).format(p["placeholder"],
                                                              p["recipients"])
        case Code.OPTED_OUT:
            return translate("Problems", "{0} is on the opt-out list: not sent.").format(
                who_skipped(problem))
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


def who_skipped(problem: Problem) -> str:
    p = problem.params
    number = display(str(p["number"]))
    return f"{p['name']} ({number})" if p["name"] else number


def notes(plan: SendPlan) -> list[str]:
    """What Compose says under the message though sending may go ahead: recipients without
    a merge field's value, and who the opt-out list skips."""
    found = [describe(w) for w in plan.warnings if w.code is Code.MISSING_VALUE]
    if plan.skipped:
        names = [who_skipped(p) for p in plan.skipped[:SKIPPED_SHOWN]]
        if len(plan.skipped) > SKIPPED_SHOWN:
            names.append("…")
        found.append(Problems().skipped(len(plan.skipped)).format(", ".join(names)))
    return found
