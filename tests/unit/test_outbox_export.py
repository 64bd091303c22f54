"""The outbox as filtered, to CSV and XLSX with every column; progress, Cancel, and a
failed export leaving the previous file as it was."""

from __future__ import annotations

import codecs
import csv
import tempfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from desktop_sms.core import store
from desktop_sms.core.contacts import AddressBook
from desktop_sms.core.export_file import Code, ExportFailed
from desktop_sms.core.outbox.export import COLUMNS, export_outbox
from desktop_sms.core.outbox.history import History, OutboxFilter
from desktop_sms.core.outbox.messages import NewMessage
from desktop_sms.core.outbox.pipeline import Outbox
from desktop_sms.core.sending.engine import Engine
from desktop_sms.core.states import State
from desktop_sms.gateway.client import GatewayClient

ELENI, CLAIRE = "+306912345671", "+33612345678"


@pytest.fixture
def sent(outbox: Outbox, client: GatewayClient) -> Outbox:
    """Two messages sent through the simulator (gateway ids, times), one cancelled."""
    AddressBook(outbox.conn).add("Ελένη", ELENI)
    # A name from an imported sheet may hold a control character (here a vertical tab).
    AddressBook(outbox.conn).add("Claire\x0bDubois", CLAIRE)
    outbox.enqueue([NewMessage(ELENI, "Καλημέρα, «φίλε»", sender="Shop"),
                    NewMessage(CLAIRE, "=1+1 et l'été", flash=True)])
    Engine(outbox, client).run()
    outbox.enqueue([NewMessage(CLAIRE, "Annulé")])
    outbox.cancel([3])
    return outbox


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def test_csv_has_every_column_newest_first(sent: Outbox, tmp_path: Path) -> None:
    path = tmp_path / "outbox.csv"
    assert export_outbox(History(sent.conn), OutboxFilter(), path) == 3
    assert path.read_bytes().startswith(codecs.BOM_UTF8)
    rows = read_csv(path)
    assert list(rows[0]) == list(COLUMNS)
    assert [row["ID"] for row in rows] == ["3", "2", "1"]
    eleni = rows[2]
    message = sent.get(1)
    assert message is not None and message.gateway_id and message.accepted_at
    assert (eleni["Recipient"], eleni["Contact"], eleni["Text"], eleni["Sender"]) == (
        "+30 6912345671", "Ελένη", "Καλημέρα, «φίλε»", "Shop")
    assert (eleni["State"], eleni["Gateway ID"], eleni["Parts"], eleni["Attempts"]) == (
        message.state.value, message.gateway_id, "1", "1")
    assert (eleni["Flash"], rows[1]["Flash"]) == ("no", "yes")
    assert eleni["Created"] == datetime.fromtimestamp(message.created_at).isoformat(
        " ", "seconds")
    assert datetime.fromisoformat(eleni["Accepted"]).timestamp() == pytest.approx(
        message.accepted_at, abs=1)
    assert rows[0]["State"] == "cancelled" and rows[0]["Accepted"] == ""
    assert rows[1]["Contact"] == "Claire\x0bDubois"  # the CSV keeps it as it is


def test_csv_text_a_spreadsheet_would_run_as_a_formula_starts_with_a_quote(
        sent: Outbox, tmp_path: Path) -> None:
    AddressBook(sent.conn).add("@Claire", "+33612345679")
    sent.enqueue([NewMessage("+33612345679", "-5 € off", sender="-Shop")])
    path = tmp_path / "outbox.csv"
    export_outbox(History(sent.conn), OutboxFilter(), path)
    rows = read_csv(path)
    assert rows[2]["Text"] == "'=1+1 et l'été"
    newest = rows[0]
    assert (newest["ID"], newest["Recipient"], newest["Contact"], newest["Text"],
            newest["Sender"]) == ("4", "+33 612345679", "'@Claire", "'-5 € off", "'-Shop")


def test_the_filter_is_respected(sent: Outbox, tmp_path: Path) -> None:
    history = History(sent.conn)
    path = tmp_path / "cancelled.csv"
    assert export_outbox(history, OutboxFilter(State.CANCELLED), path) == 1
    assert [row["Text"] for row in read_csv(path)] == ["Annulé"]
    assert export_outbox(history, OutboxFilter(text="ελένη"), path) in (0, 1)  # LIKE: ASCII case
    assert export_outbox(history, OutboxFilter(text="Ελένη"), path) == 1
    assert [row["ID"] for row in read_csv(path)] == ["1"]
    assert export_outbox(history, OutboxFilter(State.QUEUED, "nobody"), path) == 0
    assert list(csv.reader(path.open(encoding="utf-8-sig"))) == [list(COLUMNS)]


def test_xlsx_typed_cells(sent: Outbox, tmp_path: Path) -> None:
    path = tmp_path / "outbox.xlsx"
    assert export_outbox(History(sent.conn), OutboxFilter(), path) == 3
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    header, *rows = sheet.iter_rows()
    assert tuple(c.value for c in header) == COLUMNS
    by_name = [dict(zip(COLUMNS, row, strict=True)) for row in rows]
    assert [r["ID"].value for r in by_name] == [3, 2, 1]
    claire, eleni = by_name[1], by_name[2]
    assert eleni["Recipient"].value == ELENI and eleni["Recipient"].data_type == "s"
    assert eleni["Contact"].value == "Ελένη"
    assert isinstance(eleni["Created"].value, datetime)
    assert claire["Flash"].value is True
    # Text that looks like a formula stays text; a control character XML cannot hold
    # becomes U+FFFD rather than breaking the file.
    assert claire["Text"].data_type == "s"
    assert claire["Text"].value == "=1+1 et l'été"
    assert claire["Contact"].value == "Claire\ufffdDubois"
    assert by_name[0]["Accepted"].value is None


def test_progress_and_cancel_leave_the_old_file(outbox: Outbox, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    outbox.enqueue([NewMessage(ELENI, f"message {i}") for i in range(1000)])
    history = History(outbox.conn)
    seen: list[tuple[int, int]] = []
    path = tmp_path / "outbox.xlsx"
    assert export_outbox(history, OutboxFilter(), path,
                         progress=lambda done, total: seen.append((done, total))) == 1000
    assert seen[-1] == (1000, 1000)
    good = path.read_bytes()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    for suffix in (".xlsx", ".csv"):
        target = path.with_suffix(suffix)
        target.write_bytes(good)
        with pytest.raises(ExportFailed) as raised:
            export_outbox(history, OutboxFilter(), target, should_stop=lambda: True)
        assert raised.value.code is Code.CANCELLED
        assert target.read_bytes() == good
    assert list(scratch.iterdir()) == []  # openpyxl's temporary files too
    assert sorted(p.name for p in tmp_path.iterdir()
                  if not p.name.startswith(store.DB_FILE)) == ["outbox.csv", "outbox.xlsx", "tmp"]


def test_unknown_format(outbox: Outbox, tmp_path: Path) -> None:
    with pytest.raises(ExportFailed) as raised:
        export_outbox(History(outbox.conn), OutboxFilter(), tmp_path / "outbox.xls")
    assert raised.value.code is Code.UNKNOWN_FORMAT
    assert raised.value.params["formats"] == ".csv or .xlsx"
