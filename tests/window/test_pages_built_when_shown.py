"""Step pages are built when first shown; the step list, the to-do list and closing never need
the others, and a page built late shows the open case at the text size in use."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from window_helpers import WindowFactory, example_case, new_case

from secondopinion_desktop.services.readiness import readiness
from secondopinion_desktop.ui.pages.base import StepPage


def built_keys(window: Any) -> list[str]:
    return [page.key for page in window.pages.built()]


def test_opening_a_case_builds_only_the_step_it_opens_on(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    window.reload_tree(select_case_id=example_case(window))
    assert built_keys(window) == ["diagnosis"]
    assert len(window.stack.findChildren(StepPage)) == 1
    # Every step is still listed, ticked by the readiness rule, not by built pages.
    state = readiness(window.current_case)
    texts = [window.step_list.item(i).text() for i in range(window.step_list.count())]
    assert len(texts) == 11
    assert "Review and print" in texts[7] and texts[8].startswith("After the visit:\n")
    for text, key in zip(texts, window.pages.step_keys(), strict=True):
        assert text.splitlines()[-1].startswith("\u2713 ") == state.done(key)
    assert window.readiness.links  # the to-do list is there without its steps' pages


def test_next_builds_the_next_step_on_the_open_case(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    new_case(window, "Rosa Diaz", "Knee")
    window.next_button.click()
    assert built_keys(window) == ["diagnosis", "person"]
    page = window.stack.currentWidget()
    assert isinstance(page, StepPage) and page.key == "person"
    names = [w.text() for w in page.findChildren(QLineEdit)]
    assert "Rosa Diaz" in names
    # The keyboard lands in the new page, and Tab from Next still reaches the to-do links.
    focused = QApplication.focusWidget()
    assert focused is not None and page.isAncestorOf(focused)
    assert window.next_button.nextInFocusChain() is window.todo_toggle


def test_a_link_to_a_step_not_built_yet_builds_it_and_goes_there(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    new_case(window)
    link = next(link for link in window.readiness.links if "questions" in link.text_shown())
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget().key == "questions"
    assert "questions" in built_keys(window) and "records" not in built_keys(window)


def test_reopening_builds_the_step_it_comes_back_to(
    qtbot: Any, open_window: WindowFactory, data_dir: Path
) -> None:
    window = open_window()
    case_id = example_case(window)
    window.reload_tree(select_case_id=case_id)
    window.show_step(4)
    window.close()
    again = open_window()
    assert built_keys(again) == ["records"]
    assert again.stack.currentWidget() is again.pages[4]
    assert again.step_list.currentRow() == 4


def test_a_page_built_after_a_text_size_change_has_the_new_size(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    new_case(window)
    first = window.pages[0].heading.font().pointSizeF()
    window.actions_.larger_text()
    window.show_step(5)
    late = window.pages[5]
    assert late.heading.font().pointSizeF() == window.pages[0].heading.font().pointSizeF()
    assert late.heading.font().pointSizeF() > first


def test_closing_with_pages_never_built_closes(qtbot: Any, open_window: WindowFactory) -> None:
    window = open_window()
    new_case(window)
    window.save(window.current_case, "in_my_words", "Stairs")
    assert window.unreadable_value() is None
    assert window.close()


def test_a_page_shown_for_the_first_time_reads_the_case_once(
    qtbot: Any, open_window: WindowFactory, monkeypatch: Any
) -> None:
    loads: list[str] = []
    read = StepPage.load

    def counted(page: StepPage) -> None:
        loads.append(page.key)
        read(page)

    monkeypatch.setattr(StepPage, "load", counted)
    window = open_window()
    example_case(window)  # imported and opened on its first step
    assert loads == ["diagnosis"]
    window.next_button.click()
    assert loads == ["diagnosis", "person"]
    window.back_button.click()  # shown again: read again (another program may have saved)
    assert loads == ["diagnosis", "person", "diagnosis"]
