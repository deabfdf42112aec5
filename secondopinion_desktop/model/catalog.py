"""Plain-language names for the codes in the model, in English and Spanish.

The screens pass these through Qt's translator as well; the printouts, which know nothing of
Qt, read them from here so a PDF comes out in the language the person chose.
"""

from __future__ import annotations

from enum import StrEnum

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

_EN: list[tuple[StrEnum, str]] = [
    (CaseStatus.PREPARING, "Preparing"),
    (CaseStatus.BOOKED, "Appointment booked"),
    (CaseStatus.VISITED, "Visit done"),
    (CaseStatus.DECIDED, "Decision taken"),
    (CaseStatus.CLOSED, "Closed"),
    (ReasonCode.TREATMENT_NOT_WORKING, "The treatment is not working"),
    (ReasonCode.SEVERAL_POSSIBLE_DIAGNOSES, "There is more than one possible diagnosis"),
    (
        ReasonCode.CHOOSING_BETWEEN_TREATMENTS,
        ("I must choose between treatments (for example surgery or medicine)"),
    ),
    (ReasonCode.SERIOUS_OR_RARE, "The condition is serious or rare"),
    (ReasonCode.SHARED_SYMPTOMS, "Several conditions share my symptoms"),
    (ReasonCode.INSURER_REQUIRES, "My insurer requires a second opinion"),
    (ReasonCode.WANT_SPECIALIST, "I want to see a specialist in this condition"),
    (ReasonCode.OTHER, "Another reason"),
    (CareRole.PRIMARY_CARE, "Primary care doctor"),
    (CareRole.FIRST_OPINION, "Doctor who gave the first opinion"),
    (CareRole.SECOND_OPINION, "Second-opinion doctor"),
    (CareRole.THIRD_OPINION, "Third-opinion doctor"),
    (CareRole.OTHER, "Other"),
    (FoundVia.PCP_REFERRAL, "Referral from my primary care doctor"),
    (FoundVia.FRIENDS_FAMILY, "Recommended by friends or family"),
    (FoundVia.INSURER_DIRECTORY, "My insurer's list of doctors"),
    (FoundVia.OTHER, "Other"),
    (TriState.YES, "Yes"),
    (TriState.NO, "No"),
    (TriState.UNKNOWN, "Not known yet"),
    (RecordKind.OFFICE_NOTES, "Office notes"),
    (RecordKind.TEST_RESULTS, "Lab and test results"),
    (RecordKind.IMAGING_REPORT, "Imaging reports"),
    (RecordKind.IMAGING_DISC, "Imaging disc (the pictures themselves)"),
    (RecordKind.PATHOLOGY_REPORT, "Pathology reports"),
    (RecordKind.PATHOLOGY_SLIDES, "Pathology slides and blocks"),
    (RecordKind.OPERATIVE_REPORT, "Operative notes"),
    (RecordKind.DISCHARGE_SUMMARY, "Hospital discharge notes"),
    (RecordKind.MEDICATION_LIST, "Medication list"),
    (RecordKind.OTHER, "Other records"),
    (RecordStatus.NEEDED, "Needed"),
    (RecordStatus.REQUESTED, "Requested"),
    (RecordStatus.RECEIVED, "Received"),
    (RecordStatus.SENT, "Sent"),
    (RecordStatus.CONFIRMED, "Arrival confirmed"),
    (SentVia.PORTAL, "Patient portal"),
    (SentVia.FAX, "Fax"),
    (SentVia.MAIL, "Mail"),
    (SentVia.EMAIL, "Email"),
    (SentVia.HAND_CARRY, "Carried by hand"),
    (SentVia.OTHER, "Other"),
    (VisitMode.IN_PERSON, "In person"),
    (VisitMode.VIRTUAL, "Video visit"),
    (Comparison.SAME, "Same as the first opinion"),
    (Comparison.REFINED, "Refines the first opinion"),
    (Comparison.CHANGED, "Differs from the first opinion"),
]

_ES: list[tuple[StrEnum, str]] = [
    (CaseStatus.PREPARING, "En preparación"),
    (CaseStatus.BOOKED, "Cita reservada"),
    (CaseStatus.VISITED, "Consulta realizada"),
    (CaseStatus.DECIDED, "Decisión tomada"),
    (CaseStatus.CLOSED, "Cerrado"),
    (ReasonCode.TREATMENT_NOT_WORKING, "El tratamiento no está funcionando"),
    (ReasonCode.SEVERAL_POSSIBLE_DIAGNOSES, "Hay más de un diagnóstico posible"),
    (
        ReasonCode.CHOOSING_BETWEEN_TREATMENTS,
        ("Debo elegir entre tratamientos (por ejemplo cirugía o medicamentos)"),
    ),
    (ReasonCode.SERIOUS_OR_RARE, "La enfermedad es grave o poco común"),
    (ReasonCode.SHARED_SYMPTOMS, "Varias enfermedades comparten mis síntomas"),
    (ReasonCode.INSURER_REQUIRES, "Mi seguro exige una segunda opinión"),
    (ReasonCode.WANT_SPECIALIST, "Quiero ver a un especialista en esta enfermedad"),
    (ReasonCode.OTHER, "Otro motivo"),
    (CareRole.PRIMARY_CARE, "Médico de cabecera"),
    (CareRole.FIRST_OPINION, "Médico de la primera opinión"),
    (CareRole.SECOND_OPINION, "Médico de la segunda opinión"),
    (CareRole.THIRD_OPINION, "Médico de la tercera opinión"),
    (CareRole.OTHER, "Otro"),
    (FoundVia.PCP_REFERRAL, "Derivación de mi médico de cabecera"),
    (FoundVia.FRIENDS_FAMILY, "Recomendado por amigos o familia"),
    (FoundVia.INSURER_DIRECTORY, "Lista de médicos de mi seguro"),
    (FoundVia.OTHER, "Otro"),
    (TriState.YES, "Sí"),
    (TriState.NO, "No"),
    (TriState.UNKNOWN, "Aún no se sabe"),
    (RecordKind.OFFICE_NOTES, "Notas de consulta"),
    (RecordKind.TEST_RESULTS, "Resultados de análisis y pruebas"),
    (RecordKind.IMAGING_REPORT, "Informes de imagen"),
    (RecordKind.IMAGING_DISC, "Disco de imágenes (las imágenes mismas)"),
    (RecordKind.PATHOLOGY_REPORT, "Informes de patología"),
    (RecordKind.PATHOLOGY_SLIDES, "Laminillas y bloques de patología"),
    (RecordKind.OPERATIVE_REPORT, "Notas quirúrgicas"),
    (RecordKind.DISCHARGE_SUMMARY, "Informe de alta del hospital"),
    (RecordKind.MEDICATION_LIST, "Lista de medicamentos"),
    (RecordKind.OTHER, "Otros documentos"),
    (RecordStatus.NEEDED, "Hace falta"),
    (RecordStatus.REQUESTED, "Pedido"),
    (RecordStatus.RECEIVED, "Recibido"),
    (RecordStatus.SENT, "Enviado"),
    (RecordStatus.CONFIRMED, "Llegada confirmada"),
    (SentVia.PORTAL, "Portal del paciente"),
    (SentVia.FAX, "Fax"),
    (SentVia.MAIL, "Correo postal"),
    (SentVia.EMAIL, "Correo electrónico"),
    (SentVia.HAND_CARRY, "Llevado en mano"),
    (SentVia.OTHER, "Otro"),
    (VisitMode.IN_PERSON, "En persona"),
    (VisitMode.VIRTUAL, "Por video"),
    (Comparison.SAME, "Igual que la primera opinión"),
    (Comparison.REFINED, "Precisa la primera opinión"),
    (Comparison.CHANGED, "Distinta de la primera opinión"),
]

LANGUAGES = ("en", "es")


def _keyed(table: list[tuple[StrEnum, str]]) -> dict[tuple[type, str], str]:
    # Keyed by enum class too: several enums share the value "other", and StrEnum members
    # with equal values are equal dictionary keys, so the plain table would mix them up.
    return {(type(member), member.value): text for member, text in table}


_EN_KEYED = _keyed(_EN)
_ES_KEYED = _keyed(_ES)


def label(value: StrEnum, language: str = "en") -> str:
    """The plain words for a code, in ``language`` ("en" or "es"); English if unknown."""
    key = (type(value), value.value)
    table = _ES_KEYED if language.startswith("es") else _EN_KEYED
    return table.get(key, _EN_KEYED.get(key, str(value.value)))
