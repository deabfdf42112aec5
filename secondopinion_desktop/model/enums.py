"""Enumerations shared by the model, the case bundle and the screens."""

from enum import StrEnum


class CaseStatus(StrEnum):
    PREPARING = "preparing"
    BOOKED = "booked"
    VISITED = "visited"
    DECIDED = "decided"
    CLOSED = "closed"


class ReasonCode(StrEnum):
    TREATMENT_NOT_WORKING = "treatment_not_working"
    SEVERAL_POSSIBLE_DIAGNOSES = "several_possible_diagnoses"
    CHOOSING_BETWEEN_TREATMENTS = "choosing_between_treatments"
    SERIOUS_OR_RARE = "serious_or_rare"
    SHARED_SYMPTOMS = "shared_symptoms"
    INSURER_REQUIRES = "insurer_requires"
    WANT_SPECIALIST = "want_specialist"
    OTHER = "other"


class CareRole(StrEnum):
    PRIMARY_CARE = "primary_care"
    FIRST_OPINION = "first_opinion"
    SECOND_OPINION = "second_opinion"
    THIRD_OPINION = "third_opinion"
    OTHER = "other"


class FoundVia(StrEnum):
    PCP_REFERRAL = "pcp_referral"
    FRIENDS_FAMILY = "friends_family"
    INSURER_DIRECTORY = "insurer_directory"
    OTHER = "other"


class TriState(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class RecordKind(StrEnum):
    OFFICE_NOTES = "office_notes"
    TEST_RESULTS = "test_results"
    IMAGING_REPORT = "imaging_report"
    IMAGING_DISC = "imaging_disc"
    PATHOLOGY_REPORT = "pathology_report"
    PATHOLOGY_SLIDES = "pathology_slides"
    OPERATIVE_REPORT = "operative_report"
    DISCHARGE_SUMMARY = "discharge_summary"
    MEDICATION_LIST = "medication_list"
    OTHER = "other"


class RecordStatus(StrEnum):
    NEEDED = "needed"
    REQUESTED = "requested"
    RECEIVED = "received"
    SENT = "sent"
    CONFIRMED = "confirmed"


class SentVia(StrEnum):
    PORTAL = "portal"
    FAX = "fax"
    MAIL = "mail"
    EMAIL = "email"
    HAND_CARRY = "hand_carry"
    OTHER = "other"


class VisitMode(StrEnum):
    IN_PERSON = "in_person"
    VIRTUAL = "virtual"


class Comparison(StrEnum):
    SAME = "same"
    REFINED = "refined"
    CHANGED = "changed"
