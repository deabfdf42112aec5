"""The window's data-safety duties, in one place so ``app.py`` needs only a few calls:

- :func:`start_safety` before the window is built: private log, plain crash message, and one
  window per store (a second start brings the first forward and exits);
- :func:`open_store_or_recover` instead of ``open_store``: a damaged store gets the
  damaged-store dialog (restore the newest backup / open another folder / quit);
- :func:`install_safety` once the store is attached: hourly backups and File > Restore from
  backup...;
- :func:`finish_safety` after the event loop ends: a backup if anything changed, then the lock
  is let go.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from secondopinion_desktop.logging_setup import (
    WINDOW_ERROR_MESSAGE,
    install_excepthook,
    log_error,
    log_event,
    setup_logging,
)
from secondopinion_desktop.storage.paths import DATA_DIR_ENV
from secondopinion_desktop.ui.single_instance import (
    SingleInstance,
    claim,
    serve,
    signal_running_window,
)

if TYPE_CHECKING:
    from secondopinion_desktop.storage.lock import StoreLock
    from secondopinion_desktop.storage.store import Store
    from secondopinion_desktop.ui.main_window import MainWindow

BACKUP_CHECK_MS = 10 * 60 * 1000  # look every ten minutes; a backup is taken at most hourly
RESTORE_WAIT_SECONDS = 15.0  # for an import from the command line to finish


def already_open_message(brought_forward: bool) -> str:
    if brought_forward:
        return QCoreApplication.translate(
            "Safety",
            "Second Opinion Companion is already open for this information. That window has "
            "been brought to the front; please use it.",
        )
    return QCoreApplication.translate(
        "Safety",
        "Second Opinion Companion is already open for this information, in another window. "
        "Please use that window; only one window at a time can work on the same information.",
    )


def start_safety(
    folder: Path, explicit_data_dir: str | None, smoke: bool, lock: StoreLock | None = None
) -> SingleInstance | None:
    """Set up the log and crash message, and claim ``folder`` for this window.

    ``lock``: the store's lock, when the caller already took it (the app does, before showing
    the window). Returns None when another window already has the store: that window was asked
    to come forward, the person has been told, and the caller should exit with code 1.
    """
    setup_logging(explicit_data_dir or os.environ.get(DATA_DIR_ENV))
    install_excepthook(show=_show_error, message=WINDOW_ERROR_MESSAGE)
    instance = serve(lock, folder) if lock is not None else claim(folder)
    if instance is not None:
        log_event("window started")
        return instance
    refuse_second_window(folder, smoke)
    return None


def refuse_second_window(folder: Path, smoke: bool) -> None:
    """Another window has this store: ask it to come forward and tell the person so."""
    log_event("second window refused: store already open")
    brought_forward = signal_running_window(folder)
    message = already_open_message(brought_forward)
    sys.stderr.write(message + "\n")
    # The first window coming forward is the answer the person sees; a box to dismiss as well
    # would only keep this second start waiting (and hang scripts that start the app).
    if not smoke and not brought_forward:
        QMessageBox.information(None, QCoreApplication.translate("Safety", "Already open"), message)


def _show_error(message: str) -> None:
    QMessageBox.critical(
        None, QCoreApplication.translate("Safety", "Something went wrong"), message
    )


def open_store_or_recover(window: QWidget, folder: Path, smoke: bool) -> Store | None:
    """Open the store; if it is damaged, show the dialog and do what the person chooses.

    Returns the open store, or None when the person chose to quit or to open another folder
    (which starts a new window on that folder). With ``smoke`` a damaged store raises at once,
    so the caller prints the paragraph and exits 1 without waiting. Other StoreErrors (a file
    from a newer version) are raised for the caller to show.
    """
    from secondopinion_desktop.services.safekeeping import restore_backup
    from secondopinion_desktop.storage.damage_report import backup_when, damage_report
    from secondopinion_desktop.storage.errors import DamagedStoreError, StoreError
    from secondopinion_desktop.storage.store import open_store
    from secondopinion_desktop.ui.store_problem_dialog import (
        StoreProblemChoice,
        ask_about_damaged_store,
    )

    while True:
        try:
            return open_store(folder)
        except DamagedStoreError:
            if smoke:
                raise
            log_event("window found a damaged store")
            report = damage_report(folder)
            if report is None:
                continue  # healthy again (restored from the command line meanwhile)
            newest = report.newest_backup
            when = backup_when(newest, _language(window)) if newest is not None else None
            choice = ask_about_damaged_store(report.paragraph, when, window)
            if choice is StoreProblemChoice.RESTORE and newest is not None:
                try:
                    restore_backup(folder, newest.path, wait_seconds=RESTORE_WAIT_SECONDS)
                    log_event("damaged store replaced by its newest good backup")
                except StoreError as exc:
                    log_error(exc)
                    QMessageBox.warning(
                        window,
                        QCoreApplication.translate("Safety", "Could not restore"),
                        exc.message,
                    )
                continue
            if choice is StoreProblemChoice.OTHER_FOLDER:
                chosen = QFileDialog.getExistingDirectory(
                    window,
                    QCoreApplication.translate(
                        "Safety", "Choose the folder that holds your information"
                    ),
                )
                if not chosen:
                    continue
                QProcess.startDetached(
                    sys.executable, ["-m", "secondopinion_desktop", "--data-dir", chosen]
                )
            return None


def _language(window: QWidget) -> str:
    return str(getattr(window, "language", "en"))


def install_safety(window: MainWindow) -> None:
    """Hourly backups while the window is open, and File > Restore from backup...."""
    timer = QTimer(window)
    timer.setInterval(BACKUP_CHECK_MS)
    timer.timeout.connect(lambda: backup_now_if_due(window))
    timer.start()
    window.backup_timer = timer  # type: ignore[attr-defined]

    action = QAction(QCoreApplication.translate("Safety", "&Restore from backup..."), window)
    action.triggered.connect(lambda: restore_in_window(window))
    window.file_menu.insertAction(window.quit_action, action)
    window.file_menu.insertSeparator(window.quit_action)
    window.restore_action = action  # type: ignore[attr-defined]


def backup_now_if_due(window: MainWindow) -> None:
    """Take the hourly backup if one is due and something changed since the last one."""
    from secondopinion_desktop.services.safekeeping import backup_if_due

    store = window.store
    if store is None:
        return
    try:
        taken = backup_if_due(store)
        if taken is not None and window._workspace is not None:
            window._workspace.changes_since_backup = 0
    except Exception as exc:  # a failed backup must never disturb the person's typing
        log_error(exc)
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "Safety", "The automatic backup could not be made. Your information itself is fine."
            )
        )


def restore_in_window(window: MainWindow) -> None:
    """File > Restore from backup...: choose, confirm, keep the current one, restore, reload."""
    from secondopinion_desktop.model.dates import format_long_datetime
    from secondopinion_desktop.services.safekeeping import backups_of, restore_backup
    from secondopinion_desktop.services.workspace import Workspace
    from secondopinion_desktop.storage.errors import StoreError
    from secondopinion_desktop.storage.store import open_store
    from secondopinion_desktop.ui.restore_dialog import RestoreDialog, RestoreOption

    options = [
        RestoreOption(
            info.path, format_long_datetime(info.taken_at.astimezone(), window.language),
            info.cases,
        )
        for info in backups_of(window.data_dir)
    ]
    dialog = RestoreDialog(options, window)
    if not dialog.exec() or dialog.chosen is None:
        return
    chosen = dialog.chosen
    window.flush_all()
    window.open_case(None)
    if window._workspace is not None:
        window._workspace.close()
    if window.store is not None:
        window.store.close()
    failure: str | None = None
    try:
        # Never in the middle of a command-line import (it would lose its case); a short wait.
        restore_backup(window.data_dir, chosen.path, wait_seconds=RESTORE_WAIT_SECONDS)
        log_event("store restored from a backup in the window")
    except StoreError as exc:
        log_error(exc)
        failure = exc.message
    try:
        store = open_store(window.data_dir)
    except StoreError as exc:
        log_error(exc)
        QMessageBox.critical(
            window,
            QCoreApplication.translate("Safety", "Cannot open your information"),
            exc.message,
        )
        window.close()
        return
    window.store = store
    window._workspace = Workspace(store)
    window.reload_tree()
    if failure is not None:
        QMessageBox.warning(
            window, QCoreApplication.translate("Safety", "Could not restore"), failure
        )
        return
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "Safety", "Your information was restored from the backup of %1."
        ).replace("%1", chosen.when)
    )


def finish_safety(window: MainWindow, instance: SingleInstance | None) -> None:
    """After the window closed: back up if anything changed since the last backup, then let go
    of the store."""
    from secondopinion_desktop.services.safekeeping import backup_on_close

    workspace = window._workspace
    changes = workspace.changes_since_backup if workspace is not None else 0
    try:
        if window.store is not None:
            backup_on_close(window.store, changes)
    except Exception as exc:  # closing must always finish
        log_error(exc)
    finally:
        if instance is not None:
            instance.release()
        log_event("window closed")
