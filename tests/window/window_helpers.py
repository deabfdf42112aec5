"""Helpers for whole-window tests (fixtures are in conftest.py)."""

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


def new_case(window: MainWindow, name: str = "Rosa Diaz", title: str = "Knee") -> int:
    person = window.workspace.add_person(name)
    case = window.workspace.add_case(person, title)
    window.reload_tree(select_case_id=case.id)
    return case.id


def example_case(window: MainWindow) -> int:
    case_id = window.actions_.import_case_text(_example_text())
    assert case_id is not None
    return case_id


def _example_text() -> str:
    from secondopinion_desktop.services.bundle import example_case_text

    return example_case_text()
