"""The "Still to do before the visit" panel in the real window: items, links, refresh on save."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from window_helpers import WindowFactory, example_case, new_case

from secondopinion_desktop.model import (
    Appointment,
    CareTeamMember,
    InsuranceCall,
    Question,
    Reason,
    RecordItem,
)
from secondopinion_desktop.model.enums import (
    CareRole,
    ReasonCode,
    RecordKind,
    RecordStatus,
    TriState,
)


def link_texts(window: Any) -> list[str]:
    return [link.text_shown() for link in window.readiness.links]


def test_a_new_case_lists_what_is_missing_as_links(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    new_case(window)
    panel = window.readiness
    assert panel.heading.text() == "Still to do before the visit"
    assert panel.isVisibleTo(window)
    assert link_texts(window) == [
        "Write down the diagnosis you were given.",
        "Choose why you want another opinion.",
        "Add the name, the date of birth and a phone number or email of the person the visit "
        "is for.",
        "Add your primary care doctor, so they can be kept informed.",
        "Add the doctor you want the second opinion from.",
        "Add your insurance and ask whether a second opinion is covered.",
        "List the records to send ahead: office notes, test results, scans.",
        "Write down the questions you want to ask.",
        "Book the appointment and write down when it is.",
        "Ask a friend or family member to come with you, and add their name.",
    ]
    assert not panel.ready_label.isVisibleTo(window)
    for link in panel.links:
        assert link.accessibleName() == link.text_shown()
        assert link.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert link.height() >= 24


def test_a_link_goes_to_its_step_by_keyboard(qtbot: Any, open_window: WindowFactory) -> None:
    window = open_window()
    new_case(window)
    link = next(
        link for link in window.readiness.links if "questions you want" in link.text_shown()
    )
    link.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(link, Qt.Key.Key_Space)
    page = window.stack.currentWidget()
    assert getattr(page, "key", None) == "questions"
    assert window.step_list.currentRow() == window.pages.index(page)
    # The keyboard is now on the step's first input, not left behind in the panel.
    focused = window.focusWidget()
    assert focused is not None and page.isAncestorOf(focused)


def test_the_list_follows_every_save(qtbot: Any, open_window: WindowFactory) -> None:
    window = open_window()
    new_case(window)
    case = window.current_case
    assert window.save(case, "diagnosis_current", "Torn meniscus") is None
    assert "Write down the diagnosis you were given." not in link_texts(window)
    assert "Choose why you want another opinion." in link_texts(window)


def test_everything_ready_when_nothing_is_missing(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    new_case(window)
    case = window.current_case
    ws = window.workspace
    case.diagnosis_current = "Torn meniscus"
    case.reasons.append(Reason(code=ReasonCode.WANT_SPECIALIST))
    case.person.date_of_birth = date(1950, 4, 1)
    case.person.phone = "555-0100"
    case.care_team.append(
        CareTeamMember(role=CareRole.PRIMARY_CARE, name="Dr. Lee", keep_informed=True)
    )
    case.care_team.append(CareTeamMember(role=CareRole.SECOND_OPINION, name="Dr. Okafor"))
    insurance = ws.ensure_insurance(case)
    insurance.second_opinion_covered = TriState.YES
    insurance.calls.append(InsuranceCall(reference_number="R-1"))
    case.records.append(RecordItem(kind=RecordKind.OFFICE_NOTES, status=RecordStatus.SENT))
    case.questions.append(Question(text="Is my diagnosis correct?", must_ask=True))
    case.appointments.append(
        Appointment(starts_at=datetime.now(UTC) + timedelta(days=10), companion_name="Ana")
    )
    ws.commit()
    window.structure_changed()
    assert link_texts(window) == []
    assert window.readiness.ready_label.isVisibleTo(window)
    assert window.readiness.ready_label.text() == "Everything is ready."


def test_late_records_name_their_count_and_due_date(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    new_case(window)
    case = window.current_case
    case.records.append(RecordItem(kind=RecordKind.IMAGING_DISC, status=RecordStatus.REQUESTED))
    case.appointments.append(
        Appointment(
            starts_at=datetime(2099, 1, 5, 9, 0, tzinfo=UTC),
            records_due_on=datetime(2020, 12, 3).date(),
        )
    )
    window.workspace.commit()
    window.structure_changed()
    assert "Records not sent yet: 1. They were due on December 3, 2020." in link_texts(window)
    assert any("more than six weeks away" in text for text in link_texts(window))


def ticked_steps(window: Any) -> set[str]:
    return {
        page.key
        for index, page in enumerate(window.pages)
        if "(done)" in window.step_list.item(index).text()
    }


def steps_listed(window: Any) -> set[str]:
    return {item.step for item in window.readiness.items}


def assert_ticks_match_the_list(window: Any) -> None:
    from secondopinion_desktop.services.readiness import BEFORE_VISIT_STEPS

    ticked = ticked_steps(window)
    listed = steps_listed(window)
    for step in BEFORE_VISIT_STEPS:
        assert (step in ticked) == (step not in listed), step
    assert ("review" in ticked) == (not listed)
    review = next(page for page in window.pages if page.key == "review")
    assert [item.step for item in review.readiness.items] == [
        item.step for item in window.readiness.items
    ]


def test_ticks_match_the_list_on_a_new_case_the_example_and_after_edits(
    qtbot: Any, open_window: WindowFactory
) -> None:
    window = open_window()
    new_case(window)
    window.go_to_step("review")
    assert_ticks_match_the_list(window)
    assert ticked_steps(window) == set()

    example_case(window)
    window.go_to_step("review")
    assert_ticks_match_the_list(window)
    case = window.current_case
    assert case is not None
    insurance = window.workspace.ensure_insurance(case)
    for answer in (TriState.NO, TriState.UNKNOWN, TriState.YES):
        assert window.save(insurance, "second_opinion_covered", answer) is None
        assert_ticks_match_the_list(window)
    for record in list(case.records):
        assert window.save(record, "status", RecordStatus.SENT) is None
    assert_ticks_match_the_list(window)
    assert "records" in ticked_steps(window)
    review = next(page for page in window.pages if page.key == "review")
    records_lines = [line for line in review.ready.text().splitlines() if "Records" in line]
    total = len(case.records)
    assert records_lines == [f"\u2713 Records sent: {total} of {total}."]
    assert not any("Records" in text for text in link_texts(window))
