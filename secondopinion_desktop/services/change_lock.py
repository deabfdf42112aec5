"""The lock that keeps commands which change the store (import, restore) from interleaving.

It is not the window's lock: an import beside an open window still works, as SQLite keeps the
two safe. But a restore replaces the whole file, so an import running meanwhile would write
into the file being replaced and its case would vanish after it was reported. Both take this
lock for the whole of their change; the second waits a while (saying so), then gives up
plainly. The OS releases the lock when a process ends in any way, so it never goes stale.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from secondopinion_desktop.storage.errors import StoreError
from secondopinion_desktop.storage.lock import lock_problem, try_lock
from secondopinion_desktop.storage.paths import (
    change_lock_file_path,
    ensure_private_dir,
    make_private,
    refuse_links,
)

WAIT_SECONDS = 60.0
POLL_SECONDS = 0.1

WAITING_MESSAGE = (
    "Another import or restore is changing your information; waiting for it to finish..."
)
BUSY_MESSAGE = (
    "Another import or restore is still changing your information, so nothing was changed. "
    "Please try again when it has finished."
)


class StoreBusyError(StoreError):
    """Another command kept the store changing for longer than this one would wait."""


def change_lock_path(data_dir: Path) -> Path:
    return change_lock_file_path(data_dir)


@contextmanager
def store_change(
    data_dir: Path,
    *,
    wait_seconds: float | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """Hold the change lock of ``data_dir`` for the ``with`` block.

    When another command holds it, ``on_wait`` is told once (with a plain sentence) and this
    waits up to ``wait_seconds`` (default :data:`WAIT_SECONDS`), then raises
    :class:`StoreBusyError`.
    """
    ensure_private_dir(data_dir)
    # A lock that is a link or a folder is refused plainly, as the store's own files are: a
    # link would be followed (and a file made wherever it points).
    refuse_links(data_dir)
    path = change_lock_path(data_dir)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except OSError as exc:
        raise lock_problem(path, exc) from None
    make_private(path)
    deadline = time.monotonic() + (WAIT_SECONDS if wait_seconds is None else wait_seconds)
    told = False
    try:
        while not try_lock(fd):
            if not told and on_wait is not None:
                on_wait(WAITING_MESSAGE)
                told = True
            if time.monotonic() >= deadline:
                raise StoreBusyError(BUSY_MESSAGE, path)
            time.sleep(POLL_SECONDS)
        yield
    finally:
        os.close(fd)  # closing the file lets go of the lock
