"""Fixtures for the tests of the later step pages: a real main window on a fresh data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from secondopinion_desktop.storage.store import open_store
from secondopinion_desktop.ui import theme
from secondopinion_desktop.ui.main_window import MainWindow

WindowFactory = Callable[[], MainWindow]


def build_window(data_dir: Path, language: str = "en") -> MainWindow:
    """A main window on ``data_dir``, the way app.run_window makes one, without its event loop."""
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if app.property("pagesBThemeApplied") is None:
        # Restyling the whole application costs most of a second: once per run is enough.
        theme.apply(app, settings)
        app.setProperty("pagesBThemeApplied", True)
    window = MainWindow(data_dir, settings, language)
    window.attach(open_store(data_dir))
    window.show()
    return window


@pytest.fixture(scope="session")
def empty_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, fully migrated store made once; each test starts from a copy (saves a second)."""
    folder = tmp_path_factory.mktemp("empty-store")
    open_store(folder).close()
    return folder


@pytest.fixture
def open_window(
    qtbot: Any, tmp_path: Path, empty_store: Path
) -> Iterator[Callable[..., MainWindow]]:
    """Opens windows on this test's data folder; closes any still open at the end."""
    opened: list[MainWindow] = []
    for source in empty_store.iterdir():
        if source.is_file() and source.name.startswith("secondopinion"):
            shutil.copy2(source, tmp_path / source.name)

    def make(language: str = "en") -> MainWindow:
        window = build_window(tmp_path, language)
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield make
    for window in opened:
        if window.store is not None and window.isVisible():
            window.close()


@pytest.fixture
def case_window(open_window: Callable[..., MainWindow]) -> Callable[..., MainWindow]:
    """A window with one person and one case, showing the step ``key``."""

    def make(key: str, language: str = "en") -> MainWindow:
        window = open_window(language)
        person = window.workspace.add_person("Ana Ruiz")
        case = window.workspace.add_case(person, "Knee surgery")
        window.reload_tree(select_case_id=case.id)
        window.go_to_step(key)
        return window

    return make


@pytest.fixture
def reopen(open_window: Callable[..., MainWindow]) -> Callable[..., MainWindow]:
    """Close ``window`` and open a new one on the same folder, showing the first case's step."""

    def again(window: MainWindow, key: str) -> MainWindow:
        window.close()
        fresh = open_window(window.language)
        people = fresh.workspace.people()
        fresh.reload_tree(select_case_id=people[0].cases[0].id)
        fresh.go_to_step(key)
        return fresh

    return again
