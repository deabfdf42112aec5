"""Opening SQLite files by their path, safely whatever characters the path holds.

A path is never pasted into a URI or a SQLAlchemy URL: ``#``, ``?`` and ``%`` would change
which file is opened. Writable connections get the path itself (``sqlite3.connect(path)``
treats it as a plain file name); the read-only ones need a ``file:`` URI, so the path is
percent-quoted first.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote


def file_uri(path: Path, **params: str) -> str:
    """A ``file:`` URI for ``path`` with every special character percent-quoted."""
    posix = Path(os.path.abspath(path)).as_posix()
    drive = ""
    if not posix.startswith("/"):  # a Windows drive: file:/C:/...
        drive, posix = "/" + posix[:2], posix[2:]
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"file:{drive}{quote(posix, safe='/')}" + (f"?{query}" if query else "")


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to ``path`` (nor create it)."""
    return sqlite3.connect(file_uri(path, mode="ro"), uri=True)


def connect(path: Path) -> sqlite3.Connection:
    """A writable connection to ``path``, opened by its plain file name."""
    return sqlite3.connect(os.fspath(path), check_same_thread=False)
