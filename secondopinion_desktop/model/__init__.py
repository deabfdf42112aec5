"""The data model: ORM classes and enumerations. Knows nothing of Qt, ReportLab or files."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from secondopinion_desktop.model.entities import (
        Allergy,
        Appointment,
        Base,
        CareTeamMember,
        Case,
        Condition,
        Decision,
        Insurance,
        InsuranceCall,
        Medication,
        Opinion,
        Person,
        Question,
        Reason,
        RecordItem,
    )
from secondopinion_desktop.model.enums import (
    CareRole,
    CaseStatus,
    Comparison,
    FoundVia,
    ReasonCode,
    RecordKind,
    RecordStatus,
    SentVia,
    TriState,
    VisitMode,
)

__all__ = [
    "Allergy",
    "Appointment",
    "Base",
    "CareRole",
    "CareTeamMember",
    "Case",
    "CaseStatus",
    "Comparison",
    "Condition",
    "Decision",
    "FoundVia",
    "Insurance",
    "InsuranceCall",
    "Medication",
    "Opinion",
    "Person",
    "Question",
    "Reason",
    "ReasonCode",
    "RecordItem",
    "RecordKind",
    "RecordStatus",
    "SentVia",
    "TriState",
    "VisitMode",
]


def __getattr__(name: str) -> Any:
    # The ORM classes pull in SQLAlchemy (~300 ms); load them on first use so the window can
    # show before they are needed. Enums and catalog stay cheap to import.
    if name in _ENTITIES:
        from secondopinion_desktop.model import entities

        return getattr(entities, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_ENTITIES = frozenset(
    {
        "Allergy",
        "Appointment",
        "Base",
        "CareTeamMember",
        "Case",
        "Condition",
        "Decision",
        "Insurance",
        "InsuranceCall",
        "Medication",
        "Opinion",
        "Person",
        "Question",
        "Reason",
        "RecordItem",
    }
)
