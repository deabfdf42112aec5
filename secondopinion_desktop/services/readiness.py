"""What is still missing before the visit: a plain checklist computed from a loaded case.

Pure: takes a Case (with its children loaded) and returns items; no Qt, no session. The
window turns each item's code into words in the person's language and links it to its step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from secondopinion_desktop.model.enums import CareRole, CaseStatus, RecordStatus, TriState

if TYPE_CHECKING:
    from secondopinion_desktop.model import Appointment, Case

# GUIDE G5 (the earlier the better): a visit further away than this deserves a gentle warning.
FAR_AWAY = timedelta(weeks=6)
# Records should be on their way this many days before they are due.
RECORDS_WARNING_DAYS = 7

DONE_RECORD_STATUSES = frozenset({RecordStatus.SENT, RecordStatus.CONFIRMED})
AFTER_VISIT_STATUSES = frozenset({CaseStatus.VISITED, CaseStatus.DECIDED, CaseStatus.CLOSED})


class Missing(StrEnum):
    """Each thing that can still be missing; the window words them."""

    NO_DIAGNOSIS = "no_diagnosis"
    NO_REASONS = "no_reasons"
    NO_PRIMARY_CARE = "no_primary_care"
    PRIMARY_CARE_NOT_INFORMED = "primary_care_not_informed"
    NO_INSURANCE = "no_insurance"
    COVERAGE_NOT_CONFIRMED = "coverage_not_confirmed"
    NO_INSURANCE_CALL = "no_insurance_call"
    NO_RECORDS = "no_records"
    RECORDS_LATE = "records_late"
    RECORDS_DUE_SOON = "records_due_soon"
    RECORDS_NEEDED = "records_needed"
    NO_QUESTIONS = "no_questions"
    NO_APPOINTMENT = "no_appointment"
    APPOINTMENT_FAR_AWAY = "appointment_far_away"
    NO_COMPANION = "no_companion"


@dataclass(frozen=True)
class ReadinessItem:
    """One thing still to do, the step that fixes it, and the facts its sentence needs."""

    missing: Missing
    step: str
    count: int = 0
    due_on: date | None = None
    starts_at: datetime | None = None


def _blank(text: str | None) -> bool:
    return not (text or "").strip()


def _upcoming(case: Case, now: datetime) -> Appointment | None:
    from secondopinion_desktop.services.cases import next_appointment

    return next_appointment(case, now)


def _diagnosis_items(case: Case) -> list[ReadinessItem]:
    items: list[ReadinessItem] = []
    if _blank(case.diagnosis_current):
        items.append(ReadinessItem(Missing.NO_DIAGNOSIS, "diagnosis"))
    if not case.reasons:
        items.append(ReadinessItem(Missing.NO_REASONS, "diagnosis"))
    return items


def _care_team_items(case: Case) -> list[ReadinessItem]:
    primary = [m for m in case.care_team if m.role == CareRole.PRIMARY_CARE]
    if not primary:
        return [ReadinessItem(Missing.NO_PRIMARY_CARE, "care_team")]
    if not any(m.keep_informed for m in primary):
        return [ReadinessItem(Missing.PRIMARY_CARE_NOT_INFORMED, "care_team")]
    return []


def _insurance_items(case: Case) -> list[ReadinessItem]:
    insurance = case.insurance
    if insurance is None:
        return [ReadinessItem(Missing.NO_INSURANCE, "insurance")]
    items: list[ReadinessItem] = []
    if insurance.second_opinion_covered != TriState.YES:
        items.append(ReadinessItem(Missing.COVERAGE_NOT_CONFIRMED, "insurance"))
    if not insurance.calls:
        items.append(ReadinessItem(Missing.NO_INSURANCE_CALL, "insurance"))
    return items


def _records_items(case: Case, visit: Appointment | None, today: date) -> list[ReadinessItem]:
    if not case.records:
        return [ReadinessItem(Missing.NO_RECORDS, "records")]
    unsent = [r for r in case.records if r.status not in DONE_RECORD_STATUSES]
    if not unsent:
        return []
    due = visit.records_due_on if visit is not None else None
    if due is not None and due < today:
        return [ReadinessItem(Missing.RECORDS_LATE, "records", count=len(unsent), due_on=due)]
    if due is not None and due <= today + timedelta(days=RECORDS_WARNING_DAYS):
        return [ReadinessItem(Missing.RECORDS_DUE_SOON, "records", count=len(unsent), due_on=due)]
    needed = [r for r in unsent if r.status == RecordStatus.NEEDED]
    if needed:
        return [ReadinessItem(Missing.RECORDS_NEEDED, "records", count=len(needed), due_on=due)]
    return []


def _appointment_items(visit: Appointment | None, now: datetime) -> list[ReadinessItem]:
    items: list[ReadinessItem] = []
    if visit is None or visit.starts_at is None:
        items.append(ReadinessItem(Missing.NO_APPOINTMENT, "appointment"))
    elif visit.starts_at - now > FAR_AWAY:
        items.append(
            ReadinessItem(Missing.APPOINTMENT_FAR_AWAY, "appointment", starts_at=visit.starts_at)
        )
    if visit is None or not visit.has_companion:
        items.append(ReadinessItem(Missing.NO_COMPANION, "appointment"))
    return items


def still_to_do(case: Case, now: datetime | None = None) -> list[ReadinessItem]:
    """Everything still missing before the visit, in the order of the steps.

    Empty once the case is past the visit (visited, decided or closed): the list is about
    getting ready, not a reproach afterwards.
    """
    # Local time: "today" is the person's today, not the date in Greenwich.
    moment = now or datetime.now(UTC).astimezone()
    if case.status in AFTER_VISIT_STATUSES:
        return []
    visit = _upcoming(case, moment)
    today = moment.date()
    return [
        *_diagnosis_items(case),
        *_care_team_items(case),
        *_insurance_items(case),
        *_records_items(case, visit, today),
        *(
            [ReadinessItem(Missing.NO_QUESTIONS, "questions")]
            if not any(not _blank(q.text) for q in case.questions)
            else []
        ),
        *_appointment_items(visit, moment),
    ]
