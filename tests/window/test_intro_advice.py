"""The advice that no longer opens a step is still on it, next to the inputs it is about."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QWidget
from window_helpers import WindowFactory, example_case, settle

from secondopinion_desktop.ui import focus
from secondopinion_desktop.ui.main_window import MainWindow
from secondopinion_desktop.ui.pages.base import StepPage


def _top(widget: QWidget, page: StepPage) -> int:
    return widget.mapTo(page.inner, QPoint(0, 0)).y()


def _shown_label(page: StepPage, window: MainWindow, words: str) -> QLabel:
    found = [
        label
        for label in page.inner.findChildren(QLabel)
        if words in label.text() and label.isVisibleTo(window)
    ]
    assert len(found) == 1, f"{page.key}: {words!r} is shown once"
    return found[0]


def _section(page: StepPage, window: MainWindow, title: str) -> QLabel:
    label = _shown_label(page, window, title)
    assert label.objectName() == "sectionHeading" and label.text() == title
    return label


# step, words of the moved advice, what it follows, what it comes before.
WHERE = [
    (
        "insurance",
        "With Medicare: Part B covers a second opinion",
        lambda page, window: _section(page, window, "What the plan says"),
        lambda page, window: page.requires,
    ),
    (
        "care_team",
        "Choose someone who does not work closely with the first doctor.",
        lambda page, window: page.doctors.add_button,
        lambda page, window: page.doctors.details,
    ),
    (
        "records",
        "(called DICOM)",
        lambda page, window: _section(page, window, "When you ask for records"),
        lambda page, window: page.records.list,
    ),
    (
        "review",
        "one to give the doctor",
        lambda page, window: _section(page, window, "Print the visit summary"),
        lambda page, window: page.printout,
    ),
    (
        "review",
        "a box for the last 15 minutes of the visit",
        lambda page, window: _section(page, window, "Print the visit summary"),
        lambda page, window: page.printout,
    ),
    (
        "compare",
        "about 21 in 100 people who asked for one left with a new diagnosis",
        lambda page, window: _section(page, window, "Side by side"),
        lambda page, window: page.side_empty if page.side_empty.isVisible() else page.grid_holder,
    ),
]


@pytest.mark.parametrize(
    ("key", "words", "after", "before"), WHERE, ids=[f"{row[0]}-{i}" for i, row in enumerate(WHERE)]
)
def test_moved_advice_is_shown_below_the_first_input_and_beside_what_it_is_about(
    qtbot: Any, open_window: WindowFactory, key: str, words: str, after: Any, before: Any
) -> None:
    window = open_window(text_scale=2.0)
    example_case(window)
    window.go_to_step(key)
    settle(window)
    page = window.stack.currentWidget()
    assert isinstance(page, StepPage) and page.key == key
    advice = _shown_label(page, window, words)
    first_input = focus.tab_stops(page, window)[0]
    assert _top(first_input, page) < _top(advice, page)
    assert _top(after(page, window), page) < _top(advice, page) < _top(before(page, window), page)
