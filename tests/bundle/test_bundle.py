"""The PyInstaller bundle, built once per run, smoke-tested like a user would start it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.postgres_server import ROLE_PASSWORD, PostgresServer

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "desktop-sms"
EXE = BUNDLE / ("desktop-sms.exe" if sys.platform == "win32" else "desktop-sms")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def bundle() -> Path:
    if shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[bundle]')")
    build = subprocess.run(["make", "bundle"], cwd=ROOT, capture_output=True, text=True,
                           timeout=900)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    assert EXE.exists()
    return EXE


def run(exe: Path, *args: str, env: dict[str, str] | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    environment.pop("PYTHONPATH", None)
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=timeout,
                          env=environment, stdin=subprocess.DEVNULL)


def test_self_test_passes_with_a_clean_stderr(bundle: Path, tmp_path: Path) -> None:
    done = run(bundle, "--self-test", "--data-dir", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("self-test passed: message 1 to +306912345678 delivered")
    assert done.stderr == ""
    log = (tmp_path / "demo" / "desktop-sms.log").read_text()
    assert "starting (demo=True)" in log  # the bundle logs to the data folder


def test_quit_when_ready(bundle: Path, tmp_path: Path) -> None:
    done = run(bundle, "--demo", "--quit-when-ready", "--data-dir", str(tmp_path))
    assert (done.returncode, done.stderr) == (0, "")


def test_cli_in_the_bundle(bundle: Path, tmp_path: Path) -> None:
    done = run(bundle, "--data-dir", str(tmp_path), "contacts", "add", "Eleni",
               "+30 691 234 5678")
    assert done.returncode == 0, done.stderr
    assert "+306912345678" in run(bundle, "--data-dir", str(tmp_path), "contacts",
                                  "list").stdout


def test_cli_in_the_bundle_on_a_team_database(bundle: Path, tmp_path: Path,
                                              postgres_server: PostgresServer) -> None:
    """psycopg and its libpq travel in the bundle: a team database works from it."""
    database = postgres_server.new_database()
    env = {"DESKTOP_SMS_DATABASE": postgres_server.url(database),
           "DESKTOP_SMS_DATABASE_PASSWORD": ROLE_PASSWORD}
    done = run(bundle, "--data-dir", str(tmp_path), "contacts", "add", "Ελένη",
               "+30 691 234 5678", env=env)
    assert done.returncode == 0, done.stderr
    with postgres_server.connect(database) as team:
        assert team.execute("SELECT name FROM contacts").fetchone()[0] == "Ελένη"


def test_contents_are_trimmed(bundle: Path) -> None:
    internal = bundle.parent / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    assert "resources/desktop-sms.svg" in names
    assert any(n.startswith("keyring-") and n.endswith(".dist-info") for n in names)
    assert not any("tkinter" in n or n.startswith("tests/") for n in names)
    translations = {n.rsplit("/", 1)[-1] for n in names if n.endswith(".qm")}
    # Ours, and Qt's own for its buttons and dialogs (the Greek one is ours: Qt has none).
    ours = {"desktop_sms_en.qm", "desktop_sms_fr.qm", "desktop_sms_el.qm", "qtbase_el.qm"}
    assert ours | {"qtbase_fr.qm"} <= translations <= ours | {"qtbase_en.qm", "qtbase_fr.qm"}
    assert not any("libqgtk3" in n or "libqvnc" in n for n in names)
    # The desktop's own libraries are not copied; the ones many systems lack are.
    assert not names & {"libX11.so.6", "libglib-2.0.so.0", "libstdc++.so.6", "libdbus-1.so.3"}
    assert "libxcb-cursor.so.0" in names
    assert all(p.exists() for p in internal.glob("*.so*")), "a link to a dropped library"


# What Qt asks of ICU: collation per locale, locale case mapping, IDNA.
ICU_PROBE = """
from PySide6.QtCore import QCollator, QLocale, QUrl
words = ["Ωμέγα", "άλφα", "Βήτα", "alpha", "Zeta", "Äpfel", "zebra", "éclair", "İz"]
for name in ("el_GR", "de_DE", "sv_SE", "tr_TR", "ja_JP"):
    collator = QCollator(QLocale(name))
    print(name, sorted(words, key=collator.sortKey))
print(QLocale("tr_TR").toUpper("istanbul"), QLocale("el_GR").toUpper("άλφα"))
print(QUrl.toAce("ελληνικά.gr"), QUrl.fromAce(QUrl.toAce("bücher.de")))
with open("/proc/self/maps") as maps:  # which libicudata answered, as the last line
    print({line.split()[-1] for line in maps if "libicudata" in line})
"""


def test_trimmed_icu_data_gives_qt_the_same_answers(bundle: Path) -> None:
    (icudata,) = (bundle.parent / "_internal" / "PySide6" / "Qt" / "lib").glob("libicudata.so.*")
    if icudata.stat().st_size > 20 * 2**20:
        pytest.skip("ICU data not trimmed: icupkg or binutils missing at build time")
    # The loader takes an already loaded library by its soname, so preloading the bundle's
    # libicudata makes this Python's PySide6 read the trimmed data.
    probe = [sys.executable, "-c", ICU_PROBE]
    whole = subprocess.run(probe, capture_output=True, text=True, timeout=60)
    trimmed = subprocess.run(probe, capture_output=True, text=True, timeout=60,
                             env={**os.environ, "LD_PRELOAD": str(icudata)})
    assert whole.returncode == 0, whole.stderr
    assert "el_GR ['άλφα', 'Βήτα', 'Ωμέγα'" in whole.stdout
    answers, loaded = trimmed.stdout.rsplit("\n", 2)[0], trimmed.stdout.rsplit("\n", 2)[1]
    assert loaded == repr({str(icudata)})
    assert (answers, trimmed.stderr) == (whole.stdout.rsplit("\n", 2)[0], whole.stderr)


@pytest.mark.skipif(not (shutil.which("dbus-run-session") and
                         shutil.which("gnome-keyring-daemon")),
                    reason="needs dbus-run-session and gnome-keyring (installed by make test "
                           "when run as root)")
def test_bundle_selects_the_secret_service_keyring(bundle: Path) -> None:
    script = ("echo -n unlock | gnome-keyring-daemon --unlock --components=secrets "
              f">/dev/null 2>&1; exec '{bundle}' keyring")
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    done = subprocess.run(["dbus-run-session", "--", "sh", "-c", script],
                          capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("keyring.backends.SecretService.Keyring\tusable")
