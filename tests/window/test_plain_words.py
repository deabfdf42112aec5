"""Plain words in the window: language names, not codes; no jargon; the zone only if not ours."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from PySide6.QtWidgets import QLabel
from window_helpers import WindowFactory, example_case, new_case

from secondopinion_desktop.model import Appointment


def page_words(window: Any, key: str) -> str:
    window.go_to_step(key)
    page = window.stack.currentWidget()
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def test_the_preferred_language_is_shown_by_its_name(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    example_case(window)
    window.go_to_step("person")
    page = window.stack.currentWidget()
    case = window.current_case
    assert case.person.preferred_language == "en"
    assert page.preferred_language.text() == "English"
    # Leaving the field unchanged keeps what the file said.
    page.preferred_language.editingFinished.emit()
    assert case.person.preferred_language == "en"
    page.preferred_language.setText("Español")
    page.preferred_language.textEdited.emit("Español")
    page.preferred_language.editingFinished.emit()
    assert case.person.preferred_language == "Español"
    window.save(case.person, "preferred_language", "es")
    page.load()
    assert page.preferred_language.text() == "Español"


def test_no_unexplained_jargon(qtbot: Any, open_window: WindowFactory) -> None:
    window = open_window()
    new_case(window)
    assert "quarterback" not in page_words(window, "care_team")
    records = page_words(window, "records")
    assert "DICOM" not in records.replace("(called DICOM)", "")


def test_the_time_zone_is_named_only_when_it_is_not_this_computers(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    new_case(window)
    case = window.current_case
    here = datetime.now(UTC).astimezone().replace(microsecond=0) + timedelta(days=10)
    elsewhere_zone = timezone((here.utcoffset() or timedelta(0)) + timedelta(hours=3))
    elsewhere = here.astimezone(elsewhere_zone)
    window.workspace.add(case, "appointments", Appointment(with_doctor="Dr A", starts_at=here))
    window.workspace.add(
        case, "appointments", Appointment(with_doctor="Dr B", starts_at=elsewhere)
    )
    window.structure_changed()
    window.go_to_step("appointment")
    page = window.stack.currentWidget()
    lines = [page.editor.list.item(i).text() for i in range(page.editor.list.count())]
    assert len(lines) == 2
    mine = next(line for line in lines if "Dr A" in line)
    theirs = next(line for line in lines if "Dr B" in line)
    assert "(UTC" not in mine
    assert "(UTC" in theirs
