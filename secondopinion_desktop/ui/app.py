"""Start the window: show it first, then open the store right after (heavy imports wait)."""

from __future__ import annotations

import os
import sys
import time
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
    """Prints the moment the window is first on screen, once."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        exposed = isinstance(watched, QWindow) and watched.isExposed()
        if event.type() == QEvent.Type.Expose and exposed:
            sys.stdout.write(f"first-window {time.monotonic():.6f}\n")
            sys.stdout.flush()
            watched.removeEventFilter(self)
        return False


def _report_first_exposure(window: MainWindow) -> None:
    reporter = _FirstExposure(window)
    window.winId()  # create the native window now, so its first Expose can be watched
    handle = window.windowHandle()
    if handle is not None:
        handle.installEventFilter(reporter)

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
    if os.environ.get(REPORT_SHOWN_ENV):
        _report_first_exposure(window)
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

    QTimer.singleShot(0, open_store)
    app.exec()
    safety_wiring.finish_safety(window, instance)  # backup if changed, release the lock
    return outcome["code"]
