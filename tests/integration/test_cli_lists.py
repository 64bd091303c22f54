"""`desktop-sms optout …`, `templates …` and `send --template`, run as real processes: the
output, the exit codes and the one `error:` line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop_sms.core.sender_lock import SenderLock
from desktop_sms.simulator import GatewaySimulator
from tests.integration.test_cli import run_cli

DATA = Path(__file__).parent.parent / "data" / "contacts"


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_sms", "--data-dir", str(data), *args],
        capture_output=True, text=True, encoding="utf-8", timeout=60,
        stdin=subprocess.DEVNULL, env=dict(os.environ, PYTHONIOENCODING="utf-8"))


def listed(data: Path) -> list[list[str]]:
    done = run(data, "optout", "list")
    assert done.returncode == 0, done.stderr
    return [line.split("\t") for line in done.stdout.splitlines()]


def test_optout_add_list_remove(tmp_path: Path) -> None:
    assert run(tmp_path, "contacts", "add", "Ελένη Παπά", "+306912345671").returncode == 0
    done = run(tmp_path, "optout", "add", "691 234 5671", "+33 6 12 34 56 78", "--region",
               "gr", "--reason", "απάντησε ΣΤΟΠ")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["+306912345671\tadded", "+33612345678\tadded"]
    # Idempotent: a number on the list already stays, and says so.
    again = run(tmp_path, "optout", "add", "+306912345671", "+306944123456")
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines() == ["+306912345671\talready on the list",
                                         "+306944123456\tadded"]
    rows = {row[0]: row for row in listed(tmp_path)}
    assert set(rows) == {"+306912345671", "+33612345678", "+306944123456"}
    assert rows["+306912345671"][2:] == ["απάντησε ΣΤΟΠ", "Ελένη Παπά"]
    assert rows["+306944123456"][2:] == ["", ""]
    removed = run(tmp_path, "optout", "remove", "+33612345678", "+306900000001")
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.splitlines() == ["+33612345678\tremoved"]
    assert removed.stderr.splitlines() == [
        "warning: +306900000001 was not on the opt-out list"]
    assert len(listed(tmp_path)) == 2


def test_optout_add_with_a_bad_number_changes_nothing(tmp_path: Path) -> None:
    done = run(tmp_path, "optout", "add", "+306912345671", "call me")
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "error: 'call me': only digits, spaces, dashes, brackets and a leading + are "
        "allowed; nothing was changed"]
    assert listed(tmp_path) == []
    usage = run(tmp_path, "optout", "add")
    assert usage.returncode == 2 and usage.stderr.count("\n") == 1
    assert usage.stderr.startswith("error: ")


def test_optout_add_warns_of_a_doubtful_number(tmp_path: Path) -> None:
    """A number the numbering plan doubts is added, with its reason said: the person may
    have meant another number, which would still get messages."""
    done = run(tmp_path, "optout", "add", "+30 (0) 6912345012", "+3006912345013",
               "+30 210 123 4567")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["+306912345012\tadded", "+3006912345013\tadded",
                                        "+302101234567\tadded"]
    assert done.stderr.splitlines() == [
        "warning: '+3006912345013' (+3006912345013): the number is not in use according "
        "to the numbering plan",
        "warning: '+30 210 123 4567' (+302101234567): this looks like a landline; it may "
        "not receive SMS"]


def test_optout_import_warns_of_each_doubtful_number(tmp_path: Path) -> None:
    (tmp_path / "numbers.csv").write_text("Phone\n6912345011\n2101234567\n+3006912345012\n",
                                          encoding="utf-8")
    done = run(tmp_path, "optout", "import", str(tmp_path / "numbers.csv"), "--region", "GR")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "line 3: warning: '2101234567': this looks like a landline; it may not receive SMS",
        "line 4: warning: '+3006912345012': the number is not in use according to the "
        "numbering plan",
        "added 3, already on the list 0, rejected 0"]


def test_optout_import_reports_each_rejected_row(tmp_path: Path) -> None:
    done = run(tmp_path, "optout", "import", str(DATA / "bad_rows.csv"), "--region", "GR")
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        "line 3: rejected: '+3069': too few digits",
        "line 4: rejected: 'call me': only digits, spaces, dashes, brackets and a leading + "
        "are allowed",
        "line 5: rejected: no number",
        "line 7: rejected: the row has 1 cell(s); the number is in column 2",
        "line 8: rejected: the row has 5 cells but the header has 3 (a separator inside a "
        "value that is not in quotes?)",
        "added 3, already on the list 1, rejected 5",
    ]
    assert done.stderr.splitlines() == [
        "error: 5 row(s) rejected (listed above); the others were added"]
    assert sorted(row[0] for row in listed(tmp_path)) == [
        "+306912345601", "+306912345603", "+306912345604"]
    assert {row[2] for row in listed(tmp_path)} == {"bad_rows.csv"}
    clean = run(tmp_path, "optout", "import", str(DATA / "no_header.csv"), "--region", "FR")
    assert clean.returncode == 0, clean.stderr
    assert clean.stdout.splitlines() == ["added 3, already on the list 0, rejected 0"]
    missing = run(tmp_path, "optout", "import", str(tmp_path / "nope.csv"))
    assert missing.returncode == 2
    assert missing.stderr.startswith("error: cannot open ") and missing.stderr.count("\n") == 1


def test_templates_save_list_rename_delete(tmp_path: Path) -> None:
    saved = run(tmp_path, "templates", "save", "Προσφορά", "--text",
                "Γεια σας {first_name|πελάτη}!\n-20% σήμερα.")
    assert (saved.returncode, saved.stdout) == (0, "created\tΠροσφορά\n"), saved.stderr
    replaced = run(tmp_path, "templates", "save", "ΠΡΟΣΦΟΡΑ", "--text", "Νέα\tπροσφορά")
    assert (replaced.returncode, replaced.stdout) == (0, "replaced\tΠΡΟΣΦΟΡΑ\n")
    assert run(tmp_path, "templates", "save", "Reminder", "--text", "See you").returncode == 0
    listing = run(tmp_path, "templates", "list")
    assert listing.stdout.splitlines() == ["Reminder\tSee you", "ΠΡΟΣΦΟΡΑ\tΝέα\\tπροσφορά"]
    assert run(tmp_path, "templates", "rename", "προσφορα", "Sale").returncode == 0
    clash = run(tmp_path, "templates", "rename", "Sale", "REMINDER")
    assert clash.returncode == 2
    assert clash.stderr == "error: there is already a template called 'REMINDER'\n"
    assert run(tmp_path, "templates", "delete", "sale").returncode == 0
    gone = run(tmp_path, "templates", "delete", "Sale")
    assert gone.returncode == 2
    assert gone.stderr == ("error: there is no template called 'Sale' (there are: "
                           "Reminder)\n")
    empty = run(tmp_path, "templates", "save", "Blank", "--text", " ")
    assert (empty.returncode, empty.stderr) == (2, "error: a template needs a text\n")


def test_send_with_a_template(sim: GatewaySimulator, tmp_path: Path) -> None:
    assert run(tmp_path, "templates", "save", "Ραντεβού", "--text",
               "Το ραντεβού σας είναι αύριο στις 10:00.").returncode == 0
    done = run_cli(sim, tmp_path, "send", "--to", "306912345678", "--template", "ραντεβου")
    assert done.returncode == 0, done.stderr
    assert [(a.mobile_number, a.text) for a in sim.accepted()] == [
        ("306912345678", "Το ραντεβού σας είναι αύριο στις 10:00.")]


def test_send_template_refusals_send_nothing(sim: GatewaySimulator, tmp_path: Path) -> None:
    missing = run_cli(sim, tmp_path, "send", "--to", "306912345678", "--template", "Nope")
    assert missing.returncode == 2
    assert missing.stderr == ("error: there is no template called 'Nope' (none is saved "
                              "yet)\n")
    both = run_cli(sim, tmp_path, "send", "--to", "306912345678", "--template", "Nope",
                   "--text", "hi")
    assert both.returncode == 2
    assert both.stderr.startswith("error: argument --text: not allowed with argument "
                                  "--template")
    assert sim.request_count() == 0


def test_send_skips_the_opt_out_list_group_and_direct_numbers(sim: GatewaySimulator,
                                                               tmp_path: Path) -> None:
    for name, number in (("Ελένη", "+306912345671"), ("Νίκος", "+306944123456")):
        assert run(tmp_path, "contacts", "add", name, number, "--group", "Πελάτες"
                   ).returncode == 0
    assert run(tmp_path, "optout", "add", "+306944123456", "+33612345678").returncode == 0
    done = run_cli(sim, tmp_path, "send", "--group", "Πελάτες", "--to", "+33612345678",
                   "--text", "Καλημέρα {first_name}")
    assert done.returncode == 0, done.stderr
    assert [(a.mobile_number, a.text) for a in sim.accepted()] == [
        ("306912345671", "Καλημέρα Ελένη")]
    assert "skipped: Νίκος (+306944123456) is on the opt-out list" in done.stderr
    assert "skipped: +33612345678 is on the opt-out list" in done.stderr
    everyone = run_cli(sim, tmp_path, "send", "--to", "+33612345678", "--text", "hi")
    assert everyone.returncode == 2
    assert everyone.stderr.startswith("error: every recipient (1) is on the opt-out list")


def test_a_large_send_checks_its_cost_against_the_balance_fetched_now(
        sim: GatewaySimulator, tmp_path: Path) -> None:
    numbers = [f"+3069100000{i:02d}" for i in range(12)]
    to = [arg for number in [*numbers, numbers[0]] for arg in ("--to", number)]
    sim.balance = 5
    refused = run_cli(sim, tmp_path, "send", *to, "--text", "Καλημέρα")
    assert refused.returncode == 2
    assert refused.stderr.splitlines() == [
        "cost check: 12 recipient(s) (1 duplicate(s) removed, 0 on the opt-out list "
        "skipped): 12 credit(s); balance 5 → -7",
        "error: this send costs 12 credits but the balance is 5; nothing was queued (add "
        "--over-balance to send anyway)"]
    assert sim.request_count("send_sms") == 0
    assert run(tmp_path, "outbox").stdout == ""
    sim.balance = 100
    done = run_cli(sim, tmp_path, "send", *to, "--text", "Καλημέρα")
    assert done.returncode == 0, done.stderr
    assert "balance 100 → 88" in done.stderr and len(sim.accepted()) == 12


def test_the_cost_is_checked_when_the_window_would_send_too(
        sim: GatewaySimulator, tmp_path: Path) -> None:
    """With the window holding the data folder, the command only queues: the balance is
    still checked first, and a send over it is refused before anything is queued."""
    assert run(tmp_path, "outbox").returncode == 0  # the data folder exists
    window = SenderLock(tmp_path, "window")
    assert window.acquire()
    try:
        sim.balance = 5
        to = [arg for i in range(12) for arg in ("--to", f"+3069100000{i:02d}")]
        refused = run_cli(sim, tmp_path, "send", *to, "--text", "hi")
        assert refused.returncode == 2
        assert refused.stderr.splitlines()[-1].startswith(
            "error: this send costs 12 credits but the balance is 5")
        assert run(tmp_path, "outbox").stdout == ""
    finally:
        window.release()
