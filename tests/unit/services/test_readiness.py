"""What the readiness list says is still missing before the visit, for cases built in memory."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from secondopinion_desktop.model import (
    Appointment,
    CareTeamMember,
    Case,
    Insurance,
    InsuranceCall,
    Person,
    Question,
    Reason,
    RecordItem,
)
from secondopinion_desktop.model.enums import (
    CareRole,
    CaseStatus,
    ReasonCode,
    RecordKind,
    RecordStatus,
    TriState,
)
from secondopinion_desktop.services.readiness import Missing, ReadinessItem, still_to_do

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
TODAY = NOW.date()


def ready_case() -> Case:
    """A case with nothing missing: the baseline each test takes one thing away from."""
    person = Person(full_name="Rosa Díaz", date_of_birth=date(1950, 4, 1), phone="555-0100")
    case = Case(title="Knee", status=CaseStatus.PREPARING, diagnosis_current="Torn meniscus")
    case.person = person
    case.reasons.append(Reason(code=ReasonCode.CHOOSING_BETWEEN_TREATMENTS))
    case.care_team.append(
        CareTeamMember(role=CareRole.PRIMARY_CARE, name="Dr. Lee", keep_informed=True)
    )
    case.care_team.append(CareTeamMember(role=CareRole.SECOND_OPINION, name="Dr. Okafor"))
    insurance = Insurance(second_opinion_covered=TriState.YES)
    insurance.calls.append(InsuranceCall(on=TODAY, reference_number="A1"))
    case.insurance = insurance
    case.records.append(RecordItem(kind=RecordKind.OFFICE_NOTES, status=RecordStatus.SENT))
    case.questions.append(Question(text="Is my diagnosis correct?", must_ask=True))
    case.appointments.append(
        Appointment(
            starts_at=NOW + timedelta(days=20),
            records_due_on=TODAY + timedelta(days=10),
            companion_name="Ana",
        )
    )
    return case


def codes(case: Case) -> list[Missing]:
    return [item.missing for item in still_to_do(case, NOW)]


def test_a_complete_case_has_nothing_left() -> None:
    assert still_to_do(ready_case(), NOW) == []


def test_an_empty_case_lists_every_step_in_order() -> None:
    case = Case(title="New", status=CaseStatus.PREPARING)
    items = still_to_do(case, NOW)
    assert [i.missing for i in items] == [
        Missing.NO_DIAGNOSIS,
        Missing.NO_REASONS,
        Missing.PERSON_DETAILS,
        Missing.NO_PRIMARY_CARE,
        Missing.NO_SECOND_OPINION_DOCTOR,
        Missing.NO_INSURANCE,
        Missing.NO_RECORDS,
        Missing.NO_QUESTIONS,
        Missing.NO_APPOINTMENT,
        Missing.NO_COMPANION,
    ]
    assert [i.step for i in items] == [
        "diagnosis", "diagnosis", "person", "care_team", "care_team", "insurance", "records",
        "questions", "appointment", "appointment",
    ]


def test_blank_diagnosis_and_no_reasons_are_named() -> None:
    case = ready_case()
    case.diagnosis_current = "   "
    case.reasons.clear()
    assert codes(case) == [Missing.NO_DIAGNOSIS, Missing.NO_REASONS]


def test_primary_care_doctor_missing_or_not_kept_informed() -> None:
    case = ready_case()
    case.care_team[0].keep_informed = False
    assert codes(case) == [Missing.PRIMARY_CARE_NOT_INFORMED]
    case.care_team[0].role = CareRole.FIRST_OPINION
    assert codes(case) == [Missing.NO_PRIMARY_CARE]


def test_coverage_needs_an_answer_and_a_logged_call() -> None:
    case = ready_case()
    assert case.insurance is not None
    case.insurance.second_opinion_covered = TriState.UNKNOWN
    assert codes(case) == [Missing.COVERAGE_NOT_CONFIRMED]
    # "Not covered" is an answer: the person has found out, so there is nothing to confirm.
    case.insurance.second_opinion_covered = TriState.NO
    assert codes(case) == []
    case.insurance.second_opinion_covered = TriState.YES
    case.insurance.calls.clear()
    assert codes(case) == [Missing.NO_INSURANCE_CALL]


def test_records_past_their_due_date_are_late_with_count_and_date() -> None:
    case = ready_case()
    case.records.append(RecordItem(kind=RecordKind.IMAGING_DISC, status=RecordStatus.REQUESTED))
    case.records.append(RecordItem(kind=RecordKind.TEST_RESULTS, status=RecordStatus.NEEDED))
    due = TODAY - timedelta(days=1)
    case.appointments[0].records_due_on = due
    assert still_to_do(case, NOW) == [
        ReadinessItem(Missing.RECORDS_LATE, "records", count=2, due_on=due)
    ]


def test_records_due_within_a_week_are_flagged_but_not_later() -> None:
    case = ready_case()
    case.records.append(RecordItem(kind=RecordKind.IMAGING_DISC, status=RecordStatus.RECEIVED))
    case.appointments[0].records_due_on = TODAY + timedelta(days=7)
    assert codes(case) == [Missing.RECORDS_DUE_SOON]
    case.appointments[0].records_due_on = TODAY + timedelta(days=8)
    # Received but not sent, and the due date is far: nothing to nag about yet.
    assert codes(case) == []


def test_records_still_needed_are_counted_even_without_a_due_date() -> None:
    case = ready_case()
    case.records.append(RecordItem(kind=RecordKind.PATHOLOGY_SLIDES, status=RecordStatus.NEEDED))
    case.appointments[0].records_due_on = None
    items = still_to_do(case, NOW)
    assert [(i.missing, i.count) for i in items] == [(Missing.RECORDS_NEEDED, 1)]


def test_confirmed_records_are_done() -> None:
    case = ready_case()
    case.records[0].status = RecordStatus.CONFIRMED
    case.appointments[0].records_due_on = TODAY - timedelta(days=3)
    assert codes(case) == []


def test_questions_must_have_words_and_one_must_ask() -> None:
    case = ready_case()
    case.questions[0].must_ask = False
    assert codes(case) == [Missing.NO_MUST_ASK]
    case.questions[0].text = ""
    assert codes(case) == [Missing.NO_QUESTIONS]


def test_the_person_needs_a_name_a_birth_date_and_a_way_to_reach_them() -> None:
    case = ready_case()
    case.person.phone = None
    assert codes(case) == [Missing.PERSON_DETAILS]
    case.person.email = "rosa@example.org"
    assert codes(case) == []
    case.person.date_of_birth = None
    assert codes(case) == [Missing.PERSON_DETAILS]


def test_a_second_opinion_doctor_belongs_on_the_care_team() -> None:
    case = ready_case()
    case.care_team[1].role = CareRole.FIRST_OPINION
    assert codes(case) == [Missing.NO_SECOND_OPINION_DOCTOR]
    case.care_team[1].role = CareRole.THIRD_OPINION
    assert codes(case) == []


def test_appointment_more_than_six_weeks_away_is_a_warning() -> None:
    case = ready_case()
    far = NOW + timedelta(weeks=6, days=1)
    case.appointments[0].starts_at = far
    items = still_to_do(case, NOW)
    assert items == [ReadinessItem(Missing.APPOINTMENT_FAR_AWAY, "appointment", starts_at=far)]
    case.appointments[0].starts_at = NOW + timedelta(weeks=6)
    assert codes(case) == []


def test_appointment_without_a_date_counts_as_not_booked() -> None:
    case = ready_case()
    case.appointments[0].starts_at = None
    assert codes(case) == [Missing.NO_APPOINTMENT]


def test_companion_is_looked_for_on_the_upcoming_visit() -> None:
    case = ready_case()
    case.appointments[0].companion_name = None
    assert codes(case) == [Missing.NO_COMPANION]
    case.appointments[0].companion_phone = "555-0100"
    assert codes(case) == []


def test_after_the_visit_only_the_steps_after_it_are_listed() -> None:
    case = Case(title="Done", status=CaseStatus.VISITED)
    assert codes(case) == [
        Missing.NO_RECAP,
        Missing.PRIMARY_CARE_NOT_TOLD,
        Missing.NO_OPINIONS_TO_COMPARE,
        Missing.NO_DECISION,
    ]
    case.status = CaseStatus.PREPARING
    assert Missing.NO_DIAGNOSIS in codes(case) and Missing.NO_RECAP not in codes(case)

