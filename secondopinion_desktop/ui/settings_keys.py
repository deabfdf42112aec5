"""Every setting the window remembers in settings.ini, declared once: key, type and default.

Read and written only through ``read`` and ``write`` here, so a yes/no setting is read one way
everywhere and a hand-edited or damaged value falls back to its default instead of failing.
The keys are those earlier versions wrote, so existing settings.ini files keep working.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILE = "settings.ini"

# How a yes/no setting may read back: Qt writes "true"/"false"; people editing by hand may not.
TRUE_WORDS = frozenset({"true", "1", "yes", "on"})
FALSE_WORDS = frozenset({"false", "0", "no", "off"})


@dataclass(frozen=True)
class Setting[T: (bool, int, float, str, QByteArray)]:
    """One remembered choice: where it lives in settings.ini, its type, and its value when
    nothing (or nothing readable) is there."""

    key: str
    kind: type[T]
    default: T
    meaning: str


TEXT_SCALE = Setting("view/text_scale", float, 1.0, "text size, 1.0 is 100%")
HIGH_CONTRAST = Setting("view/high_contrast", bool, False, "high-contrast colours")
SHOW_PEOPLE = Setting("view/show_people", bool, True, "the people list is shown")
SHOW_TODO = Setting("view/show_todo", bool, True, "the to-do list is open, not folded")
LANGUAGE = Setting("view/language", str, "", "en or es; empty: the computer's language")
GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(), "the window's size and place")
LAST_CASE = Setting("window/last_case", int, 0, "the case open at closing; 0: none")
WELCOME_DISMISSED = Setting("welcome/dismissed", bool, False, "the first-run welcome is done")

# Every fixed key, for a test and for anyone reading settings.ini (plus one step key per case).
SETTINGS: tuple[Setting[Any], ...] = (
    TEXT_SCALE, HIGH_CONTRAST, SHOW_PEOPLE, SHOW_TODO, LANGUAGE, GEOMETRY, LAST_CASE,
    WELCOME_DISMISSED,
)


def case_step(case_id: int) -> Setting[int]:
    """The step a case was last on (its index in the step list), one key per case."""
    return Setting(f"case/{case_id}/step", int, 0, "the step this case was last on")


def open_settings(folder: Path) -> QSettings:
    """The settings file in the data folder (beside the store, private like it)."""
    return QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)


def read[T: (bool, int, float, str, QByteArray)](settings: QSettings, setting: Setting[T]) -> T:
    """The stored value as ``setting.kind``; the default when missing or unreadable."""
    return cast(T, _parsed(settings.value(setting.key), setting.kind, setting.default))


def _parsed(raw: object, kind: type, default: object) -> Any:
    if raw is None or raw == "":
        return default
    if kind is QByteArray:
        return raw if isinstance(raw, QByteArray) else default
    text = str(raw).strip()
    if kind is bool:
        word = text.lower()
        return True if word in TRUE_WORDS else False if word in FALSE_WORDS else default
    try:
        if kind is int:
            return int(text)
        if kind is float:
            return float(text)
    except ValueError:
        return default
    return text


def write[T: (bool, int, float, str, QByteArray)](
    settings: QSettings, setting: Setting[T], value: T
) -> None:
    """Remember ``value`` under the setting's key."""
    settings.setValue(setting.key, value)


def forget(settings: QSettings, setting: Setting[Any]) -> None:
    """Remove the setting, so the default applies again."""
    settings.remove(setting.key)
