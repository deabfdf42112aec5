"""Medical records: the usual list in one click, each record's progress kept after a restart."""

from __future__ import annotations

from datetime import date
from typing import Any

from pages_helpers import Windows, labelled, page_of, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from secondopinion_desktop.model.enums import RecordKind, RecordStatus, SentVia
from secondopinion_desktop.ui.pages.records_page import USUAL_KINDS, RecordsPage


def records_page(window: Any) -> RecordsPage:
    page = page_of(window, "records")
    assert isinstance(page, RecordsPage)
    return page


def labels(page: RecordsPage) -> list[str]:
    return [page.records.list.item(i).text() for i in range(page.records.list.count())]


def choose(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Pick an entry by pressing Down until it shows, as a keyboard user would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def test_usual_records_are_added_once_and_progress_comes_back(
    qtbot: Any, windows: Windows
) -> None:
    window = windows.open()
    page = records_page(window)
    qtbot.mouseClick(page.usual_button, Qt.MouseButton.LeftButton)
    assert labels(page) == [
        "Office notes - Needed",
        "Lab and test results - Needed",
        "Imaging reports - Needed",
        "Imaging disc (the pictures themselves) - Needed",
        "Pathology reports - Needed",
        "Pathology slides and blocks - Needed",
        "Medication list - Needed",
    ]
    qtbot.mouseClick(page.usual_button, Qt.MouseButton.LeftButton)
    assert page.records.list.count() == len(USUAL_KINDS)
    assert page.usual_note.text() == "All the usual records are already on the list."

    page.records.list.setCurrentRow(3)
    type_into(
        qtbot, labelled(page, "Held by (doctor's office or hospital)", QLineEdit), "City Hospital"
    )
    choose(qtbot, labelled(page, "Where it stands", QComboBox), "Requested")
    type_into(qtbot, labelled(page, "Requested on", QLineEdit), "10/5/2026")
    choose(qtbot, labelled(page, "How it was sent", QComboBox), "Fax")
    assert labels(page)[3] == (
        "Imaging disc (the pictures themselves) - held by City Hospital - Requested"
    )
    assert "(done)" not in window.step_list.item(4).text()

    window = windows.restart(window)
    page = records_page(window)
    assert labels(page)[3] == (
        "Imaging disc (the pictures themselves) - held by City Hospital - Requested"
    )
    case = window.current_case
    assert case is not None
    disc = case.records[3]
    assert disc.kind == RecordKind.IMAGING_DISC
    assert disc.status == RecordStatus.REQUESTED
    assert disc.requested_on == date(2026, 10, 5)
    assert disc.via == SentVia.FAX
    assert [r.status for r in case.records].count(RecordStatus.NEEDED) == 6


def test_done_when_nothing_is_still_needed_and_removal_asks(
    qtbot: Any, windows: Windows, monkeypatch: Any
) -> None:
    window = windows.open()
    page = records_page(window)
    assert "(done)" not in window.step_list.item(4).text()
    qtbot.mouseClick(page.records.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.records.add_button, Qt.MouseButton.LeftButton)
    # A new record takes the first usual kind not yet listed.
    assert labels(page) == ["Office notes - Needed", "Lab and test results - Needed"]
    type_into(qtbot, labelled(page, "Description", QLineEdit), "Blood tests, May")
    choose(qtbot, labelled(page, "Where it stands", QComboBox), "Sent")
    type_into(qtbot, labelled(page, "Sent on", QLineEdit), "not sure yet")
    problems = [
        label.text() for label in page.findChildren(QLabel)
        if label.objectName() == "fieldError" and label.isVisibleTo(page)
    ]
    assert len(problems) == 1 and problems[0]
    assert labelled(page, "Sent on", QLineEdit).text() == "not sure yet"
    assert "(done)" not in window.step_list.item(4).text()

    # Choosing another record would lose "not sure yet": the list stays on this record.
    page.records.list.setCurrentRow(0)
    assert page.records.list.currentRow() == 1
    assert labelled(page, "Sent on", QLineEdit).text() == "not sure yet"
    sent_on = labelled(page, "Sent on", QLineEdit)
    sent_on.clear()
    sent_on.editingFinished.emit()

    monkeypatch.setattr(window, "confirm", lambda q, _y: "Office notes" in q)
    page.records.list.setCurrentRow(0)
    assert page.records.list.currentRow() == 0
    qtbot.mouseClick(page.records.remove_button, Qt.MouseButton.LeftButton)
    assert labels(page) == ["Lab and test results: Blood tests, May - Sent"]
    assert "(done)" in window.step_list.item(4).text()

    window = windows.restart(window)
    page = records_page(window)
    assert labels(page) == ["Lab and test results: Blood tests, May - Sent"]
    case = window.current_case
    assert case is not None and case.records[0].sent_on is None
    assert "(done)" in window.step_list.item(4).text()
