"""On a 1024x768 screen at 200% text, in English and Spanish, normal and high contrast, the bars
above the page are slim and every step opens with its heading and its first input in view: an
introduction's further advice sits by the inputs it is about, never above the first of them.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QWidget
from window_helpers import WindowFactory, example_case, settle

from secondopinion_desktop.ui import focus
from secondopinion_desktop.ui.main_window import MainWindow

LOOKS = [("en", False), ("es", False), ("en", True), ("es", True)]
LOOK_IDS = ["english", "spanish", "english-high-contrast", "spanish-high-contrast"]


def _top_in(widget: QWidget, viewport: QWidget) -> int:
    return widget.mapTo(viewport, QPoint(0, 0)).y()


def first_view_problems(window: MainWindow) -> list[str]:
    """What is wrong with the first view of each step."""
    problems: list[str] = []
    for index, page in enumerate(window.pages):
        window.show_step(index)
        settle(window)
        viewport = page.viewport()
        heading = next(
            label for label in page.inner.findChildren(QLabel) if label.isVisibleTo(window)
        )
        if _top_in(heading, viewport) + heading.height() > viewport.height():
            problems.append(f"{page.key}: its heading is not in view")
        stops = focus.tab_stops(page, window)
        if not stops:
            problems.append(f"{page.key}: nothing to type in or press")
            continue
        first = stops[0]
        top = _top_in(first, viewport)
        # Its first line at least: a list or a notes box may go on below the fold.
        line = min(first.height(), first.fontMetrics().lineSpacing() + 8)
        if top < 0 or top + line > viewport.height():
            problems.append(
                f"{page.key}: its first input ({first.accessibleName()!r}) starts at {top}, "
                f"the page shows {viewport.height()} pixels without scrolling"
            )
    return problems


@pytest.mark.parametrize("looks", LOOKS, ids=LOOK_IDS, indirect=True)
def test_every_step_shows_its_first_input_without_scrolling_at_200_percent_on_1024x768(
    qtbot: Any, open_window: WindowFactory, looks: str
) -> None:
    window = open_window(looks, text_scale=2.0)
    example_case(window)
    settle(window)
    area = window.screen().availableGeometry()
    assert (area.width(), area.height()) == (1024, 768)
    assert window.isMaximized()
    assert window.frameGeometry().height() <= area.height()
    # The case, the step, the buttons that bring back the columns and the to-do toggle: two
    # rows at most, never more than a sixth of the window.
    page_top = window.stack.mapTo(window, QPoint(0, 0)).y()
    bars = page_top - window.menuBar().height()
    assert bars <= window.height() // 6, f"the bars above the page take {bars} pixels"
    for needed in (
        window.case_chooser,
        window.show_people_button,
        window.step_chooser,
        window.show_steps_button,
        window.todo_toggle,
    ):
        assert needed.isVisible() and needed.mapTo(window, QPoint(0, 0)).y() < page_top
    problems = first_view_problems(window)
    assert problems == [], "Scroll needed to reach the first input:\n" + "\n".join(problems)
