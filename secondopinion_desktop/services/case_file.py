"""The case file described once: each section and field, driving export, import and the schema.

services/bundle.py exports and imports by this table, services/bundle_validate.py checks by it
and services/case_schema.py makes the JSON Schema from it. Each row names a field's JSON key
and, when it differs, the model attribute that holds it; what kind of value it is (date, date
and time, choice, true/false, whole number) is read from the SQLAlchemy column, so only a
text's length class (LINE, TEXT, LINK) and a number's bounds are written here. ``since`` is
the case file version that added the field. Field order is the order of the file.
docs/file-format.md explains every field to people; the JSON Schema in resources/ is generated
from this table (``make schema``) and a test checks it is current.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, Integer, Text
from sqlalchemy import Enum as SAEnum
from sqlalchemy import inspect as sa_inspect

from secondopinion_desktop.model import (
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
    TriState,
)
from secondopinion_desktop.model.types import AwareDateTime

FORMAT_NAME = "secondopinion-case"
# Raise this with any change to the fields below (tests/unit/services/test_case_file_version.py
# fails until you do), give the new fields since=FORMAT_VERSION, and say in docs/file-format.md
# what the version added.
FORMAT_VERSION = 2
FORMAT_KEY = "format"
VERSION_KEY = "version"

Json = dict[str, Any]


@dataclass(frozen=True)
class TextKind:
    """How much text a field may hold (a schema definition shared by many fields)."""

    name: str
    cap: int
    description: str


LINE = TextKind("line", 1_000, "A name, number or short phrase: at most 1,000 characters.")
TEXT = TextKind(
    "text", 100_000, "Free text (notes, answers, descriptions): at most 100,000 characters."
)
LINK = TextKind("link", 2_000, "A web address: at most 2,000 characters.")
TEXT_KINDS = (TEXT, LINE, LINK)

# Choices used by many fields get one schema definition, named here.
SHARED_CHOICES: dict[type[StrEnum], str] = {TriState: "triState"}

# The years a date may fall in (model/dates.py FIRST_YEAR..LAST_YEAR), as a pattern.
YEAR_PATTERN = "(19[0-9]{2}|2[01][0-9]{2}|2200)"


@dataclass(frozen=True)
class Field:
    """One value: its JSON key, and where the model keeps it."""

    key: str
    text: TextKind | None = None
    attribute: str = ""
    since: int = 1
    bounds: tuple[int, int] | None = None
    # A missing number is taken from the item's place in its list (opinions: first, second...).
    from_position: bool = False

    @property
    def attr(self) -> str:
        return self.attribute or self.key


@dataclass(frozen=True)
class Group:
    """Fields of the same model object written as one nested object (null when none is set)."""

    key: str
    fields: tuple[Field, ...]
    present: Callable[[Any], bool] | None = None
    since: int = 1
    description: str = ""

    @property
    def schema_name(self) -> str:
        head, *rest = self.key.split("_")
        return head + "".join(part.title() for part in rest)


@dataclass(frozen=True)
class Child:
    """A relationship of the model object: a list of sections, or one section or null."""

    key: str
    section: Section
    since: int = 1


@dataclass(frozen=True)
class Section:
    """One model class as one JSON object."""

    entity: type[Base]
    items: tuple[Field | Group | Child, ...]
    name: str = ""

    @property
    def schema_name(self) -> str:
        name = self.name or self.entity.__name__
        return name[0].lower() + name[1:]


# --- the case file --------------------------------------------------------------------------

MEDICATION = Section(
    Medication,
    (Field("name", LINE), Field("dose", LINE), Field("how_often", LINE), Field("reason", LINE)),
)
ALLERGY = Section(Allergy, (Field("substance", LINE), Field("reaction", LINE)))
CONDITION = Section(Condition, (Field("name", LINE), Field("since", LINE)))
PERSON = Section(
    Person,
    (
        Field("full_name", LINE),
        Field("date_of_birth"),
        Field("phone", LINE),
        Field("email", LINE),
        Field("preferred_language", LINE),
        Child("medications", MEDICATION),
        Child("allergies", ALLERGY),
        Child("conditions", CONDITION),
    ),
)

REASON = Section(Reason, (Field("code"), Field("detail", TEXT)))
CARE_TEAM_MEMBER = Section(
    CareTeamMember,
    (
        Field("role"),
        Field("name", LINE),
        Field("specialty", LINE),
        Field("organization", LINE),
        Field("phone", LINE),
        Field("fax", LINE),
        Field("email", LINE),
        Field("address", LINE),
        Field("keep_informed"),
        Field("found_via"),
        Field("in_network"),
    ),
)
INSURANCE_CALL = Section(
    InsuranceCall,
    (Field("on"), Field("spoke_with", LINE), Field("reference_number", LINE), Field("notes", TEXT)),
)
INSURANCE = Section(
    Insurance,
    (
        Field("plan_name", LINE),
        Field("member_id", LINE),
        Field("group_number", LINE),
        Field("phone", LINE),
        Field("requires_second_opinion"),
        Field("second_opinion_covered"),
        Field("referral_required"),
        Field("preauthorization_required"),
        Field("notes", TEXT),
        Child("calls", INSURANCE_CALL),
    ),
)
RECORD = Section(
    RecordItem,
    (
        Field("kind"),
        Field("description", TEXT),
        Field("held_by", LINE),
        Field("status"),
        Field("requested_on"),
        Field("sent_on"),
        Field("via"),
        Field("notes", TEXT),
        Field("extension_notice_on", since=2),
        Field("extended_until", since=2),
        Field("received_on", since=2),
        Field("courier", LINE, since=2),
        Field("tracking_number", LINE, since=2),
        Field("return_by", since=2),
        Field("returned_on", since=2),
        Group(
            "disc_check",
            (
                Field("checked_on", attribute="disc_checked_on", since=2),
                Field("studies", attribute="disc_studies", since=2, bounds=(0, 100_000)),
                Field("images", attribute="disc_images", since=2, bounds=(0, 10_000_000)),
            ),
            # Counts without a check date are left over from nothing; the date makes the check.
            present=lambda record: record.disc_checked_on is not None,
            since=2,
            description="Version 2: the last check of an imaging disc (what the app found on it).",
        ),
    ),
    name="record",
)
QUESTION = Section(
    Question,
    (
        Field("text", TEXT),
        Field("topic", LINE),
        Field("must_ask"),
        Field("asked"),
        Field("answer", TEXT),
    ),
)
APPOINTMENT = Section(
    Appointment,
    (
        Field("with", LINE, attribute="with_doctor"),
        Field("starts_at"),
        Field("mode"),
        Field("location", LINE),
        Field("video_link", LINK),
        Field("records_due_on"),
        Group(
            "companion",
            (
                Field("name", LINE, attribute="companion_name"),
                Field("relationship", LINE, attribute="companion_relationship"),
                Field("phone", LINE, attribute="companion_phone"),
            ),
            present=lambda visit: visit.has_companion,
        ),
        Group(
            "recap",
            (
                Field("diagnosis_as_understood", TEXT, attribute="recap_diagnosis_as_understood"),
                Field("choices", TEXT, attribute="recap_choices"),
                Field("next_steps", TEXT, attribute="recap_next_steps"),
                Field("pcp_informed_on", attribute="recap_pcp_informed_on"),
            ),
            present=lambda visit: visit.has_recap,
        ),
    ),
)
OPINION = Section(
    Opinion,
    (
        Field("ordinal", bounds=(1, 99), from_position=True),
        Field("doctor", LINE),
        Field("on"),
        Field("diagnosis", TEXT),
        Field("recommended_treatment", TEXT),
        Field("other_options", TEXT),
        Field("compared_to_first"),
        Field("notes", TEXT),
    ),
)
DECISION = Section(
    Decision,
    (Field("chosen_plan", TEXT), Field("with_doctor", LINE), Field("why", TEXT), Field("on")),
)
CASE = Section(
    Case,
    (
        Field("title", LINE),
        Field("status"),
        Group(
            "diagnosis",
            (
                Field("current", TEXT, attribute="diagnosis_current"),
                Field("diagnosed_by", LINE),
                Field("diagnosed_on"),
                Field("proposed_treatment", TEXT),
                Field("in_my_words", TEXT),
            ),
        ),
        Child("reasons", REASON),
        Child("care_team", CARE_TEAM_MEMBER),
        Child("insurance", INSURANCE),
        Child("records", RECORD),
        Child("questions", QUESTION),
        Child("appointments", APPOINTMENT),
        Child("opinions", OPINION),
        Child("decision", DECISION),
    ),
)
# The top level, after format and version: the person, and their one case.
DOCUMENT = (Child("person", PERSON), Child("case", CASE))

# Columns of the model a case file does not carry (row numbers, list places, bookkeeping).
NOT_IN_THE_FILE = frozenset({"id", "person_id", "case_id", "insurance_id", "position",
                             "created_at", "updated_at"})


# --- what the model says about a field ------------------------------------------------------


class Kind(StrEnum):
    """What a field holds (date, flag and dateTime also name their schema definitions)."""

    TEXT = "text"
    DATE = "date"
    DATE_TIME = "dateTime"
    CHOICE = "choice"
    FLAG = "flag"
    NUMBER = "number"


@dataclass(frozen=True)
class Column:
    """A field as the model stores it: its kind, and what an absent value becomes."""

    kind: Kind
    nullable: bool
    default: Any
    choices: type[StrEnum] | None = None

    @property
    def required(self) -> bool:
        """A choice the model cannot do without and has no default for (a record's kind)."""
        return self.kind is Kind.CHOICE and not self.nullable and self.default is None


@cache
def column(entity: type[Base], attribute: str) -> Column:
    """What the model's column ``entity.attribute`` holds."""
    col = sa_inspect(entity).columns[attribute]
    default = getattr(col.default, "arg", None) if col.default is not None else None
    if callable(default):
        default = None
    kind_of = col.type
    if isinstance(kind_of, SAEnum):
        choices = kind_of.enum_class
        if choices is None or not issubclass(choices, StrEnum):
            raise TypeError(f"{entity.__name__}.{attribute}: a choice must be a StrEnum")
        return Column(Kind.CHOICE, bool(col.nullable), default, choices)
    if isinstance(kind_of, AwareDateTime):
        return Column(Kind.DATE_TIME, bool(col.nullable), default)
    for sql_type, kind in (
        (Date, Kind.DATE), (Boolean, Kind.FLAG), (Integer, Kind.NUMBER), (Text, Kind.TEXT)
    ):
        if isinstance(kind_of, sql_type):
            return Column(kind, bool(col.nullable), default)
    raise TypeError(f"{entity.__name__}.{attribute}: no case-file kind for {kind_of!r}")


@cache
def holds_list(entity: type[Base], key: str) -> bool:
    """Whether the relationship ``entity.key`` holds a list (else one object or none)."""
    return bool(sa_inspect(entity).relationships[key].uselist)


def sections() -> Iterator[Section]:
    """Every section, each before the sections it holds (the schema's order)."""

    def walk(section: Section) -> Iterator[Section]:
        yield section
        for item in section.items:
            if isinstance(item, Child):
                yield from walk(item.section)

    for top in DOCUMENT:
        yield from walk(top.section)


def fields_of(section: Section) -> Iterator[Field]:
    """The section's own fields, those inside its groups included."""
    for item in section.items:
        if isinstance(item, Field):
            yield item
        elif isinstance(item, Group):
            yield from item.fields


@cache
def keys_of_kind(kind: Kind) -> frozenset[str]:
    """The JSON keys of every field of ``kind``, in any section."""
    return frozenset(
        f.key for s in sections() for f in fields_of(s) if column(s.entity, f.attr).kind == kind
    )


@cache
def text_caps() -> dict[str, int]:
    """The longest text each field may hold, by JSON key (the smallest cap for a shared key)."""
    caps: dict[str, int] = {}
    for section in sections():
        for f in fields_of(section):
            if f.text is not None:
                caps[f.key] = min(f.text.cap, caps.get(f.key, f.text.cap))
    return caps


def text_cap(entity: type[Any], attribute: str) -> int | None:
    """The longest text ``entity.attribute`` may hold in a case file (None: not a file text)."""
    return _attribute_caps().get((entity, attribute))


@cache
def _attribute_caps() -> dict[tuple[type[Any], str], int]:
    return {
        (s.entity, f.attr): f.text.cap
        for s in sections()
        for f in fields_of(s)
        if f.text is not None
    }


# --- versions -------------------------------------------------------------------------------


def too_new(document: Mapping[str, Any]) -> tuple[list[str | int], int] | None:
    """The first field that came after the version ``document`` says it is, with its version.

    The document has passed the schema: objects are objects and lists are lists (or null).
    """
    version = document.get(VERSION_KEY)
    if not isinstance(version, int) or version >= FORMAT_VERSION:
        return None
    for top in DOCUMENT:
        found = _too_new_in(top.section, document.get(top.key), [top.key], version)
        if found:
            return found
    return None


def _too_new_in(
    section: Section, obj: Any, parts: list[str | int], version: int
) -> tuple[list[str | int], int] | None:
    if not isinstance(obj, dict):
        return None
    newer = {item.key: item.since for item in section.items if item.since > version}
    for key in sorted(k for k in obj if k in newer):
        return [*parts, key], newer[key]
    for item in section.items:
        if isinstance(item, Group) and isinstance(obj.get(item.key), dict):
            for f in item.fields:
                if f.since > version and f.key in obj[item.key]:
                    return [*parts, item.key, f.key], f.since
        elif isinstance(item, Child):
            held = obj.get(item.key)
            children = enumerate(held) if isinstance(held, list) else ()
            for i, one in children:
                found = _too_new_in(item.section, one, [*parts, item.key, i], version)
                if found:
                    return found
            if isinstance(held, dict):
                found = _too_new_in(item.section, held, [*parts, item.key], version)
                if found:
                    return found
    return None
