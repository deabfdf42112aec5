"""Errors the store raises, each carrying one plain sentence or paragraph for the person."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


class StoreError(Exception):
    """A problem with the store that the person must be told about in plain words.

    ``message`` is the English sentence the command line prints; ``code`` and ``facts`` let the
    window say the same in the person's language (an empty code: only the English exists).
    """

    def __init__(
        self,
        message: str,
        path: Path | None = None,
        *,
        code: str = "",
        facts: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.code = code
        self.facts: dict[str, str] = dict(facts or {})


class NewerSchemaError(StoreError):
    """The file was written by a newer version of the app; it is left untouched."""


class DamagedStoreError(StoreError):
    """The file is not a healthy store; it is never opened for writing."""


class StoreLockedError(StoreError):
    """Another window already has this store open."""


class SaveError(StoreError):
    """A change could not be written (full disk, read-only folder...)."""


class ForeignStoreError(DamagedStoreError):
    """The file is an SQLite file of some other program; it is never opened for writing."""


class DiskFullError(StoreError):
    """The disk has no room left; nothing was changed."""


class StoreAccessError(StoreError):
    """The folder or a file in it may not be read or written (permissions, read-only disk)."""


class UnsafeLinkError(StoreError):
    """The store, a file beside it or the backups folder is a link to somewhere else."""


class NotBackedUpError(StoreError):
    """A change was saved, but the backup after it could not be made; ``case_id`` is the case
    the change added (it is there: the caller must not say that nothing changed)."""

    case_id: int | None = None
