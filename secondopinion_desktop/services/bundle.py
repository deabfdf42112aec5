"""The case file (format ``secondopinion-case``, version 2; reads 1): export one case, import one.

Field names and their order are the contract written down in docs/file-format.md. Export
writes every field, with null for an empty value; import reads null and a missing field alike,
so export -> import -> export gives the same document.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from importlib import resources
from typing import TYPE_CHECKING, Any

from secondopinion_desktop.model import (
    Allergy,
    Appointment,
    CareRole,
    CareTeamMember,
    Case,
    CaseStatus,
    Comparison,
    Condition,
    Decision,
    FoundVia,
    Insurance,
    InsuranceCall,
    Medication,
    Opinion,
    Person,
    Question,
    Reason,
    ReasonCode,
    RecordItem,
    RecordKind,
    RecordStatus,
    SentVia,
    TriState,
    VisitMode,
)
from secondopinion_desktop.services.bundle_validate import (
    FORMAT_NAME,
    FORMAT_VERSION,
    BundleError,
    parse_bundle,
    schema_text,
    validate_bundle,
)
from secondopinion_desktop.storage.errors import SaveError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from secondopinion_desktop.storage.store import Store

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "BundleError",
    "bundle_to_person",
    "case_to_bundle",
    "example_case_text",
    "export_case",
    "export_case_json",
    "import_bundle",
    "parse_bundle",
    "schema_text",
    "validate_bundle",
]

EXAMPLE_RESOURCE = "resources/examples/example-case.json"

Json = dict[str, Any]


def example_case_text() -> str:
    """The example case shipped inside the package (a valid case file)."""
    return resources.files("secondopinion_desktop").joinpath(EXAMPLE_RESOURCE).read_text("utf-8")


# --- export ---------------------------------------------------------------------------------


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _moment(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _code(value: StrEnum | None) -> str | None:
    return value.value if value is not None else None


def _person_json(person: Person) -> Json:
    return {
        "full_name": person.full_name or None,
        "date_of_birth": _day(person.date_of_birth),
        "phone": person.phone,
        "email": person.email,
        "preferred_language": person.preferred_language,
        "medications": [
            {"name": m.name, "dose": m.dose, "how_often": m.how_often, "reason": m.reason}
            for m in person.medications
        ],
        "allergies": [{"substance": a.substance, "reaction": a.reaction} for a in person.allergies],
        "conditions": [{"name": c.name, "since": c.since} for c in person.conditions],
    }


def _diagnosis_json(case: Case) -> Json | None:
    diagnosis = {
        "current": case.diagnosis_current,
        "diagnosed_by": case.diagnosed_by,
        "diagnosed_on": _day(case.diagnosed_on),
        "proposed_treatment": case.proposed_treatment,
        "in_my_words": case.in_my_words,
    }
    # Like companion and recap: nothing written down yet reads as null, not as empty fields.
    return diagnosis if any(v is not None for v in diagnosis.values()) else None


def _care_team_json(member: CareTeamMember) -> Json:
    return {
        "role": _code(member.role),
        "name": member.name,
        "specialty": member.specialty,
        "organization": member.organization,
        "phone": member.phone,
        "fax": member.fax,
        "email": member.email,
        "address": member.address,
        "keep_informed": bool(member.keep_informed),
        "found_via": _code(member.found_via),
        "in_network": _code(member.in_network),
    }


def _insurance_json(insurance: Insurance | None) -> Json | None:
    if insurance is None:
        return None
    return {
        "plan_name": insurance.plan_name,
        "member_id": insurance.member_id,
        "group_number": insurance.group_number,
        "phone": insurance.phone,
        "requires_second_opinion": _code(insurance.requires_second_opinion),
        "second_opinion_covered": _code(insurance.second_opinion_covered),
        "referral_required": _code(insurance.referral_required),
        "preauthorization_required": _code(insurance.preauthorization_required),
        "notes": insurance.notes,
        "calls": [
            {
                "on": _day(call.on),
                "spoke_with": call.spoke_with,
                "reference_number": call.reference_number,
                "notes": call.notes,
            }
            for call in insurance.calls
        ],
    }


def _record_json(record: RecordItem) -> Json:
    return {
        "kind": _code(record.kind),
        "description": record.description,
        "held_by": record.held_by,
        "status": _code(record.status),
        "requested_on": _day(record.requested_on),
        "sent_on": _day(record.sent_on),
        "via": _code(record.via),
        "notes": record.notes,
        "extension_notice_on": _day(record.extension_notice_on),
        "extended_until": _day(record.extended_until),
        "received_on": _day(record.received_on),
        "courier": record.courier,
        "tracking_number": record.tracking_number,
        "return_by": _day(record.return_by),
        "returned_on": _day(record.returned_on),
        "disc_check": (
            {
                "checked_on": _day(record.disc_checked_on),
                "studies": record.disc_studies,
                "images": record.disc_images,
            }
            if record.disc_checked_on is not None
            else None
        ),
    }


def _question_json(question: Question) -> Json:
    return {
        "text": question.text or None,
        "topic": question.topic,
        "must_ask": bool(question.must_ask),
        "asked": bool(question.asked),
        "answer": question.answer,
    }


def _appointment_json(visit: Appointment) -> Json:
    companion = (
        {
            "name": visit.companion_name,
            "relationship": visit.companion_relationship,
            "phone": visit.companion_phone,
        }
        if visit.has_companion
        else None
    )
    recap = (
        {
            "diagnosis_as_understood": visit.recap_diagnosis_as_understood,
            "choices": visit.recap_choices,
            "next_steps": visit.recap_next_steps,
            "pcp_informed_on": _day(visit.recap_pcp_informed_on),
        }
        if visit.has_recap
        else None
    )
    return {
        "with": visit.with_doctor,
        "starts_at": _moment(visit.starts_at),
        "mode": _code(visit.mode),
        "location": visit.location,
        "video_link": visit.video_link,
        "records_due_on": _day(visit.records_due_on),
        "companion": companion,
        "recap": recap,
    }


def _opinion_json(opinion: Opinion) -> Json:
    return {
        "ordinal": opinion.ordinal,
        "doctor": opinion.doctor,
        "on": _day(opinion.on),
        "diagnosis": opinion.diagnosis,
        "recommended_treatment": opinion.recommended_treatment,
        "other_options": opinion.other_options,
        "compared_to_first": _code(opinion.compared_to_first),
        "notes": opinion.notes,
    }


def _decision_json(decision: Decision | None) -> Json | None:
    if decision is None:
        return None
    return {
        "chosen_plan": decision.chosen_plan,
        "with_doctor": decision.with_doctor,
        "why": decision.why,
        "on": _day(decision.on),
    }


def case_to_bundle(case: Case) -> Json:
    """A loaded case (with its person and children) as a case-file document."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "person": _person_json(case.person),
        "case": {
            "title": case.title or None,
            "status": _code(case.status),
            "diagnosis": _diagnosis_json(case),
            "reasons": [{"code": _code(r.code), "detail": r.detail} for r in case.reasons],
            "care_team": [_care_team_json(m) for m in case.care_team],
            "insurance": _insurance_json(case.insurance),
            "records": [_record_json(r) for r in case.records],
            "questions": [_question_json(q) for q in case.questions],
            "appointments": [_appointment_json(a) for a in case.appointments],
            "opinions": [_opinion_json(o) for o in case.opinions],
            "decision": _decision_json(case.decision),
        },
    }


def export_case(session: Session, case_id: int) -> Json:
    """Case ``case_id`` as a case-file document (raises CaseNotFoundError if there is none)."""
    from secondopinion_desktop.services.cases import load_case

    return case_to_bundle(load_case(session, case_id))


def bundle_json_text(document: Mapping[str, Any]) -> str:
    """A document as the text of a case file: indented, UTF-8 characters kept, final newline."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def export_case_json(session: Session, case_id: int) -> str:
    """Case ``case_id`` as the text of a case file."""
    return bundle_json_text(export_case(session, case_id))


# --- import ---------------------------------------------------------------------------------


def _items(obj: Mapping[str, Any] | None, key: str) -> list[Mapping[str, Any]]:
    if not obj:
        return []
    value = obj.get(key)
    return list(value) if value else []


def _to_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _to_moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value is not None else None


def _enum[E: StrEnum](cls: type[E], value: str | None, default: E) -> E:
    return cls(value) if value is not None else default


def _maybe_enum[E: StrEnum](cls: type[E], value: str | None) -> E | None:
    return cls(value) if value is not None else None


def _diagnosis_into(case: Case, diagnosis: Mapping[str, Any] | None) -> None:
    d = diagnosis or {}
    case.diagnosis_current = d.get("current")
    case.diagnosed_by = d.get("diagnosed_by")
    case.diagnosed_on = _to_day(d.get("diagnosed_on"))
    case.proposed_treatment = d.get("proposed_treatment")
    case.in_my_words = d.get("in_my_words")


def _care_team_from(m: Mapping[str, Any]) -> CareTeamMember:
    return CareTeamMember(
        role=_enum(CareRole, m.get("role"), CareRole.OTHER),
        name=m.get("name"),
        specialty=m.get("specialty"),
        organization=m.get("organization"),
        phone=m.get("phone"),
        fax=m.get("fax"),
        email=m.get("email"),
        address=m.get("address"),
        keep_informed=bool(m.get("keep_informed")),
        found_via=_maybe_enum(FoundVia, m.get("found_via")),
        in_network=_enum(TriState, m.get("in_network"), TriState.UNKNOWN),
    )


def _insurance_from(i: Mapping[str, Any] | None) -> Insurance | None:
    if i is None:
        return None
    insurance = Insurance(
        plan_name=i.get("plan_name"),
        member_id=i.get("member_id"),
        group_number=i.get("group_number"),
        phone=i.get("phone"),
        requires_second_opinion=_enum(
            TriState, i.get("requires_second_opinion"), TriState.UNKNOWN
        ),
        second_opinion_covered=_enum(TriState, i.get("second_opinion_covered"), TriState.UNKNOWN),
        referral_required=_enum(TriState, i.get("referral_required"), TriState.UNKNOWN),
        preauthorization_required=_enum(
            TriState, i.get("preauthorization_required"), TriState.UNKNOWN
        ),
        notes=i.get("notes"),
    )
    insurance.calls.extend(
        InsuranceCall(
            on=_to_day(c.get("on")),
            spoke_with=c.get("spoke_with"),
            reference_number=c.get("reference_number"),
            notes=c.get("notes"),
        )
        for c in _items(i, "calls")
    )
    return insurance


def _record_from(r: Mapping[str, Any]) -> RecordItem:
    disc = r.get("disc_check") or {}
    return RecordItem(
        kind=RecordKind(r["kind"]),
        description=r.get("description"),
        held_by=r.get("held_by"),
        status=_enum(RecordStatus, r.get("status"), RecordStatus.NEEDED),
        requested_on=_to_day(r.get("requested_on")),
        sent_on=_to_day(r.get("sent_on")),
        via=_maybe_enum(SentVia, r.get("via")),
        notes=r.get("notes"),
        extension_notice_on=_to_day(r.get("extension_notice_on")),
        extended_until=_to_day(r.get("extended_until")),
        received_on=_to_day(r.get("received_on")),
        courier=r.get("courier"),
        tracking_number=r.get("tracking_number"),
        return_by=_to_day(r.get("return_by")),
        returned_on=_to_day(r.get("returned_on")),
        disc_checked_on=_to_day(disc.get("checked_on")),
        disc_studies=disc.get("studies"),
        disc_images=disc.get("images"),
    )


def _question_from(q: Mapping[str, Any]) -> Question:
    return Question(
        text=q.get("text") or "",
        topic=q.get("topic"),
        must_ask=bool(q.get("must_ask")),
        asked=bool(q.get("asked")),
        answer=q.get("answer"),
    )


def _appointment_from(a: Mapping[str, Any]) -> Appointment:
    companion = a.get("companion") or {}
    recap = a.get("recap") or {}
    return Appointment(
        with_doctor=a.get("with"),
        starts_at=_to_moment(a.get("starts_at")),
        mode=_enum(VisitMode, a.get("mode"), VisitMode.IN_PERSON),
        location=a.get("location"),
        video_link=a.get("video_link"),
        records_due_on=_to_day(a.get("records_due_on")),
        companion_name=companion.get("name"),
        companion_relationship=companion.get("relationship"),
        companion_phone=companion.get("phone"),
        recap_diagnosis_as_understood=recap.get("diagnosis_as_understood"),
        recap_choices=recap.get("choices"),
        recap_next_steps=recap.get("next_steps"),
        recap_pcp_informed_on=_to_day(recap.get("pcp_informed_on")),
    )


def _opinion_from(o: Mapping[str, Any], index: int) -> Opinion:
    ordinal = o.get("ordinal")
    return Opinion(
        # A missing number is taken from the opinion's place in the list.
        ordinal=ordinal if ordinal is not None else index + 1,
        doctor=o.get("doctor"),
        on=_to_day(o.get("on")),
        diagnosis=o.get("diagnosis"),
        recommended_treatment=o.get("recommended_treatment"),
        other_options=o.get("other_options"),
        compared_to_first=_maybe_enum(Comparison, o.get("compared_to_first")),
        notes=o.get("notes"),
    )


def _decision_from(d: Mapping[str, Any] | None) -> Decision | None:
    if d is None:
        return None
    return Decision(
        chosen_plan=d.get("chosen_plan"),
        with_doctor=d.get("with_doctor"),
        why=d.get("why"),
        on=_to_day(d.get("on")),
    )


def bundle_to_person(document: Mapping[str, Any]) -> Person:
    """A new, unsaved Person holding the one case of a checked document."""
    p = document["person"]
    c = document["case"]
    person = Person(
        full_name=p.get("full_name") or "",
        date_of_birth=_to_day(p.get("date_of_birth")),
        phone=p.get("phone"),
        email=p.get("email"),
        preferred_language=p.get("preferred_language"),
    )
    person.medications.extend(
        Medication(
            name=m.get("name"), dose=m.get("dose"), how_often=m.get("how_often"),
            reason=m.get("reason"),
        )
        for m in _items(p, "medications")
    )
    person.allergies.extend(
        Allergy(substance=a.get("substance"), reaction=a.get("reaction"))
        for a in _items(p, "allergies")
    )
    person.conditions.extend(
        Condition(name=x.get("name"), since=x.get("since")) for x in _items(p, "conditions")
    )
    case = Case(
        title=c.get("title") or "",
        status=_enum(CaseStatus, c.get("status"), CaseStatus.PREPARING),
    )
    _diagnosis_into(case, c.get("diagnosis"))
    case.reasons.extend(
        Reason(code=ReasonCode(r["code"]), detail=r.get("detail")) for r in _items(c, "reasons")
    )
    case.care_team.extend(_care_team_from(m) for m in _items(c, "care_team"))
    case.insurance = _insurance_from(c.get("insurance"))
    case.records.extend(_record_from(r) for r in _items(c, "records"))
    case.questions.extend(_question_from(q) for q in _items(c, "questions"))
    case.appointments.extend(_appointment_from(a) for a in _items(c, "appointments"))
    case.opinions.extend(_opinion_from(o, i) for i, o in enumerate(_items(c, "opinions")))
    case.decision = _decision_from(c.get("decision"))
    person.cases.append(case)
    return person


def _add(session: Session, document: Mapping[str, Any]) -> int:
    person = bundle_to_person(document)
    session.add(person)
    session.flush()
    return person.cases[0].id


IMPORT_NOT_SAVED = "import.not_saved"
_NOT_SAVED = (
    "The case could not be saved (the store may be busy, full or read-only); nothing was added."
)


def import_bundle(target: Store | Session, document: Mapping[str, Any]) -> int:
    """Add the case in ``document`` for a new person; returns the new case's number.

    ``document`` is checked again here (it may not come from parse_bundle). Given a Store,
    the whole case is written in one transaction: it is all there afterwards, or none of it.
    Given a Session, the rows are flushed and the caller's transaction decides (if the flush
    fails, the session is rolled back). A database failure becomes a plain SaveError.
    """
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.orm import Session

    checked = validate_bundle(document)
    try:
        if isinstance(target, Session):
            try:
                return _add(target, checked)
            except SQLAlchemyError:
                # A failed flush leaves the session unusable until it is rolled back.
                target.rollback()
                raise
        with target.session() as session:
            return _add(session, checked)
    except SQLAlchemyError:
        raise SaveError(_NOT_SAVED, code=IMPORT_NOT_SAVED) from None
