"""Look at a store file read-only before anything writes to it: is it healthy, is it ours?"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Inspection:
    """What a read-only look at a store file found."""

    exists: bool
    healthy: bool
    problem: str | None = None
    revision: str | None = None


def _readonly_uri(path: Path) -> str:
    return f"file:{path.resolve().as_posix()}?mode=ro"


def inspect_store(path: Path, *, quick: bool = True) -> Inspection:
    """Check ``path`` without writing a byte: header, SQLite's own check, schema revision.

    A missing file is fine (it will be created). A zero-length file is treated as damaged:
    the app never leaves one behind, so something else happened to it.
    """
    if not path.exists():
        return Inspection(exists=False, healthy=True)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        return Inspection(True, False, f"the file could not be read ({exc.strerror})")
    if len(header) == 0:
        return Inspection(True, False, "the file is empty")
    if not header.startswith(SQLITE_MAGIC):
        return Inspection(True, False, "the file is not a Second Opinion Companion store")
    if len(header) < 100:
        return Inspection(True, False, "the file is cut short")
    try:
        conn = sqlite3.connect(_readonly_uri(path), uri=True)
    except sqlite3.Error:
        return Inspection(True, False, "the file could not be opened")
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            return Inspection(True, False, "SQLite's own check found damage inside the file")
        revision: str | None = None
        has_version = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if has_version:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return Inspection(True, True, None, revision)
    except sqlite3.DatabaseError:
        return Inspection(True, False, "SQLite could not read the file; it is damaged")
    finally:
        conn.close()
