"""The window's save dialogs refuse, in plain words, a file that holds saved information."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from window_helpers import WindowFactory, example_case

from secondopinion_desktop.services.out_targets import ProtectedTargetError
from secondopinion_desktop.services.printing import write_ics
from secondopinion_desktop.ui.print_panel import PrintPanel

STORE = "secondopinion.sqlite3"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_over_the_store_or_a_backup_is_refused(
    qtbot: Any, open_window: WindowFactory, data_dir: Path
) -> None:
    window = open_window()
    example_case(window)
    backup = sorted((data_dir / "backups").iterdir())[0]
    for target, words in ((data_dir / STORE, "holds your saved information"),
                          (backup, "folder of your backups")):
        before = _digest(target)
        # What the dialog's choice is handed to (the dialog would add .json to these names).
        message = window.actions_.export_case_to(window.current_case.id, target)
        assert message is not None and words in message and "Nothing was changed." in message
        assert _digest(target) == before
    assert window.tree.topLevelItemCount() == 1


def test_saving_a_printout_into_backups_is_refused(
    qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data_dir / STORE).write_bytes(b"")
    (data_dir / "backups").mkdir()
    target = data_dir / "backups" / "summary.pdf"
    panel = PrintPanel(lambda kind, large, paper: b"%PDF-1.4 test", "summary", paper="a4")
    qtbot.addWidget(panel)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    assert panel.save_as() is None
    assert len(warnings) == 1 and "folder of your backups" in warnings[0]
    assert not target.exists()


def test_a_calendar_file_over_the_store_is_refused(
    qtbot: Any, open_window: WindowFactory, data_dir: Path
) -> None:
    window = open_window()
    case_id = example_case(window)
    before = _digest(data_dir / STORE)
    with pytest.raises(ProtectedTargetError):
        write_ics(window.workspace.store, case_id, data_dir / f"{STORE}-wal")
    with pytest.raises(ProtectedTargetError):
        write_ics(window.workspace.store, case_id, data_dir / STORE)
    assert _digest(data_dir / STORE) == before
