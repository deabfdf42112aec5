"""Copies of the store made with SQLite's backup API, kept private in ``backups/``."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from secondopinion_desktop.storage.paths import ensure_private_dir, make_private


def backup_to(source: Path, target: Path) -> Path:
    """Copy a consistent snapshot of ``source`` to ``target`` (0600), even while in use."""
    ensure_private_dir(target.parent)
    partial = target.with_name(target.name + ".partial")
    src = sqlite3.connect(f"file:{source.resolve().as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            make_private(partial)
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    make_private(target)
    return target


def take_backup(store: Path, backups: Path, reason: str) -> Path:
    """Back up ``store`` into ``backups`` with a dated name saying why it was taken."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    safe_reason = "".join(ch for ch in reason if ch.isalnum() or ch == "-") or "manual"
    return backup_to(store, backups / f"backup-{stamp}-{safe_reason}.sqlite3")
