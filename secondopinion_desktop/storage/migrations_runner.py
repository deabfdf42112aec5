"""Run the Alembic migrations shipped inside the package (they work from an installed wheel)."""

from __future__ import annotations

import os
import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The revisions in migrations/versions, known without loading Alembic (about 100 ms at every
# start, only to learn that the store is current). A test checks both against Alembic's own
# reading of the scripts, so they cannot drift: a new migration must be added here too.
HEAD_REVISION = "0002"
SHIPPED_REVISIONS: frozenset[str] = frozenset({"0001", "0002"})
# The model's tables at HEAD_REVISION, known without importing SQLAlchemy and the model (the
# store's check before anything is written needs them). A test checks them against the
# model's own metadata: a new table must be added here too.
HEAD_TABLES: frozenset[str] = frozenset(
    {
        "allergies",
        "appointments",
        "care_team",
        "cases",
        "conditions",
        "decisions",
        "insurance",
        "insurance_calls",
        "medications",
        "opinions",
        "people",
        "questions",
        "reasons",
        "records",
    }
)


def _config(connection: Connection | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def known_revisions() -> frozenset[str]:
    """Every revision in the migration scripts, as Alembic reads them (read once: they never
    change while the app runs). Loads Alembic: a start asks :func:`is_known` instead."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


def is_known(revision: str | None) -> bool:
    """Can this version of the app read a store at ``revision``? Alembic is asked only about
    a revision not in :data:`SHIPPED_REVISIONS` (a newer version's, or a damaged record)."""
    if revision is None:
        return False
    return revision in SHIPPED_REVISIONS or revision in known_revisions()


def head_revision() -> str:
    """The newest revision, the one a current store is at (no Alembic import)."""
    return HEAD_REVISION


@cache
def alembic_head() -> str:
    """The head as Alembic reads it from the scripts (for the test that keeps HEAD_REVISION
    honest)."""
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
