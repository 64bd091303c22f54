"""The send plan: each problem code with its parameters, warnings apart from problems,
parts and credits, groups and duplicates, and the messages it would queue."""

from __future__ import annotations

import re
import sqlite3
from decimal import Decimal

import pytest

from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.plan import (
    MAX_TEXT_CHARS,
    Code,
    Draft,
    PlanRefused,
    Problem,
    SendPlan,
    account_problems,
    check_messages,
    check_recipients,
    english,
    make_plan,
    plan_for,
)
from desktop_sms.core.recipients import Resolver
from desktop_sms.gateway import protocol
from desktop_sms.gateway.urls import check_gateway_url

GR, UK = "+306912345678", "+447911123456"
LANDLINE = "+302101234567"  # valid, but a landline: a warning, not a problem


@pytest.fixture
def resolver(conn: sqlite3.Connection) -> Resolver:
    book = AddressBook(conn)
    book.add("Eleni", "+306912345671", groups=("Team",))
    book.add("Nikos", "+306944123456", groups=("Team",))
    book.create_group("Nobody")
    return Resolver(book, "GR")


def plan(resolver: Resolver, *to: str, text: str, sender: str | None = None,
         flash: bool = False, delivery_report: bool = False,
         balance: Decimal | None = None) -> SendPlan:
    return make_plan(Draft(to, text, sender, flash, delivery_report), resolver, balance)


def codes(problems: list[Problem]) -> list[Code]:
    return [p.code for p in problems]


def test_a_good_draft_has_no_problems_and_its_messages(resolver: Resolver) -> None:
    made = plan(resolver, GR, "Team", text="Hello", sender="Shop", flash=True,
                delivery_report=True)
    assert made.problems == [] and made.warnings == []
    assert made.parts == 1 and made.credits == 3
    assert made.messages() == [
        NewMessage(e164, "Hello", "Shop", True, True)
        for e164 in (GR, "+306912345671", "+306944123456")]


def test_parts_and_credits_follow_the_text(resolver: Resolver) -> None:
    made = plan(resolver, GR, UK, text="a" * 161)
    assert (made.sms_count.encoding, made.parts, made.credits) == ("GSM-7", 2, 4)
    made = plan(resolver, GR, text="Καλημέρα " * 10)
    assert (made.sms_count.encoding, made.parts, made.credits) == ("UCS-2", 2, 2)


def test_duplicates_are_dropped_the_first_wins(resolver: Resolver) -> None:
    made = plan(resolver, "Team", "Eleni", "6912345671", "+30 691 234 5671", text="x")
    assert [r.e164 for r in made.recipients] == ["+306912345671", "+306944123456"]
    assert made.recipients[0].typed == "Team" and made.credits == 2


def test_no_recipients(resolver: Resolver) -> None:
    made = plan(resolver, text="Hello")
    assert made.problems == [Problem(Code.NO_RECIPIENTS)] and made.messages() == []


def test_a_blank_entry(resolver: Resolver) -> None:
    assert codes(plan(resolver, GR, "  ", text="Hello").problems) == [Code.BLANK_RECIPIENT]


def test_each_bad_recipient_is_named_with_its_reason(resolver: Resolver) -> None:
    made = plan(resolver, GR, "12345", "hello?", text="Hello")
    assert codes(made.problems) == [Code.BAD_RECIPIENT, Code.BAD_RECIPIENT]
    assert made.problems[0].params["typed"] == "12345"
    assert "too few digits" in str(made.problems[0].params["reason"])
    assert made.problems[1].params["typed"] == "hello?"
    assert made.credits == 1 and made.messages() == []  # the cost of those that are fine


def test_an_empty_group(resolver: Resolver) -> None:
    made = plan(resolver, "nobody", text="Hello")
    assert made.problems == [Problem(Code.EMPTY_GROUP, {"group": "nobody"})]


@pytest.mark.parametrize(("text", "problem"), [
    ("", Problem(Code.EMPTY_TEXT)),
    (" \n\t ", Problem(Code.EMPTY_TEXT)),
    ("x" * (MAX_TEXT_CHARS + 1),
     Problem(Code.TEXT_TOO_LONG, {"length": MAX_TEXT_CHARS + 1, "limit": MAX_TEXT_CHARS})),
    ("ab\x00c", Problem(Code.TEXT_INVISIBLE_CHAR, {"char": "U+0000", "position": 3})),
    ("\x1b[0m", Problem(Code.TEXT_INVISIBLE_CHAR, {"char": "U+001B", "position": 1})),
    ("bad \udcff bytes", Problem(Code.TEXT_NOT_UNICODE)),
])
def test_text_problems(resolver: Resolver, text: str, problem: Problem) -> None:
    assert plan(resolver, GR, text=text).problems == [problem]


@pytest.mark.parametrize(("sender", "problem"), [
    ("Shop2", None),
    ("1234567890123456", None),
    ("", None),  # the account's default
    ("12345678901234567", Problem(Code.SENDER_TOO_MANY_DIGITS, {"limit": 16})),
    ("MuchTooLongX", Problem(Code.SENDER_TOO_LONG,
                             {"sender": "MuchTooLongX", "length": 12, "limit": 11})),
    ("Café", Problem(Code.SENDER_BAD_CHARS, {"sender": "Café"})),
    ("Shop!", Problem(Code.SENDER_BAD_CHARS, {"sender": "Shop!"})),
    ("١٢٣٤٥", Problem(Code.SENDER_BAD_CHARS, {"sender": "١٢٣٤٥"})),
    ("   ", Problem(Code.SENDER_BAD_CHARS, {"sender": ""})),  # shown made safe: stripped
])
def test_sender_problems(resolver: Resolver, sender: str, problem: Problem | None) -> None:
    made = plan(resolver, GR, text="Hello", sender=sender)
    assert made.problems == ([problem] if problem else [])
    assert all(p.code.is_sender for p in made.problems)


def test_problems_come_in_the_order_a_person_fixes_them(resolver: Resolver) -> None:
    made = plan(resolver, "12345", text="", sender="Café")
    assert codes(made.problems) == [Code.BAD_RECIPIENT, Code.EMPTY_TEXT, Code.SENDER_BAD_CHARS]


def test_warnings_do_not_block(resolver: Resolver) -> None:
    made = plan(resolver, GR, LANDLINE, text="Hello", balance=Decimal("1"))
    assert made.problems == []
    assert codes(made.warnings) == [Code.NUMBER_WARNING, Code.NOT_ENOUGH_CREDIT]
    assert made.warnings[0].params["typed"] == LANDLINE
    assert "landline" in str(made.warnings[0].params["reason"])
    assert made.warnings[1].params == {"credits": 2, "balance": "1"}
    assert len(made.messages()) == 2


def test_credit_is_enough_or_unknown(resolver: Resolver) -> None:
    assert plan(resolver, GR, text="Hello", balance=Decimal("1.00")).warnings == []
    assert plan(resolver, GR, text="Hello", balance=None).warnings == []
    short = plan(resolver, GR, UK, text="Hello", balance=Decimal("1.50")).warnings
    assert short == [Problem(Code.NOT_ENOUGH_CREDIT, {"credits": 2, "balance": "1.5"})]


def test_already_resolved_recipients_plan_the_same(resolver: Resolver) -> None:
    draft = Draft((GR, "Team", "12345"), "Hello", "Shop")
    resolved = [r for token in draft.recipients for r in resolver.token(token)]
    assert plan_for(check_recipients(resolved), draft) == make_plan(draft, resolver)


def test_every_wire_fault_has_a_code_of_the_same_value() -> None:
    for fault in protocol.Fault:
        assert Code(fault.value).name == fault.name


def test_the_english_words_are_the_gateways_for_its_rules() -> None:
    for text in ("", "x" * (MAX_TEXT_CHARS + 1), "a\x07", "\udcff"):
        refusal = protocol.text_refusal(text)
        assert refusal is not None
        [problem] = check_messages([NewMessage(GR, text)])
        with pytest.raises(ValueError) as refused:
            protocol.validate_text(text)
        assert english(problem) == str(refused.value)
    params: dict[str, str | int] = {
        "typed": "x", "reason": "y", "group": "g", "credits": 2, "balance": "1", "length": 12,
        "limit": 11, "char": "U+0000", "position": 1, "sender": "s", "url": "u",
        "placeholder": "city", "text": "{", "count": 3, "recipients": "Eleni, …",
        "recipient": "Eleni", "others": 2, "fault": Code.EMPTY_TEXT.value, "name": "Eleni",
        "number": GR}
    for code in Code:  # every code has words
        assert english(Problem(code, params))


def test_check_messages_is_the_plans_rules_for_built_messages() -> None:
    assert check_messages([NewMessage(GR, "Hello", "Shop")]) == []
    found = check_messages([NewMessage("306912345678", "Hello"),  # no '+'
                            NewMessage(GR, "  "), NewMessage(UK, "  "),  # one text, once
                            NewMessage(GR, "Hi", "MuchTooLongX")])
    assert codes(found) == [Code.BAD_RECIPIENT, Code.EMPTY_TEXT, Code.SENDER_TOO_LONG]
    assert found[0].params["typed"] == "306912345678"


def test_enqueue_refuses_with_the_codes_and_queues_nothing(outbox: Outbox) -> None:
    with pytest.raises(PlanRefused) as refused:
        outbox.enqueue([NewMessage(GR, "fine"), NewMessage(UK, "\x00", "Café")])
    assert codes(refused.value.problems) == [Code.TEXT_INVISIBLE_CHAR, Code.SENDER_BAD_CHARS]
    assert isinstance(refused.value, ValueError)  # callers catching ValueError still do
    assert "control character (U+0000)" in str(refused.value)
    assert "(and 1 more)" in str(refused.value)
    assert outbox.count() == 0


@pytest.mark.parametrize(("url", "sender", "codes"), [
    ("https://gw.example.com/srvauth/index", "Shop", []),
    ("http://127.0.0.1:8765/srvauth/index", "", []),  # a simulator on this computer
    ("gw.example.com", "", [Code.URL_NOT_WEB_ADDRESS]),
    ("https://me:pw@gw.example.com/", "", [Code.URL_HAS_LOGIN]),
    ("http://gw.example.com/", "", [Code.URL_PLAIN_HTTP]),
    ("http://gw.example.com/", "Πρατήριο", [Code.URL_PLAIN_HTTP, Code.SENDER_BAD_CHARS]),
])
def test_account_settings_are_checked_by_the_gateway_rules(
        url: str, sender: str, codes: list[Code]) -> None:
    problems = account_problems(url, sender)
    assert [p.code for p in problems] == codes
    for problem in problems:  # the command line's words are the gateway layer's own
        if problem.code.value.startswith("url_"):
            with pytest.raises(ValueError, match=re.escape(english(problem))):
                check_gateway_url(url)


def test_a_login_typed_into_the_gateway_address_is_never_repeated() -> None:
    url = "https//demo:MySecretPw@gateway.example/srvauth/index"  # the colon forgotten
    [problem] = account_problems(url, "")
    assert problem.code is Code.URL_NOT_WEB_ADDRESS
    with pytest.raises(ValueError) as refused:
        check_gateway_url(url)
    for text in (english(problem), str(refused.value), str(problem.params)):
        assert "MySecretPw" not in text and "gateway.example" in text


def test_a_real_number_the_gateway_cannot_take_is_refused_up_front(
        resolver: Resolver) -> None:
    # Tokelau's 7-digit mobiles are valid numbers, but the gateway takes 8 to 15 digits.
    plan = make_plan(Draft(["+6907290", GR], "hi"), resolver)
    assert [p.code for p in plan.problems] == [Code.BAD_RECIPIENT]
    assert plan.problems[0].params["typed"] == "+6907290" and plan.messages() == []


# --- merge fields and the opt-out list ------------------------------------------------------

@pytest.fixture
def shop(conn: sqlite3.Connection) -> Resolver:
    book = AddressBook(conn)
    book.add("Eleni Papadopoulou", "+306912345671", groups=("Customers",),
             fields={"Πόλη": "Αθήνα", "Points": "120"})
    book.add("Jean Dupont", "+33612345678", groups=("Customers",), first_name="Jean-Luc",
             fields={"Points": "7"})
    book.add("+306944123456", "+306944123456", groups=("Customers",))  # imported, no name
    return Resolver(book, "GR")


def test_each_recipient_gets_their_own_text_and_the_exact_cost(shop: Resolver) -> None:
    made = plan(shop, "Customers", UK, text="Hi {first_name|there}, you have {points|0} "
                "points. {πόλη|}" + "x" * 110)
    assert made.problems == [] and made.warnings == []
    texts = {m.recipient: m.text for m in made.messages()}
    assert texts["+306912345671"].startswith("Hi Eleni, you have 120 points. Αθήναxx")
    assert texts["+33612345678"].startswith("Hi Jean-Luc, you have 7 points. xx")
    assert texts["+306944123456"].startswith("Hi there, you have 0 points. xx")
    assert texts[UK].startswith("Hi there, you have 0 points. xx")
    each = [protocol_parts(t) for t in texts.values()]
    assert (made.min_parts, made.parts, made.credits) == (min(each), max(each), sum(each))
    assert (made.min_parts, made.parts) == (1, 3)  # Greek makes Eleni's Unicode
    assert made.sms_count.encoding == "UCS-2" and "Α" in made.sms_count.ucs2_chars
    assert made.sendable[1].e164 == "+306912345671"  # members come by name: digits first
    assert made.text_for(1) == texts["+306912345671"]


def protocol_parts(text: str) -> int:
    from desktop_sms.core import text as sms_text

    return sms_text.count(text).parts


def test_an_unknown_or_malformed_placeholder_blocks(shop: Resolver) -> None:
    made = plan(shop, "Customers", text="Hi {frist_name}, {points} {")
    assert made.problems == [
        Problem(Code.BAD_PLACEHOLDER, {"text": "{", "position": 27}),
        Problem(Code.UNKNOWN_PLACEHOLDER, {"placeholder": "frist_name"})]
    assert made.messages() == []
    assert english(made.problems[1]).startswith("there is no field called 'frist_name'")


def test_a_missing_value_warns_once_with_a_count(shop: Resolver) -> None:
    made = plan(shop, "Customers", GR, text="Dear {last_name}, see you in {Πόλη}")
    assert made.problems == []
    assert made.warnings == [
        Problem(Code.MISSING_VALUE, {"placeholder": "last_name", "count": 2,
                                     "recipients": "+30 694 412 3456, +30 691 234 5678"}),
        Problem(Code.MISSING_VALUE, {"placeholder": "Πόλη", "count": 3, "recipients":
                                     "+30 694 412 3456, Jean Dupont, +30 691 234 5678"})]
    assert english(made.warnings[0]).startswith("2 recipient(s) have no last_name")
    assert len(made.messages()) == 4


def test_a_value_that_breaks_the_text_rules_names_the_recipient(
        conn: sqlite3.Connection) -> None:
    book = AddressBook(conn)
    book.add("Ann", "+306912345671", groups=("G",), fields={"Note": "bell\x07"})
    book.add("Bob", "+306912345672", groups=("G",), fields={"Note": "y" * MAX_TEXT_CHARS})
    made = plan(Resolver(book, "GR"), "G", text="Hi {note}")
    assert made.problems == [
        Problem(Code.RECIPIENT_TEXT, {"recipient": "Ann", "others": 0,
                                      "fault": Code.TEXT_INVISIBLE_CHAR.value,
                                      "char": "U+0007", "position": 8}),
        Problem(Code.RECIPIENT_TEXT, {"recipient": "Bob", "others": 0,
                                      "fault": Code.TEXT_TOO_LONG.value,
                                      "length": MAX_TEXT_CHARS + 3, "limit": MAX_TEXT_CHARS})]
    assert english(made.problems[0]) == (
        "the message for Ann: the message contains an invisible control character (U+0007) "
        "at position 8; phones cannot show it — remove it")


def test_merged_texts_pass_the_outboxs_own_check(shop: Resolver, outbox: Outbox) -> None:
    made = plan(shop, "Customers", text="{{Offer}} for {first_name|you}: 10% off")
    assert {m.text for m in made.messages()} == {"{Offer} for Eleni: 10% off",
                                                 "{Offer} for Jean-Luc: 10% off",
                                                 "{Offer} for you: 10% off"}
    assert check_messages(made.messages()) == []
    assert len(outbox.enqueue(made.messages())) == 3


def test_a_text_with_only_escaped_braces_is_one_text(shop: Resolver) -> None:
    made = plan(shop, GR, text="{{€}}")
    assert made.merged is None and made.messages()[0].text == "{€}"
    assert (made.sms_count.units, made.credits) == (6, 1)


def test_opted_out_numbers_are_skipped_with_the_reason(shop: Resolver) -> None:
    opted_out = frozenset({"+33612345678", GR})
    made = make_plan(Draft(["Customers", "+30 691 234 5678"], "Hi {first_name|}"), shop,
                     opted_out=opted_out)
    assert made.problems == [] and made.credits == 2
    assert [m.recipient for m in made.messages()] == ["+306944123456", "+306912345671"]
    assert list(made.skipped) == [
        Problem(Code.OPTED_OUT, {"typed": "Customers", "name": "Jean Dupont",
                                 "number": "+33612345678"}),
        Problem(Code.OPTED_OUT, {"typed": "+30 691 234 5678", "name": "", "number": GR})]
    assert english(made.skipped[0]) == (
        "Jean Dupont (+33612345678) is on the opt-out list: not sent")


def test_when_everyone_opted_out_nothing_is_sent(shop: Resolver) -> None:
    made = make_plan(Draft([GR], "Hello"), shop, opted_out={GR})
    assert made.problems == [Problem(Code.ALL_OPTED_OUT, {"count": 1})]
    assert made.messages() == []
