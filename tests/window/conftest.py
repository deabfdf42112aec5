"""Fixtures for whole-window tests: a real MainWindow on a fresh data folder, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from window_helpers import WindowFactory, application, settings_for  # sets up the screens

from secondopinion_desktop.ui import theme
from secondopinion_desktop.ui.main_window import MainWindow


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def open_window(qtbot: Any, data_dir: Path) -> Iterator[WindowFactory]:
    """Opens windows on ``data_dir`` as the app does: theme from the settings, then the store.

    Call it again after closing a window to "restart" on the same folder.
    """
    from secondopinion_desktop.storage.store import open_store

    windows: list[MainWindow] = []

    def make(language: str = "en", attach: bool = True) -> MainWindow:
        settings = settings_for(data_dir)
        theme.apply(application(), settings)
        window = MainWindow(data_dir, settings, language)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # shortcuts such as Ctrl++ need it
        if attach:
            window.attach(open_store(data_dir))
        return window

    yield make
    # Close and delete the windows first: restyling live windows is slow.
    for window in windows:
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    # Leave the application as the next test expects it: normal size, normal colours.
    theme.apply(application(), settings_for(data_dir / "no-such-folder"))
