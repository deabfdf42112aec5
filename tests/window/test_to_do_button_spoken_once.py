"""The to-do button in the Step row (short words such as "Still to do (3)") is read once: its
name is the full sentence, and its hover help, which a screen reader reads after the name, says
only what the name does not (it had been the same sentence, read twice)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible
from window_helpers import WindowFactory, example_case, settle


def test_the_step_row_to_do_button_says_its_sentence_once(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window(text_scale=1.5, size=(1024, 740))
    example_case(window)
    window.show_step(5)  # a wide page: one side column fits beside it
    settle(window)
    window.show_people_button.click()  # the people come back, the steps fold into the Step row
    settle(window)
    toggle = window.todo_toggle
    assert toggle.parentWidget() is window.steps_row, "at 150% on 1024 it joins the Step row"
    count = len(window.readiness.items)
    for _ in range(2):  # shut, then open
        spoken = QAccessible.queryAccessibleInterface(toggle)
        assert spoken is not None
        name = spoken.text(QAccessible.Text.Name)
        description = spoken.text(QAccessible.Text.Description)
        assert toggle.text_shown() != name, "the short words are not the whole sentence"
        if not toggle.isChecked():
            assert f"({count})" in name and f"({count})" not in description
        assert not description or (description not in name and name not in description), (
            f"{name!r} is read, then {description!r}"
        )
        assert description == toggle.toolTip()  # what a mouse user sees on hover
        toggle.click()
        settle(window)
