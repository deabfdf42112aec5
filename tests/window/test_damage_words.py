"""The damaged- and newer-store paragraph in the window's language: in English the very words
the storage layer writes, in Spanish no English left."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from safety_helpers import checkpoint, fill_store
from windows import application

from secondopinion_desktop.model.dates import format_long_datetime
from secondopinion_desktop.storage.backups import take_backup
from secondopinion_desktop.storage.damage_report import damage_report, newer_report
from secondopinion_desktop.storage.paths import backups_dir, store_path
from secondopinion_desktop.ui.error_words import damage_words
from secondopinion_desktop.ui.translations import install_translators

ENGLISH = re.compile(
    r"\b(the|could|cannot|please|backup|folder|newer|was|were|saved|file is|quit)\b",
    re.IGNORECASE,
)


def _damaged(data_dir: Path, kind: str, with_backup: bool) -> None:
    fill_store(data_dir, 2)
    store = store_path(data_dir)
    checkpoint(store)
    if with_backup:
        take_backup(store, backups_dir(data_dir), "automatic")
    if kind == "cut short":
        store.write_bytes(store.read_bytes()[:300])
    elif kind == "foreign":
        conn = sqlite3.connect(store)
        conn.execute("DROP TABLE alembic_version")
        conn.commit()
        conn.close()
    else:  # a newer version's
        conn = sqlite3.connect(store)
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        conn.commit()
        conn.close()


def _report(data_dir: Path, kind: str) -> Any:
    if kind == "newer":
        return newer_report(data_dir)
    report = damage_report(data_dir)
    assert report is not None
    return report


CASES = [
    (kind, backup) for kind in ("cut short", "foreign", "newer") for backup in (True, False)
]


@pytest.mark.parametrize(("kind", "with_backup"), CASES)
def test_english_window_words_are_the_storage_paragraph(
    tmp_path: Path, kind: str, with_backup: bool
) -> None:
    data_dir = tmp_path / "data"
    _damaged(data_dir, kind, with_backup)
    report = _report(data_dir, kind)
    assert report.code  # the window has its own words for every one of these
    when = (
        format_long_datetime(report.newest_backup.taken_at.astimezone(), "en")
        if report.newest_backup is not None
        else None
    )
    assert damage_words(report.code, report.facts, when, "?") == report.paragraph


@pytest.mark.parametrize(("kind", "with_backup"), CASES)
def test_spanish_window_words_have_no_english(
    qtbot: Any, tmp_path: Path, kind: str, with_backup: bool
) -> None:
    data_dir = tmp_path / "data"
    _damaged(data_dir, kind, with_backup)
    report = _report(data_dir, kind)
    when = (
        format_long_datetime(report.newest_backup.taken_at.astimezone(), "es")
        if report.newest_backup is not None
        else None
    )
    translators = install_translators(application(), "es")
    try:
        words = damage_words(report.code, report.facts, when, "?")
    finally:
        for translator in translators:
            application().removeTranslator(translator)
    assert str(store_path(data_dir)) in words
    assert ENGLISH.search(words.replace(str(store_path(data_dir)), "")) is None, words
    if with_backup:
        assert "con 2 casos" in words
