"""The window's start and end, without Qt: the data folder resolved once, made private, locked,
logged, inspected, then the store opened or a plain reason why not; at the end, the backup."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secondopinion_desktop.storage.damage_report import DamageReport
    from secondopinion_desktop.storage.lock import StoreLock
    from secondopinion_desktop.storage.store import Store as Store  # the window's type for it

OPEN_FAILED_MESSAGE = (
    "Your saved information could not be opened because of an unexpected problem. Nothing "
    "was changed. Please start Second Opinion Companion again; if this happens again, "
    "`secondopinion check` says whether the file is damaged."
)


def folder_problem_message(folder: Path, exc: OSError) -> str:
    """Why the data folder cannot be used, in plain words."""
    if exc.errno in (errno.EEXIST, errno.ENOTDIR):
        reason = "something that is not a folder is in the way"
    elif exc.errno in (errno.EACCES, errno.EPERM):
        reason = "you do not have permission to use it"
    elif exc.errno == errno.ENOSPC:
        reason = "the disk is full"
    elif exc.errno == errno.EROFS:
        reason = "it is read-only"
    else:
        reason = "it cannot be used"
    return f"The folder {folder} cannot hold your information: {reason}. Nothing was changed."


@dataclass(frozen=True)
class Opening:
    """What opening the store gave: the open store, or the plain reason why not (and, for a
    damaged store, what the damaged-store dialog offers)."""

    store: Store | None = None
    reason: str | None = None
    damage: DamageReport | None = None


class StartUp:
    """One start of the window on one data folder, step by step in the order they must run:
    :meth:`claim` (private, links refused, locked) before anything is shown; :meth:`begin_log`
    and :meth:`open` once the window is on screen; :meth:`release` after it closed (after the
    closing backup, services/safekeeping.py)."""

    def __init__(self, explicit: str | os.PathLike[str] | None = None) -> None:
        from secondopinion_desktop.storage.paths import DATA_DIR_ENV, resolve_data_dir

        # Resolved here only: every later step works on this one path.
        self.folder: Path = resolve_data_dir(explicit)
        # The log goes beside a folder that was named; else to the platform's log folder.
        self.named = bool(explicit or os.environ.get(DATA_DIR_ENV))
        self.lock: StoreLock | None = None
        self.already_open = False

    def claim(self) -> str | None:
        """Make the folder private, refuse links, take the store's lock. None when done, else
        the plain reason; :attr:`already_open` says another window holds the store."""
        from secondopinion_desktop.storage.errors import StoreError, StoreLockedError
        from secondopinion_desktop.storage.lock import StoreLock
        from secondopinion_desktop.storage.paths import ensure_private_dir, refuse_links

        try:
            ensure_private_dir(self.folder)
            refuse_links(self.folder)
            self.lock = StoreLock.acquire(self.folder, claimed=True)
        except OSError as exc:
            return folder_problem_message(self.folder, exc)
        except StoreLockedError as exc:
            self.already_open = True
            return exc.message
        except StoreError as exc:  # a folder that cannot be made, a linked store
            return exc.message
        return None

    def begin_log(self) -> None:
        """The private log (nothing personal in it)."""
        from secondopinion_desktop.logging_setup import setup_logging

        setup_logging(self.folder if self.named else None)

    def open(self, *, explain_damage: bool = True) -> Opening:
        """The store of this folder opened, or why not (see :func:`open_or_explain`)."""
        return open_or_explain(
            self.folder, explain_damage=explain_damage, claimed=self.lock is not None
        )

    def release(self) -> None:
        """Let go of the store's lock (safe to call twice)."""
        if self.lock is not None:
            self.lock.release()


def open_or_explain(
    folder: Path, *, explain_damage: bool = True, claimed: bool = False
) -> Opening:
    """Inspect the store read-only, then open it (creating or upgrading it), or say why not.

    With ``explain_damage`` a damaged store, or one from a newer version, also gets the
    :class:`DamageReport` the window's dialog shows (the newest backup it can open).
    Nothing is written to a store that is refused. ``claimed``: :meth:`StartUp.claim` already
    made the folder private and refused links (not done again).
    """
    from secondopinion_desktop.logging_setup import log_error, log_event
    from secondopinion_desktop.storage.damage_report import damage_report, newer_report
    from secondopinion_desktop.storage.errors import (
        DamagedStoreError,
        NewerSchemaError,
        StoreError,
    )
    from secondopinion_desktop.storage.store import open_store

    while True:
        try:
            return Opening(store=open_store(folder, claimed=claimed))
        except DamagedStoreError as exc:
            log_event("window found a damaged store")
            if not explain_damage:
                return Opening(reason=exc.message)
            report = damage_report(folder)
            if report is None:
                continue  # healthy again (restored from the command line meanwhile)
            return Opening(reason=exc.message, damage=report)
        except NewerSchemaError as exc:
            log_event("window found a store from a newer version")
            if not explain_damage:
                return Opening(reason=exc.message)
            # The window offers the newest backup it can open, as for a damaged store (the
            # command line's message gives a command to paste instead).
            return Opening(reason=exc.message, damage=newer_report(folder))
        except StoreError as exc:
            log_error(exc)
            return Opening(reason=exc.message)
        except Exception as exc:  # whatever went wrong, the store was only read
            log_error(exc)
            return Opening(reason=OPEN_FAILED_MESSAGE)
