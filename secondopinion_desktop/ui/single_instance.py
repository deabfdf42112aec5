"""One window per store, the Qt side: the second start asks the open window to come forward.

The file lock (taken by ``services/start_up.py``) decides who owns the store. A second start
asks the first window to come forward by leaving an empty request file in the store's folder;
the first window watches that folder, takes the request away and comes forward, and the
second start, seeing the request taken, knows it was heard. Two programs sharing one private
folder need no socket: QtNetwork's local server cost every start about 2.7 MiB and a hundred
Qt enums for this one message. Usage at window start::

    instance = claim(data_dir)    # None: another window has this store
    instance.attach(window)       # a later second start brings ``window`` forward
    ...
    instance.release()            # at exit (the OS releases the lock anyway if we crash)
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QFileSystemWatcher, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from secondopinion_desktop.services.start_up import StartUp
from secondopinion_desktop.storage.errors import StoreError

# Empty, private (the process umask is 077) and never read: only its being there counts.
REQUEST_NAME = "come-forward"


def request_path(data_dir: Path) -> Path:
    return data_dir / REQUEST_NAME


def bring_forward(window: QWidget) -> None:
    """Show ``window`` on top, restored from the task bar if it was minimised."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def signal_running_window(data_dir: Path, timeout_ms: int = 1000) -> bool:
    """Ask the window that has ``data_dir`` open to come forward; True if it was reached."""
    request = request_path(data_dir)
    try:
        # Never through a link someone left under that name (the app refuses links there).
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
        os.close(os.open(request, flags, 0o600))
    except OSError:
        return False
    deadline = time.monotonic() + timeout_ms / 1000
    while time.monotonic() < deadline:
        if QCoreApplication.instance() is not None:
            # The first window may live in this very process (the tests): let it notice.
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if not request.exists():
            return True
        time.sleep(0.02)
    # Unheard (that window is busy or stuck): take the request back, so that it does not
    # jump forward much later, when no one asks any more.
    with contextlib.suppress(OSError):
        request.unlink()
    return False


class SingleInstance(QObject):
    """Holds the store's lock and watches for later starts asking this window to come forward."""

    activation_requested = Signal()

    def __init__(self, start: StartUp, watcher: QFileSystemWatcher | None) -> None:
        super().__init__()
        self.start = start
        self.watcher = watcher
        if watcher is not None:
            watcher.setParent(self)
            watcher.directoryChanged.connect(self._on_folder_changed)

    def attach(self, window: QWidget) -> None:
        """Bring ``window`` forward whenever another start asks for it."""
        self.activation_requested.connect(lambda: bring_forward(window))

    def _on_folder_changed(self, _folder: str) -> None:
        # Any file made or removed in the folder lands here (a journal, the settings); only a
        # request that this window takes away itself counts, so each is answered once.
        try:
            request_path(self.start.folder).unlink()
        except OSError:
            return
        self.activation_requested.emit()

    def release(self) -> None:
        """Stop watching and let go of the store (safe to call twice)."""
        if self.watcher is not None:
            self.watcher.removePaths(self.watcher.directories())
            self.watcher = None
        self.start.release()


def claim(data_dir: Path) -> SingleInstance | None:
    """Take the store in ``data_dir`` for this window; None if another window has it."""
    start = StartUp(data_dir)
    reason = start.claim()
    if start.already_open:
        return None
    if reason is not None:
        raise StoreError(reason, data_dir)
    return serve(start)


def serve(start: StartUp) -> SingleInstance:
    """With the store's lock already held, watch for later starts asking to come forward."""
    # We hold the lock, so a request still there was left by a start that was killed.
    with contextlib.suppress(OSError):
        request_path(start.folder).unlink()
    watcher = QFileSystemWatcher([str(start.folder)])
    if not watcher.directories():
        # Coming forward is a nicety; the lock alone still protects the store.
        return SingleInstance(start, None)
    return SingleInstance(start, watcher)
