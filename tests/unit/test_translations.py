"""The .ts files are complete and faithful: they hold exactly what the source asks to
translate (a stale file fails: lupdate is run into a temporary file and compared), no
entry is unfinished, obsolete or vanished, and no translation drops or adds a
placeholder, a plural's %n or a mnemonic &."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import desktop_sms
from desktop_sms.ui.language import LANGUAGES, SOURCE

PACKAGE = Path(desktop_sms.__file__).parent
TRANSLATIONS = PACKAGE.parent / "resources" / "translations"
TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE)
FORMS = {"fr": 2, "el": 2, "en": 2}  # Qt's plural forms per language (a new one: add it)

# '{0}', '{name}', '{1:,}' (not the '{first_name|fallback}' a user types), '%1', '%n',
# '%Ln', and Qt's progress '%v' / '%m'.
PLACEHOLDER = re.compile(r"\{\w*(?::[^{}|]*)?\}|%L?\d+|%L?n|%[vmp]")


def mnemonics(text: str) -> int:
    return text.replace("&&", "").count("&")  # '&&' is a literal ampersand


class Entry:
    def __init__(self, context: str, message: ElementTree.Element) -> None:
        self.context = context
        self.source = message.findtext("source") or ""
        self.numerus = message.get("numerus") == "yes"
        translation = message.find("translation")
        assert translation is not None
        self.state = translation.get("type", "")
        self.texts = ([form.text or "" for form in translation.iter("numerusform")]
                      if self.numerus else [translation.text or ""])

    def __repr__(self) -> str:
        return f"{self.context}: {self.source!r}"


def entries(path: Path) -> list[Entry]:
    root = ElementTree.parse(path).getroot()
    return [Entry(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def lupdate(target: Path, *options: str) -> None:
    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed with PySide6 here")
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run([tool, "-silent", *options, *sources, "-ts", str(target)], check=True,
                   capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[tuple[str, str]]]:
    """What the source asks to translate now: every text, and the plurals alone."""
    folder = tmp_path_factory.mktemp("ts")
    lupdate(folder / "all.ts")
    lupdate(folder / "plurals.ts", "-pluralonly")
    return {name: {(e.context, e.source) for e in entries(folder / f"{name}.ts")}
            for name in ("all", "plurals")}


def ts_files() -> Iterator[tuple[str, Path]]:
    for language in (*TRANSLATED, SOURCE):
        yield language, TRANSLATIONS / f"desktop_sms_{language}.ts"


@pytest.mark.parametrize(("language", "path"), list(ts_files()), ids=lambda v: str(v))
def test_ts_file_matches_the_source(language: str, path: Path,
                                    extracted: dict[str, set[tuple[str, str]]]) -> None:
    held = {(e.context, e.source) for e in entries(path)}
    wanted = extracted["plurals" if language == SOURCE else "all"]
    assert not wanted - held, f"not in {path.name} (run `make translations`): " \
        f"{sorted(wanted - held)}"
    assert not held - wanted, f"in {path.name} but no longer in the source " \
        f"(run `make translations`): {sorted(held - wanted)}"


@pytest.mark.parametrize(("language", "path"), [*ts_files(),
                                                ("el", TRANSLATIONS / "qtbase_el.ts")],
                         ids=lambda v: str(v))
def test_every_entry_is_translated_faithfully(language: str, path: Path) -> None:
    problems = []
    for entry in entries(path):
        if entry.state:  # unfinished, obsolete, vanished
            problems.append(f"{entry} is {entry.state}")
            continue
        if entry.numerus and len(entry.texts) != FORMS[language]:
            problems.append(f"{entry} has {len(entry.texts)} plural forms, not "
                            f"{FORMS[language]}")
        for text in entry.texts:
            if not text.strip():
                problems.append(f"{entry} has an empty translation")
            elif Counter(PLACEHOLDER.findall(text)) != Counter(
                    PLACEHOLDER.findall(entry.source)):
                problems.append(f"{entry}: placeholders differ in {text!r}")
            elif mnemonics(text) != mnemonics(entry.source):
                problems.append(f"{entry}: the & mnemonic differs in {text!r}")
    assert not problems, "\n".join(problems)


def test_the_placeholder_check_sees_what_it_must() -> None:
    found = PLACEHOLDER.findall("{0} {name} {1:,} %1 %n %Ln %v/%m {first_name|customer} "
                                "{{first_name}} 100%")
    assert found == ["{0}", "{name}", "{1:,}", "%1", "%n", "%Ln", "%v", "%m",
                     "{first_name}"]
    assert mnemonics("&Save && close") == 1
