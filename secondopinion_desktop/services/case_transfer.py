"""Case files in and out, for the window and the command line alike: read, import, export."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from secondopinion_desktop.services.workspace import Workspace
    from secondopinion_desktop.storage.store import Store


def read_case_file(path: Path) -> bytes:
    """The bytes of the case file at ``path``, read up to one byte over the size a case file
    may have (so a huge file is refused without being read whole). Raises OSError."""
    from secondopinion_desktop.services.bundle_validate import MAX_FILE_BYTES

    # Opened without waiting: a named pipe no program writes to would otherwise hold the
    # command (or the window) forever. It, and any device, is then refused for what it is.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise OSError(
                errno.EINVAL, "it is not an ordinary file (it is a device or a pipe)", str(path)
            )
        return handle.read(MAX_FILE_BYTES + 1)


def import_case(
    store: Store, document: Mapping[str, Any], workspace: Workspace | None = None
) -> int:
    """Add the case in a parsed case file for a new person; returns the new case's number.

    Backed up before and after (services/safekeeping.py). Given the window's ``workspace``,
    the case is written through its session and committed there; otherwise in a transaction
    of its own. Raises storage's errors (a BundleError, a SaveError) with nothing changed, or
    NotBackedUpError, with its ``case_id``, when only the backup after the import failed.
    """
    from secondopinion_desktop.services.bundle import import_bundle
    from secondopinion_desktop.services.safekeeping import backed_up_change
    from secondopinion_desktop.storage.errors import NotBackedUpError

    case_id: int | None = None
    try:
        with backed_up_change(store, "import"):
            if workspace is None:
                case_id = import_bundle(store, document)
            else:
                case_id = import_bundle(workspace.session, document)
                workspace.commit()
    except NotBackedUpError as exc:
        exc.case_id = case_id  # added all the same: the caller opens or prints it
        raise
    if workspace is not None:
        workspace.changes_since_backup = 0  # the backup after the import holds every change
    assert case_id is not None
    return case_id


def check_export_target(path: Path, data_dir: Path) -> None:
    """Refuse, before any work, a file that holds saved information (ProtectedTargetError)."""
    from secondopinion_desktop.services.out_targets import check_out_target

    check_out_target(path, data_dir)


def export_case(session: Session, case_id: int, path: Path, data_dir: Path) -> None:
    """Write case ``case_id`` as a case file at ``path`` (0600), all of it or nothing.

    Raises ProtectedTargetError over saved information, WriteFileError when the file cannot
    be written, BundleError when there is no such case.
    """
    from secondopinion_desktop.services.bundle import export_case_json
    from secondopinion_desktop.services.printing import write_file_atomically

    check_export_target(path, data_dir)
    text = export_case_json(session, case_id)
    # Atomic: an interrupted export never leaves half a case file over a good one.
    write_file_atomically(path, text.encode("utf-8"))
