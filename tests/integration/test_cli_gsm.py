"""`send --gsm`: the converted text is what the gateway gets, said on stderr; without it,
a hint, and the text as typed."""

from __future__ import annotations

from pathlib import Path

from desktop_sms.args import build_parser
from desktop_sms.cli_gsm import FORMS
from desktop_sms.simulator import GatewaySimulator
from tests.integration.test_cli import run_cli

GREEK = "Καλημέρα σας! Η «Ακρόπολη» — ανοιχτή 9:00–17:00… " * 2  # 2 parts; 1 in GSM-7
CAPITALS = 'KAΛHMEPA ΣAΣ! H "AKPOΠOΛH" - ANOIXTH 9:00-17:00... ' * 2
GREEKLISH = 'Kalimera sas! I "Akropoli" - anoichti 9:00-17:00... ' * 2
TO = ("--to", "306912345678", "--to", "447911123456")


def test_gsm_sends_greek_capitals_and_says_so(sim: GatewaySimulator, tmp_path: Path) -> None:
    done = run_cli(sim, tmp_path, "send", *TO, "--text", GREEK, "--gsm")
    assert done.returncode == 0, done.stderr
    assert [a.text for a in sim.accepted()] == [CAPITALS, CAPITALS]
    line, = done.stderr.splitlines()
    assert line.startswith("--gsm: Greek capitals without accents, 64 characters changed (")
    assert line.endswith("2 parts → 1 part per recipient: saves 1 credit per recipient")


def test_gsm_greeklish(sim: GatewaySimulator, tmp_path: Path) -> None:
    done = run_cli(sim, tmp_path, "send", *TO[:2], "--text", GREEK, "--gsm", "greeklish")
    assert done.returncode == 0, done.stderr
    assert [a.text for a in sim.accepted()] == [GREEKLISH]
    assert "--gsm: Greeklish (ELOT 743)" in done.stderr


def test_without_gsm_a_hint_and_the_text_as_typed(sim: GatewaySimulator,
                                                  tmp_path: Path) -> None:
    done = run_cli(sim, tmp_path, "send", *TO, "--text", GREEK)
    assert done.returncode == 0, done.stderr
    assert [a.text for a in sim.accepted()] == [GREEK, GREEK]
    assert done.stderr == ("hint: --gsm would send 1 part instead of 2 per recipient (Greek "
                           "capitals without accents)\n")


def test_no_hint_when_nothing_is_saved(sim: GatewaySimulator, tmp_path: Path) -> None:
    done = run_cli(sim, tmp_path, "send", *TO[:2], "--text", "Don’t")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert [a.text for a in sim.accepted()] == ["Don’t"]


def test_gsm_names_what_stops_it_and_sends_as_typed(sim: GatewaySimulator,
                                                    tmp_path: Path) -> None:
    text = "Καλημέρα 🎉"
    done = run_cli(sim, tmp_path, "send", *TO[:2], "--text", text, "--gsm")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ("--gsm: no GSM-7 form: 🎉 cannot be written in GSM-7; the text is "
                           "sent as typed\n")
    assert [a.text for a in sim.accepted()] == [text]


def test_the_parser_offers_each_form() -> None:
    send = build_parser().parse_args(["send", "--text", "x", "--gsm"])
    assert send.gsm == "auto"
    for form in FORMS:
        assert build_parser().parse_args(["send", "--text", "x", "--gsm", form]).gsm == form


NIKOS = ("Χθες ψάχθηκε θέση για {name}, ευχαριστούμε θερμά. Χαρά μας που θα σας δούμε "
         "ξανά στο κατάστημα, χθες ήταν ψυχή θαύμα χθες")  # 2 parts merged; 3 in Greeklish


def test_a_form_that_costs_more_is_refused_and_never_hinted(sim: GatewaySimulator,
                                                            tmp_path: Path) -> None:
    """The merged texts are counted: a Greek name keeps them UCS-2, and Greeklish (longer)
    would need a part more."""
    assert run_cli(sim, tmp_path, "contacts", "add", "Νίκος Παπάς",
                   "6912345671").returncode == 0
    merged = NIKOS.replace("{name}", "Νίκος Παπάς")
    done = run_cli(sim, tmp_path, "send", "--to", "Νίκος Παπάς", "--text", NIKOS, "--gsm",
                   "greeklish")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ("--gsm: Greeklish (ELOT 743) would cost 3 credits instead of 2; "
                           "the text is sent as typed\n")
    plain = run_cli(sim, tmp_path, "send", "--to", "Νίκος Παπάς", "--text", NIKOS)
    assert plain.returncode == 0 and plain.stderr == ""  # nothing saves: no hint
    auto = run_cli(sim, tmp_path, "send", "--to", "Νίκος Παπάς", "--text", NIKOS, "--gsm")
    assert auto.returncode == 0 and auto.stderr == (
        "--gsm: no form saves credits (Greek capitals without accents would cost 2 "
        "credits, as typed); the text is sent as typed\n")
    assert [a.text for a in sim.accepted()] == [merged, merged, merged]


def test_placeholders_are_kept_and_the_merged_texts_counted(sim: GatewaySimulator,
                                                            tmp_path: Path) -> None:
    book = tmp_path / "book.csv"
    book.write_text("name,number,Πόλη\nMaria K,6912345682,Patras\nJohn L,6912345683,\n",
                    encoding="utf-8")
    assert run_cli(sim, tmp_path, "contacts", "import", str(book), "--group",
                   "G").returncode == 0
    text = ("Dear customer, your order is ready for pickup at our store. Opening hours "
            "9-17. Thanks! From {Πόλη|the shop}")
    plain = run_cli(sim, tmp_path, "send", "--group", "G", "--text", text)
    assert plain.returncode == 0 and plain.stderr == ""  # GSM-7 once merged: no hint
    quoted = text + " «soon»"
    done = run_cli(sim, tmp_path, "send", "--group", "G", "--text", quoted, "--gsm")
    assert done.returncode == 0, done.stderr
    assert done.stderr.endswith("4 → 2 credits: saves 2 credits\n")
    assert sorted(a.text for a in sim.accepted()[2:]) == [
        text.replace("{Πόλη|the shop}", city) + ' "soon"' for city in ("Patras", "the shop")]
    hint = run_cli(sim, tmp_path, "send", "--group", "G", "--text", quoted)
    assert hint.stderr == ("hint: --gsm would cost 2 credits instead of 4 (typography)\n")
