"""The case file (format ``secondopinion-case``): export one case, import one.

The fields, their order and their versions are described once, in services/case_file.py, and
explained in docs/file-format.md. Export writes every field, with null for an empty value;
import reads null and a missing field alike, so export -> import -> export gives the same
document.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from importlib import resources
from typing import TYPE_CHECKING, Any

from secondopinion_desktop.model import Case, Person
from secondopinion_desktop.services.bundle_validate import (
    FORMAT_NAME,
    FORMAT_VERSION,
    BundleError,
    parse_bundle,
    schema_text,
    validate_bundle,
)
from secondopinion_desktop.services.case_file import (
    DOCUMENT,
    FORMAT_KEY,
    VERSION_KEY,
    Column,
    Field,
    Group,
    Kind,
    Section,
    column,
    holds_list,
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


def _value_json(col: Column, value: Any) -> Any:
    if value is None:
        return False if col.kind is Kind.FLAG else None
    if col.kind in (Kind.DATE, Kind.DATE_TIME):
        return value.isoformat()
    if col.kind is Kind.CHOICE:
        return value.value
    if col.kind is Kind.FLAG:
        return bool(value)
    if col.kind is Kind.TEXT and not col.nullable:
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


def case_to_bundle(case: Case) -> Json:
    """A loaded case (with its person and children) as a case-file document."""
    person, case_part = DOCUMENT
    return {
        FORMAT_KEY: FORMAT_NAME,
        VERSION_KEY: FORMAT_VERSION,
        person.key: section_json(person.section, case.person),
        case_part.key: section_json(case_part.section, case),
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


def _value_from(col: Column, f: Field, obj: Mapping[str, Any], index: int) -> Any:
    if col.required:
        assert col.choices is not None
        return col.choices(obj[f.key])
    value = obj.get(f.key)
    if value is None:
        if f.from_position:
            return index + 1
        if col.kind is Kind.FLAG:
            return False
        if col.kind is Kind.TEXT and not col.nullable:
            return ""
        return col.default if col.kind is Kind.CHOICE else None
    if col.kind is Kind.DATE:
        return date.fromisoformat(value)
    if col.kind is Kind.DATE_TIME:
        return datetime.fromisoformat(value)
    if col.kind is Kind.CHOICE:
        assert col.choices is not None
        return col.choices(value)
    if col.kind is Kind.FLAG:
        return bool(value)
    if col.kind is Kind.TEXT and not col.nullable:
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
            if holds_list(section.entity, item.key):
                lists.append((item.key, [
                    section_from(item.section, one, i) for i, one in enumerate(held or [])
                ]))
            else:
                values[item.key] = None if held is None else section_from(item.section, held)
    entity = section.entity(**values)
    for key, children in lists:
        getattr(entity, key).extend(children)
    return entity


def bundle_to_person(document: Mapping[str, Any]) -> Person:
    """A new, unsaved Person holding the one case of a checked document."""
    person_part, case_part = DOCUMENT
    person: Person = section_from(person_part.section, document[person_part.key])
    person.cases.append(section_from(case_part.section, document[case_part.key]))
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
