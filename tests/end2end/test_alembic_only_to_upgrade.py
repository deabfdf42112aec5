"""Alembic loads only to upgrade a store: a current store is opened without it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli_runs import CliResult, run_cli_imports
from sqlalchemy import create_engine

from secondopinion_desktop.storage import migrations_runner
from secondopinion_desktop.storage.errors import NewerSchemaError


def _revision_in(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def _imported(*argv: str) -> tuple[CliResult, set[str]]:
    return run_cli_imports(*argv)


def _alembic(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m == "alembic" or m.startswith("alembic."))


def test_the_head_known_to_the_package_is_alembics_head() -> None:
    # A new migration script must be added to the constants too, or this fails.
    assert migrations_runner.alembic_head() == migrations_runner.HEAD_REVISION
    assert migrations_runner.known_revisions() == migrations_runner.SHIPPED_REVISIONS
    assert migrations_runner.head_revision() == migrations_runner.alembic_head()


def _new_store(data_dir: Path) -> None:
    """A store made the way the app makes it (listing makes none where nothing was saved)."""
    from secondopinion_desktop.storage.store import open_store

    open_store(data_dir).close()


def test_list_and_smoke_on_a_current_store_never_import_alembic(data_dir: Path) -> None:
    _new_store(data_dir)
    assert _revision_in(data_dir / "secondopinion.sqlite3") == migrations_runner.HEAD_REVISION

    listed, modules = _imported("--data-dir", str(data_dir), "list")
    assert listed.code == 0, listed.err
    assert "sqlalchemy" in modules  # the store was really opened
    assert _alembic(modules) == []

    smoke, modules = _imported("--smoke", "--data-dir", str(data_dir))
    assert smoke.code == 0, smoke.err
    assert "sqlalchemy" in modules
    assert _alembic(modules) == []


def test_an_old_store_still_loads_alembic_and_is_upgraded(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    path = data_dir / "secondopinion.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        migrations_runner.upgrade(connection, "0001")
    engine.dispose()

    listed, modules = _imported("--data-dir", str(data_dir), "list")
    assert listed.code == 0, listed.err
    assert "alembic" in modules
    assert _revision_in(path) == migrations_runner.HEAD_REVISION
    # Taken before the upgrade wrote anything.
    assert any("before-upgrade" in p.name for p in (data_dir / "backups").iterdir())


def test_an_unknown_revision_is_still_refused_untouched(data_dir: Path) -> None:
    from secondopinion_desktop.storage.store import open_store

    _new_store(data_dir)
    path = data_dir / "secondopinion.sqlite3"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = path.read_bytes()

    assert not migrations_runner.is_known("9999_from_the_future")
    with pytest.raises(NewerSchemaError):
        open_store(data_dir)
    assert path.read_bytes() == before
