"""The case file described once: each section and field, driving export, import and the schema.

Each row names a field's JSON key and, when it differs, the model attribute that holds it; what
kind of value it is (date, date and time, choice, true/false, whole number) is read from the
SQLAlchemy column, so only a text's length class (LINE, TEXT, LINK) and a number's bounds are
written here. ``since`` is the case file version that added the field. Field order is the
order of the file. docs/file-format.md explains every field to people; the JSON Schema in
resources/ is generated from this table (``tools/write-case-schema.py``) and checked by a test.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
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
_YEAR = "(19[0-9]{2}|2[01][0-9]{2}|2200)"


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
    name: str = field(default="")
    description: str = ""

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


@dataclass(frozen=True)
class Column:
    """A field as the model stores it: its kind, and what an absent value becomes."""

    kind: str  # "text", "date", "dateTime", "choice", "flag" or "number"
    nullable: bool
    default: Any
    choices: type[StrEnum] | None = None

    @property
    def required(self) -> bool:
        """A choice the model cannot do without and has no default for (a record's kind)."""
        return self.kind == "choice" and not self.nullable and self.default is None


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
        return Column("choice", bool(col.nullable), default, choices)
    if isinstance(kind_of, AwareDateTime):
        return Column("dateTime", bool(col.nullable), default)
    for sql_type, kind in ((Date, "date"), (Boolean, "flag"), (Integer, "number"), (Text, "text")):
        if isinstance(kind_of, sql_type):
            return Column(kind, bool(col.nullable), default)
    raise TypeError(f"{entity.__name__}.{attribute}: no case-file kind for {kind_of!r}")


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
def keys_of_kind(kind: str) -> frozenset[str]:
    """The JSON keys of every field of ``kind`` ("date", "dateTime"...), in any section."""
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


# --- export ---------------------------------------------------------------------------------


def _value_json(col: Column, value: Any) -> Any:
    if value is None:
        return False if col.kind == "flag" else None
    if col.kind in ("date", "dateTime"):
        return value.isoformat()
    if col.kind == "choice":
        return value.value
    if col.kind == "flag":
        return bool(value)
    if col.kind == "text" and not col.nullable:
        # The model keeps "nothing written" as "", the file as null.
        return value or None
    return value


def _group_json(section: Section, group: Group, entity: Any) -> Json | None:
    out = {f.key: _value_json(column(section.entity, f.attr), getattr(entity, f.attr))
           for f in group.fields}
    shown = group.present(entity) if group.present else any(v is not None for v in out.values())
    return out if shown else None


def section_json(section: Section, entity: Any) -> Json:
    """A model object as its section of the case file: every field, null when empty."""
    out: Json = {}
    for item in section.items:
        if isinstance(item, Field):
            value = getattr(entity, item.attr)
            out[item.key] = _value_json(column(section.entity, item.attr), value)
        elif isinstance(item, Group):
            out[item.key] = _group_json(section, item, entity)
        else:
            held = getattr(entity, item.key)
            if isinstance(held, list):
                out[item.key] = [section_json(item.section, one) for one in held]
            else:
                out[item.key] = None if held is None else section_json(item.section, held)
    return out


def case_document(case: Case) -> Json:
    """A loaded case (with its person and children) as a whole case-file document."""
    person, case_part = DOCUMENT
    return {
        FORMAT_KEY: FORMAT_NAME,
        VERSION_KEY: FORMAT_VERSION,
        person.key: section_json(person.section, case.person),
        case_part.key: section_json(case_part.section, case),
    }


# --- import ---------------------------------------------------------------------------------


def _value_from(col: Column, f: Field, obj: Mapping[str, Any], index: int) -> Any:
    if col.required:
        assert col.choices is not None
        return col.choices(obj[f.key])
    value = obj.get(f.key)
    if value is None:
        if f.from_position:
            return index + 1
        if col.kind == "flag":
            return False
        if col.kind == "text" and not col.nullable:
            return ""
        return col.default if col.kind == "choice" else None
    if col.kind == "date":
        return date.fromisoformat(value)
    if col.kind == "dateTime":
        return datetime.fromisoformat(value)
    if col.kind == "choice":
        assert col.choices is not None
        return col.choices(value)
    if col.kind == "flag":
        return bool(value)
    if col.kind == "text" and not col.nullable:
        return value or ""
    return value


def section_from(section: Section, obj: Mapping[str, Any], index: int = 0) -> Any:
    """A new, unsaved model object from its section of a checked case file.

    Null and a missing field read alike: the model's default, or nothing. ``index`` is the
    object's place in its list.
    """
    values: dict[str, Any] = {}
    lists: list[tuple[str, list[Any]]] = []
    for item in section.items:
        if isinstance(item, Field):
            values[item.attr] = _value_from(column(section.entity, item.attr), item, obj, index)
        elif isinstance(item, Group):
            inner = obj.get(item.key) or {}
            for f in item.fields:
                values[f.attr] = _value_from(column(section.entity, f.attr), f, inner, index)
        else:
            held = obj.get(item.key)
            if sa_inspect(section.entity).relationships[item.key].uselist:
                lists.append((item.key, [
                    section_from(item.section, one, i) for i, one in enumerate(held or [])
                ]))
            else:
                values[item.key] = None if held is None else section_from(item.section, held)
    entity = section.entity(**values)
    for key, children in lists:
        getattr(entity, key).extend(children)
    return entity


def document_person(document: Mapping[str, Any]) -> Person:
    """A new, unsaved Person holding the one case of a checked document."""
    person_part, case_part = DOCUMENT
    person: Person = section_from(person_part.section, document[person_part.key])
    person.cases.append(section_from(case_part.section, document[case_part.key]))
    return person


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


def fields_since(version: int) -> dict[str, frozenset[str]]:
    """The keys each section gained with ``version``, by section schema name."""
    found: dict[str, frozenset[str]] = {}
    for section in sections():
        keys = frozenset(item.key for item in section.items if item.since == version)
        if keys:
            found[section.schema_name] = keys
    return found


# --- the JSON Schema ------------------------------------------------------------------------


def _ref(name: str) -> Json:
    return {"$ref": f"#/$defs/{name}"}


def _field_schema(section: Section, f: Field) -> Json:
    col = column(section.entity, f.attr)
    if col.kind == "text":
        if f.text is None:
            raise TypeError(f"{section.schema_name}.{f.key}: a text field needs LINE, TEXT or LINK")
        return _ref(f.text.name)
    if col.kind in ("date", "dateTime", "flag"):
        return _ref(col.kind)
    if col.kind == "choice":
        assert col.choices is not None
        if col.choices in SHARED_CHOICES:
            return _ref(SHARED_CHOICES[col.choices])
        values: list[str | None] = [member.value for member in col.choices]
        return {"enum": values if col.required else [*values, None]}
    if f.bounds is None:
        raise TypeError(f"{section.schema_name}.{f.key}: a number field needs its bounds")
    return {"type": ["integer", "null"], "minimum": f.bounds[0], "maximum": f.bounds[1]}


def _object_schema(properties: Json, *, nullable: bool, required: list[str],
                   description: str = "") -> Json:
    body: Json = {"description": description} if description else {}
    body["type"] = ["object", "null"] if nullable else "object"
    body["additionalProperties"] = False
    if required:
        body["required"] = required
    body["properties"] = properties
    return body


def _section_schemas(section: Section, *, nullable: bool) -> Iterator[tuple[str, Json]]:
    properties: Json = {}
    required = [f.key for f in section.items
                if isinstance(f, Field) and column(section.entity, f.attr).required]
    held: list[tuple[str, Json]] = []
    for item in section.items:
        if isinstance(item, Field):
            properties[item.key] = _field_schema(section, item)
        elif isinstance(item, Group):
            properties[item.key] = _ref(item.schema_name)
            held.append((item.schema_name, _object_schema(
                {f.key: _field_schema(section, f) for f in item.fields},
                nullable=True, required=[], description=item.description,
            )))
        else:
            many = sa_inspect(section.entity).relationships[item.key].uselist
            name = item.section.schema_name
            properties[item.key] = {**_ref("list"), "items": _ref(name)} if many else _ref(name)
            held.extend(_section_schemas(item.section, nullable=not many))
    yield section.schema_name, _object_schema(
        properties, nullable=nullable, required=required, description=section.description
    )
    yield from held


def json_schema() -> Json:
    """The JSON Schema of the case file, made from the table above."""
    defs: Json = {
        kind.name: {"description": kind.description, "type": ["string", "null"],
                    "maxLength": kind.cap}
        for kind in TEXT_KINDS
    }
    defs["flag"] = {"type": ["boolean", "null"]}
    defs["date"] = {
        "type": ["string", "null"],
        "format": "date",
        "description": "YYYY-MM-DD, a real calendar day in the years 1900 to 2200.",
        "pattern": f"^{_YEAR}-[0-9]{{2}}-[0-9]{{2}}$",
    }
    defs["dateTime"] = {
        "type": ["string", "null"],
        "format": "date-time",
        "description": "A date (years 1900 to 2200) and time with its offset from UTC.",
        "pattern": (
            f"^{_YEAR}-[0-9]{{2}}-[0-9]{{2}}T[0-9]{{2}}:[0-9]{{2}}"
            r"(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2})$"
        ),
    }
    for choices, name in SHARED_CHOICES.items():
        defs[name] = {"enum": [*(member.value for member in choices), None]}
    defs["list"] = {"type": ["array", "null"]}
    for top in DOCUMENT:
        defs.update(_section_schemas(top.section, nullable=False))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:secondopinion:case-bundle:{FORMAT_VERSION}",
        "title": f"Second Opinion Companion case file, version {FORMAT_VERSION} "
                 "(reads every earlier version too)",
        "description": (
            "One case, with the person it is for, as written by `secondopinion export` and "
            "read by `secondopinion import`. docs/file-format.md explains every field. null "
            "and a missing optional field mean the same."
        ),
        "type": "object",
        "additionalProperties": False,
        "required": [FORMAT_KEY, VERSION_KEY, *(top.key for top in DOCUMENT)],
        "properties": {
            FORMAT_KEY: {"const": FORMAT_NAME},
            VERSION_KEY: {"type": "integer", "minimum": 1, "maximum": FORMAT_VERSION},
            **{top.key: _ref(top.section.schema_name) for top in DOCUMENT},
        },
        "$defs": defs,
    }


def json_schema_text() -> str:
    """The schema as the text of resources/case-bundle.schema.json (short parts on one line)."""
    return _layout(json_schema(), "", 0) + "\n"


_WIDTH = 100


def _layout(value: Any, lead: str, depth: int) -> str:
    """``value`` as JSON after ``lead`` (its key), indented ``depth`` steps of two spaces."""
    flat = json.dumps(value, ensure_ascii=False)
    fits = 2 * depth + len(lead) + len(flat) <= _WIDTH
    # An object's fields are one to a line, to be read (and diffed) field by field.
    if not isinstance(value, dict | list) or (fits and lead != '"properties": '):
        return flat
    pad = "  " * (depth + 1)
    if isinstance(value, list):
        inner = [pad + _layout(item, "", depth + 1) for item in value]
        return "[\n" + ",\n".join(inner) + "\n" + "  " * depth + "]"
    inner = []
    for key, item in value.items():
        head = json.dumps(key) + ": "
        inner.append(pad + head + _layout(item, head, depth + 1))
    return "{\n" + ",\n".join(inner) + "\n" + "  " * depth + "}"
