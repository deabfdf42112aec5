"""An import whose backup afterwards fails: the case opens, and the person is told plainly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from windows import WindowFactory

from secondopinion_desktop.services.bundle import example_case_text


def test_the_case_opens_and_the_missing_backup_is_said(
    qtbot: Any, open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from secondopinion_desktop.storage import backups
    from secondopinion_desktop.storage.errors import DiskFullError
    from secondopinion_desktop.storage.os_problems import DISK_FULL_MESSAGE

    real = backups.take_backup

    def full_after(source: Path, folder: Path, reason: str, **kwargs: Any) -> Path:
        if reason == "after-import":
            raise DiskFullError(DISK_FULL_MESSAGE, folder)
        return real(source, folder, reason, **kwargs)

    monkeypatch.setattr(backups, "take_backup", full_after)
    window = open_window()
    problems: list[tuple[str, str]] = []
    monkeypatch.setattr(window.actions_, "problem", lambda t, m: problems.append((t, m)))

    case_id = window.actions_.import_case_text(example_case_text())

    assert case_id is not None
    assert window.current_case is not None and window.current_case.id == case_id
    [(title, message)] = problems
    assert title == "The case was added, without a backup"
    assert "The case was added and is saved" in message
    assert "cannot be opened" not in title and "nothing was changed" not in message.lower()
