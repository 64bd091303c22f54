"""A real PostgreSQL server for the tests: initdb and pg_ctl into a temporary folder, run
as an unprivileged user (``postgres`` when the suite runs as root, as CI does).

One server per test process (each pytest-xdist worker starts its own); each test gets a
fresh database copied from a template that was migrated once, owned by a role with no
more rights than an office's would have (docs/team.md).
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg

from desktop_sms.core.store import location as team_location
from desktop_sms.core.store import postgres

ROLE = "office"
ROLE_PASSWORD = "Team-pa55word-4c1e"
TEMPLATE = "desktop_sms_template"
# make test sets this: there, a missing server is a failure, not a skip.
REQUIRED_ENV = "DESKTOP_SMS_REQUIRE_POSTGRES"


def _bin_dir() -> Path | None:
    for found in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (found / "initdb").exists():
            return found
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def unavailable() -> str | None:
    """Why no server can be started here, or None."""
    if _bin_dir() is None:
        return "PostgreSQL is not installed (Debian: apt-get install postgresql)"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresServer:
    folder: Path
    port: int
    bin_dir: Path
    _names: Iterator[int] = itertools.count(1)

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*prefix, *command], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, timeout=120)

    def admin(self, dbname: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(host=str(self.folder), port=self.port, dbname=dbname,
                               user="postgres", autocommit=True)

    def url(self, database: str, *, user: str = ROLE) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def location(self, database: str) -> team_location.TeamLocation:
        return team_location.parse(self.url(database))[0]

    def new_database(self) -> str:
        """A fresh, migrated database, owned by the office role."""
        name = f"t{os.getpid()}_{next(self._names)}"
        with self.admin() as admin:
            admin.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} OWNER {ROLE}")
        return name

    def empty_database(self) -> str:
        """A database with no schema yet (what an office's administrator creates)."""
        name = f"e{os.getpid()}_{next(self._names)}"
        with self.admin() as admin:
            admin.execute(f"CREATE DATABASE {name} OWNER {ROLE}")
        return name

    def connect(self, database: str) -> postgres.PgConnection:
        return postgres.connect(self.location(database), ROLE_PASSWORD)

    def start(self) -> None:
        """pg_ctl start (again, after stop(): the databases are as they were)."""
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "data"), "-w", "-s",
                  "-l", str(self.folder / "server.log"), "-o",
                  f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                  "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                  "-c max_connections=200", "start")

    def stop(self) -> None:
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "data"), "-m",
                  "immediate", "stop")


@contextmanager
def running_server() -> Iterator[PostgresServer]:
    bin_dir = _bin_dir()
    assert bin_dir is not None
    folder = Path(tempfile.mkdtemp(prefix="desktop-sms-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    server = PostgresServer(folder, _free_port(), bin_dir)
    try:
        server._run(str(bin_dir / "initdb"), "-D", str(folder / "data"), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        # Password logins over TCP (as an office's server has them); the socket trusts
        # postgres, which sets up the role and databases.
        with (folder / "data" / "pg_hba.conf").open("w") as hba:
            hba.write("local all postgres trust\n"
                      "host all all 127.0.0.1/32 scram-sha-256\n")
        server.start()
        with server.admin() as admin:
            admin.execute(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{ROLE_PASSWORD}'")
            admin.execute(f"CREATE DATABASE {TEMPLATE} OWNER {ROLE}")
        server.connect(TEMPLATE).close()  # migrated once; each test's copy starts there
        yield server
    finally:
        try:
            server.stop()
        except (subprocess.SubprocessError, OSError):
            pass
        shutil.rmtree(folder, ignore_errors=True)
