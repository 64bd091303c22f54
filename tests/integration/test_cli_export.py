"""`contacts export` and `outbox export`, run as real processes."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
import vobject

from desktop_sms.simulator import GatewaySimulator
from tests.integration.test_cli import run_cli


def test_contacts_export_csv_and_vcard(sim: GatewaySimulator, tmp_path: Path) -> None:
    assert run_cli(sim, tmp_path, "contacts", "add", "Ελένη Παπαδοπούλου", "+306912345671",
                   "--group", "Πελάτες").returncode == 0
    assert run_cli(sim, tmp_path, "contacts", "add", "Zoé", "+33612345678").returncode == 0
    path = tmp_path / "contacts.csv"
    done = run_cli(sim, tmp_path, "contacts", "export", str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"exported 2 contacts to {path}\n" and done.stderr == ""
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [(r["Name"], r["Groups"]) for r in rows] == [("Ελένη Παπαδοπούλου", "Πελάτες"),
                                                       ("Zoé", "")]
    card = tmp_path / "contacts.VCF"  # the extension in any case
    done = run_cli(sim, tmp_path, "contacts", "export", str(card))
    assert done.returncode == 0, done.stderr
    names = [c.fn.value for c in vobject.readComponents(card.read_text(encoding="utf-8"))]
    assert names == ["Ελένη Παπαδοπούλου", "Zoé"]


def test_contacts_export_refuses_what_the_encoding_cannot_hold(
        sim: GatewaySimulator, tmp_path: Path) -> None:
    run_cli(sim, tmp_path, "contacts", "add", "Ελένη", "+306912345671")
    path = tmp_path / "contacts.csv"
    done = run_cli(sim, tmp_path, "contacts", "export", str(path), "--encoding", "cp1252")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == ("error: the contact 'Ελένη' holds 'Ε' (U+0395), which "
                           "Windows-1252 cannot hold; nothing was written: export in UTF-8 "
                           "instead\n")
    assert not path.exists()
    done = run_cli(sim, tmp_path, "contacts", "export", str(path), "--encoding", "cp1253")
    assert done.returncode == 0, done.stderr
    assert path.read_bytes().splitlines()[1].startswith("Ελένη".encode("cp1253"))


def test_outbox_export_by_state(sim: GatewaySimulator, tmp_path: Path) -> None:
    sent = run_cli(sim, tmp_path, "send", "--to", "306912345671", "--to", "33612345678",
                   "--text", "Καλημέρα")
    assert sent.returncode == 0, sent.stderr
    book = tmp_path / "outbox.xlsx"
    done = run_cli(sim, tmp_path, "outbox", "export", str(book))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"exported 2 messages to {book}\n"
    rows = list(openpyxl.load_workbook(book).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert [row[4] for row in rows[1:]] == ["Καλημέρα", "Καλημέρα"]
    path = tmp_path / "queued.csv"
    for args in (("outbox", "export", str(path), "--state", "queued"),
                 ("outbox", "--state", "queued", "export", str(path))):
        done = run_cli(sim, tmp_path, *args)
        assert done.returncode == 0, done.stderr
        assert done.stdout == f"exported 0 messages to {path}\n"


@pytest.mark.parametrize(("args", "message"), [
    (("contacts", "export", "{dir}/contacts.txt"), "the name must end in .csv or .vcf"),
    (("outbox", "export", "{dir}/outbox.xls"), "the name must end in .csv or .xlsx"),
    (("contacts", "export", "{dir}/missing/contacts.csv"),
     "cannot write {dir}/missing/contacts.csv: No such file or directory"),
    (("outbox", "export", "{dir}"), "the name must end in"),
    (("contacts", "export", "{dir}/c.vcf", "--encoding", "cp1253"),
     "--encoding is for a .csv file"),
])
def test_export_failures_are_one_error_line(sim: GatewaySimulator, tmp_path: Path,
                                            args: tuple[str, ...], message: str) -> None:
    done = run_cli(sim, tmp_path, *(a.format(dir=tmp_path) for a in args))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1
    assert message.format(dir=tmp_path) in done.stderr
    assert not [p for p in tmp_path.rglob("*") if p.suffix in (".part", ".vcf", ".txt")]
