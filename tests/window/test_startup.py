"""Start-up: the window is on screen before SQLAlchemy, Alembic or ReportLab are imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_first_window_is_shown_before_the_heavy_libraries_load(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SECONDOPINION_REPORT_SHOWN="1")
    done = subprocess.run(
        [sys.executable, "-m", "secondopinion_desktop", "--smoke", "--data-dir", str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    shown = [line for line in done.stdout.splitlines() if line.startswith("first-window ")]
    assert len(shown) == 1, done.stdout
    assert shown[0].endswith("heavy-modules=none")
    # And the store was opened afterwards: the smoke run created it.
    assert any(tmp_path.iterdir())


def test_window_modules_do_not_import_the_heavy_libraries() -> None:
    code = (
        "import sys\n"
        "import secondopinion_desktop.ui.app, secondopinion_desktop.ui.main_window\n"
        "import secondopinion_desktop.ui.theme, secondopinion_desktop.ui.welcome\n"
        "import secondopinion_desktop.ui.readiness_panel, secondopinion_desktop.ui.fields\n"
        "import secondopinion_desktop.ui.window_actions\n"
        "print(sorted(m for m in ('sqlalchemy', 'reportlab', 'alembic') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_start_imports_no_page_it_does_not_show(tmp_path: Path) -> None:
    """With no case yet there is no step to show: no page module is imported at all."""
    code = (
        "import sys\n"
        "from secondopinion_desktop.cli import main\n"
        f"code = main(['--data-dir', {str(tmp_path)!r}, '--smoke'])\n"
        "print(code, sorted(m for m in sys.modules if m.endswith('_page')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "0 []"
