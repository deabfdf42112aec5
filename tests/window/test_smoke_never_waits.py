"""``--smoke`` never waits on a box: any problem prints one plain message and exits 1.

Each run is a real process with a timeout, as a script or the start-up benchmark runs it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from secondopinion_desktop.logging_setup import WINDOW_ERROR_MESSAGE
from secondopinion_desktop.services.start_up import OPEN_FAILED_MESSAGE
from secondopinion_desktop.ui.app import ErrorReporter

PROJECT_ROOT = Path(__file__).resolve().parents[2]
STORE = "secondopinion.sqlite3"
# Noise the offscreen Qt platform itself writes; not a message of the app.
QT_NOISE = ("This plugin does not support",)


def smoke(data_dir: Path, *, patch: str = "") -> tuple[int, list[str]]:
    """Run ``--smoke`` on ``data_dir`` (after ``patch``, Python run in the child first)."""
    code = (
        f"{patch}\n"
        "import sys\n"
        "from secondopinion_desktop.cli import main\n"
        f"sys.exit(main(['--smoke', '--data-dir', {str(data_dir)!r}]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "SECONDOPINION_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env,
        cwd=PROJECT_ROOT, timeout=60,
    )
    lines = [
        line for line in done.stderr.splitlines()
        if line.strip() and not line.startswith(QT_NOISE)
    ]
    assert "Traceback" not in done.stderr
    return done.returncode, lines


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_damaged_store(tmp_path: Path) -> None:
    tmp_path.joinpath(STORE).write_bytes(os.urandom(8192))
    before = digest(tmp_path / STORE)
    code, lines = smoke(tmp_path)
    assert code == 1
    assert len(lines) == 1 and "could not be opened" in lines[0], lines
    assert digest(tmp_path / STORE) == before


def test_a_store_from_a_newer_version(tmp_path: Path) -> None:
    assert smoke(tmp_path) == (0, [])
    with sqlite3.connect(tmp_path / STORE) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    connection.close()
    before = digest(tmp_path / STORE)
    code, lines = smoke(tmp_path)
    assert code == 1
    assert len(lines) == 1 and "newer version" in lines[0], lines
    assert digest(tmp_path / STORE) == before


def test_a_data_folder_that_is_a_file(tmp_path: Path) -> None:
    in_the_way = tmp_path / "data"
    in_the_way.write_text("not a folder")
    code, lines = smoke(in_the_way)
    assert code == 1
    assert lines == [
        f"The folder {in_the_way} cannot hold your information: something that is not a folder "
        "is in the way. Nothing was changed."
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="the superuser can read any folder")
def test_an_unreadable_data_folder(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    inner = locked / "data"
    locked.chmod(0o000)
    try:
        code, lines = smoke(inner)
    finally:
        locked.chmod(0o700)
    assert code == 1
    assert lines == [
        f"The folder {inner} cannot hold your information: you do not have permission to use "
        "it. Nothing was changed."
    ]


def test_an_unexpected_error_while_opening_the_store(tmp_path: Path) -> None:
    assert smoke(tmp_path) == (0, [])
    before = digest(tmp_path / STORE)
    patch = (
        "import secondopinion_desktop.storage.store as store\n"
        "def broken(*args, **kwargs):\n"
        "    raise UnicodeDecodeError('utf-8', b'Margaret', 0, 1, 'secret words')\n"
        "store.open_store = broken\n"
    )
    code, lines = smoke(tmp_path, patch=patch)
    assert code == 1
    assert lines == [OPEN_FAILED_MESSAGE]
    assert digest(tmp_path / STORE) == before


def test_an_unexpected_error_in_the_window(tmp_path: Path) -> None:
    assert smoke(tmp_path) == (0, [])
    before = digest(tmp_path / STORE)
    patch = (
        "from secondopinion_desktop.ui.main_window import MainWindow\n"
        "def broken(self, store):\n"
        "    raise RuntimeError('Margaret has secret words')\n"
        "MainWindow.attach = broken\n"
    )
    code, lines = smoke(tmp_path, patch=patch)
    assert code == 1
    assert lines == [WINDOW_ERROR_MESSAGE]
    assert not any("secret" in line for line in lines)
    assert digest(tmp_path / STORE) == before


def test_in_the_window_an_unexpected_error_is_shown_once(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: boxes.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    outcome = {"code": 0}
    reporter = ErrorReporter(app, smoke=False, outcome=outcome)
    reporter.install()
    for _ in range(3):
        try:
            raise RuntimeError("private words")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert boxes == [WINDOW_ERROR_MESSAGE]
    assert outcome["code"] == 0  # the window goes on
