"""The ORM classes: a person, their cases, and everything a case gathers."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, MetaData, Text
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

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
from secondopinion_desktop.model.types import AwareDateTime, enum_column_type

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _case_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)


def _person_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)


class Person(Base):
    """Someone a second opinion is being prepared for."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(Text, default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    preferred_language: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime, default=_now)

    medications: Mapped[list[Medication]] = relationship(
        back_populates="person",
        cascade="all, delete-orphan",
        order_by="Medication.position",
        collection_class=ordering_list("position"),
    )
    allergies: Mapped[list[Allergy]] = relationship(
        back_populates="person",
        cascade="all, delete-orphan",
        order_by="Allergy.position",
        collection_class=ordering_list("position"),
    )
    conditions: Mapped[list[Condition]] = relationship(
        back_populates="person",
        cascade="all, delete-orphan",
        order_by="Condition.position",
        collection_class=ordering_list("position"),
    )
    cases: Mapped[list[Case]] = relationship(
        back_populates="person",
        cascade="all, delete-orphan",
        order_by="Case.id",
    )


class Medication(Base):
    __tablename__ = "medications"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = _person_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str | None] = mapped_column(Text)
    dose: Mapped[str | None] = mapped_column(Text)
    how_often: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    person: Mapped[Person] = relationship(back_populates="medications")


class Allergy(Base):
    __tablename__ = "allergies"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = _person_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    substance: Mapped[str | None] = mapped_column(Text)
    reaction: Mapped[str | None] = mapped_column(Text)
    person: Mapped[Person] = relationship(back_populates="allergies")


class Condition(Base):
    __tablename__ = "conditions"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = _person_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str | None] = mapped_column(Text)
    # Free text on purpose: people say "2019" or "since childhood" as often as a date.
    since: Mapped[str | None] = mapped_column(Text)
    person: Mapped[Person] = relationship(back_populates="conditions")


class Case(Base):
    """One question a person wants a second opinion on."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = _person_fk()
    title: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[CaseStatus] = mapped_column(
        enum_column_type(CaseStatus), default=CaseStatus.PREPARING
    )
    created_at: Mapped[datetime] = mapped_column(AwareDateTime, default=_now)
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime, default=_now, onupdate=_now)

    diagnosis_current: Mapped[str | None] = mapped_column(Text)
    diagnosed_by: Mapped[str | None] = mapped_column(Text)
    diagnosed_on: Mapped[date | None] = mapped_column(Date)
    proposed_treatment: Mapped[str | None] = mapped_column(Text)
    in_my_words: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person] = relationship(back_populates="cases")
    reasons: Mapped[list[Reason]] = relationship(
        back_populates="case",
        cascade="all, delete-orphan",
        order_by="Reason.position",
        collection_class=ordering_list("position"),
    )
    care_team: Mapped[list[CareTeamMember]] = relationship(
        back_populates="case",
        cascade="all, delete-orphan",
        order_by="CareTeamMember.position",
        collection_class=ordering_list("position"),
    )
    insurance: Mapped[Insurance | None] = relationship(
        back_populates="case",
        cascade="all, delete-orphan",
        uselist=False,
    )
    records: Mapped[list[RecordItem]] = relationship(
        back_populates="case",
        cascade="all, delete-orphan",
        order_by="RecordItem.position",
        collection_class=ordering_list("position"),
    )
    questions: Mapped[list[Question]] = relationship(
        back_populates="case",
        cascade="all, delete-orphan",
        order_by="Question.position",
        collection_class=ordering_list("position"),
    )
    appointments: Mapped[list[Appointment]] = relationship(
        back_populates="case",
        cascade="all, delete-orphan",
        order_by="Appointment.position",
        collection_class=ordering_list("position"),
    )
    opinions: Mapped[list[Opinion]] = relationship(
        back_populates="case",
        cascade="all, delete-orphan",
        order_by="Opinion.position",
        collection_class=ordering_list("position"),
    )
    decision: Mapped[Decision | None] = relationship(
        back_populates="case",
        cascade="all, delete-orphan",
        uselist=False,
    )


class Reason(Base):
    """Why the person wants another opinion (a reason from the checklist, or their own words)."""

    __tablename__ = "reasons"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _case_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[ReasonCode] = mapped_column(enum_column_type(ReasonCode))
    detail: Mapped[str | None] = mapped_column(Text)
    case: Mapped[Case] = relationship(back_populates="reasons")


class CareTeamMember(Base):
    """A doctor on the case: the primary care doctor, the first opinion, the candidates."""

    __tablename__ = "care_team"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _case_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[CareRole] = mapped_column(enum_column_type(CareRole), default=CareRole.OTHER)
    name: Mapped[str | None] = mapped_column(Text)
    specialty: Mapped[str | None] = mapped_column(Text)
    organization: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    fax: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    keep_informed: Mapped[bool] = mapped_column(Boolean, default=False)
    found_via: Mapped[FoundVia | None] = mapped_column(enum_column_type(FoundVia))
    in_network: Mapped[TriState] = mapped_column(
        enum_column_type(TriState), default=TriState.UNKNOWN
    )
    case: Mapped[Case] = relationship(back_populates="care_team")


class Insurance(Base):
    """The plan and what it says about a second opinion (required? covered?)."""

    __tablename__ = "insurance"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    plan_name: Mapped[str | None] = mapped_column(Text)
    member_id: Mapped[str | None] = mapped_column(Text)
    group_number: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    requires_second_opinion: Mapped[TriState] = mapped_column(
        enum_column_type(TriState), default=TriState.UNKNOWN
    )
    second_opinion_covered: Mapped[TriState] = mapped_column(
        enum_column_type(TriState), default=TriState.UNKNOWN
    )
    referral_required: Mapped[TriState] = mapped_column(
        enum_column_type(TriState), default=TriState.UNKNOWN
    )
    preauthorization_required: Mapped[TriState] = mapped_column(
        enum_column_type(TriState), default=TriState.UNKNOWN
    )
    notes: Mapped[str | None] = mapped_column(Text)
    case: Mapped[Case] = relationship(back_populates="insurance")
    calls: Mapped[list[InsuranceCall]] = relationship(
        back_populates="insurance",
        cascade="all, delete-orphan",
        order_by="InsuranceCall.position",
        collection_class=ordering_list("position"),
    )


class InsuranceCall(Base):
    """One call to the insurer: when, with whom, the reference number, what they said."""

    __tablename__ = "insurance_calls"

    id: Mapped[int] = mapped_column(primary_key=True)
    insurance_id: Mapped[int] = mapped_column(
        ForeignKey("insurance.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    on: Mapped[date | None] = mapped_column(Date)
    spoke_with: Mapped[str | None] = mapped_column(Text)
    reference_number: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    insurance: Mapped[Insurance] = relationship(back_populates="calls")


class RecordItem(Base):
    """A set of medical records to gather and send ahead of the visit."""

    __tablename__ = "records"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _case_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[RecordKind] = mapped_column(enum_column_type(RecordKind))
    description: Mapped[str | None] = mapped_column(Text)
    held_by: Mapped[str | None] = mapped_column(Text)
    status: Mapped[RecordStatus] = mapped_column(
        enum_column_type(RecordStatus), default=RecordStatus.NEEDED
    )
    requested_on: Mapped[date | None] = mapped_column(Date)
    sent_on: Mapped[date | None] = mapped_column(Date)
    via: Mapped[SentVia | None] = mapped_column(enum_column_type(SentVia))
    notes: Mapped[str | None] = mapped_column(Text)
    # The right-of-access clock (model/records_clock.py): a written extension notice and the
    # new date it gives, and when the records came.
    extension_notice_on: Mapped[date | None] = mapped_column(Date)
    extended_until: Mapped[date | None] = mapped_column(Date)
    received_on: Mapped[date | None] = mapped_column(Date)
    # Slides and imaging discs travel by courier and often must go back.
    courier: Mapped[str | None] = mapped_column(Text)
    tracking_number: Mapped[str | None] = mapped_column(Text)
    return_by: Mapped[date | None] = mapped_column(Date)
    returned_on: Mapped[date | None] = mapped_column(Date)
    # The last imaging-disc check (services/disc_check.py) of this record's disc.
    disc_checked_on: Mapped[date | None] = mapped_column(Date)
    disc_studies: Mapped[int | None] = mapped_column(Integer)
    disc_images: Mapped[int | None] = mapped_column(Integer)
    case: Mapped[Case] = relationship(back_populates="records")


class Question(Base):
    """A question to ask at the visit, in the order it will be asked."""

    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _case_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    topic: Mapped[str | None] = mapped_column(Text)
    must_ask: Mapped[bool] = mapped_column(Boolean, default=False)
    asked: Mapped[bool] = mapped_column(Boolean, default=False)
    answer: Mapped[str | None] = mapped_column(Text)
    case: Mapped[Case] = relationship(back_populates="questions")


class Appointment(Base):
    """A visit (in person or by video) with its companion and, afterwards, its recap."""

    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _case_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    with_doctor: Mapped[str | None] = mapped_column(Text)
    starts_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
    mode: Mapped[VisitMode] = mapped_column(
        enum_column_type(VisitMode), default=VisitMode.IN_PERSON
    )
    location: Mapped[str | None] = mapped_column(Text)
    video_link: Mapped[str | None] = mapped_column(Text)
    records_due_on: Mapped[date | None] = mapped_column(Date)
    companion_name: Mapped[str | None] = mapped_column(Text)
    companion_relationship: Mapped[str | None] = mapped_column(Text)
    companion_phone: Mapped[str | None] = mapped_column(Text)
    recap_diagnosis_as_understood: Mapped[str | None] = mapped_column(Text)
    recap_choices: Mapped[str | None] = mapped_column(Text)
    recap_next_steps: Mapped[str | None] = mapped_column(Text)
    recap_pcp_informed_on: Mapped[date | None] = mapped_column(Date)
    case: Mapped[Case] = relationship(back_populates="appointments")

    @property
    def has_companion(self) -> bool:
        return any((self.companion_name, self.companion_relationship, self.companion_phone))

    @property
    def has_recap(self) -> bool:
        return any(
            (
                self.recap_diagnosis_as_understood,
                self.recap_choices,
                self.recap_next_steps,
                self.recap_pcp_informed_on,
            )
        )


class Opinion(Base):
    """What one doctor concluded: the first opinion, the second, perhaps a third."""

    __tablename__ = "opinions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _case_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    ordinal: Mapped[int] = mapped_column(Integer, default=1)
    doctor: Mapped[str | None] = mapped_column(Text)
    on: Mapped[date | None] = mapped_column(Date)
    diagnosis: Mapped[str | None] = mapped_column(Text)
    recommended_treatment: Mapped[str | None] = mapped_column(Text)
    other_options: Mapped[str | None] = mapped_column(Text)
    compared_to_first: Mapped[Comparison | None] = mapped_column(enum_column_type(Comparison))
    notes: Mapped[str | None] = mapped_column(Text)
    case: Mapped[Case] = relationship(back_populates="opinions")


class Decision(Base):
    """The final state of a case: the plan chosen, with whom, and why."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    chosen_plan: Mapped[str | None] = mapped_column(Text)
    with_doctor: Mapped[str | None] = mapped_column(Text)
    why: Mapped[str | None] = mapped_column(Text)
    on: Mapped[date | None] = mapped_column(Date)
    case: Mapped[Case] = relationship(back_populates="decision")


__all__ = [
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
]
