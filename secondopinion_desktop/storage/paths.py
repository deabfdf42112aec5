"""Where the store lives, and the private file modes everything there must have."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

APP_NAME = "SecondOpinionCompanion"
STORE_FILENAME = "secondopinion.sqlite3"
DATA_DIR_ENV = "SECONDOPINION_DATA_DIR"
FILE_MODE = 0o600
DIR_MODE = 0o700


def default_data_dir() -> Path:
    """The platform's per-user data folder for the app (platformdirs)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``SECONDOPINION_DATA_DIR``, then the platform default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it readable by its owner only.

    A folder that cannot be created or made private raises a plain :class:`StoreError`.
    """
    from secondopinion_desktop.storage.errors import DiskFullError, StoreAccessError
    from secondopinion_desktop.storage.os_problems import (
        access_message,
        environment_problem,
        folder_not_created_message,
    )

    try:
        path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        if not path.is_dir():
            raise NotADirectoryError(20, "it is not a folder", str(path))
    except OSError as exc:
        problem = environment_problem(exc, path.parent)
        if isinstance(problem, DiskFullError):
            raise problem from None
        raise StoreAccessError(folder_not_created_message(path, exc), path) from None
    try:
        os.chmod(path, DIR_MODE)
    except OSError:
        raise StoreAccessError(access_message(path), path) from None
    return path


def make_private(path: Path) -> None:
    """Give an existing file mode 0600; a missing one is fine, and a link is never followed."""
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            return
        os.chmod(path, FILE_MODE)
    except FileNotFoundError:
        return


def store_path(data_dir: Path) -> Path:
    return data_dir / STORE_FILENAME


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def lock_file_path(data_dir: Path) -> Path:
    return data_dir / (STORE_FILENAME + ".lock")


def change_lock_file_path(data_dir: Path) -> Path:
    """The lock import and restore take while they change the store (services.change_lock)."""
    return data_dir / (STORE_FILENAME + ".change-lock")


def companion_paths(data_dir: Path) -> list[Path]:
    """The files SQLite keeps beside the store."""
    store = store_path(data_dir)
    return [store.with_name(store.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def link_refusal(path: Path) -> str:
    return (
        f"{path} is a link to another place, so Second Opinion Companion will not use it; "
        "nothing was changed. Please put the real file or folder there, or choose another "
        "folder with --data-dir."
    )


def refuse_links(data_dir: Path) -> None:
    """Refuse, plainly, a store (or -wal, a lock, backups/) that is a link or not a plain file.

    The store's real path is used only when it is a regular file inside the data folder: a
    link would let writes and mode changes land on a file somewhere else.
    """
    from secondopinion_desktop.storage.errors import StoreError, UnsafeLinkError
    from secondopinion_desktop.storage.os_problems import folder_not_created_message

    if data_dir.exists() and not data_dir.is_dir():
        # A file where the folder should be: nothing inside it to look at.
        problem = NotADirectoryError(errno.ENOTDIR, "it is not a folder", str(data_dir))
        raise StoreError(folder_not_created_message(data_dir, problem), data_dir)
    store = store_path(data_dir)
    locks = (lock_file_path(data_dir), change_lock_file_path(data_dir))
    for candidate in (store, *companion_paths(data_dir), *locks):
        try:
            mode = os.lstat(candidate).st_mode
        except FileNotFoundError:
            continue
        if stat.S_ISLNK(mode):
            raise UnsafeLinkError(link_refusal(candidate), candidate)
        if not stat.S_ISREG(mode):
            raise UnsafeLinkError(
                f"{candidate} is not an ordinary file, so Second Opinion Companion will not "
                "use it; nothing was changed. Please choose another folder with --data-dir.",
                candidate,
            )
    backups = backups_dir(data_dir)
    try:
        mode = os.lstat(backups).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISLNK(mode):
        raise UnsafeLinkError(link_refusal(backups), backups)
    if not stat.S_ISDIR(mode):
        raise UnsafeLinkError(
            f"{backups} should be the folder of backups but is a file, so no backup can be "
            "kept there; nothing was changed. Please move that file away.",
            backups,
        )
