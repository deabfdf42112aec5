"""The to-do list folded in the steps column: its button keeps the height of its words and the
steps take the room, all of them in view (the button had grown to fill the column while the
step list scrolled its last steps away)."""

from __future__ import annotations

from typing import Any

from window_helpers import WindowFactory, example_case, settle


def test_a_folded_to_do_list_leaves_the_column_to_the_steps(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window(size=(1024, 740))
    example_case(window)
    window.show_step(2)
    settle(window)
    assert window.todo_box.parentWidget() is window.steps_holder  # in the column at this size
    if window.todo_toggle.isChecked():
        window.todo_toggle.click()
    settle(window)
    toggle = window.todo_toggle
    assert toggle.height() < window.fontMetrics().lineSpacing() * 3  # one line of words
    assert window.step_list.verticalScrollBar().maximum() == 0  # every step in view
    # Opened again, the list of what is still to do takes the room under the steps.
    toggle.click()
    settle(window)
    assert window.readiness_scroll.isVisible()
    assert window.readiness_scroll.height() > toggle.height() * 2


def test_the_window_still_gets_shorter_with_the_to_do_list_folded(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window(size=(1024, 740))
    example_case(window)
    settle(window)
    if window.todo_toggle.isChecked():
        window.todo_toggle.click()
    settle(window)
    window.resize(1024, 480)
    settle(window)
    assert window.height() <= 482, f"the window stays {window.height()} tall"
