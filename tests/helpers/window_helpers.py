"""Helpers for whole-window tests: a case to look at, settled layouts, what is cut off."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLabel, QLineEdit, QWidget
from windows import WindowFactory as WindowFactory
from windows import application as application
from windows import settings_for as settings_for

from secondopinion_desktop.ui.main_window import MainWindow


def new_case(window: MainWindow, name: str = "Rosa Diaz", title: str = "Knee") -> int:
    person = window.workspace.add_person(name)
    case = window.workspace.add_case(person, title)
    window.reload_tree(select_case_id=case.id)
    return case.id


def example_case(window: MainWindow) -> int:
    case_id = window.actions_.import_case_text(_example_text())
    assert case_id is not None
    return case_id


def _example_text() -> str:
    from secondopinion_desktop.services.bundle import example_case_text

    return example_case_text()


def settle(window: MainWindow) -> None:
    """Let the layouts finish: wrapped text can take a few rounds to reach its final height."""
    app = application()
    page = window.stack.currentWidget()
    inner = page.widget() if hasattr(page, "widget") else None
    for _ in range(50):
        app.processEvents()
        if inner is None or not inner.hasHeightForWidth():
            break
        if inner.height() >= inner.heightForWidth(inner.width()):
            break
        QApplication.postEvent(page, QEvent(QEvent.Type.LayoutRequest))
        QTest.qWait(10)
    app.processEvents()


def shown_widgets(window: MainWindow, types: tuple[type, ...]) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in window.centralWidget().findChildren(QWidget):
        if not isinstance(widget, types) or not widget.isVisibleTo(window):
            continue
        # The line edit inside an editable combo or a spin box speaks through its owner.
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue
        found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {str(text)[:40]!r}"


def clipped(widget: QWidget) -> str | None:
    """Why ``widget`` is cut off, or None if all of it shows."""
    size = widget.size()
    if isinstance(widget, QLabel):
        if not widget.text():
            return None
        if widget.wordWrap():
            if widget.minimumSizeHint().width() > size.width() + 1:
                return "a word is wider than the label"
            if widget.heightForWidth(size.width()) > size.height() + 1:
                return "wrapped lines are taller than the label"
            return None
    elif isinstance(widget, QLineEdit):
        if size.height() < widget.fontMetrics().height():
            return "shorter than one line of its text"
        return None
    elif widget.hasHeightForWidth():
        if widget.heightForWidth(size.width()) > size.height() + 1:
            return "wrapped text taller than the button"
        return None
    hint = widget.sizeHint()
    if hint.width() > size.width() + 1 or hint.height() > size.height() + 1:
        return f"needs {hint.width()}x{hint.height()}, has {size.width()}x{size.height()}"
    return None
