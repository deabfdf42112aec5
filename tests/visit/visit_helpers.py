"""Helpers for the visit tests (fixtures are in conftest.py)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from secondopinion_desktop.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


def settings_for(folder: Path) -> QSettings:
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
