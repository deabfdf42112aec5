"""Which appointment a printout is about, and who is who on the care team."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from secondopinion_desktop.model.enums import CareRole

if TYPE_CHECKING:
    from secondopinion_desktop.model import Appointment, CareTeamMember, Case


def next_appointment(case: Case, now: datetime | None = None) -> Appointment | None:
    """The same rule as services.cases.next_appointment (reports may not import services):
    the soonest visit still ahead, else the latest past one, else the first one entered."""
    moment = now or datetime.now(UTC)
    dated = [a for a in case.appointments if a.starts_at is not None]
    ahead = [a for a in dated if a.starts_at is not None and a.starts_at >= moment]
    if ahead:
        return min(ahead, key=lambda a: a.starts_at or moment)
    if dated:
        return max(dated, key=lambda a: a.starts_at or moment)
    return case.appointments[0] if case.appointments else None


def members(case: Case, role: CareRole) -> list[CareTeamMember]:
    return [m for m in case.care_team if m.role == role]


def primary_care(case: Case) -> CareTeamMember | None:
    found = members(case, CareRole.PRIMARY_CARE)
    return found[0] if found else None


def second_opinion_doctor(case: Case) -> CareTeamMember | None:
    """Where records should go: the second-opinion doctor, else a third-opinion one."""
    for role in (CareRole.SECOND_OPINION, CareRole.THIRD_OPINION):
        found = members(case, role)
        if found:
            return found[0]
    return None
