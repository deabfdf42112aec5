"""The settings table: existing settings.ini files read back, odd values fall back, keys once."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from pathlib import Path

from PySide6.QtCore import QByteArray

from secondopinion_desktop.ui import settings_keys as keys

PACKAGE = Path(__file__).resolve().parents[3] / "secondopinion_desktop"

# Written by the versions before the table, as QSettings leaves them on disk.
OLD_FILE = """[case]
7\\step=4

[view]
high_contrast=true
language=es
show_people=false
show_todo=false
text_scale=1.5

[welcome]
dismissed=true

[window]
geometry=@ByteArray(\\x1\\x2)
last_case=7
"""

def test_an_existing_settings_file_reads_back(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text(OLD_FILE, encoding="utf-8")
    settings = keys.open_settings(tmp_path)
    assert keys.read(settings, keys.TEXT_SCALE) == 1.5
    assert keys.read(settings, keys.HIGH_CONTRAST) is True
    assert keys.read(settings, keys.SHOW_PEOPLE) is False
    assert keys.read(settings, keys.SHOW_TODO) is False
    assert keys.read(settings, keys.LANGUAGE) == "es"
    assert keys.read(settings, keys.LAST_CASE) == 7
    assert keys.read(settings, keys.WELCOME_DISMISSED) is True
    assert keys.read(settings, keys.case_step(7)) == 4
    assert bytes(keys.read(settings, keys.GEOMETRY).data()) == b"\x01\x02"


def test_missing_or_unreadable_values_give_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text(
        "[view]\ntext_scale=huge\nhigh_contrast=maybe\n[window]\nlast_case=x\n",
        encoding="utf-8",
    )
    settings = keys.open_settings(tmp_path)
    for setting in keys.SETTINGS:
        assert keys.read(settings, setting) == setting.default, setting.key
    assert keys.read(settings, keys.case_step(3)) == 0


def test_what_is_written_reads_back_after_a_restart(tmp_path: Path) -> None:
    settings = keys.open_settings(tmp_path)
    keys.write(settings, keys.TEXT_SCALE, 1.75)
    keys.write(settings, keys.SHOW_TODO, False)
    keys.write(settings, keys.GEOMETRY, QByteArray(b"\x01\x02"))
    keys.write(settings, keys.case_step(2), 5)
    settings.sync()
    again = keys.open_settings(tmp_path)
    assert keys.read(again, keys.TEXT_SCALE) == 1.75
    assert keys.read(again, keys.SHOW_TODO) is False
    assert bytes(keys.read(again, keys.GEOMETRY).data()) == b"\x01\x02"
    assert keys.read(again, keys.case_step(2)) == 5


def test_every_key_is_spelled_only_in_the_table() -> None:
    spelled = {setting.key for setting in keys.SETTINGS}
    assert len(spelled) == len(keys.SETTINGS)
    elsewhere = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "settings_keys.py":
            continue
        text = path.read_text(encoding="utf-8")
        elsewhere += [f"{path.name}: {key}" for key in spelled if f'"{key}"' in text]
        if re.search(r"settings\.(setValue|value)\(|QSettings\(", text):
            elsewhere.append(f"{path.name}: reads or writes settings itself")
    assert elsewhere == []
