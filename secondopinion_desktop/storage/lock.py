"""One window per store: an exclusive lock on a private file beside the store.

The lock is an OS file lock (``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows), so it
is released by the OS when the process ends in any way, a ``kill -9`` included: there is never a
stale lock to clean up. The lock file itself is left in place; deleting it would open a race.
Command-line commands do not take the lock; SQLite's own locking keeps them safe beside the
window. ``restore`` is the exception: it replaces the file, so it checks the lock is free.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from types import TracebackType

from secondopinion_desktop.storage.errors import (
    StoreAccessError,
    StoreError,
    StoreLockedError,
    UnsafeLinkError,
)
from secondopinion_desktop.storage.os_problems import access_message
from secondopinion_desktop.storage.paths import (
    ensure_private_dir,
    link_refusal,
    make_private,
    store_path,
)

LOCKED_MESSAGE = (
    "Second Opinion Companion is already open for this information, in another window. "
    "Please use that window; only one window at a time can work on the same information."
)


def lock_path(data_dir: Path) -> Path:
    return store_path(data_dir).with_name(store_path(data_dir).name + ".lock")


def try_lock(fd: int) -> bool:
    """Take an exclusive lock on the open file ``fd`` without waiting; False when it is held."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def lock_problem(path: Path, exc: OSError) -> StoreError:
    """The plain error for a lock file that could not be opened (a link, a full disk...)."""
    from secondopinion_desktop.storage.os_problems import environment_problem

    if exc.errno == errno.ELOOP or path.is_symlink():
        return UnsafeLinkError(link_refusal(path), path)
    problem = environment_problem(exc, path.parent)
    if problem is not None:
        return problem
    return StoreAccessError(access_message(path.parent), path)


class StoreLock:
    """Held for the life of the window. Use :meth:`acquire`; release with :meth:`release`."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(
        cls, data_dir: Path, message: str = LOCKED_MESSAGE, *, claimed: bool = False
    ) -> StoreLock:
        """Take the lock for the store in ``data_dir`` or raise :class:`StoreLockedError`.

        ``claimed``: the caller has just made the folder private (the window's start).
        """
        if not claimed:
            ensure_private_dir(data_dir)
        path = lock_path(data_dir)
        try:
            # A lock that is a link would be followed, and the file it points to chmod-ed.
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except OSError as exc:
            raise lock_problem(path, exc) from None
        make_private(path)
        if not try_lock(fd):
            os.close(fd)
            raise StoreLockedError(message, path)
        return cls(path, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Let go of the lock (closing the file releases it); safe to call twice."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> StoreLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def is_locked(data_dir: Path) -> bool:
    """Is a window holding the store in ``data_dir`` right now? (Looks without keeping it.)"""
    if not lock_path(data_dir).exists():
        return False
    try:
        lock = StoreLock.acquire(data_dir)
    except StoreLockedError:
        return True
    lock.release()
    return False
