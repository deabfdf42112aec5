"""PySide6 still learns which modules use it, without keeping their source in memory."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

from secondopinion_desktop.ui.pyside_scan import light_import_scan


def test_imports_after_the_window_leave_no_source_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    light_import_scan()
    feature = sys.modules["shibokensupport.feature"]
    (tmp_path / "plain_helper_for_scan.py").write_text("VALUE = 1\n" * 2000, encoding="utf-8")
    (tmp_path / "qt_helper_for_scan.py").write_text(
        "from PySide6.QtCore import QObject\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("plain_helper_for_scan", "qt_helper_for_scan"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        __import__(name)
    # PySide6's own record: -1 "does not use PySide", 0 "uses PySide, no feature chosen".
    assert feature.pyside_feature_dict["plain_helper_for_scan"] == -1
    assert feature.pyside_feature_dict["qt_helper_for_scan"] == 0
    cached = {str(Path(name).resolve()) for name in linecache.cache if not name.startswith("<")}
    assert str((tmp_path / "plain_helper_for_scan.py").resolve()) not in cached
    assert str((tmp_path / "qt_helper_for_scan.py").resolve()) not in cached
