"""A write that fails for lack of room is refused in plain words, and nothing saved is lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from safety_helpers import TYPED, fill_store
from sqlalchemy import event, select

from secondopinion_desktop.storage.errors import SaveError, StoreError
from secondopinion_desktop.storage.store import open_store


def _page_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA page_count").fetchone()[0])
    finally:
        conn.close()


def test_disk_full_is_a_plain_save_error_and_earlier_work_survives(data_dir: Path) -> None:
    from secondopinion_desktop.model import Person
    from secondopinion_desktop.services.workspace import Workspace

    fill_store(data_dir, 3, name="Saved Before")
    store = open_store(data_dir)
    limit = _page_count(store.path) + 1

    def cap(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count={limit}")

    # Every connection from now on sees a disk with room for one more page.
    event.listen(store.engine, "connect", cap)
    store.engine.dispose()
    workspace = Workspace(store)
    try:
        person = workspace.people()[0]
        with pytest.raises(SaveError) as failed:
            workspace.set(person, "full_name", TYPED * 20000)
        assert isinstance(failed.value, StoreError)
        assert "could not be saved because the disk is full" in failed.value.message
        assert TYPED not in failed.value.message
        # The window stays usable: the next, smaller change saves.
        workspace.set(workspace.people()[0], "phone", "555 0100")
    finally:
        workspace.close()
        store.close()

    reopened = open_store(data_dir)
    try:
        with reopened.session() as session:
            people = list(session.scalars(select(Person)))
            assert [p.full_name for p in people] == ["Saved Before"]
            assert people[0].phone == "555 0100"
            assert len(people[0].cases) == 3
    finally:
        reopened.close()
