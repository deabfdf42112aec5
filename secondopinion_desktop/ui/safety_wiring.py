"""The window's data-safety duties, in one place so ``app.py`` needs only a few calls:

- :func:`start_safety` once the window is on screen: private log, plain crash message, and
  the channel through which a second start brings this window forward;
- :func:`open_store_or_recover` to open the store: a damaged store gets the damaged-store
  dialog (restore the newest backup / open another folder / quit);
- :func:`install_safety` once the store is attached: a :class:`WindowSafety` the window owns,
  with the hourly backups and File > Restore from backup...;
- :func:`finish_safety` after the event loop ends: a backup if anything changed, then the lock
  is let go.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStatusBar, QWidget

from secondopinion_desktop.logging_setup import (
    WINDOW_ERROR_MESSAGE,
    install_excepthook,
    log_error,
    log_event,
)
from secondopinion_desktop.ui.single_instance import SingleInstance, serve, signal_running_window

if TYPE_CHECKING:
    from secondopinion_desktop.services.start_up import StartUp, Store
    from secondopinion_desktop.services.workspace import Workspace

BACKUP_CHECK_MS = 10 * 60 * 1000  # look every ten minutes; a backup is taken at most hourly
RESTORE_WAIT_SECONDS = 15.0  # for an import from the command line to finish


class RestoreItem(Protocol):
    """Where the window keeps File > Restore from backup... (ui/window_actions.py)."""

    restore_action: QAction


class SafeWindow(Protocol):
    """What the safety duties need of the main window (ui/main_window.py's MainWindow)."""

    data_dir: Path
    store: Store | None
    safety: QObject | None

    @property
    def actions_(self) -> RestoreItem: ...

    @property
    def language(self) -> str: ...

    @property
    def workspace(self) -> Workspace: ...

    def statusBar(self) -> QStatusBar: ...

    def release_store(self) -> None: ...

    def replace_store(self, store: Store) -> None: ...

    def close(self) -> bool: ...


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


def start_safety(start: StartUp) -> SingleInstance:
    """Set up the log and crash message, and listen for later starts on the store ``start``
    has claimed (its lock is held)."""
    start.begin_log()
    install_excepthook(show=_show_error, message=WINDOW_ERROR_MESSAGE)
    instance = serve(start)
    log_event("window started")
    return instance


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


class StoreNotOpened(Exception):
    """The store could not be opened; ``reason`` is the plain sentence to show."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def open_store_or_recover(
    window: QWidget, folder: Path, smoke: bool, *, claimed: bool = False
) -> Store | None:
    """Open the store; if it is damaged, show the dialog and do what the person chooses.

    Returns the open store, or None when the person chose to quit or to open another folder
    (which starts a new window on that folder). Raises :class:`StoreNotOpened` with the plain
    reason otherwise (a file from a newer version; with ``smoke`` a damaged store at once, so
    nothing waits on the dialog).
    """
    from secondopinion_desktop.model.dates import format_long_datetime
    from secondopinion_desktop.services.safekeeping import restore_backup
    from secondopinion_desktop.services.start_up import open_or_explain
    from secondopinion_desktop.storage.errors import StoreError
    from secondopinion_desktop.ui.error_words import damage_words
    from secondopinion_desktop.ui.store_problem_dialog import (
        StoreProblemChoice,
        ask_about_damaged_store,
    )

    while True:
        opening = open_or_explain(folder, explain_damage=not smoke, claimed=claimed)
        if opening.store is not None:
            return opening.store
        report = opening.damage
        if report is None:
            raise StoreNotOpened(opening.reason or "")
        newest = report.newest_backup
        when = (
            format_long_datetime(newest.taken_at.astimezone(), _language(window))
            if newest is not None
            else None
        )
        paragraph = damage_words(report.code, report.facts, when, report.paragraph)
        choice = ask_about_damaged_store(paragraph, when, window)
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


class WindowSafety(QObject):
    """Owned by the window: hourly backups while it is open, and File > Restore from backup...."""

    def __init__(self, window: SafeWindow, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.backup_now_if_due)
        self.backup_timer.start()
        # Made with the other menu items (ui/window_actions.py), enabled here.
        self.restore_action = window.actions_.restore_action
        self.restore_action.triggered.connect(self.restore)
        self.restore_action.setEnabled(True)

    def backup_now_if_due(self) -> None:
        """Take the hourly backup if one is due and something changed since the last one."""
        from secondopinion_desktop.services.safekeeping import backup_if_due

        window = self.window
        store = window.store
        if store is None:
            return
        try:
            if backup_if_due(store) is not None:
                window.workspace.changes_since_backup = 0
        except Exception as exc:  # a failed backup must never disturb the person's typing
            log_error(exc)
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Safety",
                    "The automatic backup could not be made. Your information itself is fine.",
                )
            )

    def restore(self) -> None:
        """Choose, confirm, keep the current one, restore, reload."""
        restore_in_window(self.window)


def install_safety(window: SafeWindow) -> WindowSafety:
    """Give ``window`` its :class:`WindowSafety` (hourly backups, Restore from backup...)."""
    assert isinstance(window, QObject)
    safety = WindowSafety(window, window)
    window.safety = safety
    return safety


def backup_now_if_due(window: SafeWindow) -> None:
    """The hourly check of the window's :class:`WindowSafety`, at once."""
    if isinstance(window.safety, WindowSafety):
        window.safety.backup_now_if_due()


def restore_in_window(window: SafeWindow) -> None:
    """File > Restore from backup...: choose, confirm, keep the current one, restore, reload."""
    from secondopinion_desktop.model.dates import format_long_datetime
    from secondopinion_desktop.services.safekeeping import backups_of, restore_backup
    from secondopinion_desktop.services.start_up import open_or_explain
    from secondopinion_desktop.storage.errors import StoreError
    from secondopinion_desktop.ui.restore_dialog import RestoreDialog, RestoreOption

    options = [
        RestoreOption(
            info.path, format_long_datetime(info.taken_at.astimezone(), window.language),
            info.cases,
        )
        for info in backups_of(window.data_dir)
    ]
    parent = window if isinstance(window, QWidget) else None
    dialog = RestoreDialog(options, parent)
    if not dialog.exec() or dialog.chosen is None:
        return
    chosen = dialog.chosen
    window.release_store()
    failure: str | None = None
    try:
        # Never in the middle of a command-line import (it would lose its case); a short wait.
        restore_backup(window.data_dir, chosen.path, wait_seconds=RESTORE_WAIT_SECONDS)
        log_event("store restored from a backup in the window")
    except StoreError as exc:
        log_error(exc)
        failure = exc.message
    opening = open_or_explain(window.data_dir, explain_damage=False)
    if opening.store is None:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("Safety", "Cannot open your information"),
            opening.reason or "",
        )
        window.close()
        return
    window.replace_store(opening.store)
    if failure is not None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Safety", "Could not restore"), failure
        )
        return
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "Safety", "Your information was restored from the backup of %1."
        ).replace("%1", chosen.when)
    )


def finish_safety(window: SafeWindow, instance: SingleInstance | None) -> None:
    """After the window closed: back up if anything changed since the last backup, then let go
    of the store."""
    from secondopinion_desktop.services.safekeeping import backup_on_close

    try:
        if window.store is not None:
            backup_on_close(window.store, window.workspace.changes_since_backup)
    except Exception as exc:  # closing must always finish
        log_error(exc)
    finally:
        if instance is not None:
            instance.release()
        log_event("window closed")
