"""A save puts the tabs in order again only when it made something Tab stops at.

Walking the focus chain of a long page (the Recap of a case with many questions) after every
autosave was most of what typing there cost; a save that made nothing new leaves the order
alone, and one that made an input still has Tab reach it before Back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from window_helpers import WindowFactory, example_case, settle

from secondopinion_desktop.ui.fields import TextBinding


def _count_orderings(window: Any) -> list[int]:
    calls: list[int] = []
    original = window._order_tabs

    def counted() -> None:
        calls.append(1)
        original()

    window._order_tabs = counted
    return calls


def _type_into(window: Any, binding: TextBinding, words: str) -> None:
    binding.widget.setPlainText(words)
    binding.flush()
    window.repaint()


def _tab_stop_before(widget: QWidget) -> QWidget:
    previous = widget.previousInFocusChain()
    while not previous.focusPolicy() & Qt.FocusPolicy.TabFocus:
        previous = previous.previousInFocusChain()
    return previous


def test_typing_on_every_step_leaves_the_tab_order_alone(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window(size=(1300, 760))
    example_case(window)
    for key in ("diagnosis", "insurance", "records", "questions", "recap", "decision"):
        window.go_to_step(key)
        settle(window)
        page = window.stack.currentWidget()
        binding = next(
            b for b in page.bindings if isinstance(b, TextBinding) and b.target() is not None
        )
        calls = _count_orderings(window)
        for n in range(3):
            _type_into(window, binding, f"Words typed on {key}, pause {n}")
        assert getattr(binding.target(), binding.attribute) == f"Words typed on {key}, pause 2"
        assert calls == [], f"{key}: the tabs were put in order again after a plain save"
        del window._order_tabs


def test_an_input_made_by_a_save_is_reached_by_tab_before_back(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window(size=(1300, 760))
    example_case(window)
    window.go_to_step("recap")
    settle(window)
    page = window.stack.currentWidget()
    binding = next(b for b in page.bindings if isinstance(b, TextBinding))
    made: list[QLineEdit] = []

    def make_an_input() -> None:
        # As a page whose save adds a row would: the new input joins the chain at its end.
        if not made:
            made.append(QLineEdit(page.widget()))
            page.widget().layout().addWidget(made[0])
            made[0].show()

    page.on_saved = make_an_input
    _type_into(window, binding, "What the doctor said")
    assert made
    assert _tab_stop_before(window.back_button) is made[0]
