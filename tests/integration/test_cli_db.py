"""`desktop-sms db move-to URL` as a real process against a real PostgreSQL: the table of
what was copied, nothing doubled the second time, and one `error:` line (no password in
it) for a bad URL, a server that is not there and a wrong password."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_sms.core.contacts import AddressBook
from tests.postgres_server import ROLE_PASSWORD, PostgresServer, _free_port


def run(data: Path, *args: str, password: str = ROLE_PASSWORD) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", DESKTOP_SMS_DATABASE_PASSWORD=password)
    return subprocess.run(
        [sys.executable, "-m", "desktop_sms", "--data-dir", str(data), *args],
        capture_output=True, text=True, encoding="utf-8", timeout=60,
        stdin=subprocess.DEVNULL, env=env)


def copied(done: subprocess.CompletedProcess[str]) -> dict[str, tuple[int, int]]:
    lines = [line.split("\t") for line in done.stdout.splitlines()[1:]]
    return {table: (int(in_file), int(n)) for table, in_file, n in lines}


def test_move_then_move_again(postgres_server: PostgresServer, tmp_path: Path) -> None:
    assert run(tmp_path, "contacts", "add", "Ελένη Παπά", "+306912345671", "--group",
               "Πελάτες").returncode == 0
    assert run(tmp_path, "optout", "add", "+306900000001").returncode == 0
    assert run(tmp_path, "templates", "save", "Προσφορά", "--text", "Γεια").returncode == 0
    database = postgres_server.new_database()
    done = run(tmp_path, "db", "move-to", postgres_server.url(database))
    assert done.returncode == 0, done.stderr
    found = copied(done)
    assert found["contacts"] == (1, 1) and found["groups"] == (1, 1)
    assert found["opt_outs"] == (1, 1) and found["templates"] == (1, 1)
    assert "kept as it was" in done.stderr and ROLE_PASSWORD not in done.stderr
    again = run(tmp_path, "db", "move-to", postgres_server.url(database))
    assert again.returncode == 0, again.stderr
    assert all(n == 0 for _in_file, n in copied(again).values())
    with postgres_server.connect(database) as team:
        [eleni] = AddressBook(team).search()
        assert (eleni.name, eleni.groups) == ("Ελένη Παπά", ("Πελάτες",))
    assert run(tmp_path, "contacts", "list").stdout.startswith("1\tΕλένη Παπά")


@pytest.mark.parametrize("case", ["bad url", "no server", "wrong password"])
def test_failures_are_one_error_line(postgres_server: PostgresServer, tmp_path: Path,
                                     case: str) -> None:
    database = postgres_server.new_database()
    url, password = {
        "bad url": ("mysql://office@127.0.0.1/x", ROLE_PASSWORD),
        "no server": (f"postgresql://office@127.0.0.1:{_free_port()}/x", ROLE_PASSWORD),
        "wrong password": (postgres_server.url(database), "Wr0ng-pa55word-9d2"),
    }[case]
    done = run(tmp_path, "db", "move-to", url, password=password)
    assert done.returncode != 0
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "Traceback" not in done.stderr, done.stderr
    assert password not in done.stderr + done.stdout
