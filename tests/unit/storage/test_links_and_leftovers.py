"""The store is used only as a plain file inside its folder (links refused, nothing followed
or chmod-ed); leftovers of a kill are cleaned at start; backups/ is made private again; the
log never prints on stderr."""

from __future__ import annotations

import fcntl
import logging
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from safety_helpers import REPO, TYPED, CliResult, checkpoint, count_cases_in, fill_store, sha256

from secondopinion_desktop.storage.backups import take_backup
from secondopinion_desktop.storage.paths import backups_dir, store_path

EXAMPLE = REPO / "secondopinion_desktop" / "resources" / "examples" / "example-case.json"
COMMANDS = [["list"], ["check"], ["import", str(EXAMPLE)], ["backups"]]


def _linked(data_dir: Path, elsewhere: Path, which: str) -> Path:
    """Make ``which`` in ``data_dir`` a link to a file in ``elsewhere``; returns the target."""
    fill_store(data_dir, 2)
    store = store_path(data_dir)
    checkpoint(store)
    elsewhere.mkdir()
    if which == "store":
        target = elsewhere / "real.sqlite3"
        store.replace(target)
        store.symlink_to(target)
    elif which == "dangling store":
        store.unlink()
        target = elsewhere / "not-there-yet.sqlite3"
        store.symlink_to(target)
    elif which == "wal":
        target = elsewhere / "wal"
        target.write_bytes(b"")
        store.with_name(store.name + "-wal").symlink_to(target)
    elif which == "lock":
        target = elsewhere / "lockfile"
        target.write_bytes(b"")
        lock = store.with_name(store.name + ".lock")
        lock.unlink(missing_ok=True)
        lock.symlink_to(target)
    elif which in ("change lock", "dangling change lock"):
        # The lock that import and restore take, beside the window's.
        target = elsewhere / "change-lockfile"
        if which == "change lock":
            target.write_bytes(b"")
        lock = store.with_name(store.name + ".change-lock")
        lock.unlink(missing_ok=True)
        lock.symlink_to(target)
    else:
        target = elsewhere / "backups"
        target.mkdir()
        os.chmod(target, 0o755)
        backups_dir(data_dir).symlink_to(target, target_is_directory=True)
    if target.is_file():
        os.chmod(target, 0o644)
    return target


@pytest.mark.parametrize(
    "which",
    ["store", "dangling store", "wal", "lock", "change lock", "dangling change lock", "backups"],
)
def test_a_linked_store_wal_lock_or_backups_is_refused_and_not_followed(
    which: str, data_dir: Path, tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    target = _linked(data_dir, tmp_path / "elsewhere", which)
    before = sha256(target) if target.is_file() else None

    for argv in [*COMMANDS, ["restore", str(tmp_path / "nothing.sqlite3")]]:
        result = run_cli("--data-dir", str(data_dir), *argv)
        assert result.code == 1, (argv, result)
        assert "is a link to another place" in result.err, (argv, result.err)
        assert len(result.err.strip().splitlines()) == 1 or argv == ["backups"]

    if which.startswith("dangling"):
        assert not target.exists()  # nothing was created at the far end
    elif target.is_file():
        assert sha256(target) == before
        assert target.stat().st_mode & 0o777 == 0o644  # never chmod-ed through the link
    else:
        assert target.stat().st_mode & 0o777 == 0o755 and list(target.iterdir()) == []


@pytest.mark.parametrize("argv", [["import", str(EXAMPLE)], ["restore", "{backup}"]], ids=["import", "restore"])
def test_a_folder_where_the_change_lock_should_be_is_named_plainly(
    argv: list[str], data_dir: Path, run_cli: Callable[..., CliResult]
) -> None:
    fill_store(data_dir, 2)
    backup = take_backup(store_path(data_dir), backups_dir(data_dir), "manual")
    lock = store_path(data_dir).with_name("secondopinion.sqlite3.change-lock")
    lock.unlink(missing_ok=True)
    lock.mkdir()
    before = sha256(store_path(data_dir))

    result = run_cli("--data-dir", str(data_dir), *[a.format(backup=backup) for a in argv])

    assert result.code == 1, result
    assert result.err == (
        f"{lock} is not an ordinary file, so Second Opinion Companion will not use it; nothing "
        "was changed. Please choose another folder with --data-dir.\n"
    )
    assert sha256(store_path(data_dir)) == before


def test_the_window_refuses_a_linked_store_without_waiting(data_dir: Path, tmp_path: Path) -> None:
    target = _linked(data_dir, tmp_path / "elsewhere", "store")
    before = sha256(target)

    done = subprocess.run(
        [sys.executable, "-m", "secondopinion_desktop", "--data-dir", str(data_dir), "--smoke"],
        capture_output=True, text=True, cwd=REPO, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )

    assert done.returncode == 1
    assert "is a link to another place" in done.stderr and "Traceback" not in done.stderr
    assert sha256(target) == before


def test_stale_partials_are_removed_at_start_but_a_live_one_is_kept(
    data_dir: Path, run_cli: Callable[..., CliResult]
) -> None:
    fill_store(data_dir, 1)
    backups = backups_dir(data_dir)
    backups.mkdir(exist_ok=True)
    stale = backups / "backup-20261130T000000000000Z-automatic.sqlite3.partial"
    stale.write_bytes(b"half a backup")
    stale_restore = data_dir / "secondopinion.sqlite3.restoring.partial"
    stale_restore.write_bytes(b"half a restore")
    live = backups / "backup-20261201T000000000000Z-automatic.sqlite3.partial"
    live.write_bytes(b"being written")
    holder = os.open(live, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)  # as a backup being written by another process holds it
    try:
        assert run_cli("--data-dir", str(data_dir), "list").code == 0
        assert not stale.exists() and not stale_restore.exists()
        assert live.exists()
    finally:
        os.close(holder)


def test_existing_backups_folder_and_files_are_made_private_at_start(
    data_dir: Path, run_cli: Callable[..., CliResult]
) -> None:
    fill_store(data_dir, 1)
    store = store_path(data_dir)
    backup = take_backup(store, backups_dir(data_dir), "automatic")
    os.chmod(backups_dir(data_dir), 0o777)
    os.chmod(backup, 0o644)

    assert run_cli("--data-dir", str(data_dir), "list").code == 0

    assert backups_dir(data_dir).stat().st_mode & 0o777 == 0o700
    assert backup.stat().st_mode & 0o777 == 0o600


def test_a_folder_that_cannot_be_created_is_said_plainly(
    tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")

    result = run_cli("--data-dir", str(blocker / "data"), "import", str(EXAMPLE))

    assert result.code == 1
    assert result.err == (
        f"The folder {blocker / 'data'} cannot hold your information: something that is not a "
        "folder is in the way. Nothing was changed.\n"
    )
    assert len(result.err.strip().splitlines()) == 1


def test_a_log_that_cannot_be_written_prints_nothing_on_stderr(
    data_dir: Path, run_cli: Callable[..., CliResult], capsys: pytest.CaptureFixture[str]
) -> None:
    from secondopinion_desktop.logging_setup import setup_logging

    fill_store(data_dir, 1)
    log = setup_logging(data_dir)
    assert log is not None
    # The disk under the log fills up: every write and flush to it now fails.
    class FullDisk:
        def write(self, _text: str) -> int:
            raise OSError(28, "No space left on device")

        def flush(self) -> None:
            raise OSError(28, "No space left on device")

        def close(self) -> None:
            return None

    logger = logging.getLogger("secondopinion")
    for handler in logger.handlers:
        if isinstance(handler, logging.FileHandler):
            handler.stream = FullDisk()  # type: ignore[assignment]
    capsys.readouterr()
    logger.error("an event about %s", TYPED)
    assert capsys.readouterr().err == ""  # no "--- Logging error ---", no traceback

    result = run_cli("--data-dir", str(data_dir), "list")
    assert result.code == 0 and result.err == ""
    assert logging.raiseExceptions is False


def test_restore_over_a_linked_backups_folder_never_writes_through_it(
    data_dir: Path, tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    fill_store(data_dir, 3)
    store = store_path(data_dir)
    good = take_backup(store, tmp_path, "manual")
    target = _linked(tmp_path / "other", tmp_path / "elsewhere", "backups")
    assert count_cases_in(data_dir) == 3

    result = run_cli("--data-dir", str(tmp_path / "other"), "restore", str(good))

    assert result.code == 1 and "is a link to another place" in result.err
    assert list(target.iterdir()) == []
