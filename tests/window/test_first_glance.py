"""While the store opens, the people and cases already show, from its light first read; they
can be chosen only once the store is open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from windows import WindowFactory

from secondopinion_desktop.services.people_preview import glance_people
from secondopinion_desktop.services.workspace import Workspace
from secondopinion_desktop.storage.store import open_store


def _tree_words(window: Any) -> list[str]:
    tree = window.people_list.tree
    words: list[str] = []
    for i in range(tree.topLevelItemCount()):
        person = tree.topLevelItem(i)
        words.append(person.text(0))
        words += [person.child(j).text(0) for j in range(person.childCount())]
    return words


def test_names_show_before_the_store_opens_and_are_chosen_after(
    qtbot: Any, open_window: WindowFactory, data_dir: Path
) -> None:
    store = open_store(data_dir)
    workspace = Workspace(store)
    rosa = workspace.add_person("Rosa Díaz")
    workspace.add_case(rosa, "Knee")
    workspace.add_case(rosa, "")
    workspace.add_person("")
    workspace.close()
    store.close()

    window = open_window(attach=False)
    glance = glance_people(data_dir)
    assert glance is not None
    window.show_glance(glance)
    before = _tree_words(window)
    assert before == ["Rosa Díaz", "Knee", "(untitled case)", "(no name yet)"]
    assert not window.people_list.tree.isEnabled()  # seen, not chosen, until the store opens
    assert not any(button.isEnabled() for button in window.people_list.buttons())
    assert window.current_case is None

    window.attach(open_store(data_dir))
    assert _tree_words(window) == before
    assert window.people_list.tree.isEnabled()
    assert all(button.isEnabled() for button in window.people_list.buttons())
    case_item = window.people_list.tree.topLevelItem(0).child(0)
    window.people_list.tree.setCurrentItem(case_item)
    assert window.current_case is not None and window.current_case.title == "Knee"
