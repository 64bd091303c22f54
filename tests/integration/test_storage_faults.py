"""The data folder going wrong under the command line (issue 9, defects 5 and 6): a folder
that is a file, a read-only or full disk, a damaged page, a locked file. Each gives one
`error:` line a person can act on, exit code 2, and a database that is still whole."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from desktop_sms.core import store
from desktop_sms.simulator import FaultKind, GatewaySimulator
from tests.conftest import SENTINEL_PASSWORD
from tests.integration import small_disk
from tests.integration.holders import holding
from tests.integration.test_cli import run_cli
from tests.integration.test_cli_hostile import assert_one_error_line, cli_env

GR = "306912345678"
UK = "447911123456"
NO_SMALL_DISK = small_disk.available()
needs_small_disk = pytest.mark.skipif(NO_SMALL_DISK is not None, reason=NO_SMALL_DISK or "")


def account(sim: GatewaySimulator) -> list[str]:
    return ["--gateway-url", sim.url, "--user", "demo"]


def assert_stderr_error(result: dict[str, Any], *words: str) -> None:
    done = subprocess.CompletedProcess(result["cli"], result["code"], result["stdout"],
                                       result["stderr"])
    assert_one_error_line(done, *words)


# --- a folder that is not one -------------------------------------------------------------

@pytest.mark.parametrize("where", ["is-a-file", "under-a-file"])
@pytest.mark.parametrize("command", [("outbox",), ("send", "--to", GR, "--text", "hi"),
                                     ("balance",)])
def test_data_folder_that_is_a_file(sim: GatewaySimulator, tmp_path: Path, where: str,
                                    command: tuple[str, ...]) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    folder = blocker if where == "is-a-file" else blocker / "inside"
    done = run_cli(sim, folder, *command)
    assert done.returncode == 2
    assert_one_error_line(done, "a file is in the way", str(folder))
    assert sim.request_count() == 0 and blocker.read_text() == "not a folder"


# --- a damaged database -----------------------------------------------------------------------

def damage_messages_table(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'messages'"
                            ).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(db, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xde\xad\xbe\xef" * (page_size // 4))


@pytest.mark.parametrize("command", [("outbox",), ("send", "--to", UK, "--text", "more"),
                                     ("resume",), ("refresh",)])
def test_a_damaged_page_is_one_clear_line(sim: GatewaySimulator, tmp_path: Path,
                                          command: tuple[str, ...]) -> None:
    assert run_cli(sim, tmp_path, "send", "--to", GR, "--text", "before").returncode == 0
    sim.inject("send_sms", FaultKind.HTTP_401, times=1)  # one left queued, for `resume`
    assert run_cli(sim, tmp_path, "send", "--to", UK, "--text", "queued").returncode == 1
    db = store.database_path(tmp_path)
    damage_messages_table(db)
    done = run_cli(sim, tmp_path, *command)
    assert done.returncode == 2
    assert_one_error_line(done, "is damaged", str(db), "move the file away")
    assert len(sim.accepted()) == 1  # nothing more was sent


def test_a_damaged_database_names_the_backup_copy(sim: GatewaySimulator, tmp_path: Path) -> None:
    assert run_cli(sim, tmp_path, "send", "--to", GR, "--text", "before").returncode == 0
    db = store.database_path(tmp_path)
    copy = db.with_name(db.name + ".v1.bak")
    copy.write_bytes(b"a copy")
    damage_messages_table(db)
    done = run_cli(sim, tmp_path, "outbox")
    assert_one_error_line(done, f"restore the backup copy {copy}")


# --- a locked database ----------------------------------------------------------------------

def test_a_database_locked_by_another_program(sim: GatewaySimulator, tmp_path: Path) -> None:
    store.connect(store.database_path(tmp_path)).close()
    with holding("write-lock", store.database_path(tmp_path)):
        started = time.monotonic()
        done = run_cli(sim, tmp_path, "send", "--to", GR, "--text", "hi")
        waited = time.monotonic() - started
    assert done.returncode == 2
    assert_one_error_line(done, "in use by another program", "try again")
    assert sim.request_count() == 0
    print(f"locked database: gave up after {waited:.1f} s")
    listed = run_cli(sim, tmp_path, "outbox")
    assert listed.returncode == 0 and listed.stdout == ""


# --- a read-only or full disk (a real small disk, in a private mount namespace) --------------

@needs_small_disk
def test_an_empty_read_only_data_folder(sim: GatewaySimulator, tmp_path: Path) -> None:
    results = small_disk.run({
        "mount": str(tmp_path / "disk"), "size": "4m",
        "env": cli_env(DESKTOP_SMS_PASSWORD=SENTINEL_PASSWORD),
        "steps": [{"read_only": True}, {"cli": ["outbox"]},
                  {"cli": [*account(sim), "send", "--to", GR, "--text", "hi"]},
                  {"cli": [*account(sim), "balance"]}],
    })
    for result in results:
        assert result["code"] == 2, result
        assert_stderr_error(result, "cannot write in its data folder", "--data-dir")
    assert sim.request_count() == 0


@needs_small_disk
def test_a_full_disk_loses_nothing(sim: GatewaySimulator, tmp_path: Path) -> None:
    results = small_disk.run({
        "mount": str(tmp_path / "disk"), "size": "24m",
        "env": cli_env(DESKTOP_SMS_PASSWORD=SENTINEL_PASSWORD),
        "steps": [
            {"cli": [*account(sim), "send", "--to", GR, "--text", "before"]},
            {"fill": 0},
            {"cli": [*account(sim), "send", "--to", UK, "--text", "while full"]},
            {"unfill": True},
            {"fill": 2 * 1024 * 1024},  # room to open the database, not for a status reply
            {"cli": [*account(sim), "refresh"]},
            {"cli": [*account(sim), "balance"]},
            {"cli": ["outbox", "--json"]},
            {"unfill": True},
            {"cli": [*account(sim), "refresh"]},
            {"sql": "PRAGMA integrity_check"},
            {"sql": "SELECT recipient, state FROM messages ORDER BY id"},
        ],
    })
    before, send, refresh, balance, listed, refreshed, integrity, rows = results
    assert before["code"] == 0, before
    assert send["code"] == 2
    assert_stderr_error(send, "is full", "Free some space")
    assert refresh["code"] == 2
    assert_stderr_error(refresh, "statuses were not fetched", "wait at the gateway")
    assert balance["code"] == 0 and balance["stdout"].strip() == str(sim.balance)
    assert listed["code"] == 0 and "while full" not in listed["stdout"]
    # Once there is room, the statuses that waited at the gateway arrive.
    assert refreshed["code"] == 0, refreshed
    assert "+306912345678\tdelivered" in refreshed["stdout"]
    assert integrity["rows"] == [["ok"]]
    assert rows["rows"] == [["+306912345678", "delivered"]]
    assert [a.text for a in sim.accepted()] == ["before"]


# --- the window ------------------------------------------------------------------------------

def run_window(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_sms", "--data-dir", str(folder), *args],
        capture_output=True, text=True, env=cli_env(QT_QPA_PLATFORM="offscreen"), timeout=90,
        stdin=subprocess.DEVNULL,
    )


def assert_window_refused(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 1, done
    assert_one_error_line(done, *words)


@pytest.mark.parametrize("where", ["is-a-file", "under-a-file"])
def test_the_window_with_a_data_folder_that_is_a_file(tmp_path: Path, where: str) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    folder = blocker if where == "is-a-file" else blocker / "inside"
    assert_window_refused(run_window(folder, "--quit-when-ready"), "a file is in the way")


def test_the_self_test_on_a_damaged_database_fails_in_one_line_without_hanging(
        tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    demo.mkdir()
    conn = store.connect(store.database_path(demo))
    conn.execute("INSERT INTO contacts (name, number, created_at, updated_at) "
                 "VALUES ('A', '+306912345678', 0, 0)")
    conn.close()
    damage_messages_table(store.database_path(demo))
    started = time.monotonic()
    done = run_window(tmp_path, "--self-test")
    print(f"self-test on a damaged database: exit {done.returncode} after "
          f"{time.monotonic() - started:.1f} s")
    assert done.returncode == 1
    assert "is damaged" in done.stderr and "Traceback" not in done.stderr
    assert "Fatal" not in done.stderr and "double free" not in done.stderr


def test_the_window_on_a_damaged_index_fails_in_one_line(tmp_path: Path) -> None:
    conn = store.connect(store.database_path(tmp_path))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root, size = (conn.execute("SELECT rootpage FROM sqlite_master WHERE name = "
                               "'messages_state'").fetchone()[0],
                  conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    with open(store.database_path(tmp_path), "r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\xba\xad" * (size // 2))
    assert_window_refused(run_window(tmp_path, "--quit-when-ready"), "is damaged")


def test_the_window_with_a_database_locked_longer_than_it_waits(tmp_path: Path) -> None:
    # The defect's case: a write lock held by another process for 16 s. Reading goes on
    # (WAL); the self-test's send waits the busy timeout, then says so and exits.
    folder = tmp_path / "demo"
    folder.mkdir()
    store.connect(store.database_path(folder)).close()
    with holding("write-lock", store.database_path(folder), seconds=16):
        started = time.monotonic()
        done = run_window(tmp_path, "--self-test")
        waited = time.monotonic() - started
    print(f"self-test against a locked database: exit {done.returncode} after {waited:.1f} s")
    assert done.returncode == 1, done
    assert "in use by another program" in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.count("error: ") == 1


@needs_small_disk
@pytest.mark.parametrize("disk", ["read-only", "full"])
def test_the_window_on_a_read_only_or_full_disk(tmp_path: Path, disk: str) -> None:
    steps: list[dict[str, Any]] = [{"read_only": True}] if disk == "read-only" else [
        {"cli": ["outbox"]}, {"fill": 0}]
    results = small_disk.run({
        "mount": str(tmp_path / "disk"), "size": "4m",
        "env": cli_env(QT_QPA_PLATFORM="offscreen"),
        "steps": [*steps, {"cli": ["--quit-when-ready"]}],
    })
    window = results[-1]
    assert window["code"] == 1, window
    assert_stderr_error(window, "cannot write" if disk == "read-only" else "is full")


@needs_small_disk
def test_a_disk_that_fills_during_a_send_names_what_is_left_and_nothing_goes_twice(
        sim: GatewaySimulator, tmp_path: Path) -> None:
    # A hostile review: the batch was queued, a later write failed, and the error said
    # "try again": trying again with `send`, then `resume`, sent every number three times.
    numbers = [f"3069123456{i:02d}" for i in range(10)]
    to = [arg for number in numbers for arg in ("--to", number)]
    results = small_disk.run({
        "mount": str(tmp_path / "disk"), "size": "3m",
        "env": cli_env(DESKTOP_SMS_PASSWORD=SENTINEL_PASSWORD),
        "steps": [
            {"cli": ["outbox"]},
            # Room for the batch (schema 6 writes a campaign row and one more index), not
            # for the whole send: four requests are in flight when the disk fills.
            {"fill": 80 * 1024},
            {"cli": [*account(sim), "send", *to, "--text", "fills the disk"]},
            {"unfill": True},
            {"cli": [*account(sim), "resume"]},
            {"sql": "PRAGMA integrity_check"},
            {"sql": "SELECT state, count(*) FROM messages GROUP BY state"},
        ],
    })
    _, send, resume, integrity, states = results
    assert send["code"] == 2, send
    # The batch fits; the disk fills on the way: the line names what waits, and how.
    assert_stderr_error(send, "is full", "still queued", "desktop-sms resume",
                        "do not send them again")
    assert integrity["rows"] == [["ok"]]
    per_number: dict[str, int] = {}
    for accepted in sim.accepted():
        per_number[accepted.mobile_number] = per_number.get(accepted.mobile_number, 0) + 1
    assert max(per_number.values(), default=1) == 1  # nothing went twice
    counted = dict(map(tuple, states["rows"]))
    assert "queued" not in counted and "sending" not in counted
    print(f"full during send: {len(sim.accepted())} accepted, states {counted}, "
          f"resume exit {resume['code']}")
