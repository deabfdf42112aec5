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
        case = workspace.people()[0].cases[0]
        with pytest.raises(SaveError) as failed:
            # 80,000 characters: within what the field holds, far more than one page of disk.
            workspace.set(case, "in_my_words", TYPED * 4000)
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
            assert TYPED not in (people[0].cases[0].in_my_words or "")
    finally:
        reopened.close()


# -- a real small disk: a private tmpfs in a user namespace (skipped where there is none) ---


def _on_small_disk(scenario: str, source: Path) -> dict[str, Any]:
    import json
    import shutil
    import subprocess
    import sys

    from safety_helpers import REPO

    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("no unshare here to make a small private disk")
    probe = subprocess.run(
        [unshare, "-rm", "mount", "-t", "tmpfs", "tmpfs", "/mnt"], capture_output=True
    )
    if probe.returncode != 0:
        pytest.skip("this system does not allow a private tmpfs")
    driver = REPO / "tests" / "end2end" / "small_disk_driver.py"
    done = subprocess.run(
        [unshare, "-rm", sys.executable, str(driver), scenario, str(source)],
        capture_output=True, text=True, cwd=REPO, timeout=240,
    )
    assert done.returncode == 0, done.stderr
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def _plain_only(result: dict[str, Any], sentence_part: str) -> None:
    assert result["code"] == 1, result
    assert sentence_part in result["err"], result
    assert len(result["err"].strip().splitlines()) == 1, result
    assert "Traceback" not in result["err"] and "damaged" not in result["err"]
    assert "could not be opened because" not in result["err"]


@pytest.mark.parametrize("scenario", ["full", "nearly full"])
def test_a_full_disk_is_named_as_such_never_as_damage(scenario: str, data_dir: Path) -> None:
    from secondopinion_desktop.storage.os_problems import DISK_FULL_MESSAGE

    fill_store(data_dir, 3, name="Saved Before")
    found = _on_small_disk(scenario, data_dir)

    refused = ["backup", "import", "new folder"]
    if scenario == "full":
        refused += ["list", "check", "smoke"]  # not even the -shm file fits
    else:
        # Room for SQLite's -shm but not for a copy: reading works, the backups cannot.
        for name in ("list", "check", "smoke"):
            assert found[name]["code"] == 0 and found[name]["err"] == "", found[name]
    for name in refused:
        _plain_only(found[name], DISK_FULL_MESSAGE)
    for name in ("list", "check", "backup", "import", "smoke"):
        assert found[name]["store_kept"], name
    assert found["partials"] == []
    # With room again, everything is there and the refused import added nothing.
    after = found["cases after"]
    assert after["code"] == 0 and after["err"] == "", after
    assert len(after["out"].splitlines()) == 3  # the refused import added nothing


def test_a_read_only_folder_is_named_as_a_permission_problem(data_dir: Path) -> None:
    fill_store(data_dir, 2)
    found = _on_small_disk("read-only", data_dir)

    for name in ("list", "check", "backup", "import", "smoke"):
        _plain_only(found[name], "is not allowed to write in the folder")
    _plain_only(found["new folder"], "could not be created (read-only file system)")


def test_sqlite_and_os_failures_are_told_apart_from_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from secondopinion_desktop.storage import os_problems
    from secondopinion_desktop.storage.errors import DiskFullError, StoreAccessError
    from secondopinion_desktop.storage.os_problems import DISK_FULL_MESSAGE, environment_problem

    store = tmp_path / "secondopinion.sqlite3"
    store.write_bytes(b"x")
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # type: ignore[attr-defined]
    io_error = sqlite3.OperationalError("disk I/O error")
    io_error.sqlite_errorcode = 10  # type: ignore[attr-defined]

    found = environment_problem(full, tmp_path)
    assert isinstance(found, DiskFullError) and found.message == DISK_FULL_MESSAGE
    no_room = environment_problem(OSError(errno.ENOSPC, "No space left"), tmp_path)
    assert isinstance(no_room, DiskFullError)
    denied = environment_problem(
        PermissionError(errno.EACCES, "Permission denied", str(store)), tmp_path
    )
    assert isinstance(denied, StoreAccessError)
    assert denied.message.startswith(f"Second Opinion Companion is not allowed to read or change "
                                     f"the file {store}")
    # "disk I/O error" is damage unless the disk is really full.
    assert environment_problem(io_error, tmp_path) is None
    monkeypatch.setattr(os_problems, "disk_is_full", lambda _folder: True)
    assert isinstance(environment_problem(io_error, tmp_path), DiskFullError)
