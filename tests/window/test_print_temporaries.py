"""The print panel's copy for a viewer or the printer: 0600 in a 0700 folder named for the process."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

from secondopinion_desktop.services.print_temp import folder_prefix
from secondopinion_desktop.ui.print_panel import PrintPanel


def test_the_private_copy_is_private_and_goes_with_the_panel(qtbot: Any) -> None:
    panel = PrintPanel(lambda kind, large, paper: b"%PDF-1.4 private", "summary", paper="a4")
    qtbot.addWidget(panel)
    copy = panel._private_copy(b"%PDF-1.4 private")
    folder = copy.parent
    assert folder.name.startswith(folder_prefix())
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert copy.read_bytes() == b"%PDF-1.4 private"
    assert panel._temp_dir is not None
    panel._temp_dir.cleanup()
    assert not Path(folder).exists()
    assert os.getpid() == int(folder.name.split("-")[2])


def test_a_start_removes_what_a_crash_left(tmp_path: Path) -> None:
    import subprocess
    import sys

    from secondopinion_desktop.services.print_temp import PREFIX

    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait(timeout=30)
    temp = tmp_path / "tmp"
    temp.mkdir()
    left = temp / f"{PREFIX}{ended.pid}-crashed"
    left.mkdir(mode=0o700)
    (left / "visit-summary.pdf").write_bytes(b"%PDF private")
    env = {k: v for k, v in os.environ.items() if k != "SECONDOPINION_DATA_DIR"}
    env.update({"TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"})
    done = subprocess.run(
        [sys.executable, "-m", "secondopinion_desktop", "--smoke", "--data-dir",
         str(tmp_path / "data")],
        env=env, capture_output=True, text=True, timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert not left.exists()
