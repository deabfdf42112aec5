"""The case file (format ``secondopinion-case``): export one case, import one.

The fields, their order and their versions are described once, in services/case_file.py, and
explained in docs/file-format.md. Export writes every field, with null for an empty value;
import reads null and a missing field alike, so export -> import -> export gives the same
document.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
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
from secondopinion_desktop.services.case_file import case_document, document_person
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


def case_to_bundle(case: Case) -> Json:
    """A loaded case (with its person and children) as a case-file document."""
    return case_document(case)


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


def bundle_to_person(document: Mapping[str, Any]) -> Person:
    """A new, unsaved Person holding the one case of a checked document."""
    return document_person(document)


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
