"""The window's language: the system's, or the one chosen in Settings (from the next
start). Installs our translations and Qt's own, and makes the language QLocale's default
so numbers, dates and times follow it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_sms.ui.resources import resources_dir

SOURCE = "en"
LANGUAGES = (SOURCE, "fr", "el")  # those with a .ts in resources/translations/
# Each language in its own words, for the Settings list (not translated on purpose: a
# reader finds their own language whatever the window speaks now).
NAMES = {"en": "English", "fr": "Français", "el": "Ελληνικά"}

_installed: list[QTranslator] = []
_before: list[QLocale] = []  # the default locale before the first install


def chosen(setting: str, system: QLocale | None = None) -> QLocale:
    """The locale for a Settings value: '' follows the system (its first preferred
    language we speak; the system's own keeps its country's conventions); otherwise the
    code given. A system speaking none of ours gets English with its country."""
    if setting in LANGUAGES:
        return QLocale(setting)
    system = QLocale.system() if system is None else system
    for name in system.uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return system if code == language_code(system) else QLocale(code)
    return QLocale(QLocale.Language.English, system.territory())


def language_code(locale: QLocale) -> str:
    """'fr' for fr_CA; the source language for one we do not speak."""
    code = locale.name().split("_")[0]
    return code if code in LANGUAGES else SOURCE


def install(setting: str, system: QLocale | None = None) -> QLocale:
    """Speak the language of ``setting`` from now on (before the first widget is built:
    a widget's text is translated when it is made). Replaces what an earlier call
    installed. Returns the locale now the default."""
    remove()
    _before.append(QLocale())
    locale = chosen(setting, system)
    QLocale.setDefault(locale)
    code = language_code(locale)
    ours = str(resources_dir() / "translations")
    qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # For English only its plural forms are in the file ('1 contact', '2 contacts').
    _load(f"desktop_sms_{code}", ours)
    # Qt's own words: ours where Qt ships none (Greek), else Qt's.
    _load(f"qtbase_{code}", ours) or _load(f"qtbase_{code}", qt)
    return locale


def _load(name: str, folder: str) -> bool:
    translator = QTranslator()
    if not translator.load(name, folder):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True


def remove() -> None:
    """Back to the source language and the default locale there was (tests start
    windows in several languages)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    if _before:
        QLocale.setDefault(_before.pop())
