"""The window's language: chosen in the menu or from the system, and Qt translators to match."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

# QtCore's classes are reached through the module, not imported by name: naming QLocale
# builds its hundreds of language and country enums, and the first window should not wait.
from PySide6 import QtCore

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, QTranslator
    from PySide6.QtWidgets import QApplication

SUPPORTED = ("en", "es")


def system_language() -> str:
    """Spanish if the computer is set to Spanish, otherwise English."""
    # The locale's name ("es_MX") rather than its Language enum, which is slow to build.
    return "es" if QtCore.QLocale.system().name().startswith("es") else "en"


def choose_language(settings: QSettings) -> str:
    from secondopinion_desktop.ui.settings_keys import LANGUAGE, read

    chosen = read(settings, LANGUAGE)
    return chosen if chosen in SUPPORTED else system_language()


def translation_file(language: str) -> Path:
    from importlib import resources

    folder = resources.files("secondopinion_desktop").joinpath("resources/translations")
    return Path(str(folder)) / f"secondopinion_{language}.qm"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load the app's own and Qt's translations (button words in dialogs) for ``language``.

    Returns the translators; keep them alive as long as the app runs.
    """
    if language == "en":
        return []
    installed: list[QTranslator] = []
    own = QtCore.QTranslator(app)
    if own.load(str(translation_file(language))):
        app.installTranslator(own)
        installed.append(own)
    qt_words = QtCore.QTranslator(app)
    qt_folder = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_words.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_words)
        installed.append(qt_words)
    return installed
