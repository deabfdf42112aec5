"""Making printouts from the store, saving them safely, and handing a PDF to CUPS."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import subprocess
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
LP_TIMEOUT_SECONDS = 60
LPSTAT_TIMEOUT_SECONDS = 10


class NothingToPrintError(StoreError):
    """The printout cannot be made from this case (for example no appointment date)."""


class PrinterUnreachableError(StoreError):
    """``lp`` could not be run, or did not answer in time; the window words it."""


class PrinterRefusedError(StoreError):
    """``lp`` ran but did not take the job (no such printer, or the printer is stopped)."""


def lp_program() -> str | None:
    """The CUPS ``lp`` command when this computer has one (Linux and macOS), else None."""
    return shutil.which("lp")


def cups_printers() -> tuple[list[str], str | None]:
    """The CUPS printers that accept jobs, and the default one (``lpstat``)."""
    names: list[str] = []
    default: str | None = None
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return names, default
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        listed = subprocess.run(
            [lpstat, "-a"], capture_output=True, text=True, timeout=LPSTAT_TIMEOUT_SECONDS,
            check=False,
        )
        names = [line.split()[0] for line in listed.stdout.splitlines() if line.strip()]
        chosen = subprocess.run(
            [lpstat, "-d"], capture_output=True, text=True, timeout=LPSTAT_TIMEOUT_SECONDS,
            check=False,
        )
        if ":" in chosen.stdout:
            default = chosen.stdout.split(":", 1)[1].strip() or None
    return names, default


def send_to_lp(lp: str, path: Path, destination: str | None) -> None:
    """Hand the PDF file at ``path`` to CUPS as it is (the sharpest print), on ``destination``
    (None: the default printer). Raises PrinterUnreachableError or PrinterRefusedError."""
    command = [lp, "-d", destination, str(path)] if destination else [lp, str(path)]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=LP_TIMEOUT_SECONDS, check=False
        )
    except (OSError, subprocess.SubprocessError):
        raise PrinterUnreachableError(
            "The printer could not be reached.", code="printer_unreachable"
        ) from None
    if done.returncode != 0:
        raise PrinterRefusedError(
            "The printer did not accept the printout.", code="printer_refused"
        )


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
    if not_a_file(target):
        raise WriteFileError(not_a_file_message(target), target)


def not_a_file(target: Path) -> bool:
    """Is there something at ``target`` (followed through links) that is neither a file nor a
    folder: a device such as /dev/null, a named pipe? The write renames a new file over the
    name, which would put an ordinary file in that thing's place."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False  # nothing there (or a dangling link): the file is made
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def not_a_file_message(target: Path) -> str:
    return (
        f"Could not save {target}: that name is not an ordinary file (it is a device or a "
        "pipe); please choose a file name."
    )


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
