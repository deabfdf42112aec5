"""The store's checks before anything is written: damaged, foreign or newer files are refused.

Kept apart from the store's engine so that a look at the file (the first glance at people and
cases, the safety commands) runs the same checks without loading SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path

from secondopinion_desktop.storage import migrations_runner
from secondopinion_desktop.storage.errors import (
    DamagedStoreError,
    ForeignStoreError,
    NewerSchemaError,
)
from secondopinion_desktop.storage.preflight import inspect_store


def damaged_message(path: Path, problem: str) -> str:
    """The plain paragraph shown when a store cannot be trusted, naming the newest good backup."""
    from secondopinion_desktop.storage.damage_report import damaged_store_message

    return damaged_store_message(path, problem)


def newer_message(path: Path) -> str:
    """The paragraph for a store from a newer version, naming the newest backup to go back to."""
    from secondopinion_desktop.storage.damage_report import newer_version_message

    return newer_version_message(path)


def check_store_file(path: Path, *, quick: bool = True) -> str | None:
    """The revision in a healthy store file (None if new); raises if damaged, foreign or newer."""
    found = inspect_store(path, quick=quick)
    if found.foreign:
        raise ForeignStoreError(damaged_message(path, found.problem or "it is not ours"), path)
    if not found.healthy:
        raise DamagedStoreError(damaged_message(path, found.problem or "it is damaged"), path)
    if found.revision is not None and not migrations_runner.is_known(found.revision):
        raise NewerSchemaError(newer_message(path), path)
    return found.revision
