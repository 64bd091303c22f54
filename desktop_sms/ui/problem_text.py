"""The send plan's problem codes in the words the user reads, translatable (context
"Problems"; one literal per code, so the extraction tool sees each). Placeholders are
named after the problem's parameters, which tells a translator what each one holds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop_sms.core.plan import Code, Problem

Words = Callable[[], str]

# Each a function, so the words are looked up in the language of the moment.
_WORDS: dict[Code, Words] = {
    Code.NO_RECIPIENTS: lambda: QCoreApplication.translate(
        "Problems", "Add at least one recipient."),
    Code.BLANK_RECIPIENT: lambda: QCoreApplication.translate(
        "Problems", "A recipient entry is empty."),
    Code.BAD_RECIPIENT: lambda: QCoreApplication.translate(
        "Problems", "Fix the recipient '{typed}': {reason}."),
    Code.EMPTY_GROUP: lambda: QCoreApplication.translate(
        "Problems", "Fix the recipient '{group}': the group is empty."),
    Code.EMPTY_TEXT: lambda: QCoreApplication.translate(
        "Problems", "The message is empty."),
    Code.TEXT_TOO_LONG: lambda: QCoreApplication.translate(
        "Problems", "The message is {length:,} characters long; the limit is {limit:,}."),
    Code.TEXT_INVISIBLE_CHAR: lambda: QCoreApplication.translate(
        "Problems", "The message contains an invisible control character ({char}) at "
        "position {position}; phones cannot show it — remove it."),
    Code.TEXT_NOT_UNICODE: lambda: QCoreApplication.translate(
        "Problems", "The message contains bytes that are not valid text (UTF-8)."),
    Code.NUMBER_WARNING: lambda: QCoreApplication.translate(
        "Problems", "Check the recipient '{typed}': {reason}."),
    Code.URL_NOT_WEB_ADDRESS: lambda: QCoreApplication.translate(
        "Problems", "'{url}' is not a web address (https://…)."),
    Code.URL_HAS_LOGIN: lambda: QCoreApplication.translate(
        "Problems", "The gateway URL must not contain a username or password; enter them "
        "in the account settings instead."),
    Code.URL_PLAIN_HTTP: lambda: QCoreApplication.translate(
        "Problems", "The gateway URL must start with https:// — plain http would send your "
        "password unencrypted (it is only allowed for a simulator on this computer)."),
    Code.NOT_ENOUGH_CREDIT: lambda: QCoreApplication.translate(
        "Problems", "Sending needs {credits} credits but the balance is {balance}."),
    # The sender ID's, as shown beside its field (describe() frames them).
    Code.SENDER_TOO_MANY_DIGITS: lambda: QCoreApplication.translate(
        "Problems", "A numeric sender ID can have at most {limit} digits"),
    Code.SENDER_TOO_LONG: lambda: QCoreApplication.translate(
        "Problems", "The sender ID '{sender}' is {length} characters long; the limit is "
        "{limit} letters and digits"),
    Code.SENDER_BAD_CHARS: lambda: QCoreApplication.translate(
        "Problems", "The sender ID '{sender}' may only use the letters A-Z, digits, spaces, "
        "dots and dashes"),
}


def describe(problem: Problem) -> str:
    """One sentence: why Send is disabled, or what to check."""
    if problem.code.is_sender:
        return QCoreApplication.translate("Problems", "Fix the sender ID: {0}.").format(
            sender_text(problem))
    return _WORDS[problem.code]().format(**problem.params)


def sender_text(problem: Problem) -> str:
    """A sender ID problem on its own, shown beside the field."""
    return _WORDS[problem.code]().format(**problem.params)
