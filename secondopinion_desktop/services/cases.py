"""Finding and loading cases: the list of cases and one case with everything it holds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from secondopinion_desktop.model import Case, Insurance, Person
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
