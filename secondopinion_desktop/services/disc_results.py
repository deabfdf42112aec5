"""Keep an imaging-disc check's result (checked on, studies, images) on a case's disc record."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from secondopinion_desktop.model import RecordItem, RecordKind
from secondopinion_desktop.services.disc_check import DiscFindings
from secondopinion_desktop.storage.errors import StoreError

if TYPE_CHECKING:
    from secondopinion_desktop.storage.store import Store


class NotADiscRecordError(StoreError):
    """The record named is missing or is not an imaging disc (code and facts for the wording)."""

    def __init__(self, message: str, code: str, number: int) -> None:
        super().__init__(message)
        self.code = code
        self.number = number


def disc_record(case_records: list[RecordItem], number: int) -> RecordItem:
    """The ``number``-th record (1 = first, as the Records step lists them), an imaging disc."""
    ordered = sorted(case_records, key=lambda r: (r.position, r.id or 0))
    if not 1 <= number <= len(ordered):
        raise NotADiscRecordError(
            f"The case has no record number {number}; it has {len(ordered)}.", "no_record", number
        )
    record = ordered[number - 1]
    if record.kind is not RecordKind.IMAGING_DISC:
        raise NotADiscRecordError(
            f"Record number {number} is not an imaging disc, so a disc check is not kept on it.",
            "not_a_disc",
            number,
        )
    return record


def keep_disc_check(
    store: Store, case_id: int, number: int, findings: DiscFindings, on: date
) -> None:
    """Write the result on the record, in one transaction."""
    from secondopinion_desktop.services.cases import load_case

    with store.session() as session:
        case = load_case(session, case_id)
        record_disc_check(disc_record(list(case.records), number), findings, on)


def record_disc_check(record: RecordItem, findings: DiscFindings, on: date) -> None:
    """Put the check's result on ``record`` (the caller commits: the window's own session)."""
    record.disc_checked_on = on
    record.disc_studies = len(findings.studies)
    record.disc_images = findings.images
