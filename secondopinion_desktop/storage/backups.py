"""Copies of the store made with SQLite's backup API, kept private in ``backups/``.

Backups are named ``backup-<UTC stamp>-<reason>.sqlite3`` so that sorting the names sorts them
by age. This module takes them, lists them, rotates them, and restores one into place.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import sqlite3
import stat
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Protocol

from secondopinion_desktop.storage.errors import StoreError
from secondopinion_desktop.storage.os_problems import environment_problem
from secondopinion_desktop.storage.paths import (
    DIR_MODE,
    FILE_MODE,
    backups_dir,
    ensure_private_dir,
    make_private,
    refuse_links,
    store_path,
)
from secondopinion_desktop.storage.preflight import inspect_store
from secondopinion_desktop.storage.sqlite_files import connect, connect_readonly

_log = logging.getLogger("secondopinion.backups")

STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^backup-(\d{8}T\d{12}Z)-([A-Za-z0-9-]+)\.sqlite3$")
KEEP_NEWEST = 10
KEEP_DAILY_DAYS = 14
DEFAULT_INTERVAL = timedelta(hours=1)
# The SQLite files that belong together; a stray -wal beside a different main file corrupts it.
_COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
PARTIAL_SUFFIX = ".partial"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class BackupRefusedError(StoreError):
    """A file offered as a backup cannot be used; nothing was changed."""


class StoreLike(Protocol):
    """What the backup helpers need from an open store (``storage.store.Store`` fits)."""

    @property
    def path(self) -> Path: ...

    @property
    def backups_dir(self) -> Path: ...


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was taken (UTC), why, and how many cases it holds."""

    path: Path
    taken_at: datetime
    reason: str
    cases: int | None = None


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: where the old information went, and whether it was damaged."""

    restored_from: Path
    previous_kept_at: Path | None
    previous_was_damaged: bool


# -- taking backups -------------------------------------------------------------------------


def backup_to(source: Path, target: Path) -> Path:
    """Copy a consistent snapshot of ``source`` to ``target`` (0600), even while in use.

    The copy is written beside ``target`` and renamed into place, so ``target`` is either the
    old file or the complete new one. The folder's own mode is left alone (it may be the
    person's Desktop); the backups folder is made private by :func:`take_backup`. A full disk
    or a refused permission raises its own plain :class:`StoreError`.
    """
    try:
        return _backup_to(source, target)
    except (OSError, sqlite3.Error) as exc:
        problem = environment_problem(exc, target.parent)
        if problem is not None:
            raise problem from None
        raise


def _open_partial(partial: Path) -> int:
    """Create ``partial`` privately and hold a lock on it, so a cleaner knows it is live."""
    for _attempt in range(3):
        partial.unlink(missing_ok=True)
        # Created by us so it is private from its first byte, whatever the umask.
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _NOFOLLOW, 0o600)
        _lock_file(fd, blocking=True)
        try:
            if os.fstat(fd).st_ino == os.lstat(partial).st_ino:
                return fd
        except FileNotFoundError:
            pass
        os.close(fd)  # a cleaner removed it between open and lock: make it again
    raise OSError(errno.EAGAIN, "the temporary copy kept disappearing", str(partial))


def _backup_to(source: Path, target: Path) -> Path:
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    fd = _open_partial(partial)
    try:
        src = connect_readonly(source)
        try:
            make_private(partial)
            dst = sqlite3.connect(os.fspath(partial))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        os.fsync(fd)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)
    make_private(target)
    _fsync_dir(target.parent)
    return target


def _lock_file(fd: int, *, blocking: bool) -> bool:
    if sys.platform == "win32":
        return True  # stale copies are told by their age there (see remove_stale_partials)
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


def remove_stale_partials(data_dir: Path) -> list[Path]:
    """Delete the half-written copies a kill left behind (``*.partial`` in the data folder and
    in ``backups/``); a copy still being written by a live process is locked, so it stays."""
    removed: list[Path] = []
    for folder in (data_dir, backups_dir(data_dir)):
        try:
            candidates = [p for p in folder.iterdir() if p.name.endswith(PARTIAL_SUFFIX)]
        except OSError:
            continue
        for path in candidates:
            try:
                if not stat.S_ISREG(os.lstat(path).st_mode):
                    continue
                if sys.platform == "win32":
                    if time.time() - os.lstat(path).st_mtime > 3600:
                        path.unlink()
                        removed.append(path)
                    continue
                fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
            except OSError:
                continue
            try:
                if _lock_file(fd, blocking=False):
                    path.unlink(missing_ok=True)
                    removed.append(path)
            except OSError:
                pass
            finally:
                os.close(fd)
    if removed:
        _log.info("stale partial copies removed: %d", len(removed))
    return removed


def secure_backups(data_dir: Path) -> None:
    """Give an existing ``backups/`` mode 0700 and every file in it 0600 (links left alone)."""
    folder = backups_dir(data_dir)
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return
        os.chmod(folder, DIR_MODE)
        for path in folder.iterdir():
            if stat.S_ISREG(os.lstat(path).st_mode):
                os.chmod(path, FILE_MODE)
    except FileNotFoundError:
        return
    except OSError as exc:
        problem = environment_problem(exc, folder)
        if problem is not None:
            raise problem from None
        raise


def _fsync_dir(path: Path) -> None:
    # Makes the rename itself durable; not possible on every platform, and not essential.
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def backup_name(taken_at: datetime, reason: str) -> str:
    safe_reason = "".join(ch for ch in reason if ch.isalnum() or ch == "-") or "manual"
    return f"backup-{taken_at.astimezone(UTC).strftime(STAMP_FORMAT)}-{safe_reason}.sqlite3"


def take_backup(
    store: Path, backups: Path, reason: str, *, now: datetime | None = None, rotate: bool = True
) -> Path:
    """Back up ``store`` into ``backups`` with a dated name saying why, then rotate the folder.

    The backup just taken is never removed by that rotation.
    """
    ensure_private_dir(backups)
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    target = backups / backup_name(moment, reason)
    while target.exists():  # two backups in the same microsecond: keep both
        moment += timedelta(microseconds=1)
        target = backups / backup_name(moment, reason)
    backup_to(store, target)
    # The reason is written in the code, never typed, so it may go into the log.
    _log.info("backup taken: " + target.name.split("-", 2)[2].removesuffix(".sqlite3"))
    if rotate:
        rotate_backups(backups, now=moment, protect=target)
    return target


def backup_before(store: StoreLike, action: str) -> Path | None:
    """Back up an open store before ``action`` (``"import"``, ``"restore"``...).

    Returns the backup, or None when there is nothing saved yet to back up.
    """
    if not store.path.exists() or store.path.stat().st_size == 0:
        return None
    return take_backup(store.path, store.backups_dir, f"before-{action}")


def newest_backup_time(backups: Path) -> datetime | None:
    found = list_backups(backups)
    return found[0].taken_at if found else None


def changed_since(store: Path, moment: datetime) -> bool:
    """Has the store (or its write-ahead log) been written since ``moment``?"""
    latest = 0.0
    for suffix in ("", "-wal"):
        try:
            latest = max(latest, store.with_name(store.name + suffix).stat().st_mtime)
        except FileNotFoundError:
            continue
    return datetime.fromtimestamp(latest, UTC) > moment


def backup_if_due(
    store: StoreLike,
    min_interval: timedelta = DEFAULT_INTERVAL,
    *,
    reason: str = "automatic",
    now: datetime | None = None,
    only_if_changed: bool = True,
) -> Path | None:
    """Take a backup unless one was taken less than ``min_interval`` ago.

    The window calls this on a timer (hourly) and, with ``timedelta(0)``, when it closes after
    changes. With ``only_if_changed`` nothing is taken when the store has not been written since
    the newest backup. Returns the new backup, or None when none was due.
    """
    if not store.path.exists() or store.path.stat().st_size == 0:
        return None
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    newest = newest_backup_time(store.backups_dir)
    if newest is not None:
        if min_interval > timedelta(0) and moment - newest < min_interval:
            return None
        if only_if_changed and not changed_since(store.path, newest):
            return None
    return take_backup(store.path, store.backups_dir, reason, now=moment)


# -- listing and rotating -------------------------------------------------------------------


def parse_backup_name(path: Path) -> tuple[datetime, str] | None:
    """The time and reason written in a backup's name, or None for any other file."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match[1], STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return taken_at, match[2]


def count_cases(path: Path) -> int | None:
    """How many cases a backup holds, read without writing; None if it cannot be read."""
    try:
        conn = connect_readonly(path)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT count(*) FROM cases").fetchone()
        return int(row[0]) if row else None
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()


def list_backups(backups: Path, *, with_case_counts: bool = False) -> list[BackupInfo]:
    """The backups in ``backups``, newest first; files with other names are ignored."""
    if not backups.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in backups.iterdir():
        parsed = parse_backup_name(path)
        if parsed is None or path.is_symlink() or not path.is_file():
            continue
        cases = count_cases(path) if with_case_counts else None
        found.append(BackupInfo(path, parsed[0], parsed[1], cases))
    found.sort(key=lambda info: (info.taken_at, info.path.name), reverse=True)
    return found


def backups_to_keep(
    found: list[BackupInfo],
    now: datetime,
    *,
    keep_newest: int = KEEP_NEWEST,
    daily_days: int = KEEP_DAILY_DAYS,
) -> set[Path]:
    """The newest ``keep_newest``, plus the newest of each UTC day of the last ``daily_days``."""
    ordered = sorted(found, key=lambda info: (info.taken_at, info.path.name), reverse=True)
    keep = {info.path for info in ordered[:keep_newest]}
    first_day: date = now.astimezone(UTC).date() - timedelta(days=daily_days - 1)
    seen_days: set[date] = set()
    for info in ordered:
        day = info.taken_at.date()
        if day >= first_day and day not in seen_days:
            seen_days.add(day)
            keep.add(info.path)
    return keep


def rotate_backups(
    backups: Path, *, now: datetime | None = None, protect: Path | None = None
) -> list[Path]:
    """Delete the backups rotation does not keep; returns what was deleted."""
    found = list_backups(backups)
    # Days count back from the newest backup too, so a clock set back never empties the folder.
    reference = max([now or datetime.now(UTC), *(info.taken_at for info in found)])
    keep = backups_to_keep(found, reference)
    if protect is not None:
        keep.add(protect)
    removed: list[Path] = []
    for info in found:
        if info.path not in keep:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def newest_good_backup(backups: Path, *, readable_only: bool = False) -> BackupInfo | None:
    """The newest backup that passes SQLite's check and holds a store, or None.

    With ``readable_only`` a backup made by a newer version of the app is passed over.
    """
    from secondopinion_desktop.storage import migrations_runner

    for info in list_backups(backups):
        found = inspect_store(info.path)
        if not (found.healthy and found.exists and found.revision is not None):
            continue
        if readable_only and not migrations_runner.is_known(found.revision):
            continue
        return BackupInfo(info.path, info.taken_at, info.reason, count_cases(info.path))
    return None


# -- restoring ------------------------------------------------------------------------------


def _check_backup(backup_file: Path, store: Path) -> None:
    from secondopinion_desktop.storage import migrations_runner

    if not backup_file.is_file():
        raise BackupRefusedError(f"There is no backup file at {backup_file}. Nothing was changed.")
    if store.exists() and backup_file.resolve() == store.resolve():
        raise BackupRefusedError(
            "That file is your current information, not a backup. Nothing was changed."
        )
    found = inspect_store(backup_file, quick=False)
    if found.foreign:
        raise BackupRefusedError(
            f"The file {backup_file} is not a Second Opinion Companion backup. Nothing was changed."
        )
    if not found.healthy:
        raise BackupRefusedError(
            f"The file {backup_file} cannot be used as a backup because {found.problem}. "
            "Nothing was changed."
        )
    if found.revision is None:
        raise BackupRefusedError(
            f"The file {backup_file} is not a Second Opinion Companion backup. Nothing was changed."
        )
    if not migrations_runner.is_known(found.revision):
        raise BackupRefusedError(
            f"The backup {backup_file} was made by a newer version of Second Opinion Companion. "
            "Please install the newer version to restore it. Nothing was changed."
        )


def _move_aside(store: Path, moment: datetime) -> Path:
    """Keep a damaged store, with its companion files, under a dated name beside it."""
    stamp = moment.strftime("%Y%m%dT%H%M%SZ")
    aside = store.with_name(f"{store.stem}-damaged-{stamp}{store.suffix}")
    counter = 1
    while aside.exists():
        aside = store.with_name(f"{store.stem}-damaged-{stamp}-{counter}{store.suffix}")
        counter += 1
    for suffix in _COMPANION_SUFFIXES:
        companion = store.with_name(store.name + suffix)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + suffix))
    store.replace(aside)
    make_private(aside)
    return aside


def _checkpoint(store: Path) -> None:
    """Fold the write-ahead log into the main file so nothing lives only in ``-wal``."""
    conn = connect(store)
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def restore_from(
    data_dir: Path, backup_file: Path, *, now: datetime | None = None
) -> RestoreResult:
    """Replace the store in ``data_dir`` with ``backup_file``, keeping what was there.

    The backup is checked first and refused plainly if damaged or not a store. A healthy
    current store is backed up (reason ``before-restore``); a damaged or foreign one, or one
    from a newer version, is moved aside with a dated name, never deleted nor rewritten. The
    copy is put in place atomically, mode 0600. Close every connection to the store (and hold
    the window lock) before calling this.
    """
    from secondopinion_desktop.storage import migrations_runner

    store = store_path(data_dir)
    backup_file = Path(backup_file)
    ensure_private_dir(data_dir)
    refuse_links(data_dir)
    _check_backup(backup_file, store)
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    kept: Path | None = None
    damaged = False
    # The incoming copy is made first, so a failure here leaves the current store untouched.
    incoming = store.with_name(store.name + ".restoring")
    backup_to(backup_file, incoming)
    try:
        if store.exists():
            current = inspect_store(store)
            ours = migrations_runner.is_known(current.revision)
            if current.healthy and ours:
                kept = take_backup(store, backups_dir(data_dir), "before-restore", now=moment)
                _checkpoint(store)
            else:
                # Damaged, another program's, or a newer version's: kept byte for byte.
                damaged = not current.healthy
                kept = _move_aside(store, moment)
        for suffix in _COMPANION_SUFFIXES:
            store.with_name(store.name + suffix).unlink(missing_ok=True)
        incoming.replace(store)
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    make_private(store)
    _fsync_dir(data_dir)
    _log.info("store restored from a backup")
    return RestoreResult(backup_file, kept, damaged)
