"""The first glance at people and cases: what the window lists, read-only, without SQLAlchemy."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

from secondopinion_desktop.services.people_preview import CaseGlance, PersonGlance, glance_people
from secondopinion_desktop.services.workspace import Workspace
from secondopinion_desktop.storage.paths import store_path
from secondopinion_desktop.storage.store import open_store


def make_store(data_dir: Path) -> None:
    store = open_store(data_dir)
    workspace = Workspace(store)
    ana = workspace.add_person("Ana María Pérez")
    workspace.add_person("Bob Stone")
    workspace.add_case(ana, "Knee surgery")
    workspace.add_case(ana, "")
    workspace.commit()
    workspace.close()
    store.close()


def fingerprint(data_dir: Path) -> tuple[str, set[str]]:
    """The store file's bytes, and the names of the files beside it other than SQLite's own
    -wal and -shm companions (the store's read-only check opens those too)."""
    path = store_path(data_dir)
    others = {p.name for p in data_dir.iterdir() if not p.name.endswith(("-wal", "-shm"))}
    return hashlib.sha256(path.read_bytes()).hexdigest(), others


def test_lists_people_and_cases_in_the_window_s_order(tmp_path: Path) -> None:
    make_store(tmp_path)
    store = open_store(tmp_path)
    workspace = Workspace(store)
    expected = [
        PersonGlance(p.id, p.full_name, tuple(CaseGlance(c.id, c.title) for c in p.cases))
        for p in workspace.people()
    ]
    workspace.close()
    store.close()
    glance = glance_people(tmp_path)
    assert glance == expected
    assert [p.full_name for p in glance] == ["Ana María Pérez", "Bob Stone"]
    assert [c.title for c in glance[0].cases] == ["Knee surgery", ""]
    assert glance[1].cases == ()


def test_reads_without_sqlalchemy_and_writes_nothing(tmp_path: Path) -> None:
    make_store(tmp_path)
    before = fingerprint(tmp_path)
    script = (
        "import sys; from pathlib import Path\n"
        "from secondopinion_desktop.services.people_preview import glance_people\n"
        f"people = glance_people(Path({str(tmp_path)!r}))\n"
        "print(len(people), sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'alembic', 'PySide6')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "2 []"
    assert fingerprint(tmp_path) == before


def test_no_store_yet_is_none_and_creates_nothing(tmp_path: Path) -> None:
    assert glance_people(tmp_path) is None
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_store_is_left_to_the_full_open(tmp_path: Path) -> None:
    make_store(tmp_path)
    path = store_path(tmp_path)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    before = fingerprint(tmp_path)
    assert glance_people(tmp_path) is None
    assert fingerprint(tmp_path) == before


def test_a_store_due_an_upgrade_is_left_to_the_full_open(tmp_path: Path) -> None:
    make_store(tmp_path)
    with sqlite3.connect(store_path(tmp_path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    connection.close()
    assert glance_people(tmp_path) is None


def test_a_store_from_a_newer_version_is_left_to_the_full_open(tmp_path: Path) -> None:
    make_store(tmp_path)
    with sqlite3.connect(store_path(tmp_path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    assert glance_people(tmp_path) is None
