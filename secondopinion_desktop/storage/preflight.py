"""Look at a store file read-only before anything writes to it: is it healthy, is it ours?"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from secondopinion_desktop.storage.sqlite_files import connect_readonly

SQLITE_MAGIC = b"SQLite format 3\x00"

NOT_OURS = "the file is not a Second Opinion Companion store"
FOREIGN = "the file is not a Second Opinion Companion store (it belongs to another program)"
DAMAGED = "SQLite could not read the file; it is damaged"
CHECK_FOUND_DAMAGE = "SQLite's own check found damage inside the file"
MISSING_PART = "a part of the file is missing (a table is gone)"
BAD_TEXT = "some of the text inside the file is damaged"
BAD_VERSION = "the file's version record is damaged"
EMPTY = "the file is empty"
CUT_SHORT = "the file is cut short"


@dataclass(frozen=True)
class Inspection:
    """What a read-only look at a store file found.

    ``foreign`` marks an SQLite file of another program (tables, but none of ours): it is
    never adopted or migrated. ``revision`` is None for a missing or unusable file.
    """

    exists: bool
    healthy: bool
    problem: str | None = None
    revision: str | None = None
    foreign: bool = False


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _expected_tables(revision: str) -> set[str] | None:
    """The tables a store at ``revision`` must hold (known for the newest revision only)."""
    from secondopinion_desktop.storage import migrations_runner

    if revision != migrations_runner.head_revision():
        return None
    return set(migrations_runner.HEAD_TABLES) | {"alembic_version"}


def _text_is_sound(conn: sqlite3.Connection, tables: set[str]) -> bool:
    """Does every text value in every table decode as UTF-8? (Bytes come back undecoded.)"""
    for table in sorted(tables):
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({_quote(table)})")]
        for raw in columns:
            column = _quote(raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw)
            query = f"SELECT {column} FROM {_quote(table)} WHERE typeof({column}) = 'text'"
            for (value,) in conn.execute(query):
                try:
                    value.decode("utf-8")
                except UnicodeDecodeError:
                    return False
    return True


def _look(path: Path, quick: bool) -> Inspection:
    try:
        os.stat(path)
    except FileNotFoundError:
        return Inspection(exists=False, healthy=True)
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) == 0:
        return Inspection(True, False, EMPTY)
    if not header.startswith(SQLITE_MAGIC):
        return Inspection(True, False, NOT_OURS)
    if len(header) < 100:
        return Inspection(True, False, CUT_SHORT)
    conn = connect_readonly(path)
    try:
        # Damaged text must not raise while it is being looked at: read it all as bytes.
        conn.text_factory = bytes
        pragma = "quick_check" if quick else "integrity_check"
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        if [r[0] for r in rows] != [b"ok"]:
            return Inspection(True, False, CHECK_FOUND_DAMAGE)
        tables = {
            name.decode("utf-8", "replace")
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        if "alembic_version" not in tables:
            # The app builds a store completely before giving it its name, so a file without
            # the version table (with other tables, or none) was made by something else.
            return Inspection(True, False, FOREIGN, foreign=True)
        versions = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        if len(versions) != 1 or not isinstance(versions[0][0], bytes):
            return Inspection(True, False, BAD_VERSION)
        try:
            revision = versions[0][0].decode("utf-8")
        except UnicodeDecodeError:
            return Inspection(True, False, BAD_VERSION)
        from secondopinion_desktop.storage import migrations_runner

        if not migrations_runner.is_known(revision):
            return Inspection(True, True, None, revision)  # a newer version's: not ours to judge
        expected = _expected_tables(revision)
        if expected is not None and not expected <= tables:
            return Inspection(True, False, MISSING_PART, revision)
        if not _text_is_sound(conn, tables):
            return Inspection(True, False, BAD_TEXT, revision)
        return Inspection(True, True, None, revision)
    finally:
        conn.close()


def inspect_store(path: Path, *, quick: bool = True) -> Inspection:
    """Check ``path`` without writing a byte: header, SQLite's own check, schema, text.

    A missing file is fine (it will be created). A zero-length file is treated as damaged:
    the app never leaves one behind, so something else happened to it. Any failure while
    looking means damage, except a full disk or a refused permission, which raise their own
    plain :class:`StoreError` (the file may be perfectly healthy).
    """
    from secondopinion_desktop.storage.os_problems import environment_problem

    try:
        return _look(path, quick)
    except Exception as exc:
        problem = environment_problem(exc, path.parent)
        if problem is not None:
            raise problem from None
        return Inspection(True, False, DAMAGED)
