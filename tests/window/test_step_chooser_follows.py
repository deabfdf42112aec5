"""With the list of steps folded, the Step chooser above the page names the step shown, after
Next, Back and a link in the to-do list, not the one shown before."""

from __future__ import annotations

from typing import Any

from window_helpers import WindowFactory, example_case, settle


def test_the_step_chooser_names_the_step_shown_after_next_and_back(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window(text_scale=2.0, size=(1024, 700))
    example_case(window)
    settle(window)
    assert window.step_chooser.isVisible(), "at 200% on 1024 the steps fold into the chooser"
    window.show_step(0)
    settle(window)
    for index in (1, 2, 3, 2):
        window.show_step(index, focus_page=True)
        settle(window)
        assert window.stack.currentWidget() is window.pages[index]
        assert window.step_chooser.currentIndex() == index, (
            f"the page shows step {index + 1} but the chooser says "
            f"{window.step_chooser.currentText()!r}"
        )
    window.next_button.click()
    settle(window)
    assert window.step_chooser.currentIndex() == 3
