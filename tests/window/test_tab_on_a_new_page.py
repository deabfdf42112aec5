"""On a step shown for the first time, Tab goes from the step list into the page, not to Back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from window_helpers import WindowFactory, example_case, settle


def test_tab_on_a_page_shown_for_the_first_time(qtbot: Any, open_window: WindowFactory) -> None:
    window = open_window(size=(1300, 760))
    example_case(window)
    settle(window)
    window.show_step(1)
    settle(window)
    window.step_list.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.step_list, Qt.Key.Key_Tab)
    nxt = window.focusWidget()
    page = window.stack.currentWidget()
    assert page.isAncestorOf(nxt), f"after the step list Tab goes to {nxt.accessibleName() or nxt}"
