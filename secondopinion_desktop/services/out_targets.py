"""The one rule for every file the app writes where the person asked: never over the store.

An export, a printout, a calendar file or a backup written "to FILE" must never replace the
saved information itself, its SQLite side files (-wal, -shm, -journal), the window's lock file,
or anything in the backups folder. The name is resolved first (symlinks, ``..``, hard links),
so no spelling of the path slips past. The command line and the window's save dialogs both call
:func:`check_out_target` before anything is written.
"""

from __future__ import annotations

import os
from pathlib import Path

from secondopinion_desktop.storage.errors import StoreError
from secondopinion_desktop.storage.paths import STORE_FILENAME, backups_dir, store_path

STORE_SUFFIXES = ("", "-wal", "-shm", "-journal", ".lock", ".change-lock")
BACKUPS_FOLDER = "backups"



class WriteFileError(StoreError):
    """A printout could not be saved where the person asked; nothing was left behind."""


REFUSED_STORE = (
    "{target} holds your saved information, so nothing can be written over it; "
    "please choose another file name. Nothing was changed."
)
REFUSED_BACKUP = (
    "{target} is in the folder of your backups, so nothing can be written there; "
    "please choose another place. Nothing was changed."
)


class ProtectedTargetError(WriteFileError):
    """The chosen file is the store, one of its side files, the lock, or under backups/.

    ``kind`` is ``"store"`` or ``"backups"``, so the window can word it in the person's
    language.
    """

    def __init__(self, message: str, path: Path, kind: str) -> None:
        super().__init__(message, path)
        self.kind = kind


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _is_under(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _store_files(data_dir: Path) -> list[Path]:
    store = store_path(data_dir)
    return [store.with_name(store.name + suffix) for suffix in STORE_SUFFIXES]


def _looks_like_a_data_folder(folder: Path) -> bool:
    return any(f.exists() for f in _store_files(folder))


def protected_kind(path: Path | str, data_dir: Path | str | None = None) -> str | None:
    """``"store"`` or ``"backups"`` when writing ``path`` would touch saved information.

    ``data_dir`` is the data folder in use, when the caller knows it. Whatever it is, a file
    named like a store or its side files, and anything under a ``backups`` folder that sits
    beside a store, is protected too: a printout saved into another data folder is as harmful.
    """
    target = Path(path).expanduser()
    real = _real(target)
    if data_dir is not None:
        folder = Path(data_dir).expanduser()
        for protected in _store_files(folder):
            if real == _real(protected) or _same_file(target, protected):
                return "store"
        if _is_under(real, _real(backups_dir(folder))):
            return "backups"
    if any(real.name == STORE_FILENAME + suffix for suffix in STORE_SUFFIXES):
        return "store"
    for ancestor in real.parents:
        if ancestor.name == BACKUPS_FOLDER and _looks_like_a_data_folder(ancestor.parent):
            return "backups"
    return None


def check_out_target(path: Path | str, data_dir: Path | str | None = None) -> None:
    """Raise :class:`ProtectedTargetError` (one plain sentence) when ``path`` is protected."""
    kind = protected_kind(path, data_dir)
    if kind is None:
        return
    target = Path(path).expanduser()
    template = REFUSED_STORE if kind == "store" else REFUSED_BACKUP
    raise ProtectedTargetError(template.format(target=target), target, kind)
