"""Drives the real window for the kill-while-typing test (run as a script, not collected).

Usage: python typing_driver.py DATA_DIR TAG

Starts the app exactly as `secondopinion --data-dir DATA_DIR` does, opens the first case, and
then, on a timer, types a new value at the end of one text field after another through the real
widgets. After focus has moved on from a field, it prints ``LEFT <value>`` to stdout, so the
test knows what the person "left" and when.
"""

from __future__ import annotations

import itertools
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

TYPE_EVERY_MS = 120


def main() -> int:
    data_dir, tag = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    counter = itertools.count(1)
    state: dict[str, object] = {}

    def window() -> object | None:
        from secondopinion_desktop.ui.main_window import MainWindow

        found = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        return found[0] if found else None

    def fields(win: object) -> list[QWidget]:
        from secondopinion_desktop.ui.fields import LineBinding, TextBinding

        page = win.stack.currentWidget()  # type: ignore[attr-defined]
        found: list[QWidget] = []
        for binding in getattr(page, "bindings", []):
            # Exactly plain text fields a person can see: dates and names have rules of their
            # own, and hidden rows (a reason not ticked) have nothing to save into.
            widget = binding.widget
            if (
                type(binding) in (LineBinding, TextBinding)
                and widget.isEnabled()
                and widget.isVisibleTo(win)  # type: ignore[arg-type]
            ):
                found.append(binding.widget)
        return found

    def start() -> None:
        win = window()
        if win is None or win.store is None:  # type: ignore[attr-defined]
            QTimer.singleShot(50, start)
            return
        tree = win.tree  # type: ignore[attr-defined]
        person = tree.topLevelItem(0)
        tree.setCurrentItem(person.child(0))
        win.show_step(0)  # type: ignore[attr-defined]
        win.activateWindow()  # type: ignore[attr-defined]
        widgets = fields(win)
        if len(widgets) < 2:
            print("NOFIELDS", flush=True)
            app.quit()
            return
        state["cycle"] = itertools.cycle(widgets)
        state["current"] = next(state["cycle"])  # type: ignore[call-overload]
        print("READY", flush=True)
        QTimer.singleShot(TYPE_EVERY_MS, type_one)

    def type_one() -> None:
        widget: QWidget = state["current"]  # type: ignore[assignment]
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        value = f" {tag}v{next(counter):04d}"
        if isinstance(widget, QLineEdit):
            widget.end(False)
        elif isinstance(widget, QPlainTextEdit):
            widget.moveCursor(widget.textCursor().MoveOperation.End)
        QTest.keyClicks(widget, value)
        following: QWidget = next(state["cycle"])  # type: ignore[call-overload]
        following.setFocus(Qt.FocusReason.TabFocusReason)  # leave the field
        state["current"] = following
        print(f"LEFT{value}", flush=True)
        QTimer.singleShot(TYPE_EVERY_MS, type_one)

    QTimer.singleShot(0, start)
    from secondopinion_desktop.cli import main as cli_main

    return cli_main(["--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(main())
