"""A full disk or a refused permission told apart from damage, and named in plain words.

SQLite reports a disk with no room as "database or disk is full", but also as "disk I/O error"
or "unable to open database file" when it cannot even create the ``-shm`` file beside a store
it only reads. Those codes alone cannot be told from damage, so the folder itself is asked:
has it room, may it be written?
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from secondopinion_desktop.storage.errors import DiskFullError, StoreAccessError, StoreError

DISK_FULL_MESSAGE = "The disk is full: free some space; nothing was changed."
# Below this much free room a disk counts as full: SQLite needs a few pages to do anything.
_NEARLY_FULL_BYTES = 1024 * 1024

_SQLITE_FULL = 13
_SQLITE_READONLY = 8
_SQLITE_PERM = 3
_SQLITE_IOERR = 10
_SQLITE_CANTOPEN = 14
_AMBIGUOUS = {_SQLITE_IOERR, _SQLITE_CANTOPEN, _SQLITE_READONLY, _SQLITE_PERM}
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_ACCESS_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


def access_message(folder: Path) -> str:
    return (
        f"Second Opinion Companion is not allowed to write in the folder {folder}: "
        "please check its permissions, or choose another folder; nothing was changed."
    )


def file_access_message(path: Path) -> str:
    return (
        f"Second Opinion Companion is not allowed to read or change the file {path}: "
        "please check its permissions; nothing was changed."
    )


def folder_not_created_message(folder: Path, exc: OSError) -> str:
    if exc.errno in (errno.EEXIST, errno.ENOTDIR):
        return (
            f"The folder {folder} cannot hold your information: something that is not a folder "
            "is in the way. Nothing was changed."
        )
    reason = (exc.strerror or "it was refused").lower()
    return (
        f"The folder {folder} could not be created ({reason}): please choose a folder you "
        "can write to; nothing was changed."
    )


def disk_is_full(folder: Path) -> bool:
    """Is there (almost) no room left on the disk holding ``folder``?"""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        usage = shutil.disk_usage(probe)
    except OSError:
        return False
    # /proc and /sys report no size at all: they are not disks, so never "full" ones.
    return usage.total > 0 and usage.free < _NEARLY_FULL_BYTES


def may_write(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def environment_problem(exc: BaseException, folder: Path) -> StoreError | None:
    """The plain error for a full disk or a refused permission behind ``exc``, else None.

    None means the failure is not explained by the disk or the folder (so, for a store being
    inspected, it is damage).
    """
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        if exc.errno in _FULL_ERRNOS:
            return DiskFullError(DISK_FULL_MESSAGE, folder)
        if exc.errno in _ACCESS_ERRNOS:
            named = Path(os.fsdecode(exc.filename)) if exc.filename else None
            if named is not None and named.is_file() and exc.errno != errno.EROFS:
                return StoreAccessError(file_access_message(named), named)
            return StoreAccessError(access_message(folder), folder)
        if disk_is_full(folder):
            return DiskFullError(DISK_FULL_MESSAGE, folder)
        return None
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        if primary == _SQLITE_FULL:
            return DiskFullError(DISK_FULL_MESSAGE, folder)
        if primary in _AMBIGUOUS or primary is None:
            if disk_is_full(folder):
                return DiskFullError(DISK_FULL_MESSAGE, folder)
            if folder.is_dir() and not may_write(folder):
                return StoreAccessError(access_message(folder), folder)
        return None
    return None
