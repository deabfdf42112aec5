"""The to-do button in the Step row keeps its words on one line when the count of things still
to do goes from one digit to two: its size follows its words whenever they change (at its own
preferred width "Still to do (9)" had wrapped onto two lines)."""

from __future__ import annotations

from typing import Any

from window_helpers import WindowFactory, new_case, settle

from secondopinion_desktop.ui.main_window import MainWindow
from secondopinion_desktop.ui.readiness_panel import WrappingLinkButton


def one_line(button: WrappingLinkButton) -> int:
    """The height of the button with its words on a single line."""
    return button.heightForWidth(10_000)


def check_one_line(window: MainWindow, count: int) -> None:
    toggle = window.todo_toggle
    assert len(window.readiness.items) == count
    assert toggle.text_shown() == f"Still to do ({count})"
    preferred = toggle.sizeHint()
    assert toggle.heightForWidth(preferred.width()) == one_line(toggle), (
        f"{toggle.text_shown()!r} wraps at its own preferred width, {preferred.width()}"
    )
    assert preferred.height() == one_line(toggle)
    assert toggle.height() == one_line(toggle), f"{toggle.text_shown()!r} is {toggle.height()} tall"
    assert toggle.minimumWidth() >= preferred.width()


def test_the_step_row_to_do_button_follows_a_count_from_9_to_10(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window(text_scale=1.5, size=(1024, 740))
    new_case(window)  # ten things still to do
    if window.todo_toggle.isChecked():
        window.todo_toggle.click()  # folded: the button shows the count
    window.show_step(5)  # a wide page: one side column fits beside it
    settle(window)
    window.show_people_button.click()  # the people come back, the steps fold into the Step row
    settle(window)
    assert window.todo_toggle.parentWidget() is window.steps_row
    assert window.current_case is not None
    window.save(window.current_case, "diagnosis_current", "Osteoarthritis")
    settle(window)
    check_one_line(window, 9)
    window.save(window.current_case, "diagnosis_current", "")
    settle(window)
    check_one_line(window, 10)
