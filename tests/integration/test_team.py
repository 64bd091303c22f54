"""Two workstations on one team database (a real PostgreSQL server), as real `desktop-sms`
processes on two data folders, against the simulator: one campaign sent together exactly
once, a workstation killed mid-send, what one adds applied by the other, one poller."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_sms.core import store, team
from desktop_sms.simulator import GatewaySimulator
from tests.conftest import SENTINEL_PASSWORD
from tests.postgres_server import ROLE_PASSWORD, PostgresServer

NUMBERS = [f"+306911{i:06d}" for i in range(1, 1001)]
CONCURRENCY = 4


@dataclass
class Office:
    server: PostgresServer
    database: str
    sim: GatewaySimulator
    root: Path

    @property
    def url(self) -> str:
        return self.server.url(self.database)

    def argv(self, desk: str, *args: str) -> list[str]:
        """A command on workstation ``desk`` (its own data folder), on the team database."""
        return [sys.executable, "-m", "desktop_sms", "--data-dir", str(self.root / desk),
                "--gateway-url", self.sim.url, "--user", "demo", "--database", self.url, *args]

    def start(self, desk: str, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(self.argv(desk, *args), env=environment(), text=True,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)

    def run(self, desk: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.argv(desk, *args), env=environment(), text=True,
                              capture_output=True, timeout=120, stdin=subprocess.DEVNULL)

    def outbox(self, desk: str) -> list[dict[str, object]]:
        listed = self.run(desk, "outbox", "--json")
        assert listed.returncode == 0, listed.stderr
        return list(json.loads(listed.stdout))

    def count(self) -> int:
        with self.server.connect(self.database) as conn:
            return int(conn.execute("SELECT count(*) FROM messages").fetchone()[0])


def environment() -> dict[str, str]:
    """Passwords in the environment, never in argv (other users can read it)."""
    env = dict(os.environ, DESKTOP_SMS_PASSWORD=SENTINEL_PASSWORD,
               DESKTOP_SMS_DATABASE_PASSWORD=ROLE_PASSWORD)
    for name in ("DESKTOP_SMS_DATABASE", "DESKTOP_SMS_GATEWAY_URL", "PGPASSWORD"):
        env.pop(name, None)
    return env


@pytest.fixture
def office(postgres_server: PostgresServer, tmp_path: Path) -> Iterator[Office]:
    # A round trip long enough that the two workstations' sends overlap.
    with GatewaySimulator(users={"demo": SENTINEL_PASSWORD}, balance=10**6, latency=0.04,
                          sent_delay=0.05, final_delay=0.2) as sim:
        yield Office(postgres_server, postgres_server.new_database(), sim, tmp_path)


def send_campaign(office: Office, count: int) -> tuple[subprocess.Popen[str],
                                                        subprocess.Popen[str]]:
    """Workstation a queues and sends a campaign; b resumes as soon as it is queued."""
    args = ["send", "--text", "office campaign", "--campaign", "spring",
            "--concurrency", str(CONCURRENCY), "--over-balance"]
    for number in NUMBERS[:count]:
        args += ["--to", number]
    first = office.start("a", *args)
    deadline = time.monotonic() + 60
    while office.count() < count and time.monotonic() < deadline:
        time.sleep(0.02)
    assert office.count() == count, "the campaign is queued whole, in one transaction"
    second = office.start("b", "resume", "--concurrency", str(CONCURRENCY))
    return first, second


@pytest.mark.slow
def test_two_workstations_send_one_campaign_exactly_once(office: Office) -> None:
    first, second = send_campaign(office, len(NUMBERS))
    out_a, err_a = first.communicate(timeout=300)
    out_b, err_b = second.communicate(timeout=300)
    assert first.returncode == 0, err_a
    assert second.returncode == 0, err_b

    accepted = office.sim.accepted()
    per_number = Counter("+" + a.mobile_number for a in accepted)
    assert sorted(per_number) == NUMBERS and max(per_number.values()) == 1  # exactly once
    sent_a, sent_b = out_a.count("\taccepted"), out_b.count("\taccepted")
    assert sent_a > 0 and sent_b > 0 and sent_a + sent_b == len(NUMBERS), (sent_a, sent_b)

    time.sleep(0.3)  # the simulator's final statuses are due
    refreshed = office.run("a", "refresh")  # the poller applies them for both
    assert refreshed.returncode == 0, refreshed.stderr
    seen_a, seen_b = office.outbox("a"), office.outbox("b")
    assert seen_a == seen_b
    by_id = {a.sms_id: "+" + a.mobile_number for a in accepted}
    for row in seen_a:
        assert row["state"] == ("failed" if str(row["to"]).endswith("0") else "delivered")
        assert by_id[str(row["gateway_id"])] == row["to"]
        assert (row["queued_on"], row["queued_by"]) == team.who()


@pytest.mark.slow
def test_a_workstation_killed_mid_send_leaves_only_its_in_flight_unknown(
        office: Office) -> None:
    count = 400
    first, second = send_campaign(office, count)
    deadline = time.monotonic() + 60
    while len(office.sim.accepted()) < count // 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    first.kill()  # SIGKILL: its session ends, the server frees its lock
    first.communicate(timeout=30)
    out_b, err_b = second.communicate(timeout=300)
    assert second.returncode == 0, err_b
    assert out_b.count("\taccepted") > 0

    listed = office.run("b", "outbox", "--json")  # every command looks for gone claimers
    assert listed.returncode == 0, listed.stderr
    rows = {str(r["to"]): r for r in json.loads(listed.stdout)}
    states = Counter(str(r["state"]) for r in rows.values())
    assert states["sending"] == 0 and states["queued"] == 0
    assert states["unknown"] <= CONCURRENCY  # at most what the killed one had in flight
    assert listed.stderr.count("was being sent when desktop-sms stopped") == states["unknown"]

    accepted = office.sim.accepted()
    per_number = Counter("+" + a.mobile_number for a in accepted)
    assert max(per_number.values()) == 1  # nothing sent twice
    assert len(per_number) >= count - states["unknown"]
    for number, row in rows.items():
        if row["state"] == "unknown":
            assert row["gateway_id"] is None
        else:  # the other finished the rest
            assert row["state"] == "accepted" and per_number[number] == 1


def test_a_contact_and_an_opt_out_added_on_one_desk_serve_the_other(office: Office) -> None:
    added = office.run("a", "contacts", "add", "Alice", "+306900000001")
    assert added.returncode == 0, added.stderr
    sent = office.run("b", "send", "--to", "Alice", "--text", "hello Alice")
    assert sent.returncode == 0, sent.stderr
    assert [a.mobile_number for a in office.sim.accepted()] == ["306900000001"]

    opted = office.run("a", "optout", "add", "+306900000001")
    assert opted.returncode == 0, opted.stderr
    refused = office.run("b", "send", "--to", "Alice", "--text", "hello again")
    assert refused.returncode != 0
    assert "opt" in refused.stderr
    assert len(office.sim.accepted()) == 1  # not sent to the number opted out on desk a


def test_refresh_leaves_the_fetch_to_the_poller(office: Office) -> None:
    with office.server.connect(office.database) as poller:
        assert team.is_poller(poller)  # another workstation's window, say
        done = office.run("a", "refresh")
        assert done.returncode == 0, done.stderr
        assert "another workstation fetches the delivery statuses" in done.stderr
        assert office.sim.request_count("get_status") == 0
    done = office.run("a", "refresh")  # the poller is gone: this one fetches
    assert done.returncode == 0, done.stderr
    assert office.sim.request_count("get_status") == 1


def test_who_queued_it_is_listed_and_filtered(office: Office) -> None:
    sent = office.run("a", "send", "--to", "+306900000001", "--text", "hi")
    assert sent.returncode == 0, sent.stderr
    workstation, user = team.who()
    for filters, expected in ((("--workstation", workstation.upper()), 1),
                              (("--user", user), 1), (("--user", user + "x"), 0),
                              (("--workstation", "elsewhere"), 0)):
        listed = office.run("b", "outbox", "--json", *filters)
        assert listed.returncode == 0, listed.stderr
        assert len(json.loads(listed.stdout)) == expected, filters


@pytest.mark.parametrize("case", ["unreachable", "wrong password", "password in URL", "bad URL"])
def test_a_team_database_that_cannot_be_used_is_one_error_line(
        office: Office, case: str) -> None:
    secret = "Wr0ng-secret-93xq"
    url = {"unreachable": "postgresql://office@127.0.0.1:9/office",
           "wrong password": office.url,
           "password in URL": office.url.replace("office@", f"office:{secret}@"),
           "bad URL": "mysql://office@127.0.0.1/office"}[case]
    env = dict(environment(), DESKTOP_SMS_DATABASE_PASSWORD=secret)
    folder = office.root / "desk"
    done = subprocess.run(
        [sys.executable, "-m", "desktop_sms", "--data-dir", str(folder), "--gateway-url",
         office.sim.url, "--user", "demo", "--database", url, "send", "--to",
         "+306900000001", "--text", "hi"],
        env=env, text=True, capture_output=True, timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode != 0
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1, done.stderr
    assert secret not in done.stderr
    if case != "bad URL":
        assert "127.0.0.1" in done.stderr  # names the server
    assert office.sim.request_count() == 0
    assert not store.database_path(folder).exists()  # nothing queued here behind its back
    assert office.count() == 0


def test_the_database_can_come_from_the_environment(office: Office) -> None:
    sent = office.run("a", "send", "--to", "+306900000001", "--text", "hi")
    assert sent.returncode == 0, sent.stderr
    env = dict(environment(), DESKTOP_SMS_DATABASE=office.url)
    listed = subprocess.run(
        [sys.executable, "-m", "desktop_sms", "--data-dir", str(office.root / "c"),
         "outbox", "--json"],
        env=env, text=True, capture_output=True, timeout=60, stdin=subprocess.DEVNULL)
    assert listed.returncode == 0, listed.stderr
    assert [row["to"] for row in json.loads(listed.stdout)] == ["+306900000001"]
