"""The people list and the step navigator on their own: what they show and the signals they send."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QComboBox

from secondopinion_desktop.services.workspace import Workspace
from secondopinion_desktop.storage.store import open_store
from secondopinion_desktop.ui.people_list import PeopleList
from secondopinion_desktop.ui.step_navigator import StepNavigator


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    workspace = Workspace(open_store(folder))
    yield workspace
    workspace.close()
    workspace.store.close()


def test_the_people_list_says_which_case_or_person_was_chosen(
    qtbot: Any, workspace: Workspace
) -> None:
    rosa = workspace.add_person("Rosa Diaz")
    knee = workspace.add_case(rosa, "Knee")
    heart = workspace.add_case(rosa, "")
    people = PeopleList()
    qtbot.addWidget(people)
    chooser = QComboBox()
    qtbot.addWidget(chooser)
    people.use_chooser(chooser)
    cases: list[int] = []
    persons: list[int] = []
    people.case_chosen.connect(cases.append)
    people.person_chosen.connect(persons.append)
    assert people.fill(workspace.people(), knee.id)
    people.fill_chooser(workspace.people(), knee.id)
    assert cases == [knee.id]
    person_item = people.tree.topLevelItem(0)
    assert person_item.text(0) == "Rosa Diaz"
    assert [person_item.child(i).text(0) for i in range(2)] == ["Knee", "(untitled case)"]
    assert [chooser.itemText(i) for i in range(2)] == [
        "Rosa Diaz \u2014 Knee", "Rosa Diaz \u2014 (untitled case)"
    ]
    people.tree.setCurrentItem(person_item)
    assert persons == [rosa.id] and people.chosen_case_id() is None
    # Choosing in the compact chooser is choosing in the list.
    chooser.activated.emit(1)
    assert cases == [knee.id, heart.id] and people.chosen_case_id() == heart.id
    assert not people.fill(workspace.people(), 999)  # no such case: nothing chosen


def test_the_people_list_shows_a_new_name_in_the_list_and_the_chooser(
    qtbot: Any, workspace: Workspace
) -> None:
    knee = workspace.add_case(workspace.add_person("Rosa Diaz"), "Knee")
    people = PeopleList()
    qtbot.addWidget(people)
    chooser = QComboBox()
    qtbot.addWidget(chooser)
    people.use_chooser(chooser)
    people.fill(workspace.people(), knee.id)
    people.fill_chooser(workspace.people(), knee.id)
    workspace.set(knee, "title", "Left knee")
    people.rename(knee)
    assert people.tree.topLevelItem(0).child(0).text(0) == "Left knee"
    assert chooser.itemText(0) == "Rosa Diaz \u2014 Left knee"


def test_the_navigator_ticks_steps_and_says_which_was_chosen(qtbot: Any) -> None:
    steps = StepNavigator()
    qtbot.addWidget(steps)
    chooser = QComboBox()
    qtbot.addWidget(chooser)
    steps.use_chooser(chooser)
    chosen: list[int] = []
    picked: list[int] = []
    steps.step_chosen.connect(chosen.append)
    steps.step_picked.connect(picked.append)
    steps.show_steps(["About me", "Review", "Recap"], [True, False, False], [False, False, True])
    assert [steps.list.item(i).text() for i in range(3)] == [
        "\u2713 About me (done)", "\u2003 Review", "After the visit:\n\u2003 Recap"
    ]
    assert [chooser.itemText(i) for i in range(3)] == [
        "1 of 3: About me (done)", "2 of 3: Review", "3 of 3: Recap"
    ]
    steps.set_current(2)  # shown by the window: not a choice
    assert chosen == [] and steps.current() == 2
    steps.list.setCurrentRow(1)
    chooser.activated.emit(0)
    assert chosen == [1] and picked == [0]
