"""Where the store lives, and the private file modes everything there must have."""

from __future__ import annotations

import contextlib
import os
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
    """Create ``path`` (and parents) if needed and make it readable by its owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    os.chmod(path, DIR_MODE)
    return path


def make_private(path: Path) -> None:
    """Give an existing file mode 0600; a missing one is fine."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, FILE_MODE)


def store_path(data_dir: Path) -> Path:
    return data_dir / STORE_FILENAME


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"
