"""`desktop-sms contacts import`, run as a real process: the report, the exit codes (0 all
imported, 1 some rejected, 2 unreadable) and --dry-run writing nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parent.parent / "data" / "contacts"


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_sms", "--data-dir", str(data), "contacts", *args],
        capture_output=True, text=True, encoding="utf-8", timeout=60,
        stdin=subprocess.DEVNULL, env=dict(os.environ, PYTHONIOENCODING="utf-8"))


def listed(data: Path) -> list[str]:
    done = run(data, "list")
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_every_row_imported_exits_0(tmp_path: Path) -> None:
    done = run(tmp_path, "import", str(DATA / "utf8_bom.csv"), "--group", "Πελάτες")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "added 4, updated 0, skipped 0 (duplicates), rejected 0"]
    assert "1\tΕλένη Παπά\t+306912345671\tΠελάτες" in listed(tmp_path)
    # Again: every row is a duplicate now, skipped, which is not a failure.
    again = run(tmp_path, "import", str(DATA / "utf8_bom.csv"))
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1] == (
        "added 0, updated 0, skipped 4 (duplicates), rejected 0")
    assert "line 2: skipped: +306912345671 is already in the address book (Ελένη Παπά)" in (
        again.stdout)


def test_rejected_rows_are_reported_and_exit_1(tmp_path: Path) -> None:
    rejected = tmp_path / "rejected.csv"
    done = run(tmp_path, "import", str(DATA / "bad_rows.csv"), "--region", "gr",
               "--rejected", str(rejected))
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == [
        "line 6: skipped: +306912345601 is already on line 2",
        "line 3: rejected: '+3069': too few digits",
        "line 4: rejected: 'call me': only digits, spaces, dashes, brackets and a leading + "
        "are allowed",
        "line 5: rejected: no number",
        "line 7: rejected: the row has 1 cell(s); the number is in column 2",
        "line 8: rejected: the row has 5 cells but the header has 3 (a separator inside a "
        "value that is not in quotes?)",
        "added 3, updated 0, skipped 1 (duplicates), rejected 5",
    ]
    assert done.stderr.splitlines() == [
        f"error: 5 row(s) rejected (listed above, saved to {rejected}); the others were "
        "imported"]
    assert len(listed(tmp_path)) == 3
    assert rejected.read_text(encoding="utf-8-sig").splitlines()[1] == (
        "3,Too Short,+3069,Αθήνα,,,'+3069': too few digits")


def test_a_rejected_rows_file_that_cannot_be_written_stops_before_importing(
        tmp_path: Path) -> None:
    """The user's file is the problem, said as such, and nothing was imported: the import
    can be run again as it is once the path is fixed."""
    target = tmp_path / "missing" / "rejected.csv"
    done = run(tmp_path, "import", str(DATA / "bad_rows.csv"), "--region", "GR",
               "--rejected", str(target))
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"error: the rejected rows cannot be written to {target}: No such file or "
        "directory; nothing was imported"]
    assert listed(tmp_path) == []


def test_dry_run_reports_and_writes_nothing(tmp_path: Path) -> None:
    done = run(tmp_path, "import", str(DATA / "greek_excel_cp1253.csv"), "--dry-run",
               "--region", "GR")
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines()[-1] == (
        "would add 4, would update 0, skipped 0 (duplicates), rejected 1 (dry run: nothing "
        "was written)")
    assert "warning: line 5: '2101234567': this looks like a landline" in done.stderr
    assert done.stderr.splitlines()[-1] == (
        "error: 1 row(s) rejected (listed above); the others would be imported")
    assert listed(tmp_path) == []


def test_duplicates_update_and_a_chosen_sheet(tmp_path: Path) -> None:
    assert run(tmp_path, "add", "Παλιό όνομα", "+306912345681").returncode == 0
    xlsx = str(DATA / "libreoffice_two_sheets.xlsx")
    done = run(tmp_path, "import", xlsx, "--sheet", "Πελάτες", "--duplicates", "update")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == (
        "added 1, updated 1, skipped 0 (duplicates), rejected 0")
    assert listed(tmp_path)[0] == "1\tΘεόδωρος Κολοκοτρώνης\t+306912345681\t"


def test_an_unreadable_file_is_one_error_line_and_exit_2(tmp_path: Path) -> None:
    binary = tmp_path / "photo.csv"
    binary.write_bytes(bytes(range(256)) * 8)
    cases = [
        ([str(binary)], "error: this file is not a CSV, Excel or vCard file"),
        ([str(tmp_path / "missing.csv")], "error: cannot open"),
        ([str(DATA / "libreoffice_two_sheets.xlsx")],  # its first sheet has a header alone
         "error: the sheet 'Σημειώσεις' has no contacts; the workbook also has: Πελάτες "
         "(choose one with --sheet or in the preview)"),
        ([str(DATA / "empty_first_sheet.xlsx")],
         "error: the sheet 'E' has no contacts; the workbook also has: D (choose one with "
         "--sheet or in the preview)"),
        ([str(DATA / "header_only.csv")], "error: the file has no contacts in it"),
        ([str(DATA / "libreoffice.xlsx"), "--sheet", "Nope"],
         "error: the workbook has no sheet called 'Nope' (it has: for_xlsx)"),
        ([str(DATA / "french_excel_cp1252.csv"), "--encoding", "utf-8"],
         "error: the text cannot be read as utf-8"),
        ([str(DATA / "utf8_bom.csv"), "--region", "XX"],
         "error: 'XX' is not a country code"),
    ]
    for args, error in cases:
        done = run(tmp_path, "import", *args)
        assert done.returncode == 2, (args, done.stderr)
        assert done.stderr.startswith(error), (args, done.stderr)
        assert len(done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr
        assert done.stdout == ""
    assert listed(tmp_path) == []
