"""Backups: taken, listed newest first, rotated, taken when due, and restored."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from safety_helpers import CliResult, checkpoint, count_cases_in, fill_store, sha256

from secondopinion_desktop.storage.backups import (
    BackupInfo,
    BackupRefusedError,
    backup_before,
    backup_if_due,
    backups_to_keep,
    count_cases,
    list_backups,
    restore_from,
    take_backup,
)
from secondopinion_desktop.storage.paths import backups_dir, store_path
from secondopinion_desktop.storage.store import open_store

T0 = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _fake(taken_at: datetime) -> BackupInfo:
    return BackupInfo(Path(f"b-{taken_at.isoformat()}"), taken_at, "automatic")


def test_keeps_newest_ten_and_newest_of_each_day_for_two_weeks() -> None:
    # Four backups a day for 30 days, 6 hours apart, the newest at T0.
    found = [_fake(T0 - timedelta(hours=6 * i)) for i in range(120)]

    kept = backups_to_keep(found, now=T0)

    newest_ten = {info.path for info in found[:10]}
    assert newest_ten <= kept
    kept_days = {info.taken_at.date() for info in found if info.path in kept}
    assert kept_days == {T0.date() - timedelta(days=d) for d in range(14)}
    # One a day beyond the newest ten: the newest one of that day (18:00 here).
    older = [info for info in found[10:] if info.path in kept]
    assert all(info.taken_at.hour == 18 for info in older)
    assert len(kept) == 10 + (14 - 3)  # the newest ten already cover three days


def test_rotation_on_disk_never_removes_the_backup_just_taken(data_dir: Path) -> None:
    fill_store(data_dir, 1)
    store, folder = store_path(data_dir), backups_dir(data_dir)
    for i in range(40):
        take_backup(store, folder, "automatic", now=T0 - timedelta(hours=12 * i), rotate=False)
    assert len(list_backups(folder)) == 40

    # A clock set back by a year: the new backup is the "oldest", and must still be kept.
    stray = take_backup(store, folder, "automatic", now=T0 - timedelta(days=365))

    left = list_backups(folder)
    assert stray.exists()
    assert len(left) == 10 + (14 - 5) + 1
    assert all(info.taken_at >= T0 - timedelta(days=13, hours=12) for info in left[:-1])


def test_rotation_leaves_other_files_alone(data_dir: Path) -> None:
    fill_store(data_dir, 1)
    folder = backups_dir(data_dir)
    folder.mkdir(parents=True)
    mine = folder / "my own copy.sqlite3"
    mine.write_text("not ours to delete")
    for i in range(15):
        take_backup(store_path(data_dir), folder, "automatic", now=T0 - timedelta(days=30 + i))
    assert mine.exists()


def test_backups_command_lists_newest_first_with_cases(
    data_dir: Path, run_cli: Callable[..., CliResult]
) -> None:
    fill_store(data_dir, 2)
    older = take_backup(store_path(data_dir), backups_dir(data_dir), "before-import", now=T0)
    fill_store(data_dir, 1)
    newer = take_backup(
        store_path(data_dir), backups_dir(data_dir), "automatic", now=T0 + timedelta(hours=2)
    )

    result = run_cli("--data-dir", str(data_dir), "backups")

    lines = result.out.splitlines()
    assert result.code == 0
    assert [line.split("\t")[0] for line in lines] == [str(newer), str(older)]
    assert lines[0].endswith("3 cases") and lines[1].endswith("2 cases")
    assert "before an import" in lines[1]
    assert "2026" in lines[1] and "November" in lines[1]


def test_backups_command_with_none_yet(data_dir: Path, run_cli: Callable[..., CliResult]) -> None:
    data_dir.mkdir()  # a folder not there at all is said otherwise (test_reading_makes_nothing)
    result = run_cli("--data-dir", str(data_dir), "backups")
    assert (result.code, result.out, result.err.strip()) == (0, "", "There are no backups yet.")


def test_backup_before_import_is_named_for_it(data_dir: Path) -> None:
    fill_store(data_dir, 4)
    store = open_store(data_dir)
    try:
        taken = backup_before(store, "import")
    finally:
        store.close()
    assert taken is not None
    assert taken.name.startswith("backup-") and taken.name.endswith("-before-import.sqlite3")
    assert count_cases(taken) == 4


def test_backup_if_due_at_most_hourly_and_only_after_changes(data_dir: Path) -> None:
    fill_store(data_dir, 1)
    store = open_store(data_dir)
    try:
        now = datetime.now(UTC)
        first = backup_if_due(store, timedelta(hours=1), now=now)
        assert first is not None

        fill_store(data_dir, 1)  # a change after the first backup
        assert backup_if_due(store, timedelta(hours=1), now=now + timedelta(minutes=30)) is None
        second = backup_if_due(store, timedelta(hours=1), now=now + timedelta(hours=2))
        assert second is not None and count_cases(second) == 2

        # Nothing written since: no new backup, however long ago the last one was.
        assert backup_if_due(store, timedelta(hours=1), now=now + timedelta(hours=9)) is None
        assert len(list_backups(store.backups_dir)) == 2
    finally:
        store.close()


def test_backup_command_writes_a_private_healthy_copy(
    data_dir: Path, tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    fill_store(data_dir, 3)
    out_dir = tmp_path / "desktop"
    out_dir.mkdir(mode=0o755)
    os.chmod(out_dir, 0o755)
    out = out_dir / "copy.sqlite3"

    result = run_cli("--data-dir", str(data_dir), "backup", "--out", str(out))

    assert result.code == 0 and str(out) in result.out
    assert count_cases(out) == 3
    assert out.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in out_dir.iterdir()) == ["copy.sqlite3"]  # nothing half-written
    assert out_dir.stat().st_mode & 0o777 == 0o755  # the person's own folder is left alone


def test_backup_command_into_a_missing_folder(
    data_dir: Path, tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    fill_store(data_dir, 1)
    result = run_cli(
        "--data-dir", str(data_dir), "backup", "--out", str(tmp_path / "nowhere" / "x.sqlite3")
    )
    assert result.code == 1
    assert "does not exist" in result.err and "Traceback" not in result.err


def test_restore_brings_the_cases_back_and_keeps_what_was_there(
    data_dir: Path, run_cli: Callable[..., CliResult]
) -> None:
    fill_store(data_dir, 3)
    good = take_backup(store_path(data_dir), backups_dir(data_dir), "automatic")
    fill_store(data_dir, 2)
    assert count_cases_in(data_dir) == 5

    result = run_cli("--data-dir", str(data_dir), "restore", str(good))

    assert result.code == 0, result.err
    assert "restored" in result.out
    assert count_cases_in(data_dir) == 3
    kept = [i for i in list_backups(backups_dir(data_dir)) if i.reason == "before-restore"]
    assert len(kept) == 1 and count_cases(kept[0].path) == 5
    assert store_path(data_dir).stat().st_mode & 0o777 == 0o600


def test_restore_over_a_damaged_store_moves_it_aside(
    data_dir: Path, run_cli: Callable[..., CliResult]
) -> None:
    fill_store(data_dir, 2)
    store = store_path(data_dir)
    checkpoint(store)
    good = take_backup(store, backups_dir(data_dir), "automatic")
    store.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50 + b"garbage" * 500)
    damaged_hash = sha256(store)

    result = run_cli("--data-dir", str(data_dir), "restore", str(good))

    assert result.code == 0, result.err
    aside = [p for p in data_dir.iterdir() if "damaged" in p.name and p.suffix == ".sqlite3"]
    assert len(aside) == 1 and sha256(aside[0]) == damaged_hash
    assert str(aside[0]) in result.out
    assert count_cases_in(data_dir) == 2


@pytest.mark.parametrize("content", [b"", b"hello, this is not a backup\n" * 20])
def test_restore_refuses_a_bad_backup_and_changes_nothing(
    content: bytes, data_dir: Path, tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    fill_store(data_dir, 2)
    store = store_path(data_dir)
    checkpoint(store)
    before = sha256(store)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)

    result = run_cli("--data-dir", str(data_dir), "restore", str(bad))

    assert result.code == 1
    assert "Nothing was changed." in result.err and "Traceback" not in result.err
    assert sha256(store) == before
    assert list_backups(backups_dir(data_dir)) == []


def test_restore_refuses_a_sqlite_file_that_is_not_ours(data_dir: Path, tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(BackupRefusedError, match="not a Second Opinion Companion backup"):
        restore_from(data_dir, other)


def test_restore_of_a_missing_file(data_dir: Path, run_cli: Callable[..., CliResult]) -> None:
    result = run_cli("--data-dir", str(data_dir), "restore", str(data_dir / "nope.sqlite3"))
    assert result.code == 1 and "There is no backup file at" in result.err


def test_backup_files_are_private_whatever_the_umask(data_dir: Path) -> None:
    fill_store(data_dir, 1)
    old = os.umask(0o022)
    try:
        taken = take_backup(store_path(data_dir), backups_dir(data_dir), "automatic")
    finally:
        os.umask(old)
    assert taken.stat().st_mode & 0o777 == 0o600
    assert taken.parent.stat().st_mode & 0o777 == 0o700


def test_backup_names_sort_by_time() -> None:
    from secondopinion_desktop.storage.backups import backup_name

    names = [backup_name(T0 + timedelta(seconds=s), "automatic") for s in (5, 3600, 86400 * 40)]
    assert names == sorted(names)
