"""A new text size reaches every label and input at once, exactly as after a restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTreeWidget,
    QWidget,
)
from window_helpers import WindowFactory, example_case, settle

from secondopinion_desktop.ui.main_window import MainWindow

KINDS = (QLabel, QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QListWidget, QTreeWidget)


def fonts(window: MainWindow) -> dict[str, float]:
    """The text size of every label and input, keyed by where it sits in the window."""
    found: dict[str, float] = {}
    counts: dict[str, int] = {}
    pages = list(window.pages)  # builds the steps not shown yet, at the size now in use
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, KINDS):
            continue
        page = next((p.key for p in pages if p.isAncestorOf(widget)), "frame")
        kind = f"{page}/{type(widget).__name__}/{widget.objectName()}"
        counts[kind] = counts.get(kind, 0) + 1
        found[f"{kind}#{counts[kind]}"] = round(widget.fontInfo().pointSizeF(), 1)
    return found


def test_ctrl_plus_gives_every_widget_the_size_a_restart_gives(
    qtbot: Any, open_window: WindowFactory, data_dir: Path
) -> None:
    window = open_window()
    example_case(window)
    window.show_step(3)
    settle(window)
    for _ in range(5):  # 100% -> 110 -> 125 -> 150 -> 175 -> 200
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    live = fonts(window)
    paragraphs = [size for key, size in live.items() if key.startswith("insurance/QLabel/#")]
    assert paragraphs and min(paragraphs) >= 24.0, "the page's own words grew at once"
    window.close()
    restarted = open_window()
    restarted.show_step(3)
    settle(restarted)
    after_restart = fonts(restarted)
    # Lists built as things are added can hold a few more or fewer rows; all else matches.
    both = set(live) & set(after_restart)
    assert len(both) >= 0.95 * max(len(live), len(after_restart)) and len(both) > 300
    differ = {k: (live[k], after_restart[k]) for k in both if live[k] != after_restart[k]}
    assert differ == {}
