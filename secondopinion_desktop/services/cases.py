"""Finding and loading cases: the list of cases and one case with everything it holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from secondopinion_desktop.model import Appointment, Case, Insurance, Person
from secondopinion_desktop.storage.errors import StoreError


class CaseNotFoundError(StoreError):
    """No case has that number."""


@dataclass(frozen=True)
class CaseLine:
    """One case as the list shows it."""

    case_id: int
    person_id: int
    person_name: str
    title: str
    status: str


def list_cases(session: Session) -> list[CaseLine]:
    """Every case, grouped by person, oldest first."""
    rows = session.execute(
        select(Case.id, Person.id, Person.full_name, Case.title, Case.status)
        .join(Person, Case.person_id == Person.id)
        .order_by(Person.full_name, Person.id, Case.id)
    ).all()
    return [CaseLine(r[0], r[1], r[2] or "", r[3] or "", str(r[4])) for r in rows]


def _full_case_options() -> list[object]:
    return [
        selectinload(Case.person).selectinload(Person.medications),
        selectinload(Case.person).selectinload(Person.allergies),
        selectinload(Case.person).selectinload(Person.conditions),
        selectinload(Case.reasons),
        selectinload(Case.care_team),
        selectinload(Case.insurance).selectinload(Insurance.calls),
        selectinload(Case.records),
        selectinload(Case.questions),
        selectinload(Case.appointments),
        selectinload(Case.opinions),
        selectinload(Case.decision),
    ]


def load_case(session: Session, case_id: int) -> Case:
    """One case with its person and every child loaded, ready to print or export."""
    case = session.scalars(
        select(Case).where(Case.id == case_id).options(*_full_case_options())  # type: ignore[arg-type]
    ).first()
    if case is None:
        raise CaseNotFoundError(
            f"There is no case number {case_id}; `secondopinion list` shows the cases."
        )
    return case


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
