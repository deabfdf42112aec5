"""Run the Alembic migrations shipped inside the package (they work from an installed wheel)."""

from __future__ import annotations

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
