"""Start the window: show it first, then open the store right after (heavy imports wait)."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication

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


class ErrorReporter:
    """Unexpected errors while the window runs: never a traceback, never a wait with --smoke.

    With ``smoke`` the plain message goes to stderr and the app exits with code 1 (a modal box
    would hang a script). In the window the box is shown once; later errors only reach the
    log and the status bar, so a failing repaint cannot stack boxes. Unsaved changes of the
    failed action are rolled back, so nothing half-done reaches the store.
    """

    def __init__(self, app: QApplication, smoke: bool, outcome: dict[str, int]) -> None:
        self.app = app
        self.smoke = smoke
        self.outcome = outcome
        self.window: MainWindow | None = None
        self.shown = False

    def install(self) -> None:
        from secondopinion_desktop.logging_setup import WINDOW_ERROR_MESSAGE, install_excepthook

        install_excepthook(show=self.show, message=WINDOW_ERROR_MESSAGE)

    def show(self, message: str) -> None:
        self._roll_back()
        if self.smoke:
            if not self.shown:
                sys.stderr.write(message + "\n")
            self.shown = True
            self.outcome["code"] = 1
            self.app.exit(1)
            return
        if self.shown:
            if self.window is not None:
                self.window.statusBar().showMessage(message, 10000)
            return
        self.shown = True
        QtWidgets.QMessageBox.critical(
            self.window, QCoreApplication.translate("Safety", "Something went wrong"), message
        )

    def _roll_back(self) -> None:
        window = self.window
        if window is None or window.store is None:
            return
        try:
            window.workspace.session.rollback()
        except Exception:  # the report must never fail in turn
            return


def _refuse(message: str, smoke: bool) -> int:
    """Say why the window cannot start: on stderr with --smoke, else in one box. Exit 1."""
    if smoke:
        sys.stderr.write(message + "\n")
    else:
        QtWidgets.QMessageBox.critical(
            None, QApplication.translate("MainWindow", "Cannot open your information"), message
        )
    return 1


ORGANIZATION = "SecondOpinionCompanion"
APPLICATION = "Second Opinion Companion"


def _settings(data_dir: Path) -> QSettings:
    # Settings live beside the store, so a --data-dir test run never touches the real ones.
    from secondopinion_desktop.ui.settings_keys import open_settings

    return open_settings(data_dir)


def run_window(data_dir: str | None = None, smoke: bool = False) -> int:
    from secondopinion_desktop.services.start_up import StartUp

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    # The one start-up sequence (services/start_up.py): the folder is resolved here once.
    start = StartUp(data_dir)
    folder = start.folder

    outcome: dict[str, int] = {"code": 0}
    # Until the private log is set up, an error logged must not reach stderr through
    # logging's last-resort handler.
    logging.getLogger("secondopinion").addHandler(logging.NullHandler())
    reporter = ErrorReporter(app, smoke, outcome)
    reporter.install()
    # One window per store: the lock is a cheap file lock, taken before anything is shown.
    refusal = start.claim()
    if refusal is not None:
        if start.already_open:
            from secondopinion_desktop.ui import safety_wiring

            start.begin_log()
            safety_wiring.refuse_second_window(folder, smoke)
            return 1
        return _refuse(refusal, smoke)
    settings = _settings(folder)
    language = choose_language(settings)
    translators = install_translators(app, language)
    theme.apply(app, settings, with_stylesheet=False)
    # Show the empty window at once; menus, panels and pages are built right after it appears,
    # then the store is opened (SQLAlchemy and ReportLab load only then).
    window = MainWindow(folder, settings, language, deferred=True)
    window.never_ask = smoke
    window.translators = translators
    reporter.window = window
    window.show()
    holder: dict[str, SingleInstance] = {}

    def open_store() -> None:
        from secondopinion_desktop.ui import safety_wiring

        window.finish_building()
        from secondopinion_desktop.services.print_temp import remove_stale_folders

        remove_stale_folders()  # print previews a crash or a kill left in the temporary folder
        # Private log, plain crash message, and the channel a second start uses to ask this
        # window to come forward.
        instance = safety_wiring.start_safety(start)
        holder["instance"] = instance
        reporter.install()  # in place of the one start_safety set: --smoke must never wait
        instance.attach(window)
        from secondopinion_desktop.services.people_preview import glance_people

        # The names at once, from a read-only look after the store's checks; the full open
        # (SQLAlchemy, the model, the case) takes a moment longer.
        glance = glance_people(folder)
        if glance:
            window.show_glance(glance)
            app.processEvents()
        try:
            # A damaged store gets the dialog: restore the newest backup, another folder, quit.
            # The folder was made private and its links refused once, by start.claim().
            store = safety_wiring.open_store_or_recover(window, folder, smoke, claimed=True)
        except safety_wiring.StoreNotOpened as refused:
            # Whatever went wrong, the store was only read: say so once and stop.
            outcome["code"] = 1
            _refuse(refused.reason, smoke)
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
    instance = holder.get("instance")
    if instance is not None:
        from secondopinion_desktop.ui import safety_wiring

        safety_wiring.finish_safety(window, instance)  # backup if changed, unlock
    else:
        start.release()
    return outcome["code"]
