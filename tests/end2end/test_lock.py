"""One window per store: the lock is exclusive across processes and freed when a process dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from safety_helpers import REPO, CliResult, fill_store

from secondopinion_desktop.storage.errors import StoreLockedError
from secondopinion_desktop.storage.lock import StoreLock, is_locked, lock_path

HOLDER = """
import sys, time
from pathlib import Path
from secondopinion_desktop.storage.lock import StoreLock
lock = StoreLock.acquire(Path(sys.argv[1]))
print("holding", flush=True)
time.sleep(60)
"""


def _hold_in_another_process(data_dir: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    return holder


def test_second_process_is_refused_plainly_and_kill_9_frees_the_lock(data_dir: Path) -> None:
    holder = _hold_in_another_process(data_dir)
    try:
        with pytest.raises(StoreLockedError) as refused:
            StoreLock.acquire(data_dir)
        assert "already open" in refused.value.message
        assert is_locked(data_dir)
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=10)

    # No stale lock after a kill -9: the OS released it with the process.
    with StoreLock.acquire(data_dir) as lock:
        assert lock.held
    assert not is_locked(data_dir)


def test_second_lock_in_the_same_process_is_refused(data_dir: Path) -> None:
    first = StoreLock.acquire(data_dir)
    try:
        with pytest.raises(StoreLockedError):
            StoreLock.acquire(data_dir)
    finally:
        first.release()
    StoreLock.acquire(data_dir).release()


def test_lock_file_is_private(data_dir: Path) -> None:
    old = os.umask(0o022)
    try:
        with StoreLock.acquire(data_dir):
            assert lock_path(data_dir).stat().st_mode & 0o777 == 0o600
            assert data_dir.stat().st_mode & 0o777 == 0o700
    finally:
        os.umask(old)


def test_commands_run_beside_the_window_but_restore_waits(
    data_dir: Path, tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    from secondopinion_desktop.storage.backups import take_backup
    from secondopinion_desktop.storage.paths import backups_dir, store_path

    fill_store(data_dir, 1)
    backup = take_backup(store_path(data_dir), backups_dir(data_dir), "automatic")
    holder = _hold_in_another_process(data_dir)
    try:
        assert run_cli("--data-dir", str(data_dir), "check").code == 0
        out = tmp_path / "copy.sqlite3"
        assert run_cli("--data-dir", str(data_dir), "backup", "--out", str(out)).code == 0

        refused = run_cli("--data-dir", str(data_dir), "restore", str(backup))
        assert refused.code == 1
        assert "close the Second Opinion Companion window first" in refused.err
        assert "Nothing was changed" in refused.err
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=10)
