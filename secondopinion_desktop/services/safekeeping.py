"""Backups and restores for the window and the command line alike, with one rule for when."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secondopinion_desktop.storage.backups import BackupInfo, RestoreResult, StoreLike

# When a backup is taken, for both faces (the one rule):
# - before and after every import: the newest backup always holds the newest imported case,
#   so a store damaged later never costs a case that was reported as added;
# - before every restore (restore_from keeps the current store, or moves a damaged one aside),
#   and before every schema upgrade (open_store);
# - while the window is open, at most hourly and only after changes;
# - when the window closes after changes.
BACKUP_INTERVAL = timedelta(hours=1)

NOT_BACKED_UP = "import.not_backed_up"
NOT_BACKED_UP_MESSAGE = (
    "The case was added and is saved, but the backup after it could not be made: please check "
    "that the disk has free space and that the backups folder can be written."
)


def backups_of(data_dir: Path) -> list[BackupInfo]:
    """The automatic backups of the store in ``data_dir``, newest first, with their cases."""
    from secondopinion_desktop.storage.backups import list_backups
    from secondopinion_desktop.storage.paths import backups_dir

    return list_backups(backups_dir(data_dir), with_case_counts=True)


@contextmanager
def backed_up_change(store: StoreLike, action: str) -> Iterator[None]:
    """Around a change of many rows at once (``action``: "import"): a backup before it and,
    when it succeeded, one after it."""
    from secondopinion_desktop.storage.backups import backup_before, take_backup
    from secondopinion_desktop.storage.errors import NotBackedUpError, StoreError

    backup_before(store, action)
    yield
    try:
        take_backup(store.path, store.backups_dir, f"after-{action}")
    except StoreError as exc:
        # The change itself is saved: the backup's own message ("nothing was changed") would
        # say the opposite of what happened.
        raise NotBackedUpError(NOT_BACKED_UP_MESSAGE, exc.path, code=NOT_BACKED_UP) from exc


def backup_if_due(store: StoreLike) -> Path | None:
    """The window's hourly backup: taken only when the last is an hour old and the store
    changed since; returns the backup, or None when none was due."""
    from secondopinion_desktop.storage import backups

    return backups.backup_if_due(store, BACKUP_INTERVAL, reason="automatic")


def backup_on_close(store: StoreLike, changes: int) -> Path | None:
    """When the window closes: a backup if anything was saved since the last one."""
    from secondopinion_desktop.storage import backups

    if changes <= 0:
        return None
    return backups.backup_if_due(store, timedelta(0), reason="on-close")


def restore_backup(
    data_dir: Path,
    backup: Path,
    *,
    wait_seconds: float | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> RestoreResult:
    """Replace the store in ``data_dir`` with ``backup``, keeping what was there.

    Close every connection to the store first, and hold its window lock. Never beside an
    import (the change lock is held, waiting up to ``wait_seconds``); an older backup is
    brought up to date at once, while nothing else can change the store.
    """
    from secondopinion_desktop.services.change_lock import store_change
    from secondopinion_desktop.storage.backups import restore_from
    from secondopinion_desktop.storage.store import open_store

    with store_change(data_dir, wait_seconds=wait_seconds, on_wait=on_wait):
        result = restore_from(data_dir, backup)
        open_store(data_dir).close()
    return result
