"""Questions asked of a loaded case (which visit, which doctor, which records), answered once.

Pure: functions over loaded entities; no Qt, no session, no SQL. Services, reports and the
window all ask here, so the step ticks, the to-do panel and the printouts cannot disagree.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from secondopinion_desktop.model.enums import CareRole, RecordStatus

if TYPE_CHECKING:
    from secondopinion_desktop.model import Appointment, CareTeamMember, Case, Question, RecordItem

# Records that have gone on to the second-opinion doctor: nothing more to do before the visit.
SENT_STATUSES = frozenset({RecordStatus.SENT, RecordStatus.CONFIRMED})
# A request that has been answered: the records came back, or have already gone on.
ANSWERED_STATUSES = SENT_STATUSES | {RecordStatus.RECEIVED}
# Not in hand yet: still to ask for, or asked for and not come.
STILL_TO_GET = frozenset({RecordStatus.NEEDED, RecordStatus.REQUESTED})


def next_appointment(case: Case, now: datetime | None = None) -> Appointment | None:
    """The appointment to prepare for: the soonest one still ahead, else the latest one
    that has passed, else the first one entered (no date yet)."""
    moment = now or datetime.now(UTC)
    dated = [(a.starts_at, a) for a in case.appointments if a.starts_at is not None]
    ahead = [pair for pair in dated if pair[0] >= moment]
    if ahead:
        return min(ahead, key=lambda pair: pair[0])[1]
    if dated:
        return max(dated, key=lambda pair: pair[0])[1]
    return case.appointments[0] if case.appointments else None


def visited_appointment(case: Case | None, now: datetime | None = None) -> Appointment | None:
    """The visit a recap is about: the latest one that has begun, else the latest with a
    date, else the first one entered."""
    if case is None or not case.appointments:
        return None
    moment = now or datetime.now(UTC)
    dated = [(a.starts_at, a) for a in case.appointments if a.starts_at is not None]
    begun = [pair for pair in dated if pair[0] <= moment]
    for candidates in (begun, dated):
        if candidates:
            return max(candidates, key=lambda pair: pair[0])[1]
    return case.appointments[0]


def members(case: Case, role: CareRole) -> list[CareTeamMember]:
    """The care-team members with ``role``, in the order they were entered."""
    return [m for m in case.care_team if m.role == role]


def primary_care_doctors(case: Case | None) -> list[CareTeamMember]:
    """Every care-team member marked as the primary care doctor."""
    return members(case, CareRole.PRIMARY_CARE) if case is not None else []


def primary_care_doctor(case: Case | None) -> CareTeamMember | None:
    """The first care-team member marked as the primary care doctor, if any."""
    found = primary_care_doctors(case)
    return found[0] if found else None


def is_sent(record: RecordItem) -> bool:
    """True once the record has gone on to the second-opinion doctor."""
    return record.status in SENT_STATUSES


def is_answered(record: RecordItem) -> bool:
    """True once the request needs no chasing: the record came back or has gone on."""
    return (record.status or RecordStatus.NEEDED) in ANSWERED_STATUSES


def still_to_get(record: RecordItem) -> bool:
    """True while the record is not in hand: not asked for yet, or asked for and not come."""
    return (record.status or RecordStatus.NEEDED) in STILL_TO_GET


def records_not_sent(case: Case) -> list[RecordItem]:
    """The records not yet sent on to the second-opinion doctor, in the order entered."""
    return [r for r in case.records if not is_sent(r)]


def written_questions(case: Case) -> list[Question]:
    """The questions that have words in them (a blank row is not a question yet)."""
    return [q for q in case.questions if (q.text or "").strip()]


def second_opinion_doctor(case: Case) -> CareTeamMember | None:
    """Where records should go: the second-opinion doctor, else a third-opinion one."""
    for role in (CareRole.SECOND_OPINION, CareRole.THIRD_OPINION):
        found = members(case, role)
        if found:
            return found[0]
    return None


def case_id_of(obj: object | None) -> int | None:
    """The number of the case ``obj`` belongs to, following its owners (an insurance call's
    insurance, then its case); None for a person and what belongs to a person."""
    from secondopinion_desktop.model import Case, Person

    for _ in range(3):
        if obj is None or isinstance(obj, Person):
            return None
        if isinstance(obj, Case):
            return obj.id
        obj = getattr(obj, "case", None) or getattr(obj, "insurance", None)
    return None
