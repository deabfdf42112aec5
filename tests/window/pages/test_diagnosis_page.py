"""About the diagnosis: typed answers, the reasons checklist, and awkward text all come back."""

from __future__ import annotations

from datetime import date
from typing import Any

from pages_helpers import Windows, labelled, page_of, set_text_and_leave, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from secondopinion_desktop.model.enums import ReasonCode
from secondopinion_desktop.ui.pages.diagnosis_page import DiagnosisPage


def diagnosis_page(window: Any) -> DiagnosisPage:
    page = page_of(window, "diagnosis")
    assert isinstance(page, DiagnosisPage)
    return page


def tick(qtbot: Any, page: DiagnosisPage, code: ReasonCode) -> None:
    box = page.reason_boxes[code]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def test_typed_diagnosis_and_reasons_come_back_after_a_restart(
    qtbot: Any, windows: Windows
) -> None:
    window = windows.open()
    page = diagnosis_page(window)
    type_into(qtbot, labelled(page, "The diagnosis you were given", QLineEdit), "Torn meniscus")
    type_into(
        qtbot, labelled(page, "Who gave this diagnosis (doctor's name)", QLineEdit), "Dr Park"
    )
    type_into(qtbot, labelled(page, "When you were told", QLineEdit), "March 4, 2026")
    type_into(
        qtbot, labelled(page, "The treatment the doctor proposes", QPlainTextEdit),
        "Knee surgery in May",
    )
    # Ticked out of order on purpose: the saved list follows the checklist's order.
    tick(qtbot, page, ReasonCode.OTHER)
    # Clicking the words of a reason ticks it too, like any tick box.
    words = page.reason_rows[ReasonCode.TREATMENT_NOT_WORKING].label
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)
    assert page.reason_boxes[ReasonCode.TREATMENT_NOT_WORKING].isChecked()
    other_detail = labelled(page, "In my own words: other reason", QLineEdit)
    type_into(qtbot, other_detail, "My sister had the same surgery")
    assert "(done)" in window.step_list.item(0).text()

    window = windows.restart(window)
    page = diagnosis_page(window)
    assert labelled(page, "The diagnosis you were given", QLineEdit).text() == "Torn meniscus"
    assert labelled(page, "When you were told", QLineEdit).text() == "March 4, 2026"
    assert page.reason_boxes[ReasonCode.OTHER].isChecked()
    assert page.reason_boxes[ReasonCode.TREATMENT_NOT_WORKING].isChecked()
    assert not page.reason_boxes[ReasonCode.SERIOUS_OR_RARE].isChecked()
    assert page.reason_details[ReasonCode.OTHER].text() == "My sister had the same surgery"
    assert page.reason_details[ReasonCode.OTHER].isVisibleTo(page)
    assert not page.reason_details[ReasonCode.SERIOUS_OR_RARE].isVisibleTo(page)
    case = window.current_case
    assert case is not None
    assert case.diagnosed_by == "Dr Park"
    assert case.diagnosed_on == date(2026, 3, 4)
    assert case.proposed_treatment == "Knee surgery in May"
    assert [r.code for r in case.reasons] == [ReasonCode.TREATMENT_NOT_WORKING, ReasonCode.OTHER]
    assert "(done)" in window.step_list.item(0).text()


def test_unticking_a_reason_with_words_asks_first(
    qtbot: Any, windows: Windows, monkeypatch: Any
) -> None:
    window = windows.open()
    page = diagnosis_page(window)
    for code in (
        ReasonCode.SERIOUS_OR_RARE, ReasonCode.SHARED_SYMPTOMS, ReasonCode.WANT_SPECIALIST
    ):
        tick(qtbot, page, code)
    type_into(qtbot, page.reason_details[ReasonCode.SERIOUS_OR_RARE], "Rare bone disease")
    type_into(qtbot, page.reason_details[ReasonCode.WANT_SPECIALIST], "A bone specialist")

    questions: list[str] = []

    def confirm(question: str, _yes: str) -> bool:
        questions.append(question)
        # Keep the rare-disease reason, let the specialist one go.
        return "A bone specialist" in question

    monkeypatch.setattr(window, "confirm", confirm)
    # A reason with no words goes at once, without a question.
    tick(qtbot, page, ReasonCode.SHARED_SYMPTOMS)
    assert questions == []
    # One with words asks; saying "keep" leaves it ticked with its words.
    tick(qtbot, page, ReasonCode.SERIOUS_OR_RARE)
    assert len(questions) == 1 and "Rare bone disease" in questions[0]
    assert page.reason_boxes[ReasonCode.SERIOUS_OR_RARE].isChecked()
    assert page.reason_details[ReasonCode.SERIOUS_OR_RARE].text() == "Rare bone disease"
    # Saying yes removes it and hides its words.
    tick(qtbot, page, ReasonCode.WANT_SPECIALIST)
    assert len(questions) == 2
    assert not page.reason_boxes[ReasonCode.WANT_SPECIALIST].isChecked()
    assert not page.reason_details[ReasonCode.WANT_SPECIALIST].isVisibleTo(page)

    window = windows.restart(window)
    page = diagnosis_page(window)
    case = window.current_case
    assert case is not None
    assert [(r.code, r.detail) for r in case.reasons] == [
        (ReasonCode.SERIOUS_OR_RARE, "Rare bone disease")
    ]
    assert not page.reason_boxes[ReasonCode.WANT_SPECIALIST].isChecked()
    # Ticking it again starts with empty words, not the old ones.
    tick(qtbot, page, ReasonCode.WANT_SPECIALIST)
    assert page.reason_details[ReasonCode.WANT_SPECIALIST].text() == ""


def test_an_unreadable_date_stays_on_screen_and_nothing_else_is_lost(
    qtbot: Any, windows: Windows
) -> None:
    window = windows.open()
    page = diagnosis_page(window)
    when = labelled(page, "When you were told", QLineEdit)
    type_into(qtbot, when, "sometime last spring")
    type_into(qtbot, labelled(page, "The diagnosis you were given", QLineEdit), "Arthritis")
    assert when.text() == "sometime last spring"
    problems = [
        label.text() for label in page.findChildren(type(page.heading))
        if label.objectName() == "fieldError" and label.isVisibleTo(page)
    ]
    assert len(problems) == 1 and problems[0].strip()
    assert "null" not in problems[0].lower() and "Traceback" not in problems[0]

    window = windows.restart(window)
    case = window.current_case
    assert case is not None
    assert case.diagnosis_current == "Arthritis"
    assert case.diagnosed_on is None


def test_markup_emoji_and_hebrew_are_kept_as_typed(qtbot: Any, windows: Windows) -> None:
    awkward = "<b>bold?</b> & \U0001F622 \u05e9\u05dc\u05d5\u05dd"
    window = windows.open()
    page = diagnosis_page(window)
    set_text_and_leave(qtbot, labelled(page, "The diagnosis you were given", QLineEdit), awkward)
    set_text_and_leave(
        qtbot,
        labelled(
            page, "In my own words: what worries me, and why I want another opinion",
            QPlainTextEdit,
        ),
        awkward + "\nsecond line",
    )
    tick(qtbot, page, ReasonCode.OTHER)
    set_text_and_leave(qtbot, page.reason_details[ReasonCode.OTHER], awkward)

    window = windows.restart(window)
    page = diagnosis_page(window)
    assert labelled(page, "The diagnosis you were given", QLineEdit).text() == awkward
    case = window.current_case
    assert case is not None
    assert case.in_my_words == awkward + "\nsecond line"
    assert case.reasons[0].detail == awkward
