"""The data-safety commands: ``check``, ``backup``, ``backups`` and ``restore``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from secondopinion_desktop.commands.common import (
    EXIT_OK,
    CommandError,
    data_dir_of,
    terminal_safe,
)
from secondopinion_desktop.logging_setup import log_event
from secondopinion_desktop.storage.paths import store_path

REASONS = {
    "before-import": "before an import",
    "after-import": "after an import",
    "before-restore": "before a restore",
    "before-upgrade": "before an update of the app",
    "automatic": "automatic",
    "hourly": "automatic",
    "on-close": "when the window closed",
    "manual": "made by hand",
}

RESTORE_WHILE_OPEN = (
    "Please close the Second Opinion Companion window first: your information cannot be "
    "replaced while the window is using it. Nothing was changed."
)


def _plain_reason(reason: str) -> str:
    return REASONS.get(reason, reason.replace("-", " "))


def _cases(count: int | None) -> str:
    if count is None:
        return "cases unknown"
    return "1 case" if count == 1 else f"{count} cases"


def run_check(args: argparse.Namespace) -> int:
    """Full check, read-only: SQLite's integrity check, the tables, and every text value
    decoded; healthy (exit 0) or the damaged paragraph (exit 1)."""
    from secondopinion_desktop.storage.errors import DamagedStoreError
    from secondopinion_desktop.storage.paths import refuse_links
    from secondopinion_desktop.storage.store import check_store_file

    data_dir = data_dir_of(args)
    path = store_path(data_dir)
    refuse_links(data_dir)
    if not path.exists():
        print(f"There is no saved information in {data_dir} yet, so there is nothing to check.")
        return EXIT_OK
    try:
        check_store_file(path, quick=False)  # damaged, foreign or newer: refused plainly
    except DamagedStoreError:
        log_event("check found a damaged store")
        raise
    log_event("check found the store healthy")
    print("Your information is healthy.")
    return EXIT_OK


def run_backup(args: argparse.Namespace) -> int:
    """Copy the store to ``--out`` (atomic, 0600), refusing a damaged store."""
    from secondopinion_desktop.services.out_targets import check_out_target
    from secondopinion_desktop.storage.backups import backup_to
    from secondopinion_desktop.storage.paths import refuse_links
    from secondopinion_desktop.storage.store import check_store_file

    data_dir = data_dir_of(args)
    path = store_path(data_dir)
    out = Path(args.out).expanduser()
    refuse_links(data_dir)
    check_out_target(out, data_dir)  # never over the store, its lock or backups/
    if not path.exists():
        raise CommandError("There is no saved information to back up yet.")
    check_store_file(path)
    if out.is_dir():
        raise CommandError(
            f"{out} is a folder. Please give a file name, for example {out / 'my-backup.sqlite3'}."
        )
    if not out.parent.is_dir():
        raise CommandError(f"The folder {out.parent} does not exist. Nothing was written.")
    from secondopinion_desktop.services.printing import not_a_file, not_a_file_message

    if not_a_file(out):
        raise CommandError(not_a_file_message(out))
    if out.exists() and out.resolve() == path.resolve():
        raise CommandError("A backup cannot be written over your information itself.")
    try:
        backup_to(path, out)
    except OSError as exc:
        raise CommandError(
            f"The backup could not be written to {out} ({exc.strerror or 'the disk refused'})."
        ) from exc
    log_event("backup written to a chosen file")
    print(f"Your information was copied to {out}.")
    return EXIT_OK


def run_backups(args: argparse.Namespace) -> int:
    """The automatic backups, newest first, one a line, the full path first.

    The list is shown even when the store is damaged (it is how a person finds a backup to
    restore), but the command then also prints the damaged paragraph and exits 1.
    """
    from secondopinion_desktop.model.dates import format_long_datetime
    from secondopinion_desktop.services.safekeeping import backups_of
    from secondopinion_desktop.storage.paths import refuse_links
    from secondopinion_desktop.storage.preflight import inspect_store
    from secondopinion_desktop.storage.store import damaged_message

    data_dir = data_dir_of(args)
    if not os.path.lexists(data_dir):
        # Nothing to list, and nothing made: a mistyped folder name stays uncreated.
        sys.stderr.write(
            f"There is no saved information in {terminal_safe(str(data_dir))} yet, "
            "so there are no backups.\n"
        )
        return EXIT_OK
    refuse_links(data_dir)
    found = backups_of(data_dir)
    for info in found:
        when = format_long_datetime(info.taken_at.astimezone())
        print(f"{info.path}\t{when}\t{_plain_reason(info.reason)}\t{_cases(info.cases)}")
    if not found:
        sys.stderr.write("There are no backups yet.\n")
    path = store_path(data_dir)
    current = inspect_store(path)
    if not current.healthy:
        raise CommandError(damaged_message(path, current.problem or "it is damaged"))
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    """Replace the store with FILE after keeping the current one; refused while a window is open.

    This command works on a damaged store: bringing back a backup is the way out of damage.
    """
    from secondopinion_desktop.commands.common import say_waiting
    from secondopinion_desktop.model.dates import format_long_datetime
    from secondopinion_desktop.services.safekeeping import restore_backup
    from secondopinion_desktop.storage.backups import parse_backup_name
    from secondopinion_desktop.storage.errors import StoreLockedError
    from secondopinion_desktop.storage.lock import StoreLock

    data_dir = data_dir_of(args)
    backup = Path(args.file).expanduser()
    try:
        lock = StoreLock.acquire(data_dir, RESTORE_WHILE_OPEN)
    except StoreLockedError as exc:
        raise CommandError(exc.message) from exc
    with lock:
        result = restore_backup(data_dir, backup, on_wait=say_waiting)
    log_event("store restored from a backup")
    parsed = parse_backup_name(backup)
    source = (
        f"the backup of {format_long_datetime(parsed[0].astimezone())}"
        if parsed
        else str(backup)
    )
    print(f"Your information was restored from {source}.")
    if result.previous_kept_at is not None:
        what = "The damaged file" if result.previous_was_damaged else "What was there before"
        print(f"{what} was kept at {result.previous_kept_at}.")
    return EXIT_OK
