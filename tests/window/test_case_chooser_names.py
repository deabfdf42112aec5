"""The compact case chooser (the people list folded on a narrow window) follows renames:
its lines and the words it shows on hover name the person and the case as they are now."""

from __future__ import annotations

from typing import Any

from window_helpers import WindowFactory, settle

DASH = "\u2014"


def test_the_folded_chooser_names_the_renamed_person_and_case_on_hover(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window(text_scale=2.0, size=(1024, 768))
    person = window.workspace.add_person("Rosa Diaz")
    other = window.workspace.add_case(person, "Hip")
    case = window.workspace.add_case(person, "Knee")
    window.reload_tree(select_case_id=case.id)
    settle(window)
    chooser = window.case_chooser
    assert not window.people_column.isVisible(), "a narrow window folds the people list"
    assert chooser.isVisible()
    assert chooser.toolTip() == f"Rosa Diaz {DASH} Knee"

    window.save(window.current_case.person, "full_name", "Rosa M. Diaz")
    assert chooser.toolTip() == f"Rosa M. Diaz {DASH} Knee"
    window.save(window.current_case, "title", "Left knee")
    assert chooser.toolTip() == f"Rosa M. Diaz {DASH} Left knee"
    assert chooser.currentText() == chooser.toolTip()
    # The person's other case is renamed in the chooser too: one person, one name.
    assert chooser.itemText(chooser.findData(other.id)) == f"Rosa M. Diaz {DASH} Hip"
    # And the people list, when it comes back, shows the new names on hover as well.
    item = window.tree.currentItem()
    assert (item.toolTip(0), item.parent().toolTip(0)) == ("Left knee", "Rosa M. Diaz")

    # Choosing the other case there: the hover words follow it.
    chooser.setCurrentIndex(chooser.findData(other.id))
    chooser.activated.emit(chooser.currentIndex())
    settle(window)
    assert window.current_case.id == other.id
    assert chooser.toolTip() == f"Rosa M. Diaz {DASH} Hip"
