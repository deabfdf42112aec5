"""File > Restore from backup... never lands in the middle of a command-line import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from safety_helpers import count_cases_in, fill_store
from windows import WindowFactory

from secondopinion_desktop.services.change_lock import BUSY_MESSAGE, store_change
from secondopinion_desktop.storage.backups import take_backup
from secondopinion_desktop.storage.paths import backups_dir, store_path
from secondopinion_desktop.ui import safety_wiring
from secondopinion_desktop.ui.restore_dialog import RestoreDialog


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Not made yet, as in the other safety tests: the store (or the test) makes it."""
    return tmp_path / "data"


@pytest.fixture
def window(open_window: WindowFactory, data_dir: Path) -> Any:
    fill_store(data_dir, 2)
    win = open_window()
    safety_wiring.install_safety(win)
    return win


def test_a_restore_while_an_import_runs_gives_up_plainly(
    window: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    take_backup(store_path(data_dir), backups_dir(data_dir), "automatic")
    fill_store(data_dir, 3, name="Added Later")
    window.reload_tree()

    def choose_oldest(dialog: RestoreDialog) -> int:
        dialog.chosen = dialog.options[-1]
        return 1

    warnings: list[str] = []
    monkeypatch.setattr(RestoreDialog, "exec", choose_oldest)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    monkeypatch.setattr(safety_wiring, "RESTORE_WAIT_SECONDS", 0.2)
    cases_before = count_cases_in(data_dir)
    with store_change(data_dir):  # as a command-line import holds it
        window.safety.restore_action.trigger()
    assert warnings == [BUSY_MESSAGE]
    assert count_cases_in(data_dir) == cases_before == 5
    # Nothing was restored, so nothing was set aside before a restore either.
    assert not any("before-restore" in p.name for p in backups_dir(data_dir).iterdir())
    assert window.tree.topLevelItemCount() == 2  # the window goes on with what is there
