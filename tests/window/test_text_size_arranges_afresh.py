"""A text size changed while the window is open arranges the side columns as a fresh start at
that size does (from 150% back to 100% at 1024 wide the people column had stayed folded: a
page built at the larger size kept its old least width), and a column folded by hand stays
folded."""

from __future__ import annotations

from typing import Any

import pytest
from window_helpers import WindowFactory, example_case, settle

from secondopinion_desktop.ui.main_window import MainWindow


def columns(window: MainWindow) -> tuple[bool, bool]:
    """Which side columns show: the people, the steps."""
    return window.people_column.isVisible(), window.steps_holder.isVisible()


@pytest.mark.parametrize(("start", "then"), [(1.5, 1.0), (2.0, 1.0), (1.0, 2.0), (2.0, 1.5)])
def test_a_live_text_size_arranges_the_columns_as_a_fresh_start(
    qtbot: Any, open_window: WindowFactory, start: float, then: float
) -> None:
    window = open_window(text_scale=then, size=(1024, 740))
    example_case(window)
    settle(window)
    fresh = columns(window)
    window.close()
    window = open_window(text_scale=start, size=(1024, 740))
    settle(window)
    window.actions_.set_text_scale(then)
    settle(window)
    assert columns(window) == fresh, (
        f"{round(start * 100)}% then {round(then * 100)}%: (people, steps) shown {columns(window)}"
        f", a start at {round(then * 100)}% shows {fresh}"
    )


def test_a_people_column_folded_by_hand_stays_folded_at_a_smaller_text_size(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window(text_scale=1.0, size=(1024, 740))
    example_case(window)
    settle(window)
    window.actions_.people_action.setChecked(False)  # View > Show people and cases, off
    window.actions_.set_text_scale(1.5)
    settle(window)
    window.actions_.set_text_scale(1.0)
    settle(window)
    assert not window.people_column.isVisible()
    assert window.case_chooser.isVisible() and window.steps_holder.isVisible()

