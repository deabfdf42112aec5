"""A PySide6 hello-world window, frozen by bench/bundle.py to compare with the app's bundle."""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class Watch(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and isinstance(watched, QWindow) and watched.isExposed():
            watched.removeEventFilter(self)
            if os.environ.get("SECONDOPINION_REPORT_SHOWN"):
                sys.stdout.write(f"first-window {time.monotonic():.6f}\n")
                sys.stdout.flush()
            QTimer.singleShot(0, QApplication.quit)
        return False


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello, world"))
    watch = Watch()
    window.winId()
    window.windowHandle().installEventFilter(watch)
    window.show()
    sys.exit(app.exec())
