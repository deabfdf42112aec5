"""At large text a window can still be made narrower after the to-do button joined the Step
row: the row gives the button back to its own line instead of holding the window wide."""

from __future__ import annotations

from typing import Any

import pytest
from window_helpers import WindowFactory, example_case, settle


@pytest.mark.parametrize("scale", [1.5, 2.0])
def test_the_window_narrows_when_the_person_makes_it_narrower(
    qtbot: Any, open_window: WindowFactory, scale: float
) -> None:
    window = open_window(text_scale=scale, size=(1000, 700))
    example_case(window)
    window.show_step(1)
    settle(window)
    for width in (800, 650):
        window.resize(width, 700)
        settle(window)
        assert window.width() <= width + 2, (
            f"asked for {width} pixels at {round(scale * 100)}%, the window stays "
            f"{window.width()} wide (its least width is {window.minimumWidth()})"
        )
    assert window.todo_toggle.isVisible()
