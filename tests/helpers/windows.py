"""The one way tests open the main window: on a data folder, as the app does, offscreen."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from secondopinion_desktop.storage.store import open_store
from secondopinion_desktop.ui import settings_keys, theme
from secondopinion_desktop.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


def settings_for(folder: Path) -> QSettings:
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def make_store_template(folder: Path) -> Path:
    """A new, fully migrated store in ``folder``: copying it is a second faster than building."""
    open_store(folder).close()
    return folder


class WindowOpener:
    """Opens main windows on one data folder, the way a person starts the app, and closes them.

    Call ``open`` again after closing a window to "restart" on the same folder. With a
    ``template`` (see make_store_template), a folder without a store starts from a copy of it.
    """

    def __init__(self, qtbot: Any, data_dir: Path, template: Path | None = None) -> None:
        self.qtbot = qtbot
        self.data_dir = data_dir
        self.template = template
        self.opened: list[MainWindow] = []

    def open(
        self,
        language: str = "en",
        attach: bool = True,
        *,
        text_scale: float | None = None,
        size: tuple[int, int] | None = None,
    ) -> MainWindow:
        settings = settings_for(self.data_dir)
        if text_scale is not None:
            settings.setValue(settings_keys.TEXT_SCALE.key, text_scale)
        # Only what differs is restyled, so applying it for every window costs little.
        theme.apply(application(), settings)
        window = MainWindow(self.data_dir, settings, language)
        # Not qtbot.addWidget: a test may delete a window itself to restart; close_all knows.
        self.opened.append(window)
        if size is not None:
            window.resize(*size)
        window.show()
        self.qtbot.waitExposed(window)
        # Keys, shortcuts such as Ctrl++ and focus changes only reach an active window.
        window.activateWindow()
        self.qtbot.waitUntil(window.isActiveWindow)
        if attach:
            self._copy_template()
            window.attach(open_store(self.data_dir))
        return window

    def _copy_template(self) -> None:
        if self.template is None or any(self.data_dir.glob("secondopinion*")):
            return
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        for source in self.template.iterdir():
            if source.is_file() and source.name.startswith("secondopinion"):
                shutil.copy2(source, self.data_dir / source.name)

    def close_all(self) -> None:
        """Close and delete every window opened, and give the application its normal look."""
        # Close and delete the windows first: restyling live windows is slow.
        for window in self.opened:
            if shiboken6.isValid(window) and window.isVisible():
                window.close()
        # What closing queued (timers, layouts) runs while the windows still exist.
        QApplication.processEvents()
        for window in self.opened:
            if shiboken6.isValid(window):
                window.deleteLater()
        self.opened.clear()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        theme.apply(application(), settings_for(self.data_dir / "no-such-folder"))
