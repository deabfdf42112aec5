"""One window per store, the Qt side: the second start asks the open window to come forward.

The file lock (taken by ``services/start_up.py``) decides who owns the store; this module
only adds a QLocalServer, named from a hash of the store's path, through which a second start
can ask the first window to raise itself before it exits. Usage at window start::

    instance = claim_or_signal(data_dir)
    if instance is None:          # another window has this store; it was asked to come forward
        ...tell the person, exit
    instance.attach(window)       # a later second start brings ``window`` forward
    ...
    instance.release()            # at exit (the OS releases the lock anyway if we crash)
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from secondopinion_desktop.services.start_up import StartUp, store_identity
from secondopinion_desktop.storage.errors import StoreError

_REQUEST = b"come-forward\n"


def server_name(data_dir: Path) -> str:
    """A name that is the same for every start on one store, and says nothing about it."""
    uid = getattr(os, "getuid", lambda: 0)()
    key = f"{uid}:{store_identity(data_dir)}"
    return "secondopinion-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def bring_forward(window: QWidget) -> None:
    """Show ``window`` on top, restored from the task bar if it was minimised."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def signal_running_window(data_dir: Path, timeout_ms: int = 1000) -> bool:
    """Ask the window that has ``data_dir`` open to come forward; True if it was reached."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(_REQUEST)
    delivered = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return bool(delivered)


class SingleInstance(QObject):
    """Holds the store's lock and listens for later starts asking this window to come forward."""

    activation_requested = Signal()

    def __init__(self, start: StartUp, server: QLocalServer | None) -> None:
        super().__init__()
        self.start = start
        self.server = server
        if server is not None:
            server.newConnection.connect(self._on_connection)

    def attach(self, window: QWidget) -> None:
        """Bring ``window`` forward whenever another start asks for it."""
        self.activation_requested.connect(lambda: bring_forward(window))

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket is None:
                continue

            def read(socket: QLocalSocket = socket) -> None:
                if bytes(socket.readAll().data()).startswith(_REQUEST.strip()):
                    self.activation_requested.emit()
                socket.disconnectFromServer()

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                read()

    def release(self) -> None:
        """Stop listening and let go of the store (safe to call twice)."""
        if self.server is not None:
            self.server.close()
            self.server = None
        self.start.release()


def claim_or_signal(data_dir: Path) -> SingleInstance | None:
    """Take the store in ``data_dir`` for this window, or, if another window has it, ask that
    window to come forward and return None. A QApplication must exist."""
    instance = claim(data_dir)
    if instance is None:
        signal_running_window(data_dir)
    return instance


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
    """With the store's lock already held, listen for later starts asking to come forward."""
    name = server_name(start.folder)
    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    if not server.listen(name):
        # A socket left by a window that was killed; we hold the lock, so it is not in use.
        QLocalServer.removeServer(name)
        if not server.listen(name):
            # Coming forward is a nicety; the lock alone still protects the store.
            return SingleInstance(start, None)
    return SingleInstance(start, server)
