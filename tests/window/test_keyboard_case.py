"""A whole case by keyboard only: Tab, typing, Space and Alt+Right; then close, reopen, and
find every typed value in the store (through the case file it exports)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from window_helpers import WindowFactory, new_case

from secondopinion_desktop.ui.fields import DateField, DateTimeField
from secondopinion_desktop.ui.main_window import MainWindow
from secondopinion_desktop.ui.pages.child_list import ChildListEditor

MAX_TABS_PER_STEP = 400


def is_free_text(widget: QWidget) -> bool:
    """An empty text box a person types words into (not a date, a time or a choice)."""
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly() or widget.text():
            return False
        parent = widget.parentWidget()
        return not isinstance(parent, (QComboBox, QAbstractSpinBox, DateField, DateTimeField))
    if isinstance(widget, QPlainTextEdit):
        return not widget.isReadOnly() and not widget.toPlainText()
    return False


def empty_add_button(widget: QWidget) -> bool:
    """The Add button of a list that is still empty: pressing it opens a form to type into."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, ChildListEditor):
        parent = parent.parentWidget()
    return (
        isinstance(widget, QPushButton)
        and parent is not None
        and widget is parent.add_button
        and parent.list.count() == 0
    )


def fill_step(qtbot: Any, window: MainWindow, index: int) -> list[str]:
    """Tab through the step's inputs up to Next, typing into every empty text box."""
    typed: list[str] = []
    pressed: set[int] = set()
    for _ in range(MAX_TABS_PER_STEP):
        widget = QApplication.focusWidget()
        assert widget is not None, "the keyboard lost its place"
        if widget is window.next_button or widget is window.back_button:
            break
        if is_free_text(widget):
            value = f"Kb s{index} n{len(typed)}"
            qtbot.keyClicks(widget, value)
            typed.append(value)
        elif empty_add_button(widget) and id(widget) not in pressed:
            pressed.add(id(widget))
            qtbot.keyClick(widget, Qt.Key.Key_Space)
            continue  # the list now has an item; its form is open to Tab into
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return typed


def test_a_whole_case_by_keyboard_survives_closing_the_window(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    case_id = new_case(window, name="Keyboard Person", title="Keyboard case")
    window.show_step(0)
    # Start where the window puts the keyboard, on the list of people, and Tab into the step.
    window.tree.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    for _ in range(10):
        if window.pages[0].isAncestorOf(QApplication.focusWidget()):
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert window.pages[0].isAncestorOf(QApplication.focusWidget())
    typed: dict[str, list[str]] = {}
    for index, page in enumerate(window.pages):
        assert window.stack.currentWidget() is page
        typed[page.key] = fill_step(qtbot, window, index)
        if index < len(window.pages) - 1:
            qtbot.keyClick(
                QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier
            )
            qtbot.waitUntil(lambda i=index: window.stack.currentWidget() is window.pages[i + 1])
    steps_with_typing = [key for key, values in typed.items() if values]
    # Steps that are only choices or printouts have nothing to type; the rest must.
    for key in ("diagnosis", "person", "care_team", "insurance", "records", "questions",
                "appointment", "recap", "compare", "decision"):
        assert key in steps_with_typing, f"nothing could be typed on the {key} step"
    window.close()

    again = open_window()
    from secondopinion_desktop.services.bundle import export_case_json

    text = export_case_json(again.workspace.session, case_id)
    missing = [value for values in typed.values() for value in values if value not in text]
    assert missing == []
