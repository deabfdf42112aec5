"""A case imported from the command line while the window is open shows in the list as soon
as the person comes back to the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from window_helpers import WindowFactory, new_case

from secondopinion_desktop.services.bundle import example_case_text, parse_bundle
from secondopinion_desktop.services.case_transfer import import_case
from secondopinion_desktop.storage.store import open_store


def _listed(window: Any) -> list[str]:
    tree = window.people_list.tree
    return [
        tree.topLevelItem(i).child(j).text(0)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]


def test_coming_back_to_the_window_lists_a_case_imported_meanwhile(
    qtbot: Any, open_window: WindowFactory, data_dir: Path
) -> None:
    window = open_window()
    new_case(window, "Rosa Diaz", "Knee")
    window.save(window.current_case, "diagnosis_current", "Osteoarthritis")
    assert _listed(window) == ["Knee"]

    other = open_store(data_dir)  # as the command line does, beside the open window
    try:
        added = import_case(other, parse_bundle(example_case_text()))
    finally:
        other.close()

    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert window.isActiveWindow()
    assert len(_listed(window)) == 2
    assert added in window.people_list.shown_case_ids()
    # The open case stays open, with what was typed.
    assert window.current_case is not None and window.current_case.title == "Knee"
    assert window.current_case.diagnosis_current == "Osteoarthritis"


def test_coming_back_keeps_a_date_the_window_could_not_read(
    qtbot: Any, open_window: WindowFactory, data_dir: Path
) -> None:
    from PySide6.QtCore import Qt

    from secondopinion_desktop.ui.fields import DateField

    window = open_window()
    new_case(window, "Rosa Diaz", "Knee")
    window.show_step(0)
    field = window.pages[0].findChildren(DateField)[0]
    field.line.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(field.line, "the thirty-second of Smarch")
    window.flush_all()
    assert window.unreadable_value() is not None

    other = open_store(data_dir)
    try:
        import_case(other, parse_bundle(example_case_text()))
    finally:
        other.close()
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))

    # What was typed is still there for the person to correct (the list catches up later).
    assert field.line.text() == "the thirty-second of Smarch"
