"""Merge fields at scale: 100,000 recipients merged and counted (the send plan), then
planned again after a keystroke, and every text merged for the outbox. Target: a plan
well under a second.

Run: .venv/bin/python -m bench.merge_scale
"""

from __future__ import annotations

import random
import statistics
import time
from types import MappingProxyType

from desktop_sms.core import text as sms_text
from desktop_sms.core.contacts import Contact
from desktop_sms.core.phone import Verdict
from desktop_sms.core.plan import Draft, check_recipients, plan_for
from desktop_sms.core.recipients import Recipient

RECIPIENTS = 100_000
RUNS = 3
FIRST = ["Γιάννης", "Μαρία", "Nikos", "Eleni", "Claire", "Jean-Luc", "Άννα", "Kostas"]
CITIES = ["Αθήνα", "Lyon", "Paris", "Θεσσαλονίκη"]
TEMPLATES = {
    "first name, fallback": "Hi {first_name|customer}, your points: {points}. Shop",
    "full name + Greek field": "Dear {name}, see you in {Πόλη}!",
    "Greek, emoji, 2 parts": "Γεια σου {first_name}! " * 4 + "🎉",
    "full name, €, 2–3 parts": "Hello {name} € " + "x" * 150,
}


def recipients(seed: int = 5) -> list[Recipient]:
    rng = random.Random(seed)
    found = []
    for i in range(RECIPIENTS):
        first = rng.choice(FIRST)
        name = f"{first} Surname{i}"
        contact = Contact(i, name, f"+30691{i:07d}", "", (), "" if i % 7 else first, "",
                          MappingProxyType({"Πόλη": rng.choice(CITIES), "Points": str(i % 500)}))
        found.append(Recipient(name, contact.number, Verdict.VALID, name=name, contact=contact))
    return found


def main() -> None:
    people = recipients()
    figures: dict[str, list[float]] = {}
    for _ in range(RUNS):
        checked = check_recipients(people, field_names=["Πόλη", "Points"])
        for name, text in TEMPLATES.items():
            start = time.perf_counter()
            plan = plan_for(checked, Draft(["x"], text))
            planned = time.perf_counter()
            plan_for(checked, Draft(["x"], text + "!"))
            again = time.perf_counter()
            messages = plan.messages()
            merged = time.perf_counter()
            assert plan.credits == sum(sms_text.count(m.text).parts for m in messages)
            for what, seconds in (("plan (merge + count)", planned - start),
                                  ("plan after a keystroke", again - planned),
                                  ("every text merged", merged - again)):
                figures.setdefault(f"{name}: {what}", []).append(seconds * 1000)
    for key, values in figures.items():
        print(f"{key}: median {statistics.median(values):.0f} ms, max {max(values):.0f} ms")


if __name__ == "__main__":
    main()
