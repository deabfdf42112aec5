"""After a save the frame shows what changed (ticks, to-do list, heading, names), as a fresh
opening of the case would, without making the step list anew when no tick changed."""

from __future__ import annotations

from typing import Any

from window_helpers import WindowFactory, example_case, new_case

from secondopinion_desktop.model import Reason
from secondopinion_desktop.model.enums import ReasonCode
from secondopinion_desktop.services.readiness import readiness


def frame_words(window: Any) -> tuple[list[str], list[str], list[str], str, str]:
    steps = [window.step_list.item(i).text() for i in range(window.step_list.count())]
    chooser = [window.step_chooser.itemText(i) for i in range(window.step_chooser.count())]
    links = [link.text_shown() for link in window.readiness.links]
    return steps, chooser, links, window.case_heading.text(), window.todo_toggle.text_shown()


def test_a_diagnosis_written_ticks_its_step_and_leaves_the_to_do_list(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    new_case(window)
    case = window.current_case
    assert window.step_list.item(0).text().startswith("\u2003 About the diagnosis")
    assert "Write down the diagnosis you were given." in frame_words(window)[2]
    window.save(case, "diagnosis_current", "Osteoarthritis of the knee")
    steps, chooser, links, _heading, _toggle = frame_words(window)
    assert "Write down the diagnosis you were given." not in links
    assert steps[0].startswith("\u2003 About the diagnosis")  # the reasons are still missing
    # Straight through the workspace, as visit mode and the importer save: the frame follows.
    window.workspace.add(case, "reasons", Reason(code=ReasonCode.TREATMENT_NOT_WORKING))
    steps, chooser, links, _heading, _toggle = frame_words(window)
    assert steps[0] == "\u2713 About the diagnosis (done)"
    assert chooser[0] == "1 of 11: About the diagnosis (done)"
    assert "Choose why you want another opinion." not in links
    assert not readiness(case).by_step["diagnosis"]
    # Exactly what opening the case afresh shows.
    after_saves = frame_words(window)
    window.open_case(window.workspace.case(case.id))
    assert frame_words(window) == after_saves


def test_renaming_the_case_and_the_person_shows_in_the_heading_and_the_list(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    new_case(window, "Rosa Diaz", "Knee")
    case = window.current_case
    window.save(case, "title", "Left knee")
    window.save(case.person, "full_name", "Rosa M. Diaz")
    assert window.case_heading.text() == "Rosa M. Diaz \u2014 Left knee"
    item = window.tree.currentItem()
    assert item.text(0) == "Left knee"
    assert item.parent().text(0) == "Rosa M. Diaz"
    row = window.case_chooser.findData(case.id)
    assert window.case_chooser.itemText(row) == "Rosa M. Diaz \u2014 Left knee"


def test_a_save_that_ticks_nothing_leaves_the_step_list_and_links_as_they_were(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    window.reload_tree(select_case_id=example_case(window))
    window.show_step(1)
    case = window.current_case
    items = [window.step_list.item(i) for i in range(window.step_list.count())]
    links = list(window.readiness.links)
    before = frame_words(window)
    window.save(case, "in_my_words", "Stairs are the worst")
    window.save(case, "in_my_words", "Stairs are the worst part")
    assert frame_words(window) == before
    # The same rows and links, not new ones: the keyboard and the scroll stay where they were.
    assert [window.step_list.item(i) for i in range(window.step_list.count())] == items
    assert window.readiness.links == links
    assert window.step_list.currentRow() == 1


def test_a_change_to_another_case_leaves_the_open_case_alone(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    other = new_case(window, "Ana Ruiz", "Heart")
    new_case(window, "Rosa Diaz", "Knee")
    before = frame_words(window)
    window.save(window.workspace.case(other), "title", "Heart valve")
    assert frame_words(window) == before
    assert window.case_heading.text() == "Rosa Diaz \u2014 Knee"


def test_each_save_refreshes_the_frame_once(
    qtbot: Any, open_window: WindowFactory, monkeypatch: Any
) -> None:
    window = open_window()
    new_case(window)
    case = window.current_case
    told: list[object] = []
    # The window's listener, as subscribed: count how often one save reaches it.
    [listener] = window.workspace.listeners
    window.workspace.listeners[:] = [lambda change: (told.append(change), listener(change))]
    window.save(case, "diagnosis_current", "Osteoarthritis of the knee")
    assert len(told) == 1


def test_going_from_step_to_step_keeps_the_step_list(
    qtbot: Any, open_window: WindowFactory, monkeypatch: Any
) -> None:
    window = open_window()
    example_case(window)
    drawn: list[int] = []
    draw = window.navigator.show_steps
    monkeypatch.setattr(window.navigator, "show_steps", lambda *a: (drawn.append(1), draw(*a)))
    before = frame_words(window)[0]
    for _ in range(3):
        window.next_button.click()
    window.back_button.click()
    assert drawn == []  # nothing was ticked or unticked: the list is the one already there
    assert frame_words(window)[0] == before
    assert window.step_list.currentRow() == 2
