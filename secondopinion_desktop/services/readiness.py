"""The one rule for "done": what is still missing in each step, computed from a loaded case.

Pure: takes a Case (with its children loaded) and returns items; no Qt, no session. A step is
done exactly when no item names it, so the step list's ticks, the to-do panel and the Review
step's lists cannot disagree. The window turns each item's code into words in the person's
language and links it to its step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from secondopinion_desktop.model.case_queries import (
    is_sent,
    next_appointment,
    primary_care_doctors,
    visited_appointment,
    written_questions,
)
from secondopinion_desktop.model.enums import (
    CareRole,
    CaseStatus,
    RecordKind,
    RecordStatus,
    TriState,
)
from secondopinion_desktop.model.records_clock import ClockState, request_clock

if TYPE_CHECKING:
    from secondopinion_desktop.model import Appointment, Case

# The earlier the better (treatment should not wait): a visit further away than this deserves
# a gentle warning.
FAR_AWAY = timedelta(weeks=6)
# Records should be on their way this many days before they are due.
RECORDS_WARNING_DAYS = 7

AFTER_VISIT_STATUSES = frozenset({CaseStatus.VISITED, CaseStatus.DECIDED, CaseStatus.CLOSED})


class Missing(StrEnum):
    """Each thing that can still be missing; the window words them."""

    NO_DIAGNOSIS = "no_diagnosis"
    NO_REASONS = "no_reasons"
    PERSON_DETAILS = "person_details"
    NO_PRIMARY_CARE = "no_primary_care"
    PRIMARY_CARE_NOT_INFORMED = "primary_care_not_informed"
    NO_SECOND_OPINION_DOCTOR = "no_second_opinion_doctor"
    NO_INSURANCE = "no_insurance"
    COVERAGE_NOT_CONFIRMED = "coverage_not_confirmed"
    NO_INSURANCE_CALL = "no_insurance_call"
    NO_RECORDS = "no_records"
    RECORDS_LATE = "records_late"
    RECORDS_DUE_SOON = "records_due_soon"
    RECORDS_NEEDED = "records_needed"
    # One request each, from the right-of-access clock (model/records_clock.py).
    REQUEST_OVERDUE = "request_overdue"
    REQUEST_LATE_FOR_VISIT = "request_late_for_visit"
    RECEIVED_NOT_SENT = "received_not_sent"
    NO_QUESTIONS = "no_questions"
    NO_MUST_ASK = "no_must_ask"
    NO_APPOINTMENT = "no_appointment"
    APPOINTMENT_FAR_AWAY = "appointment_far_away"
    NO_COMPANION = "no_companion"
    # After the visit.
    RECORD_TO_COME_BACK = "record_to_come_back"
    NO_RECAP = "no_recap"
    PRIMARY_CARE_NOT_TOLD = "primary_care_not_told"
    NO_OPINIONS_TO_COMPARE = "no_opinions_to_compare"
    NO_DECISION = "no_decision"


# The steps, in the order the window shows them; Review is done when the steps before it are.
BEFORE_VISIT_STEPS = (
    "diagnosis", "person", "care_team", "insurance", "records", "questions", "appointment",
)
REVIEW_STEP = "review"
AFTER_VISIT_STEPS = ("recap", "compare", "decision")
STEP_KEYS = (*BEFORE_VISIT_STEPS, REVIEW_STEP, *AFTER_VISIT_STEPS)
SECOND_OPINION_ROLES = frozenset({CareRole.SECOND_OPINION, CareRole.THIRD_OPINION})
# Slides and discs travel by courier and often must go back to the holder.
RETURNABLE_KINDS = frozenset({RecordKind.PATHOLOGY_SLIDES, RecordKind.IMAGING_DISC})
# Items of the Records step the to-do panel still lists once the visit has taken place.
AFTER_VISIT_RECORD_ITEMS = frozenset({Missing.RECORD_TO_COME_BACK})


@dataclass(frozen=True)
class ReadinessItem:
    """One thing still to do, the step that fixes it, and the facts its sentence needs."""

    missing: Missing
    step: str
    count: int = 0
    due_on: date | None = None
    starts_at: datetime | None = None
    # One record's facts: who holds it (blank: the window names its kind), when it was asked for.
    holder: str | None = None
    kind: RecordKind | None = None
    requested_on: date | None = None


@dataclass(frozen=True)
class RecordCount:
    """The one count of records every sentence about them uses."""

    total: int
    sent: int
    needed: int

    @property
    def not_sent(self) -> int:
        return self.total - self.sent


@dataclass(frozen=True)
class Readiness:
    """Everything the window says about progress: each step's open items, and which to list.

    ``items`` is what the to-do panel lists now: the steps before the visit while preparing,
    the steps after it once the visit has taken place.
    """

    by_step: Mapping[str, tuple[ReadinessItem, ...]]
    after_visit: bool
    records: RecordCount

    @property
    def items(self) -> list[ReadinessItem]:
        if not self.after_visit:
            return [item for step in BEFORE_VISIT_STEPS for item in self.by_step[step]]
        # Slides and discs still to come back are the one Records item left after the visit.
        returns = [i for i in self.by_step["records"] if i.missing in AFTER_VISIT_RECORD_ITEMS]
        return returns + [item for step in AFTER_VISIT_STEPS for item in self.by_step[step]]

    def lacks(self, missing: Missing) -> bool:
        """True when ``missing`` is among the open items of any step."""
        return any(item.missing == missing for items in self.by_step.values() for item in items)

    def done(self, step: str) -> bool:
        """True when nothing is missing in ``step`` (Review: nothing before the visit)."""
        if step == REVIEW_STEP:
            return self.after_visit or not any(self.by_step[s] for s in BEFORE_VISIT_STEPS)
        return not self.by_step[step]


def count_records(case: Case) -> RecordCount:
    records = list(case.records)
    return RecordCount(
        total=len(records),
        sent=sum(1 for r in records if is_sent(r)),
        needed=sum(1 for r in records if r.status == RecordStatus.NEEDED),
    )


def _blank(text: str | None) -> bool:
    return not (text or "").strip()


def _diagnosis_items(case: Case) -> list[ReadinessItem]:
    items: list[ReadinessItem] = []
    if _blank(case.diagnosis_current):
        items.append(ReadinessItem(Missing.NO_DIAGNOSIS, "diagnosis"))
    if not case.reasons:
        items.append(ReadinessItem(Missing.NO_REASONS, "diagnosis"))
    return items


def _person_items(case: Case) -> list[ReadinessItem]:
    # Not everyone takes medicines, so a list cannot be required; a doctor's office needs
    # the name, the date of birth and a way to reach the person.
    person = case.person
    reachable = person is not None and not (_blank(person.phone) and _blank(person.email))
    if person is None or _blank(person.full_name) or person.date_of_birth is None or not reachable:
        return [ReadinessItem(Missing.PERSON_DETAILS, "person")]
    return []


def _care_team_items(case: Case) -> list[ReadinessItem]:
    items: list[ReadinessItem] = []
    primary = primary_care_doctors(case)
    if not primary:
        items.append(ReadinessItem(Missing.NO_PRIMARY_CARE, "care_team"))
    elif not any(m.keep_informed for m in primary):
        items.append(ReadinessItem(Missing.PRIMARY_CARE_NOT_INFORMED, "care_team"))
    if not any(m.role in SECOND_OPINION_ROLES for m in case.care_team):
        items.append(ReadinessItem(Missing.NO_SECOND_OPINION_DOCTOR, "care_team"))
    return items


def _insurance_items(case: Case) -> list[ReadinessItem]:
    insurance = case.insurance
    if insurance is None:
        return [ReadinessItem(Missing.NO_INSURANCE, "insurance")]
    items: list[ReadinessItem] = []
    # "No" is an answer too: the person has found out, which is what the step asks.
    if insurance.second_opinion_covered not in (TriState.YES, TriState.NO):
        items.append(ReadinessItem(Missing.COVERAGE_NOT_CONFIRMED, "insurance"))
    if not insurance.calls:
        items.append(ReadinessItem(Missing.NO_INSURANCE_CALL, "insurance"))
    return items


def _records_items(
    case: Case, count: RecordCount, visit: Appointment | None, today: date, after_visit: bool
) -> list[ReadinessItem]:
    if not count.total:
        return [ReadinessItem(Missing.NO_RECORDS, "records")]
    if after_visit:
        # Chasing a request no longer helps once the visit is past; getting slides back does.
        return (_count_items(count, visit, today) if count.not_sent else []) + _return_items(case)
    if not count.not_sent:
        return []
    return _count_items(count, visit, today) + _request_items(case, visit, today)


def _count_items(
    count: RecordCount, visit: Appointment | None, today: date
) -> list[ReadinessItem]:
    due = visit.records_due_on if visit is not None else None
    if due is not None and due < today:
        return [ReadinessItem(Missing.RECORDS_LATE, "records", count=count.not_sent, due_on=due)]
    if due is not None and due <= today + timedelta(days=RECORDS_WARNING_DAYS):
        return [
            ReadinessItem(Missing.RECORDS_DUE_SOON, "records", count=count.not_sent, due_on=due)
        ]
    if count.needed:
        return [ReadinessItem(Missing.RECORDS_NEEDED, "records", count=count.needed, due_on=due)]
    return []


def _request_items(
    case: Case, visit: Appointment | None, today: date
) -> list[ReadinessItem]:
    """Each request that is past its deadline by law, or whose deadline falls too late.

    Only records not yet sent on are looked at, so these items never take away a Records tick
    the counts above would give: they say *which* holder to chase and by when.
    """
    needed_by: date | None = None
    if visit is not None:
        needed_by = visit.records_due_on or (
            visit.starts_at.date() if visit.starts_at is not None else None
        )
    visit_on = visit.starts_at if visit is not None else None
    items: list[ReadinessItem] = []
    for record in case.records:
        if is_sent(record):
            continue
        holder = (record.held_by or "").strip() or None
        if record.received_on is not None:
            items.append(
                ReadinessItem(
                    Missing.RECEIVED_NOT_SENT, "records", due_on=record.received_on,
                    starts_at=visit_on, holder=holder, kind=record.kind,
                )
            )
            continue
        clock = request_clock(
            requested_on=record.requested_on,
            received_on=None,
            today=today,
            notice_on=record.extension_notice_on,
            extended_until=record.extended_until,
            needed_by=needed_by,
        )
        if clock.state == ClockState.OVERDUE:
            missing = Missing.REQUEST_OVERDUE
        elif clock.state == ClockState.LATE_FOR_VISIT:
            missing = Missing.REQUEST_LATE_FOR_VISIT
        else:
            continue
        items.append(
            ReadinessItem(
                missing, "records", due_on=clock.deadline, starts_at=visit_on,
                requested_on=record.requested_on, holder=holder, kind=record.kind,
            )
        )
    return items


def _return_items(case: Case) -> list[ReadinessItem]:
    """After the visit: slides or a disc that must go back and have not come back yet."""
    items: list[ReadinessItem] = []
    for record in case.records:
        if record.kind not in RETURNABLE_KINDS or record.returned_on is not None:
            continue
        # Slides are the holder's to keep: once sent they must come back, date or not.
        sent_slides = (
            record.kind == RecordKind.PATHOLOGY_SLIDES and is_sent(record)
        )
        if record.return_by is None and not sent_slides:
            continue
        items.append(
            ReadinessItem(
                Missing.RECORD_TO_COME_BACK, "records", due_on=record.return_by,
                holder=(record.held_by or "").strip() or None, kind=record.kind,
            )
        )
    return items


def _question_items(case: Case) -> list[ReadinessItem]:
    written = written_questions(case)
    if not written:
        return [ReadinessItem(Missing.NO_QUESTIONS, "questions")]
    if not any(q.must_ask for q in written):
        return [ReadinessItem(Missing.NO_MUST_ASK, "questions")]
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


def _recap_items(case: Case, now: datetime) -> list[ReadinessItem]:
    visit = visited_appointment(case, now)
    items: list[ReadinessItem] = []
    if visit is None or _blank(visit.recap_diagnosis_as_understood):
        items.append(ReadinessItem(Missing.NO_RECAP, "recap"))
    if visit is None or visit.recap_pcp_informed_on is None:
        items.append(ReadinessItem(Missing.PRIMARY_CARE_NOT_TOLD, "recap"))
    return items


def _decision_items(case: Case) -> list[ReadinessItem]:
    decision = case.decision
    if decision is None or _blank(decision.chosen_plan):
        return [ReadinessItem(Missing.NO_DECISION, "decision")]
    return []


def readiness(case: Case, now: datetime | None = None) -> Readiness:
    """Every step's open items for ``case`` at ``now`` (default: this moment, local time)."""
    # Local time: "today" is the person's today, not the date in Greenwich.
    moment = now or datetime.now(UTC).astimezone()
    visit = next_appointment(case, moment)
    records = count_records(case)
    after_visit = case.status in AFTER_VISIT_STATUSES
    by_step: dict[str, tuple[ReadinessItem, ...]] = {
        "diagnosis": tuple(_diagnosis_items(case)),
        "person": tuple(_person_items(case)),
        "care_team": tuple(_care_team_items(case)),
        "insurance": tuple(_insurance_items(case)),
        "records": tuple(_records_items(case, records, visit, moment.date(), after_visit)),
        "questions": tuple(_question_items(case)),
        "appointment": tuple(_appointment_items(visit, moment)),
        "recap": tuple(_recap_items(case, moment)),
        "compare": (
            ()
            if len(case.opinions) >= 2
            else (ReadinessItem(Missing.NO_OPINIONS_TO_COMPARE, "compare"),)
        ),
        "decision": tuple(_decision_items(case)),
    }
    return Readiness(by_step, after_visit, records)


def still_to_do(case: Case, now: datetime | None = None) -> list[ReadinessItem]:
    """What the to-do panel lists, in the order of the steps.

    Before the visit, what is missing to get ready; once the case is past the visit (visited,
    decided or closed), what is left to do after it, never a reproach about before.
    """
    return readiness(case, now).items
