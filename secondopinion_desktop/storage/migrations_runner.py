"""Run the Alembic migrations shipped inside the package (they work from an installed wheel)."""

from __future__ import annotations

import os
import sqlite3
from functools import cache
from pathlib import Path

from sqlalchemy.engine import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _config(connection: Connection | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def known_revisions() -> frozenset[str]:
    """Every revision this version of the app knows how to read (read once: they never change
    while the app runs, and every store check asks)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


@cache
def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def upgrade(connection: Connection, target: str = "head") -> None:
    """Bring the schema on ``connection`` up to ``target``."""
    from alembic import command

    command.upgrade(_config(connection), target)


def upgrade_in_one_transaction(path: Path, target: str = "head") -> None:
    """Upgrade the store at ``path`` so that every step commits together, or none does.

    The sqlite3 module commits before each CREATE or ALTER on its own; with its transaction
    handling off and an explicit BEGIN, SQLite keeps the whole upgrade (tables, columns and the
    new revision) in one transaction, and a failure or a kill halfway leaves the old schema.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(os.fspath(path), isolation_level=None, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=NullPool)

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.begin() as connection:
            upgrade(connection, target)
    finally:
        engine.dispose()
