"""Time to first window: the app against a bare PySide6 QMainWindow, measured in the same run.

Each run starts a fresh Python process; the child prints ``first-window <time.monotonic()>`` when
its window is first exposed (the app does so when SECONDOPINION_REPORT_SHOWN is set), and the
time from just before the process was started to that moment is its time to first window.
The two are run alternately, several times, and the medians are compared (target: <= 1.2x).

    python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMainWindow

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and isinstance(watched, QWindow) and watched.isExposed():
            watched.removeEventFilter(self)
            sys.stdout.write(f"first-window {time.monotonic():.6f}\n")
            sys.stdout.flush()
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Bare window")
window.resize(1200, 820)
watch = Watch()
window.winId()
window.windowHandle().installEventFilter(watch)
window.show()
app.exec()
"""


def first_window_seconds(command: list[str], env: dict[str, str]) -> float:
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    for line in done.stdout.splitlines():
        if line.startswith("first-window "):
            return float(line.split()[1]) - started
    raise RuntimeError(
        f"no first-window line from {command[:3]} (exit {done.returncode}): {done.stderr[-400:]}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each (default 7)")
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["SECONDOPINION_REPORT_SHOWN"] = "1"
    app_times: list[float] = []
    bare_times: list[float] = []
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = Path(scratch) / "data"
        app_command = [
            sys.executable, "-m", "secondopinion_desktop", "--smoke", "--data-dir", str(data_dir)
        ]
        bare_command = [sys.executable, "-c", BARE_WINDOW]
        # One of each first, not counted: creates the store and warms the file cache.
        first_window_seconds(app_command, env)
        first_window_seconds(bare_command, env)
        for _ in range(args.runs):
            app_times.append(first_window_seconds(app_command, env))
            bare_times.append(first_window_seconds(bare_command, env))
    app_median = statistics.median(app_times)
    bare_median = statistics.median(bare_times)
    ratio = app_median / bare_median
    print(f"runs of each:               {args.runs}")
    print(f"bare PySide6 window:        {bare_median * 1000:7.1f} ms (median)")
    print(f"Second Opinion Companion:   {app_median * 1000:7.1f} ms (median)")
    print(f"ratio app / bare:           {ratio:7.2f}x  (target <= 1.20x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
