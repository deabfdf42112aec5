"""Start the window: show it first, then open the store right after (heavy imports wait)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication

from secondopinion_desktop.storage.paths import DATA_DIR_ENV, resolve_data_dir
from secondopinion_desktop.ui import theme
from secondopinion_desktop.ui.main_window import MainWindow
from secondopinion_desktop.ui.translations import choose_language, install_translators

if TYPE_CHECKING:
    from secondopinion_desktop.ui.single_instance import SingleInstance

# Set to any value: print "first-window <time.monotonic()>" when the window is first exposed
# (bench/startup.py reads it to time the start).
REPORT_SHOWN_ENV = "SECONDOPINION_REPORT_SHOWN"


class _FirstExposure(QObject):
    """Calls back once, when the window is first on screen (and reports it if asked to)."""

    def __init__(self, window: MainWindow, on_shown: Callable[[], None]) -> None:
        super().__init__(window)
        self._done = False
        self.on_shown = on_shown
        self.report = bool(os.environ.get(REPORT_SHOWN_ENV))
        window.winId()  # create the native window now, so its first Expose can be watched
        handle = window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)
        # Should the system never say the window is visible (minimised), go on anyway.
        QTimer.singleShot(1500, self.shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        exposed = isinstance(watched, QWindow) and watched.isExposed()
        if event.type() == QEvent.Type.Expose and exposed:
            watched.removeEventFilter(self)
            if self.report and not self._done:
                # Which heavy libraries were already loaded: the window should not wait for them.
                heavy = sorted(
                    name for name in ("sqlalchemy", "reportlab", "alembic") if name in sys.modules
                )
                loaded = ",".join(heavy) or "none"
                sys.stdout.write(f"first-window {time.monotonic():.6f} heavy-modules={loaded}\n")
                sys.stdout.flush()
            # Let the first paint finish before the heavy work starts.
            QTimer.singleShot(0, self.shown)
        return False

    def shown(self) -> None:
        if not self._done:
            self._done = True
            self.on_shown()


ORGANIZATION = "SecondOpinionCompanion"
APPLICATION = "Second Opinion Companion"


def _settings(data_dir: Path) -> QSettings:
    # Settings live beside the store, so a --data-dir test run never touches the real ones.
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


def run_window(data_dir: str | None = None, smoke: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    folder = resolve_data_dir(data_dir)
    from secondopinion_desktop.storage.errors import StoreLockedError
    from secondopinion_desktop.storage.lock import StoreLock
    from secondopinion_desktop.storage.paths import ensure_private_dir

    ensure_private_dir(folder)
    # One window per store: the lock is a cheap file lock, taken before anything is shown.
    try:
        lock = StoreLock.acquire(folder)
    except StoreLockedError:
        from secondopinion_desktop.logging_setup import setup_logging
        from secondopinion_desktop.ui import safety_wiring

        setup_logging(data_dir or os.environ.get(DATA_DIR_ENV))
        safety_wiring.refuse_second_window(folder, smoke)
        return 1
    settings = _settings(folder)
    language = choose_language(settings)
    translators = install_translators(app, language)
    theme.apply(app, settings, with_stylesheet=False)
    # Show the empty window at once; menus, panels and pages are built right after it appears,
    # then the store is opened (SQLAlchemy and ReportLab load only then).
    window = MainWindow(folder, settings, language, deferred=True)
    window.never_ask = smoke
    window.translators = translators
    window.show()
    outcome: dict[str, int] = {"code": 0}
    holder: dict[str, SingleInstance] = {}

    def open_store() -> None:
        from secondopinion_desktop.storage.errors import StoreError
        from secondopinion_desktop.ui import safety_wiring

        window.finish_building()
        # Private log, plain crash message, and the channel a second start uses to ask this
        # window to come forward.
        instance = safety_wiring.start_safety(folder, data_dir, smoke, lock)
        assert instance is not None
        holder["instance"] = instance
        instance.attach(window)
        try:
            # A damaged store gets the dialog: restore the newest backup, another folder, quit.
            store = safety_wiring.open_store_or_recover(window, folder, smoke)
        except StoreError as exc:
            outcome["code"] = 1
            if smoke:
                sys.stderr.write(exc.message + "\n")
            else:
                QtWidgets.QMessageBox.critical(
                    window,
                    QApplication.translate("MainWindow", "Cannot open your information"),
                    exc.message,
                )
            window.close()
            app.quit()
            return
        if store is None:
            outcome["code"] = 1
            window.close()
            app.quit()
            return
        window.attach(store)
        safety_wiring.install_safety(window)  # hourly backups, File > Restore from backup...
        if smoke:
            QTimer.singleShot(0, app.quit)

    # Open the store once the window is on screen: its imports take longer than the window.
    _FirstExposure(window, open_store)
    app.exec()
    if "instance" in holder:
        from secondopinion_desktop.ui import safety_wiring

        safety_wiring.finish_safety(window, holder["instance"])  # backup if changed, unlock
    else:
        lock.release()
    return outcome["code"]
