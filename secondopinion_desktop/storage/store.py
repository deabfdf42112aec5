"""Open the one local SQLite store: checked first, migrated through Alembic, kept private."""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from secondopinion_desktop.storage import migrations_runner
from secondopinion_desktop.storage.backups import (
    remove_stale_partials,
    secure_backups,
    take_backup,
)
from secondopinion_desktop.storage.errors import DamagedStoreError, StoreError
from secondopinion_desktop.storage.os_problems import environment_problem
from secondopinion_desktop.storage.paths import (
    backups_dir,
    ensure_private_dir,
    make_private,
    refuse_links,
    store_path,
)
from secondopinion_desktop.storage.sqlite_files import connect
from secondopinion_desktop.storage.store_check import check_store_file as check_store_file
from secondopinion_desktop.storage.store_check import damaged_message as damaged_message
from secondopinion_desktop.storage.store_check import newer_message as newer_message

_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
FOUND_WHILE_READING = "SQLite found damage inside it while reading"


def _set_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit survives a power cut, which matters more here than speed.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


@dataclass
class Store:
    """An open store: its folder, file, engine and session factory."""

    data_dir: Path
    path: Path
    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)

    @property
    def backups_dir(self) -> Path:
        return backups_dir(self.data_dir)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on error.

        Damage that only shows while reading (SQLite's "malformed", text that is not UTF-8)
        and a full disk become their plain errors rather than a crash.
        """
        with self.sessions() as session:
            try:
                yield session
                session.commit()
            except BaseException as exc:
                with suppress(Exception):  # rolling back a damaged file can fail too
                    session.rollback()
                problem = self._plain_problem(exc)
                if problem is not None:
                    raise problem from None
                raise

    def _plain_problem(self, exc: BaseException) -> StoreError | None:
        from secondopinion_desktop.storage.preflight import BAD_TEXT

        if isinstance(exc, UnicodeDecodeError):
            return DamagedStoreError(damaged_message(self.path, BAD_TEXT), self.path)
        if not isinstance(exc, DBAPIError) or not isinstance(exc.orig, sqlite3.Error):
            return None
        if str(exc.orig).startswith("Could not decode to UTF-8"):
            return DamagedStoreError(damaged_message(self.path, BAD_TEXT), self.path)
        code = getattr(exc.orig, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            return DamagedStoreError(damaged_message(self.path, FOUND_WHILE_READING), self.path)
        return environment_problem(exc.orig, self.data_dir)

    def secure_files(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            make_private(self.path.with_name(self.path.name + suffix))

    def close(self) -> None:
        self.engine.dispose()
        self.secure_files()


def make_engine(path: Path) -> Engine:
    """An engine on ``path``. The path goes to SQLite as a plain file name (a creator), never
    inside a URL, where ``#``, ``?`` or ``%`` would name another file."""
    engine = create_engine(
        "sqlite://", creator=lambda: connect(path), poolclass=QueuePool, future=True
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def prepare_data_dir(data_dir: Path, *, claimed: bool = False) -> None:
    """What every start does before the store is looked at: the folder private, links
    refused, half-written copies from a kill removed, backups private.

    ``claimed``: the caller already made the folder private and refused links (the window's
    start does, before it takes the lock: services/start_up.py), so that is not done twice.
    """
    if not claimed:
        ensure_private_dir(data_dir)
        refuse_links(data_dir)
    remove_stale_partials(data_dir)
    _remove_stale_new_stores(data_dir)
    secure_backups(data_dir)


def _remove_stale_new_stores(data_dir: Path) -> None:
    """Half-built stores (``.secondopinion.sqlite3.new-<pid>``) of processes no longer alive."""
    prefix = f".{store_path(data_dir).name}.new-"
    try:
        leftovers = [p for p in data_dir.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return
    for path in leftovers:
        pid_text = path.name[len(prefix) :].split("-", 1)[0]
        if not pid_text.isdigit() or _alive(int(pid_text)):
            continue
        path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid() or sys.platform == "win32":  # os.kill would end it there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: leave its file alone
    return True


def _create_store_file(path: Path) -> None:
    """Build a new, fully migrated store under a temporary name, then give it its real name.

    SQLite commits each CREATE TABLE on its own, so a store built in place and killed halfway
    would be left half made (and refused ever after). Built aside, a kill leaves only a stray
    temporary file; and if another process created the store meanwhile, theirs is kept.
    """
    temp = path.with_name(f".{path.name}.new-{os.getpid()}")

    def remove_temp() -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{temp}{suffix}").unlink(missing_ok=True)

    remove_temp()
    try:
        # Create the file ourselves so it is private from its first byte.
        sqlite3.connect(os.fspath(temp)).close()
        make_private(temp)
        engine = make_engine(temp)
        try:
            with engine.begin() as connection:
                migrations_runner.upgrade(connection)
            with engine.connect() as connection:
                # Everything into the file itself: only the file is renamed.
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        try:
            os.link(temp, path)  # never replaces a store another process made meanwhile
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(temp, path)
    finally:
        # Also when the build failed (a full disk): a half-built file would keep the disk full.
        remove_temp()


def open_store(data_dir: Path, *, claimed: bool = False) -> Store:
    """Open (creating if needed) the store in ``data_dir``.

    The file is inspected read-only first: a damaged file or one from a newer version is
    refused before any write, so it stays byte-for-byte as it was.
    """
    prepare_data_dir(data_dir, claimed=claimed)
    path = store_path(data_dir)
    existed = path.exists()
    revision = check_store_file(path)
    head = migrations_runner.head_revision()
    if existed and revision != head:
        # Every schema change is preceded by a backup.
        take_backup(path, backups_dir(data_dir), "before-upgrade")
    try:
        if not existed:
            _create_store_file(path)
            revision = head
        if revision != head:
            migrations_runner.upgrade_in_one_transaction(path)
        engine = make_engine(path)
        with engine.connect():
            pass
    except (OSError, sqlite3.Error, DBAPIError) as exc:
        cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
        problem = environment_problem(cause, data_dir)
        if problem is not None:
            raise problem from None
        raise
    store = Store(
        data_dir=data_dir,
        path=path,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
    )
    store.secure_files()
    logging.getLogger("secondopinion.storage").info("store opened")
    return store
