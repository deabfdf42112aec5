"""Recap, Compare opinions and Decision, driven as a person would, and read back after a restart."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from pages_helpers import (
    TRICKY,
    choose,
    click,
    current_page,
    enter_text,
    field,
    ticked,
    type_text,
)
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from secondopinion_desktop.model import Appointment, CareRole, CareTeamMember, Question
from secondopinion_desktop.model.dates import format_long_date
from secondopinion_desktop.model.enums import CaseStatus, Comparison
from secondopinion_desktop.ui.pages.compare_page import ComparePage
from secondopinion_desktop.ui.pages.decision_page import DecisionPage
from secondopinion_desktop.ui.pages.recap_page import RecapPage

DISAGREE = "The opinions disagree."


# -- Recap ------------------------------------------------------------------------------------
def visited_case(window: Any) -> None:
    case = window.current_case
    ws = window.workspace
    ws.add(case, "care_team", CareTeamMember(
        role=CareRole.PRIMARY_CARE, name="Dr <i>Lee</i>", phone="555-0100"))
    ws.add(case, "appointments", Appointment(
        with_doctor="Dr Early", starts_at=datetime.now(UTC) - timedelta(days=40)))
    ws.add(case, "appointments", Appointment(
        with_doctor="Dr Okafor", starts_at=datetime.now(UTC) - timedelta(days=2)))
    ws.add(case, "appointments", Appointment(
        with_doctor="Dr Later", starts_at=datetime.now(UTC) + timedelta(days=30)))
    for text, must in (("Is my diagnosis correct?", True), ("Are there clinical trials?", False)):
        ws.add(case, "questions", Question(text=text, must_ask=must))
    window.go_to_step("diagnosis")
    window.go_to_step("recap")


def test_recap_of_the_latest_visit_with_answers_comes_back(case_window, reopen, qtbot) -> None:
    window = case_window("recap")
    visited_case(window)
    page = current_page(window, RecapPage)
    assert "Dr Okafor" in page.visit_line.text()
    type_text(qtbot, field(page, "The diagnosis, as I understood it", QPlainTextEdit),
              "Torn meniscus, not arthritis")
    type_text(qtbot, field(page, "My choices", QPlainTextEdit), "Physio or keyhole surgery")
    type_text(qtbot, field(page, "Next steps", QPlainTextEdit), "MRI in two weeks")
    # Tab from the last recap box goes on to the answers, in the order they are shown.
    assert QApplication.focusWidget() is field(page, "Asked question 1", QCheckBox)
    click(qtbot, field(page, "Asked question 1", QCheckBox))
    type_text(qtbot, field(page, "Answer to question 1", QPlainTextEdit), "Mostly, yes")
    enter_text(qtbot, field(page, "Answer to question 2", QPlainTextEdit), TRICKY)
    assert not ticked(window, page.key)
    informed = date.today() - timedelta(days=1)
    type_text(qtbot, field(page, "I told my primary care doctor on", QLineEdit),
              format_long_date(informed))
    assert ticked(window, page.key)
    # The primary care doctor's name shows exactly as typed, markup and all.
    assert "tell Dr <i>Lee</i> who you saw" in page.pcp_line.text()
    assert "Phone: 555-0100." in page.pcp_line.text()

    window = reopen(window, "recap")
    case = window.current_case
    latest, earlier = case.appointments[1], case.appointments[0]
    assert latest.recap_diagnosis_as_understood == "Torn meniscus, not arthritis"
    assert latest.recap_choices == "Physio or keyhole surgery"
    assert latest.recap_next_steps == "MRI in two weeks"
    assert latest.recap_pcp_informed_on == informed
    assert not earlier.has_recap
    assert not case.appointments[2].has_recap, "a visit still ahead gets no recap"
    assert [(q.asked, q.answer) for q in case.questions] == [
        (True, "Mostly, yes"), (False, TRICKY),
    ]
    page = current_page(window, RecapPage)
    assert field(page, "Answer to question 1", QPlainTextEdit).toPlainText() == "Mostly, yes"


def test_recap_without_appointment_points_to_that_step(case_window, qtbot) -> None:
    window = case_window("recap")
    page = current_page(window, RecapPage)
    assert not page.recap_holder.isVisibleTo(page)
    click(qtbot, page.appointment_button)
    qtbot.waitUntil(lambda: window.stack.currentWidget().key == "appointment")


# -- Compare opinions ---------------------------------------------------------------------------
def add_opinion(qtbot: Any, page: ComparePage, doctor: str, diagnosis: str) -> None:
    click(qtbot, page.editor.add_button)
    type_text(qtbot, field(page, "Doctor", QLineEdit), doctor)
    type_text(qtbot, field(page, "Diagnosis", QPlainTextEdit), diagnosis)


def test_opinions_side_by_side_and_agreement(case_window, reopen, qtbot) -> None:
    window = case_window("compare")
    page = current_page(window, ComparePage)
    add_opinion(qtbot, page, "Dr Adams", "Arthritis of the knee")
    type_text(qtbot, field(page, "Recommended treatment", QPlainTextEdit), "Knee replacement")
    assert not ticked(window, page.key)
    add_opinion(qtbot, page, "Dr Baker", "arthritis of the knee ")
    assert field(page, "Which opinion", QComboBox).currentText() == "Second opinion"
    choose(qtbot, field(page, "Compared to the first opinion", QComboBox),
           "Refines the first opinion")
    enter_text(qtbot, field(page, "Other options mentioned", QPlainTextEdit), TRICKY)
    assert ticked(window, page.key)
    assert not page.disagree_note.isVisibleTo(page)
    table = page.side_by_side()
    assert table[0][1:] == ["First opinion", "Second opinion"]
    assert table[1] == ["Doctor", "Dr Adams", "Dr Baker"]
    assert table[4] == ["Recommended treatment", "Knee replacement", "(not written)"]
    assert table[5] == ["Other options", "(not written)", TRICKY]
    assert table[6] == ["Compared to the first", "(this is the first)", "Refines the first opinion"]

    window = reopen(window, "compare")
    opinions = window.current_case.opinions
    assert [(o.ordinal, o.doctor) for o in opinions] == [(1, "Dr Adams"), (2, "Dr Baker")]
    assert opinions[1].compared_to_first == Comparison.REFINED
    assert opinions[1].other_options == TRICKY
    assert not current_page(window, ComparePage).disagree_note.isVisibleTo(window)


def test_disagreement_note_only_when_opinions_differ(case_window, qtbot) -> None:
    window = case_window("compare")
    page = current_page(window, ComparePage)
    add_opinion(qtbot, page, "Dr Adams", "Arthritis")
    add_opinion(qtbot, page, "Dr Baker", "Arthritis")
    assert not page.disagree_note.isVisibleTo(page)
    choose(qtbot, field(page, "Compared to the first opinion", QComboBox),
           "Differs from the first opinion")
    assert page.disagree_note.isVisibleTo(page)
    assert page.disagree_note.text().startswith(DISAGREE)
    assert "Medicare Part B covers a third opinion" in page.disagree_note.text()
    choose(qtbot, field(page, "Compared to the first opinion", QComboBox),
           "Same as the first opinion")
    assert not page.disagree_note.isVisibleTo(page)
    # Different diagnoses disagree even when nobody chose "differs".
    type_text(qtbot, field(page, "Diagnosis", QPlainTextEdit), "Torn meniscus")
    assert page.disagree_note.isVisibleTo(page)


# -- Decision -----------------------------------------------------------------------------------
def test_decision_is_created_on_first_entry_and_suggests_status(case_window, reopen, qtbot) -> None:
    window = case_window("decision")
    page = current_page(window, DecisionPage)
    # Looking at the page, or leaving a field empty, writes nothing.
    qtbot.keyClick(field(page, "The plan I chose", QPlainTextEdit), "a")
    field(page, "The plan I chose", QPlainTextEdit).clear()
    window.go_to_step("compare")
    window.go_to_step("decision")
    assert window.current_case.decision is None
    assert not ticked(window, page.key)
    choose(qtbot, field(page, "Status of this case", QComboBox), "Visit done")
    assert window.current_case.status == CaseStatus.VISITED
    assert window.current_case.decision is None

    type_text(qtbot, field(page, "The plan I chose", QPlainTextEdit), "Physiotherapy first")
    type_text(qtbot, field(page, "With which doctor", QLineEdit), "Dr Baker")
    enter_text(qtbot, field(page, "Why I chose it", QPlainTextEdit), TRICKY)
    type_text(qtbot, field(page, "Date of the decision", QLineEdit), "March 2, 2027")
    assert ticked(window, page.key)
    assert page.suggestion.isVisibleTo(page)
    click(qtbot, page.mark_decided)
    assert window.current_case.status == CaseStatus.DECIDED
    assert field(page, "Status of this case", QComboBox).currentText() == "Decision taken"
    assert not page.suggestion.isVisibleTo(page)

    window = reopen(window, "decision")
    decision = window.current_case.decision
    assert decision is not None
    assert (decision.chosen_plan, decision.with_doctor, decision.why, decision.on) == (
        "Physiotherapy first", "Dr Baker", TRICKY, date(2027, 3, 2),
    )
    assert window.current_case.status == CaseStatus.DECIDED
