"""Fixtures for the first five step pages: a real main window on a fresh data folder."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from secondopinion_desktop.storage.store import open_store
from secondopinion_desktop.ui import theme
from secondopinion_desktop.ui.main_window import MainWindow
from secondopinion_desktop.ui.pages.base import StepPage

_THEMED: dict[str, tuple[float, str]] = {}


@dataclass
class Windows:
    """Opens main windows on one data folder, the way a person starts the app again."""

    qtbot: Any
    data_dir: Path
    opened: list[MainWindow] = field(default_factory=list)
    case_id: int | None = None
    text_scale: float = 1.0

    def open(self) -> MainWindow:
        settings = QSettings(str(self.data_dir / "settings.ini"), QSettings.Format.IniFormat)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        settings.setValue("view/text_scale", self.text_scale)
        # Restyling every live widget is slow, so the theme is applied only when another test
        # (here or in another folder) left a different one in place.
        if _THEMED.get("look") != (app.font().pointSizeF(), app.styleSheet()):
            theme.apply(app, settings)
            _THEMED["look"] = (app.font().pointSizeF(), app.styleSheet())
        window = MainWindow(self.data_dir, settings)
        window.attach(open_store(self.data_dir))
        window.show()
        self.qtbot.waitExposed(window)
        # Keys and focus changes only reach an active window.
        window.activateWindow()
        self.qtbot.waitUntil(window.isActiveWindow)
        self.opened.append(window)
        if self.case_id is None:
            person = window.workspace.add_person("Ana Example")
            case = window.workspace.add_case(person, "Knee surgery")
            self.case_id = case.id
        window.reload_tree(select_case_id=self.case_id)
        return window

    def restart(self, window: MainWindow) -> MainWindow:
        """Close the window (which saves and closes the store) and start a new one."""
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return self.open()


@pytest.fixture(scope="session")
def empty_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, empty store made once: building the tables takes about a second each time."""
    folder = tmp_path_factory.mktemp("empty-store")
    open_store(folder).close()
    return folder


@pytest.fixture
def windows(qtbot: Any, tmp_path: Path, empty_store: Path) -> Iterator[Windows]:
    for item in empty_store.iterdir():
        if item.is_file():
            shutil.copy2(item, tmp_path / item.name)
    made = Windows(qtbot, tmp_path)
    yield made
    for window in made.opened:
        if shiboken6.isValid(window) and window.isVisible():
            window.close()
    for window in made.opened:
        if shiboken6.isValid(window):
            window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def page_of(window: MainWindow, key: str) -> StepPage:
    window.go_to_step(key)
    page = window.stack.currentWidget()
    assert isinstance(page, StepPage) and page.key == key
    return page


def type_into(qtbot: Any, widget: QWidget, text: str, *, replace: bool = False) -> None:
    """Click into a field, type ASCII text, and press Tab to leave it (which saves)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    widget.setFocus()
    if replace:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def set_text_and_leave(qtbot: Any, widget: Any, text: str) -> None:
    """For text keyClicks cannot type (non-ASCII): set it as an edit, then leave the field."""
    widget.setFocus()
    if hasattr(widget, "setPlainText"):
        widget.setPlainText(text)
    else:
        widget.setText(text)
        widget.textEdited.emit(text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def labelled(page: StepPage, name: str, kind: type[QWidget] = QWidget) -> Any:
    """The visible input whose accessible name is ``name`` (as a screen reader finds it)."""
    found = [
        w for w in page.findChildren(kind)
        if w.accessibleName() == name and w.isVisibleTo(page)
    ]
    assert found, f"no visible input named {name!r}"
    return found[0]

