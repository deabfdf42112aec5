"""The private temporary folders the print preview hands to a PDF viewer or the printer.

Each folder is made with mode 0700 (its files 0600) and carries the id of the process that made
it, so a later start can remove the folders that a crash or a kill left behind without touching
those of a window that is still open.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import sys
import tempfile
import time
from pathlib import Path

PREFIX = "secondopinion-print-"
# Folders from before the process id was part of the name: kept a while, then removed.
UNKNOWN_OWNER_AGE_SECONDS = 3600
# Where a process id cannot be checked safely (Windows), a folder this old is stale.
WINDOWS_AGE_SECONDS = 24 * 3600
_PID = re.compile(rf"^{re.escape(PREFIX)}(\d+)-")


def folder_prefix() -> str:
    """The name start of this process's print folders (for tempfile.TemporaryDirectory)."""
    return f"{PREFIX}{os.getpid()}-"


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, run by someone else
    except OSError:
        return True
    return True


def _stale(entry: Path, info: os.stat_result, now: float) -> bool:
    age = now - info.st_mtime
    if sys.platform == "win32":
        # os.kill on Windows would end the process, so only the age can tell.
        return age > WINDOWS_AGE_SECONDS
    found = _PID.match(entry.name)
    if found is None:
        return age > UNKNOWN_OWNER_AGE_SECONDS
    return not _process_alive(int(found.group(1)))


def remove_stale_folders(root: Path | None = None) -> int:
    """Remove this person's print folders whose process has ended; returns how many went.

    Only real folders owned by the person running the app are looked at (never a link, never
    someone else's); a folder that cannot be removed is left for next time.
    """
    folder = Path(root) if root is not None else Path(tempfile.gettempdir())
    removed = 0
    now = time.time()
    try:
        entries = [e for e in folder.iterdir() if e.name.startswith(PREFIX)]
    except OSError:
        return 0
    for entry in entries:
        try:
            info = entry.lstat()
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode):
            continue
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            continue
        if _stale(entry, info, now):
            with contextlib.suppress(OSError):
                shutil.rmtree(entry)
                removed += 1
    return removed
