"""Making printouts from the store and saving them safely: PDFs and the calendar file."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

# Defined beside the rule for where files may be written; its users import it from here too.
from secondopinion_desktop.services.out_targets import WriteFileError as WriteFileError
from secondopinion_desktop.storage.errors import StoreError

if TYPE_CHECKING:
    from secondopinion_desktop.storage.store import Store

FILE_MODE = 0o600


class NothingToPrintError(StoreError):
    """The printout cannot be made from this case (for example no appointment date)."""


def render_pdf(
    store: Store,
    case_id: int,
    kind: str,
    *,
    large_print: bool = False,
    paper: str | None = None,
    language: str | None = None,
    printed_on: date | None = None,
) -> bytes:
    """The PDF of one printout of a case, as bytes (nothing is written)."""
    from secondopinion_desktop.reports import ReportError, build_pdf
    from secondopinion_desktop.reports.language import default_language
    from secondopinion_desktop.services.cases import load_case

    with store.session() as session:
        case = load_case(session, case_id)
        try:
            return build_pdf(
                case,
                kind,
                large_print=large_print,
                paper=paper,
                language=language or default_language(),
                printed_on=printed_on,
            )
        except ReportError as exc:
            raise NothingToPrintError(exc.message) from None


def render_ics(store: Store, case_id: int, *, language: str | None = None) -> bytes:
    """The calendar file of the case's next appointment, as bytes."""
    from secondopinion_desktop.reports import ReportError
    from secondopinion_desktop.reports.calendar import build_ics
    from secondopinion_desktop.reports.language import default_language
    from secondopinion_desktop.services.cases import load_case

    with store.session() as session:
        case = load_case(session, case_id)
        try:
            return build_ics(case, language=language or default_language())
        except ReportError as exc:
            raise NothingToPrintError(exc.message) from None


def write_pdf(
    store: Store,
    case_id: int,
    path: Path,
    kind: str,
    *,
    large_print: bool = False,
    paper: str | None = None,
    language: str | None = None,
) -> None:
    """Make one printout and save it at ``path`` (atomically, private to the person)."""
    from secondopinion_desktop.services.out_targets import check_out_target

    check_out_target(path, store.data_dir)
    check_target(Path(path))
    data = render_pdf(
        store, case_id, kind, large_print=large_print, paper=paper, language=language
    )
    write_file_atomically(path, data)


def write_ics(store: Store, case_id: int, path: Path, *, language: str | None = None) -> None:
    """Save the calendar file of the case's next appointment at ``path``."""
    from secondopinion_desktop.services.out_targets import check_out_target

    check_out_target(path, store.data_dir)
    check_target(Path(path))
    write_file_atomically(path, render_ics(store, case_id, language=language))


def _reason(exc: OSError, folder: Path | None = None) -> str:
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        # /proc and similar answer "no such file" for a folder that is plainly there.
        if folder is not None and folder.is_dir():
            return "that place cannot hold files"
        return "that folder does not exist"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "you do not have permission to write there"
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EROFS:
        return "that place is read-only"
    if exc.errno == errno.EISDIR:
        return "that name is a folder"
    return "that place cannot hold files"


def check_target(path: Path) -> None:
    """Fail early, before the work of rendering, when ``path`` plainly cannot be written."""
    target = path.expanduser()
    if target.is_dir():
        raise WriteFileError(f"Could not save {target}: that name is a folder.", target)
    if not target.parent.is_dir():
        raise WriteFileError(f"Could not save {target}: that folder does not exist.", target)


def write_file_atomically(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` all at once: a temporary file beside it, flushed to disk,
    then renamed over it. Mode 0600. On failure nothing is left behind and WriteFileError
    says why in one sentence. Never over saved information (see services.out_targets).
    """
    from secondopinion_desktop.services.out_targets import check_out_target

    target = Path(path).expanduser()
    folder = target.parent
    check_out_target(target)
    check_target(target)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise WriteFileError(f"Could not save {target}: {_reason(exc, folder)}.", target) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, FILE_MODE)
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise WriteFileError(f"Could not save {target}: {_reason(exc, folder)}.", target) from None
    # The rename itself reaches the disk only once the folder is flushed too.
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
