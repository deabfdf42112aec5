"""Print-preview temporaries: private, named for their process, and cleaned up after a crash."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from secondopinion_desktop.services.print_temp import PREFIX, folder_prefix, remove_stale_folders


def dead_pid() -> int:
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait(timeout=30)
    return done.pid


def test_folders_of_ended_processes_go_and_live_ones_stay(tmp_path: Path) -> None:
    stale = tmp_path / f"{PREFIX}{dead_pid()}-abc"
    stale.mkdir(mode=0o700)
    (stale / "visit-summary.pdf").write_bytes(b"%PDF private")
    mine = tmp_path / f"{folder_prefix()}def"
    mine.mkdir(mode=0o700)
    parent = tmp_path / f"{PREFIX}{os.getppid()}-ghi"  # a process that is still running
    parent.mkdir(mode=0o700)
    old_style = tmp_path / f"{PREFIX}x1y2z3"
    old_style.mkdir(mode=0o700)
    an_hour_ago = time.time() - 7200
    os.utime(old_style, (an_hour_ago, an_hour_ago))
    fresh_old_style = tmp_path / f"{PREFIX}q9w8e7"
    fresh_old_style.mkdir(mode=0o700)
    not_a_folder = tmp_path / f"{PREFIX}{dead_pid()}-file"
    not_a_folder.write_text("left alone")
    elsewhere = tmp_path / "keep-me"
    elsewhere.mkdir()
    link = tmp_path / f"{PREFIX}{dead_pid()}-link"
    link.symlink_to(elsewhere)
    unrelated = tmp_path / "other-app-123-x"
    unrelated.mkdir()

    assert remove_stale_folders(tmp_path) == 2
    assert not stale.exists() and not old_style.exists()
    for kept in (mine, parent, fresh_old_style, not_a_folder, link, elsewhere, unrelated):
        assert kept.exists() or kept.is_symlink(), kept


def test_a_missing_temporary_folder_is_no_problem(tmp_path: Path) -> None:
    assert remove_stale_folders(tmp_path / "gone") == 0
