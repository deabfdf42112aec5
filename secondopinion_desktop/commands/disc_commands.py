"""`secondopinion check-disc PATH`: say in plain lines whether an imaging disc holds real images."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from secondopinion_desktop.commands.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    CommandError,
    open_case_store_for,
    parse_case_id,
)
from secondopinion_desktop.model.dates import format_long_date
from secondopinion_desktop.services.disc_check import (
    DiscFindings,
    DiscNotFound,
    DiscWarning,
    check_disc,
)

# DICOM modality codes in the words a person uses; anything else is shown as its code.
MODALITY_WORDS = {
    "CT": "CT scan",
    "MR": "MRI",
    "CR": "X-ray",
    "DX": "X-ray",
    "US": "ultrasound",
    "MG": "mammogram",
    "PT": "PET scan",
    "NM": "nuclear medicine scan",
    "XA": "angiogram",
    "RF": "fluoroscopy",
    "SC": "captured pictures",
    "OT": "other images",
}


def run_check_disc(args: argparse.Namespace) -> int:
    person_name: str | None = None
    birth_date: date | None = None
    record = getattr(args, "record", None)
    if record is not None and getattr(args, "case", None) is None:
        raise CommandError("--record needs --case: say which case the record belongs to.", 2)
    if getattr(args, "case", None) is not None:
        person_name, birth_date = _person_of_case(args, record)
    try:
        findings = check_disc(Path(args.path), person_name=person_name, birth_date=birth_date)
    except DiscNotFound as exc:
        if exc.code == "not_found":
            raise CommandError(f"There is no disc or folder at {exc.path}.") from None
        raise CommandError(
            f"{exc.path} is a file; choose the disc itself or the folder copied from it."
        ) from None
    for line in describe(findings):
        sys.stdout.write(line + "\n")
    if record is not None:
        _keep(args, record, findings)
        sys.stdout.write(f"Kept on record {record} of case {args.case}.\n")
    healthy = findings.found_images and not findings.unreadable and not findings.missing
    return EXIT_OK if healthy else EXIT_BAD_INPUT


def _person_of_case(
    args: argparse.Namespace, record: int | None
) -> tuple[str | None, date | None]:
    """The case's person; when a record is named, it is checked first (before the disc is read)."""
    from secondopinion_desktop.services.cases import load_case
    from secondopinion_desktop.services.disc_results import disc_record

    case_id = parse_case_id(args.case)
    store = open_case_store_for(args, case_id)
    try:
        with store.session() as session:
            case = load_case(session, case_id)
            if record is not None:
                disc_record(list(case.records), record)
            return case.person.full_name or None, case.person.date_of_birth
    finally:
        store.close()


def _keep(args: argparse.Namespace, record: int, findings: DiscFindings) -> None:
    from secondopinion_desktop.services.disc_results import keep_disc_check

    case_id = parse_case_id(args.case)
    store = open_case_store_for(args, case_id)
    try:
        keep_disc_check(store, case_id, record, findings, date.today())
    finally:
        store.close()


def describe(findings: DiscFindings) -> list[str]:
    """The findings in plain English lines, the most important first."""
    lines = [f"Disc: {findings.path}"]
    if findings.found_images:
        studies = len(findings.studies)
        lines.append(
            f"Images found: {findings.images} in {studies} "
            f"{'study' if studies == 1 else 'studies'}"
            + (" (with an index, DICOMDIR)." if findings.has_dicomdir else " (no DICOMDIR index).")
        )
        for study in findings.studies:
            when = format_long_date(study.on) if study.on else "date not given"
            kinds = ", ".join(MODALITY_WORDS.get(m, m) for m in study.modalities) or "images"
            about = f' "{study.description}"' if study.description else ""
            count = f"{study.images} image{'s' if study.images != 1 else ''}"
            lines.append(f"- {when}: {kinds}{about}, {count}")
    for patient in findings.patients:
        if patient.name or patient.birth_date:
            born = f", born {format_long_date(patient.birth_date)}" if patient.birth_date else ""
            lines.append(f"The disc is for: {patient.name or '(no name on the disc)'}{born}")
    lines.extend("Warning: " + warning_text(w) for w in findings.warnings)
    if findings.found_images and not findings.warnings:
        lines.append("The disc looks right: it holds the images themselves.")
    return lines


def warning_text(warning: DiscWarning) -> str:
    facts = warning.facts
    match warning.code:
        case "no_images":
            extra = []
            if facts.get("viewer_files"):
                extra.append("a viewer program")
            if facts.get("pictures"):
                extra.append("pictures or documents")
            held = f" It holds only {' and '.join(extra)}." if extra else ""
            return (
                "no medical images (DICOM) were found on this disc." + held
                + " Ask the imaging office for a true DICOM disc with the images themselves."
            )
        case "unreadable_files":
            return (
                f"{facts['count']} file(s) could not be read; the disc may be damaged. "
                "Ask for a new copy."
            )
        case "missing_files":
            return (
                f"the disc's index names {facts['count']} file(s) that are not on it. "
                "Ask for a new copy."
            )
        case "name_differs":
            return (
                f"the disc carries the name {facts['on_disc']}, not {facts['person']}. "
                "Check that it is yours before you bring it."
            )
        case "birth_date_differs":
            return (
                f"the disc carries the birth date {format_long_date(facts['on_disc'])}, "
                f"not {format_long_date(facts['person'])}."
            )
        case "several_people":
            return "the disc holds images of more than one person: " + ", ".join(facts["names"])
        case "stopped_at_limit":
            return "the disc holds very many files; only the first ones were checked."
        case "cancelled":
            return "the check was stopped before the end."
    return warning.code
