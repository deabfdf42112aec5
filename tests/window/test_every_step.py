"""Every step of the example case: names a screen reader can say, nothing cut off at 200%,
a visible focus ring, and Tab order through the window."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from window_helpers import (
    WindowFactory,
    application,
    clipped,
    describe,
    example_case,
    settings_for,
    settle,
    shown_widgets,
)

from secondopinion_desktop.ui import settings_keys, theme
from secondopinion_desktop.ui.main_window import MainWindow

INPUT_TYPES = (
    QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QCheckBox, QListWidget, QTreeWidget,
    QAbstractButton, QAbstractSpinBox,
)


def steps(window: MainWindow) -> list[tuple[int, str]]:
    return [(index, page.key) for index, page in enumerate(window.pages)]


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return (interface.text(QAccessible.Text.Name) or "").strip()


@pytest.fixture
def example_window(open_window: WindowFactory) -> MainWindow:
    window = open_window()
    example_case(window)
    settle(window)
    return window


def test_every_visible_input_on_every_step_has_a_spoken_name(
    qtbot: Any, example_window: MainWindow
) -> None:
    window = example_window
    unnamed: list[str] = []
    for index, key in steps(window):
        window.show_step(index)
        settle(window)
        for widget in shown_widgets(window, INPUT_TYPES):
            # Both what Qt's accessibility layer says and the name set on the widget itself.
            if not spoken_name(widget) or not widget.accessibleName().strip():
                unnamed.append(f"{key}: {describe(widget)}")
    assert unnamed == []
    # The frame's own lists are named after their visible captions.
    assert window.tree.accessibleName() == "People and their cases"
    assert window.step_list.accessibleName() == "Steps"


def test_nothing_is_cut_off_at_200_percent_on_any_step(
    qtbot: Any, open_window: WindowFactory, data_dir: Any
) -> None:
    settings_for(data_dir).setValue(settings_keys.TEXT_SCALE.key, 2.0)
    window = open_window()
    example_case(window)
    assert application().font().pointSizeF() == pytest.approx(24.0)
    problems: list[str] = []
    for index, key in steps(window):
        window.show_step(index)
        settle(window)
        for widget in shown_widgets(window, (QLabel, QPushButton, QCheckBox, QLineEdit)):
            reason = clipped(widget)
            if reason is not None:
                problems.append(f"{key}: {describe(widget)}: {reason}")
    if problems:
        pytest.fail("Cut off at 200%:\n" + "\n".join(problems))


def test_focus_ring_is_drawn_after_tab(qtbot: Any, example_window: MainWindow) -> None:
    window = example_window
    window.show_step(0)
    settle(window)
    window.step_list.setFocus(Qt.FocusReason.TabFocusReason)
    settle(window)
    qtbot.keyClick(window.step_list, Qt.Key.Key_Tab)
    settle(window)
    target = window.focusWidget()
    assert isinstance(target, INPUT_TYPES), describe(target) if target else None
    page = window.stack.currentWidget()
    assert page.isAncestorOf(target), "Tab from the step list goes into the page"
    after = window.grab().toImage()
    # Move the keyboard away again and compare the same pixels.
    window.step_list.setFocus(Qt.FocusReason.TabFocusReason)
    settle(window)
    before = window.grab().toImage()
    ring = QRect(target.mapTo(window, QPoint(0, 0)), target.size())
    focus_colour = QColor(theme.NORMAL.focus)
    scale = after.width() / window.width()

    def ring_pixels(image: QImage) -> int:
        count = 0
        for x in range(ring.left(), ring.right() + 1):
            for y in (ring.top(), ring.top() + 1, ring.bottom() - 1, ring.bottom()):
                colour = image.pixelColor(int(x * scale), int(y * scale))
                if abs(colour.red() - focus_colour.red()) + abs(
                    colour.green() - focus_colour.green()
                ) + abs(colour.blue() - focus_colour.blue()) < 40:
                    count += 1
        return count

    assert ring_pixels(after) > ring.width() * 2  # a solid line along top and bottom
    assert ring_pixels(before) < ring.width() // 2


def test_tab_order_runs_through_the_window_sensibly(
    qtbot: Any, example_window: MainWindow
) -> None:
    window = example_window
    window.show_step(0)
    settle(window)
    window.tree.setFocus(Qt.FocusReason.TabFocusReason)
    order: list[QWidget] = []
    for _ in range(400):
        widget = window.focusWidget()
        assert widget is not None
        if order and widget is window.tree:
            break
        order.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    expected_start = [
        window.tree, window.add_person_button, window.add_case_button, window.rename_button,
        window.delete_button, window.step_list,
    ]
    assert order[: len(expected_start)] == expected_start
    page = window.stack.currentWidget()
    page_part = order[len(expected_start):order.index(window.next_button) - 1]
    assert page_part and all(page.isAncestorOf(w) for w in page_part)
    back = order.index(window.next_button) - 1
    if window.back_button.isEnabled():
        assert order[back] is window.back_button
    tail = order[order.index(window.next_button) + 1:]
    assert tail == [window.todo_toggle, *window.readiness.links]


def test_next_puts_the_keyboard_in_the_first_input(
    qtbot: Any, example_window: MainWindow
) -> None:
    window = example_window
    window.show_step(0)
    settle(window)
    window.next_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.next_button, Qt.Key.Key_Space)
    settle(window)
    page = window.stack.currentWidget()
    assert page is window.pages[1]
    focused = window.focusWidget()
    assert focused is not None and page.isAncestorOf(focused)
    # The buttons' shortcuts press them visibly, so the page changes a moment later.
    qtbot.keyClick(focused, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.pages[2])
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.pages[1])
