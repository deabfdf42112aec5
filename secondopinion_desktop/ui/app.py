"""Start the window: show it first, then open the store right after (heavy imports wait)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMessageBox

from secondopinion_desktop.storage.paths import resolve_data_dir
from secondopinion_desktop.ui import theme
from secondopinion_desktop.ui.main_window import MainWindow
from secondopinion_desktop.ui.translations import choose_language, install_translators

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
    from secondopinion_desktop.storage.paths import ensure_private_dir

    ensure_private_dir(folder)
    from secondopinion_desktop.ui import safety_wiring

    # One window per store (a second start brings the first forward), private log, plain crashes.
    instance = safety_wiring.start_safety(folder, data_dir, smoke)
    if instance is None:
        return 1
    settings = _settings(folder)
    language = choose_language(settings)
    translators = install_translators(app, language)
    theme.apply(app, settings)
    window = MainWindow(folder, settings, language)
    window.translators = translators
    instance.attach(window)
    window.show()
    outcome: dict[str, int] = {"code": 0}

    def open_store() -> None:
        from secondopinion_desktop.storage.errors import StoreError

        try:
            # A damaged store gets the dialog: restore the newest backup, another folder, quit.
            store = safety_wiring.open_store_or_recover(window, folder, smoke)
        except StoreError as exc:
            outcome["code"] = 1
            if smoke:
                sys.stderr.write(exc.message + "\n")
            else:
                QMessageBox.critical(window, window.tr("Cannot open your information"), exc.message)
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
    safety_wiring.finish_safety(window, instance)  # backup if changed, release the lock
    return outcome["code"]
